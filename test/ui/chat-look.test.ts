import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage } from './browser.js';
import { messageBox, ready, send, sendButton, waitForAnswer } from './chat-page.js';
import { uiSuite } from './harness.js';
import { DEMO_ANSWER, screenshot } from './screenshots.js';

const ui = uiSuite({ sim: { ttftMs: 5, itlMs: 0, reply: DEMO_ANSWER } });

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const isDark = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((s, v) => s + Number(v), 0) < 3 * 96;

async function demoConversation(page: Page): Promise<void> {
  await ready(page);
  await send(page, 'How do I stream tokens from vLLM with curl?');
  await waitForAnswer(page);
  await messageBox(page).fill('And how do I stop a running request?');
}

test('light mode renders markdown, code with copy button and a table (screenshot)', { skip: ui.skip }, async () => {
  const { page, errors, context } = await openPage(ui.browser, ui.stack.url, { colorScheme: 'light', permissions: ['clipboard-read', 'clipboard-write'] });
  await demoConversation(page);
  assert.equal(isDark(await background(page)), false);
  const answer = page.locator('[data-role="assistant"]').last();
  assert.equal(await answer.locator('h4').innerText(), 'Try it');
  assert.equal(await answer.locator('ol > li').count(), 2);
  assert.equal(await answer.locator('table tr').count(), 3);
  assert.ok((await answer.locator('.tok-comment').first().innerText()).startsWith('# prints'));
  await screenshot(page, 'chat-light');
  await answer.getByRole('button', { name: 'Copy code' }).click();
  await answer.getByRole('button', { name: 'Copy code' }).filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), DEMO_ANSWER.split('```bash\n')[1]!.split('\n```')[0]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('dark mode follows the system, the toggle overrides it and survives a reload (screenshot)', { skip: ui.skip }, async () => {
  const { page, errors, context } = await openPage(ui.browser, ui.stack.url, { colorScheme: 'dark' });
  await demoConversation(page);
  assert.equal(isDark(await background(page)), true);
  await screenshot(page, 'chat-dark');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click(); // system → light
  assert.equal(isDark(await background(page)), false);
  await page.reload();
  await ready(page);
  assert.equal(isDark(await background(page)), false, 'explicit light choice persists');
  await page.getByRole('button', { name: /^Theme:/ }).click(); // light → dark
  assert.equal(isDark(await background(page)), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('usable at 390×844: no sideways scrolling, composer on screen, conversations behind the menu (screenshot)', { skip: ui.skip }, async () => {
  const { page, errors, context } = await openPage(ui.browser, ui.stack.url, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'light' });
  await demoConversation(page);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow');
  const box = await sendButton(page).boundingBox();
  assert.ok(box && box.y + box.height <= 844 && box.x + box.width <= 390, `Send is on screen: ${JSON.stringify(box)}`);
  const newChat = page.getByRole('button', { name: 'New chat' });
  assert.equal(await newChat.isVisible() && (await newChat.boundingBox())!.x >= 0, false, 'sidebar starts hidden');
  await screenshot(page, 'chat-mobile');
  await page.getByRole('button', { name: 'Conversations' }).click();
  await page.waitForFunction(() => document.querySelector('.sidebar')!.getBoundingClientRect().left >= 0);
  await newChat.click();
  assert.equal(await page.locator('[data-role="assistant"]').count(), 0, 'new chat is empty');
  assert.deepEqual(errors, []);
  await context.close();
});
