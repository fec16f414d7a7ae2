import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { RollingStats } from '../../src/metrics/rolling-stats.js';
import { chat, postJson, waitFor } from '../helpers/stack.js';
import { openPage } from './browser.js';
import { uiSuite } from './harness.js';
import { screenshot } from './screenshots.js';

const ui = uiSuite({ replicas: 2 });

/** The page polls every 2 s; jumping its clock ahead makes the next poll happen now. */
const pollNow = (page: Page) => page.clock.fastForward(2_000);

const stateOf = (page: Page, url: string) => page.locator(`tr[data-endpoint="${url}"]`).getAttribute('data-state');

/** Fifteen minutes of plausible traffic, so the screenshot shows charts with shape. */
function backfill(stats: RollingStats): void {
  const now = Date.now();
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let t = now - 14.5 * 60_000; t < now - 10_000; t += 250) {
    const wave = 1 + 0.6 * Math.sin((t - now) / 90_000);
    if (rand() > wave / 2) continue;
    const ttftMs = 80 + rand() * 120 * wave + (rand() < 0.05 ? 600 : 0);
    stats.observe({ model: 'sim-model', status: rand() < 0.02 * wave ? 503 : 200, ttftMs, e2eMs: ttftMs + 900, completionTokens: Math.round(40 + rand() * 80) }, t);
  }
}

test('/status lists endpoints with their state, charts traffic, and shows a stopped replica turning unhealthy', { skip: ui.skip }, async () => {
  const a = ui.stack.sims[0]!;
  const b = ui.stack.sims[1]!;
  const { page, errors, context } = await openPage(ui.browser, `${ui.stack.url}/status`, { colorScheme: 'light', viewport: { width: 1280, height: 1000 }, fakeClock: true });
  await page.locator(`tr[data-endpoint="${a.url}"]`).waitFor();
  assert.equal(await stateOf(page, a.url), 'ready');
  assert.equal(await stateOf(page, b.url), 'ready');
  assert.match(await page.getByRole('status').innerText(), /1 model · 2\/2 endpoints ready/);
  assert.equal(await page.locator('figure.chart svg').count(), 4);

  for (let i = 0; i < 5; i++) assert.equal((await postJson(`${ui.stack.url}/v1/chat/completions`, chat('sim-model'))).status, 200);
  await pollNow(page);
  await page.waitForFunction(() => {
    const legend = document.querySelector('figure.chart .legend');
    return legend !== null && /req\/s [0-9.]+/.test(legend.textContent ?? '') && !/req\/s 0\.00/.test(legend.textContent ?? '');
  }, undefined, { timeout: 3_000 });

  await b.refuse();
  await waitFor(() => ui.stack.gw.registry.get('sim-model')!.routable.length === 1, 5_000, 'gateway to mark the replica unhealthy');
  await pollNow(page);
  await page.waitForFunction((url) => document.querySelector(`tr[data-endpoint="${url}"]`)?.getAttribute('data-state') === 'unhealthy', b.url, { timeout: 3_000 });
  assert.equal(await stateOf(page, a.url), 'ready');
  assert.match(await page.locator(`tr[data-endpoint="${b.url}"]`).innerText(), /unhealthy/);
  assert.match(await page.getByRole('status').innerText(), /1\/2 endpoints ready/);

  backfill(ui.stack.stats);
  await page.reload();
  await page.locator(`tr[data-endpoint="${b.url}"]`).waitFor();
  await page.locator('figure.chart path.series').first().waitFor({ state: 'attached' });
  await screenshot(page, 'status');
  await b.resume();
  assert.deepEqual(errors, []);
  await context.close();
});

test('/status keeps the last data and says so when the gateway cannot be reached', { skip: ui.skip }, async () => {
  const { page, context } = await openPage(ui.browser, `${ui.stack.url}/status`, { fakeClock: true });
  await page.locator('tr[data-endpoint]').first().waitFor();
  await page.route('**/api/v1/stats', (route) => route.abort());
  await pollNow(page);
  await page.getByText(/Could not refresh/).waitFor({ timeout: 3_000 });
  assert.ok((await page.locator('tr[data-endpoint]').count()) >= 2, 'endpoints still shown');
  await page.unroute('**/api/v1/stats');
  await pollNow(page);
  await page.getByText(/Could not refresh/).waitFor({ state: 'detached', timeout: 3_000 });
  await context.close();
});
