import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayFeatures } from '../../src/features.js';
import { Gateway } from '../../src/gateway.js';
import { RollingStats } from '../../src/metrics/rolling-stats.js';
import { startSimulator } from '../../src/sim/index.js';
import { captureLogs, stackConfig, waitFor, type Stack, type StackOptions } from '../helpers/stack.js';

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
 * (src/features.ts: UI routes, /api/v1/stats), serving the freshly built UI.
 */
export async function startUiStack(o: StackOptions = {}): Promise<UiStack> {
  const model = o.model ?? 'sim-model';
  const sims = await Promise.all(Array.from({ length: o.replicas ?? 1 }, () => startSimulator({ model, port: 0, ttftMs: 30, itlMs: 15, outputTokens: 24, ...o.sim })));
  const config = stackConfig({ ...o, model }, sims);
  const { logs, log } = captureLogs();
  const features = await gatewayFeatures(config, log, buildUiOnce());
  if (!(features.stats instanceof RollingStats)) throw new Error('gatewayFeatures no longer provides RollingStats');
  const gw = await Gateway.start({ config, log, ...features, ...o.gateway });
  await waitFor(() => (gw.registry.get(model)?.routable.length ?? 0) >= sims.length, 5_000, 'replicas ready');
  return {
    gw,
    sims,
    url: gw.url,
    metricsUrl: gw.metricsUrl!,
    logs,
    stats: features.stats,
    async close() {
      await gw.close();
      await Promise.all(sims.map((s) => s.close()));
    },
  };
}
