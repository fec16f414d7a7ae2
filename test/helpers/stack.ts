import { Writable } from 'node:stream';
import { buildConfig, type Config } from '../../src/config/load.js';
import { Gateway, type GatewayOptions } from '../../src/gateway.js';
import { createLogger } from '../../src/logging/logger.js';
import type { StatsSink } from '../../src/metrics/request-observer.js';
import { startSimulator, type SimOptions, type Simulator } from '../../src/sim/index.js';

export interface Stack {
  gw: Gateway;
  sims: Simulator[];
  url: string;
  metricsUrl: string;
  logs: Array<Record<string, unknown>>;
  /** The rolling stats the mounted features feed (only with `features`). */
  stats?: StatsSink;
  close(): Promise<void>;
}

/** A further model served by one simulator of its own. */
export interface ExtraModel {
  name: string;
  sim?: SimOptions;
  /** Merged into this model's config entry (e.g. `pii_policy`). */
  modelConfig?: Record<string, unknown>;
}

export interface StackOptions {
  model?: string;
  replicas?: number;
  sim?: SimOptions;
  /** Per-replica overrides, by index. */
  simEach?: Array<SimOptions | undefined>;
  weights?: number[];
  /** Extra endpoint URLs (e.g. a closed port) appended to the model's endpoints. */
  extraUrls?: string[];
  /** Merged into the generated raw config (top-level keys replace). */
  config?: Record<string, unknown>;
  /** Merged into the generated model entry. */
  modelConfig?: Record<string, unknown>;
  gateway?: Partial<GatewayOptions>;
  /** Further models, each on one simulator; their simulators follow the main model's in `sims`. */
  extraModels?: ExtraModel[];
  /**
   * Mount what `switchyard serve` mounts (src/features.ts: chat UI, /api/v1/stats, doctor), with
   * the UI served from `assetsDir` (default: the `npm run build` output).
   */
  features?: { assetsDir?: string };
}

/** Captures the gateway's JSON log lines for assertions (and keeps test output quiet). */
export function captureLogs(level: 'info' | 'debug' | 'warn' = 'info') {
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  return { logs, log: createLogger(level, sink) };
}

/** `extraSims[i]` serves `o.extraModels[i]`. */
export function stackConfig(o: StackOptions, sims: Simulator[], extraSims: Simulator[] = []): Config {
  const model = o.model ?? 'm1';
  const endpoints = [
    ...sims.map((s, i) => ({ url: s.url, weight: o.weights?.[i] ?? 1 })),
    ...(o.extraUrls ?? []).map((url) => ({ url })),
  ];
  const extra = (o.extraModels ?? []).map((m, i) => ({ name: m.name, endpoints: [{ url: extraSims[i]!.url }], ...m.modelConfig }));
  return buildConfig({
    server: { host: '127.0.0.1', port: 0 },
    metrics: { host: '127.0.0.1', port: 0 },
    health_check: { interval_ms: 200, backoff_initial_ms: 100, backoff_max_ms: 400 },
    models: [{ name: model, endpoints, pricing: { currency: 'USD', prompt_per_1m: 0.1, completion_per_1m: 0.3 }, ...o.modelConfig }, ...extra],
    ...o.config,
  });
}

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Simulators + a gateway in front of them, all on loopback port 0; waits until replicas are ready. */
export async function startStack(o: StackOptions = {}): Promise<Stack> {
  const model = o.model ?? 'm1';
  const n = o.replicas ?? 2;
  const sims = await Promise.all(Array.from({ length: n }, (_, i) => startSimulator({ model, port: 0, ...o.sim, ...o.simEach?.[i] })));
  const extraSims = await Promise.all((o.extraModels ?? []).map((m) => startSimulator({ port: 0, ...m.sim, model: m.name })));
  const config = stackConfig(o, sims, extraSims);
  const { logs, log } = captureLogs();
  // Imported only when asked for: features.ts pulls in discovery's Kubernetes client, which other
  // suites would pay for at every start.
  const features = o.features ? await (await import('../../src/features.js')).gatewayFeatures(config, log, o.features.assetsDir) : {};
  const gw = await Gateway.start({ config, log, ...features, ...o.gateway });
  const expectReady = o.replicas === 0 ? 0 : sims.length;
  if (expectReady > 0 && config.models[0]!.health_check.enabled) {
    await waitFor(() => (gw.registry.get(model)?.routable.length ?? 0) >= expectReady, 5_000, 'replicas ready');
  }
  for (const m of o.extraModels ?? []) {
    if (!config.models.find((c) => c.name === m.name)?.health_check.enabled) continue;
    await waitFor(() => (gw.registry.get(m.name)?.routable.length ?? 0) >= 1, 5_000, `${m.name} ready`);
  }
  const all = [...sims, ...extraSims];
  return {
    gw,
    sims: all,
    url: gw.url,
    metricsUrl: gw.metricsUrl!,
    logs,
    ...(features.stats ? { stats: features.stats } : {}),
    async close() {
      await gw.close();
      await Promise.all(all.map((s) => s.close()));
    },
  };
}

export async function metricsText(stack: Stack): Promise<string> {
  const r = await fetch(`${stack.metricsUrl}/metrics`);
  return r.text();
}

/** Value of one series in Prometheus text, or undefined. `labels` must match exactly as rendered. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== '{' && rest[0] !== ' ') continue;
    const ok = Object.entries(labels).every(([k, v]) => rest.includes(`${k}="${v}"`));
    if (ok) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; json: Record<string, unknown>; text: string }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await r.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    /* not JSON */
  }
  return { status: r.status, headers: r.headers, json, text };
}

export const chat = (model: string, extra: Record<string, unknown> = {}) => ({ model, messages: [{ role: 'user', content: 'Hello there' }], ...extra });
