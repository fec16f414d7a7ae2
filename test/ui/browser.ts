import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Why a browser test cannot run here, or null when it can. Under CI a missing Chromium is a
 * failure (the CI script installs it), so callers turn a non-null reason into `assert.fail`.
 */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `${CHROMIUM} not found (apt-get install -y chromium)`;
  if (process.env['CI'] === 'true') throw new Error(`CI=true but ${reason}`);
  return reason;
}

// Playwright gives every launch a fresh temporary profile (user-data-dir) and each context its own
// storage, so IndexedDB never leaks from one test into the next.
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors (CSP violations show up here). */
  errors: string[];
}

/** `fakeClock`: timers run in real time but tests can jump ahead (page.clock.fastForward). */
export async function openPage(browser: Browser, url: string, opts: BrowserContextOptions & { fakeClock?: boolean } = {}): Promise<OpenedPage> {
  const { fakeClock, ...contextOpts } = opts;
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...contextOpts });
  const page = await context.newPage();
  if (fakeClock) await page.clock.install();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // A dialog would mean model output ran script (alert/confirm); the UI itself opens none.
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  return { context, page, errors };
}
