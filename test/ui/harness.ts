import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { RollingStats } from '../../src/metrics/rolling-stats.js';
import { startStack, type Stack, type StackOptions } from '../helpers/stack.js';
import { browserSkipReason, launchBrowser, openPage, type OpenedPage } from './browser.js';
import { ready } from './chat-page.js';

const root = join(import.meta.dirname, '..', '..');
let builtDir: string | null = null;

/** Builds the UI once per test process into a temp dir (type-checking is bundle.test.ts's job). */
export function buildUiOnce(): string {
  if (builtDir) return builtDir;
  const dir = mkdtempSync(join(tmpdir(), 'sy-ui-assets-'));
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-ui.mjs'), '--out', dir, '--no-typecheck', '--quiet'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`UI build failed:\n${r.stdout}\n${r.stderr}`);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  builtDir = dir;
  return dir;
}

export interface UiStack extends Stack {
  stats: RollingStats;
}

/**
 * Simulators + the real gateway with the same features `switchyard serve` mounts
 * (src/features.ts: UI routes, /api/v1/stats), serving the freshly built UI. One replica of
 * `sim-model` unless told otherwise.
 */
export async function startUiStack(o: StackOptions = {}): Promise<UiStack> {
  const stack = await startStack({
    ...o,
    model: o.model ?? 'sim-model',
    replicas: o.replicas ?? 1,
    sim: { ttftMs: 30, itlMs: 15, outputTokens: 24, ...o.sim },
    features: { assetsDir: buildUiOnce() },
  });
  const { stats } = stack;
  if (!(stats instanceof RollingStats)) {
    await stack.close();
    throw new Error('gatewayFeatures no longer provides RollingStats');
  }
  return { ...stack, stats };
}

export interface UiSuite {
  /** Passed as the `skip` option of every browser test: a reason, or false. */
  readonly skip: string | false;
  /** Set by the `before` hook; do not read before the tests run. */
  readonly stack: UiStack;
  readonly browser: Browser;
}

/**
 * One stack and one Chromium for a test file: registers the `before`/`after` hooks and hands
 * back what the tests use. When Chromium is missing (and CI is not set) nothing starts.
 */
export function uiSuite(o: StackOptions = {}): UiSuite {
  const skip = browserSkipReason();
  let stack: UiStack | undefined;
  let browser: Browser | undefined;
  before(async () => {
    if (skip) return;
    stack = await startUiStack(o);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await stack?.close();
  });
  return {
    skip: skip ?? false,
    get stack() {
      if (!stack) throw new Error('uiSuite: the stack is not started (skipped, or read before the tests ran)');
      return stack;
    },
    get browser() {
      if (!browser) throw new Error('uiSuite: the browser is not started (skipped, or read before the tests ran)');
      return browser;
    },
  };
}

/** Opens the chat page of the suite's gateway (or `url`) and waits until the model list has loaded. */
export async function openChat(ui: UiSuite, opts: BrowserContextOptions = {}, url = ui.stack.url): Promise<OpenedPage> {
  const opened = await openPage(ui.browser, url, opts);
  await ready(opened.page);
  return opened;
}
