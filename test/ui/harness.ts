import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Gateway } from '../../src/gateway.js';
import { RollingStats } from '../../src/metrics/rolling-stats.js';
import { registerStatsRoute } from '../../src/ui/stats-route.js';
import { registerUi } from '../../src/ui/ui-routes.js';
import { startStack, type Stack, type StackOptions } from '../helpers/stack.js';

// The UI under test is the real gateway (src/gateway.ts) in front of simulated replicas, with the
// UI routes mounted through the gateway's `extend` hook, exactly as production wires them.

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

function mountUi(app: FastifyInstance, gw: Gateway, stats: RollingStats, assetsDir: string): void {
  registerUi(app, { path: gw.config.ui.path, assetsDir });
  registerStatsRoute(app, { stats, registry: () => gw.registry });
}

/** Gateway + simulators (see test/helpers/stack.ts) serving the freshly built UI. */
export async function startUiStack(o: StackOptions = {}): Promise<UiStack> {
  const assetsDir = buildUiOnce();
  const stats = new RollingStats();
  const stack = await startStack({
    model: 'sim-model',
    replicas: 1,
    ...o,
    sim: { ttftMs: 30, itlMs: 15, outputTokens: 24, ...o.sim },
    gateway: { stats, extend: (app, gw) => mountUi(app, gw, stats, assetsDir), ...o.gateway },
  });
  return { ...stack, stats };
}
