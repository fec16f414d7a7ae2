import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitFor } from '../helpers/stack.js';
import { answerText, lastAssistant, messageBox, ready, send, stopButton, waitForAnswer } from './chat-page.js';
import { openChat, uiSuite } from './harness.js';

const ui = uiSuite({ sim: { ttftMs: 40, itlMs: 15 } });

const LONG = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');

type Body = { messages: { role: string; content: string }[]; stream?: boolean; stream_options?: { include_usage?: boolean } };

test('text streams in pieces before the end; footer shows TTFT and tokens/s; Shift+Enter is a newline', { skip: ui.skip }, async () => {
  const reply = Array.from({ length: 40 }, (_, i) => `tok${i}`).join(' ');
  ui.stack.sims[0]!.setReply(reply);
  const { page, errors, context } = await openChat(ui);
  await messageBox(page).fill('line one');
  await messageBox(page).press('Shift+Enter');
  await messageBox(page).pressSequentially('line two');
  await messageBox(page).press('Enter');
  // Two different non-empty lengths seen while the message is still streaming = rendered in pieces.
  const lengthWhileStreaming = () =>
    page.evaluate(() => {
      const el = [...document.querySelectorAll('[data-role="assistant"]')].at(-1);
      return el?.getAttribute('data-status') === 'streaming' ? (el.textContent ?? '').length : -1;
    });
  await page.waitForFunction(() => {
    const el = [...document.querySelectorAll('[data-role="assistant"]')].at(-1);
    return el?.getAttribute('data-status') === 'streaming' && (el.textContent ?? '').length > 0;
  });
  const first = await lengthWhileStreaming();
  // From here until the end of the stream, nothing outside the streaming message may change.
  await page.evaluate(() => {
    const w = window as unknown as { __outside: string[]; __observer: MutationObserver };
    w.__outside = [];
    const streaming = document.querySelector('[data-status="streaming"]')!;
    w.__observer = new MutationObserver((records) => {
      for (const r of records) if (!streaming.contains(r.target) && streaming !== r.target) w.__outside.push((r.target as Element).className || r.target.nodeName);
    });
    w.__observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.waitForFunction((n) => {
    const el = [...document.querySelectorAll('[data-role="assistant"]')].at(-1);
    return el?.getAttribute('data-status') === 'streaming' && (el.textContent ?? '').length > n;
  }, first);
  assert.ok(first > 0 && first < reply.length, `first partial length ${first}`);
  const outside = await page.evaluate(() => {
    const w = window as unknown as { __outside: string[]; __observer: MutationObserver };
    w.__observer.disconnect();
    return w.__outside;
  });
  assert.deepEqual(outside, [], 'only the streaming message re-renders while tokens arrive');
  const answer = await waitForAnswer(page);
  assert.equal((await answerText(answer)).trim(), reply);
  const footer = await answer.locator('.answer-footer').innerText();
  assert.match(footer, /TTFT \d+ ms/);
  assert.match(footer, /[\d.]+ tok\/s/);
  assert.match(footer, /\d+ prompt \/ 40 completion tokens/);
  assert.match(footer, /sim-model/);
  const req = ui.stack.sims[0]!.stats().lastRequests.at(-1)!;
  const body = req.body as Body;
  assert.equal(body.stream, true);
  assert.equal(body.stream_options?.include_usage, true);
  assert.deepEqual(body.messages, [{ role: 'user', content: 'line one\nline two' }]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Stop aborts at the replica and keeps the partial answer marked interrupted; Esc does the same', { skip: ui.skip }, async () => {
  const sim = ui.stack.sims[0]!;
  sim.setReply(LONG);
  const abortedBefore = sim.stats().aborted;
  const { page, errors, context } = await openChat(ui);
  await send(page, 'tell me a long story');
  await page.waitForFunction(() => ([...document.querySelectorAll('[data-role="assistant"]')].at(-1)?.textContent ?? '').length > 20);
  await stopButton(page).click();
  const answer = await waitForAnswer(page, 'interrupted');
  const partial = await answerText(answer);
  assert.ok(partial.startsWith('word0 word1'), partial.slice(0, 40));
  assert.ok(partial.length < LONG.length);
  assert.match(await answer.locator('.answer-footer').innerText(), /interrupted/);
  await waitFor(() => sim.stats().aborted >= abortedBefore + 1, 5_000, 'replica to see the abort');

  await page.getByRole('button', { name: 'Regenerate' }).click();
  await page.waitForFunction(() => ([...document.querySelectorAll('[data-role="assistant"]')].at(-1)?.textContent ?? '').length > 20);
  await page.keyboard.press('Escape');
  await waitForAnswer(page, 'interrupted');
  await waitFor(() => sim.stats().aborted >= abortedBefore + 2, 5_000, 'replica to see the Esc abort');
  assert.equal(await stopButton(page).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('reload keeps conversations and messages; a reply cut by the reload is kept as interrupted', { skip: ui.skip }, async () => {
  ui.stack.sims[0]!.setReply('Persisted answer.');
  const { page, errors, context } = await openChat(ui);
  await send(page, 'remember me');
  await waitForAnswer(page);
  await page.getByRole('button', { name: 'New chat' }).click();
  ui.stack.sims[0]!.setReply(LONG);
  await send(page, 'second conversation');
  await page.waitForFunction(() => ([...document.querySelectorAll('[data-role="assistant"]')].at(-1)?.textContent ?? '').length > 40);
  await page.waitForTimeout(900); // partial answers are written to IndexedDB every 750 ms
  await page.reload();
  await ready(page);
  const cut = await waitForAnswer(page, 'interrupted');
  assert.ok((await answerText(cut)).startsWith('word0 word1'));
  await page.getByRole('button', { name: 'remember me' }).click();
  assert.equal(await page.locator('[data-role="user"] .user-text').innerText(), 'remember me');
  assert.equal((await answerText(lastAssistant(page))).trim(), 'Persisted answer.');
  assert.equal(await page.getByRole('navigation', { name: 'Conversations' }).locator('.conv').count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});
