import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chat, metricsText, metricValue, postJson, waitFor } from '../helpers/stack.js';
import { answerText, assistants, lastAssistant, send, waitForAnswer } from './chat-page.js';
import { openChat, uiSuite } from './harness.js';

const ui = uiSuite();

type Body = { messages: { role: string; content: string }[]; temperature?: number; max_tokens?: number };
const lastBody = () => ui.stack.sims[0]!.stats().lastRequests.at(-1)!.body as Body;

test('regenerate and edit send the right history; system prompt, temperature and max tokens are sent', { skip: ui.skip }, async () => {
  const sim = ui.stack.sims[0]!;
  const { page, errors, context } = await openChat(ui);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('System prompt').fill('Be brief.');
  await page.getByLabel('Temperature').fill('0.3');
  await page.getByLabel('Max tokens').fill('50');
  await page.getByLabel('Max tokens').blur();
  sim.setReply('Answer one.');
  await send(page, 'first');
  await waitForAnswer(page, 'done', 1);
  sim.setReply('Answer two.');
  await send(page, 'second');
  await waitForAnswer(page, 'done', 2);
  const expected = [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'first' },
    { role: 'assistant', content: 'Answer one.' },
    { role: 'user', content: 'second' },
  ];
  assert.deepEqual(lastBody().messages, expected);
  assert.equal(lastBody().temperature, 0.3);
  assert.equal(lastBody().max_tokens, 50);

  sim.setReply('Answer two, again.');
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-role="assistant"]')].at(-1)?.textContent?.includes('again'));
  await waitForAnswer(page);
  assert.deepEqual(lastBody().messages, expected, 'regenerate resends the same history, without the old answer');
  assert.equal(await assistants(page).count(), 2);

  sim.setReply('Edited answer.');
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Edit message').fill('second, edited');
  await page.getByRole('button', { name: 'Save and send' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-role="assistant"]')].at(-1)?.textContent?.includes('Edited'));
  await waitForAnswer(page);
  assert.deepEqual(lastBody().messages, [...expected.slice(0, 3), { role: 'user', content: 'second, edited' }]);
  assert.equal(await assistants(page).count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('model output with HTML and javascript: links is shown as text and never runs', { skip: ui.skip }, async () => {
  ui.stack.sims[0]!.setReply(
    [
      'Hi <img src=x onerror="window.__pwned=1;alert(1)"> there.',
      '<script>window.__pwned=3</script> <iframe src="javascript:alert(2)"></iframe>',
      '[click me](javascript:window.__pwned=2) [data](data:text/html,hi) [spaced](java%0ascript:alert(1)) <a href="javascript:alert(4)">raw</a>',
      '![pic](javascript:alert(5)) [ok](https://example.com/x) <javascript:alert(6)>',
      '',
      '```html',
      '<b onmouseover="alert(7)">bold?</b>',
      '```',
    ].join('\n'),
  );
  const { page, errors, context } = await openChat(ui);
  await send(page, 'show me html');
  const answer = await waitForAnswer(page);
  await answer.hover();
  await answer.getByText('click me').click();
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.equal(await answer.locator('img, script, iframe, b, object, embed').count(), 0);
  const hrefs = await answer.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['https://example.com/x']);
  const text = await answerText(answer);
  assert.ok(text.includes('<img src=x onerror='), 'raw HTML is shown as text');
  assert.ok(text.includes('<b onmouseover="alert(7)">bold?</b>'), 'code block content is text');
  assert.deepEqual(errors, []);
  await context.close();
});

test('503 from the gateway shows a banner with the request id; Retry works once replicas are back', { skip: ui.skip }, async () => {
  const sim = ui.stack.sims[0]!;
  const pool = () => ui.stack.gw.registry.get('sim-model')!;
  const { page, context } = await openChat(ui);
  await sim.refuse();
  await waitFor(() => pool().routable.length === 0, 5_000, 'replica to turn unhealthy');
  await send(page, 'are you there?');
  const banner = page.getByRole('alert');
  await banner.waitFor();
  const text = await banner.innerText();
  assert.match(text, /HTTP 503/);
  assert.match(text, /no_ready_endpoint/);
  const requestId = await banner.locator('.banner-id code').innerText();
  assert.ok(requestId.length > 0);
  assert.ok(ui.stack.logs.some((l) => l['reqId'] === requestId && l['status'] === 503), 'the id is the one the gateway logged');
  assert.equal(await assistants(page).count(), 0, 'no empty answer bubble is left behind');

  await sim.resume();
  sim.setReply('Back again.');
  await waitFor(() => pool().routable.length === 1, 5_000, 'replica to come back');
  await banner.getByRole('button', { name: 'Retry' }).click();
  const answer = await waitForAnswer(page);
  assert.equal((await answerText(answer)).trim(), 'Back again.');
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual((lastBody().messages as Body['messages']).map((m) => m.content), ['are you there?']);
  await context.close();
});

test('chat_* metrics count UI conversations and not plain API calls', { skip: ui.skip }, async () => {
  const read = async () => {
    const t = await metricsText(ui.stack);
    return {
      ok: metricValue(t, 'chat_requests_total', { model: 'sim-model', status: 'ok' }) ?? 0,
      completion: metricValue(t, 'chat_tokens_total', { model: 'sim-model', kind: 'completion' }) ?? 0,
      ttft: metricValue(t, 'chat_first_token_latency_seconds_count', { model: 'sim-model' }) ?? 0,
      e2e: metricValue(t, 'chat_e2e_latency_seconds_count', { model: 'sim-model' }) ?? 0,
    };
  };
  const before = await read();
  ui.stack.sims[0]!.setReply('One two three four.');
  const api = await postJson(`${ui.stack.url}/v1/chat/completions`, chat('sim-model', { stream: true, stream_options: { include_usage: true } }));
  assert.equal(api.status, 200);
  assert.deepEqual(await read(), before, 'a plain API call is not a chat UI request');

  const { page, context } = await openChat(ui);
  await send(page, 'count me');
  await waitForAnswer(page);
  await waitFor(async () => (await read()).ok === before.ok + 1, 5_000, 'chat_requests_total to increase');
  const afterUi = await read();
  assert.equal(afterUi.completion, before.completion + 4);
  assert.equal(afterUi.ttft, before.ttft + 1);
  assert.equal(afterUi.e2e, before.e2e + 1);
  assert.equal((await answerText(lastAssistant(page))).trim(), 'One two three four.');
  await context.close();
});
