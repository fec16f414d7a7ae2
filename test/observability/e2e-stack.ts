// End-to-end stack for the observability pack: vLLM simulators, a gateway with semantic routing,
// guards and the semantic cache on, the real Prometheus running the shortened render of the
// committed rules (1 s scrape/evaluation, windows / 60), the real Alertmanager with the committed
// routing, and loopback sinks for every receiver.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConfig } from '../../src/config/load.js';
import { Gateway } from '../../src/gateway.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { captureLogs } from '../helpers/stack.js';
import { startAlertmanager, writeTestConfig, type RunningAlertmanager } from './alertmanager-harness.js';
import { startHttpSink, type HttpSink } from './http-sink.js';
import { writeShortRender } from './pack.js';
import { freePort, startProcess } from './processes.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

export interface E2EStack {
  gateway: Gateway;
  /** m1: two replicas (errors), m2: one (hang), m3: one (stop), m4: one (semantic routing, healthy). */
  sims: { m1: Simulator[]; m2: Simulator; m3: Simulator; m4: Simulator };
  /** Scrape targets Prometheus has: the gateway and every simulator. */
  targets: number;
  promUrl: string;
  am: RunningAlertmanager;
  sink: HttpSink;
  smtp: SmtpSink;
  close(): Promise<void>;
}

const hostPort = (url: string): string => new URL(url).host;

export async function startE2EStack(binaries: { prometheus: string; alertmanager: string }): Promise<E2EStack> {
  const dir = mkdtempSync(join(tmpdir(), 'sy-obs-e2e-'));
  const cleanups: Array<() => Promise<void>> = [async () => rmSync(dir, { recursive: true, force: true })];
  const close = async (): Promise<void> => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  };
  try {
    const sim = (model: string) => startSimulator({ model, port: 0, ttftMs: 20, itlMs: 2, outputTokens: 8 });
    const sims = { m1: [await sim('m1'), await sim('m1')], m2: await sim('m2'), m3: await sim('m3'), m4: await sim('m4') };
    const all = [...sims.m1, sims.m2, sims.m3, sims.m4];
    cleanups.push(() => Promise.all(all.map((s) => s.close())).then(() => undefined));
    const pricing = { currency: 'USD', prompt_per_1m: 0.1, completion_per_1m: 0.3 };
    // m1 keeps default outlier ejection: of two replicas answering 503 one gets ejected (never the
    // last one), so ejections and retries are exercised while errors continue. m2's timeouts must
    // stay errors, so ejection is off there.
    const noEjection = { consecutive_failures: 1_000_000 };
    const config = buildConfig({
      server: { host: '127.0.0.1', port: 0 },
      metrics: { host: '127.0.0.1', port: 0 },
      health_check: { interval_ms: 200, backoff_initial_ms: 100, backoff_max_ms: 400 },
      models: [
        { name: 'm1', endpoints: sims.m1.map((s) => ({ url: s.url })), pricing, upstream: { retries: 1 } },
        { name: 'm2', endpoints: [{ url: sims.m2.url }], pricing, outlier: noEjection, upstream: { retries: 0, first_byte_timeout_ms: 800 } },
        { name: 'm3', endpoints: [{ url: sims.m3.url }], pricing },
        { name: 'm4', endpoints: [{ url: sims.m4.url }], pricing, pii_policy: { allow_by_default: false, allowed_types: [] } },
      ],
      // Everything auto-routed lands on m4, which stays healthy: the fault phase must not change
      // which semantic series exist, and m1-m3's alerts must not depend on routing decisions.
      routing: {
        auto_model: 'auto',
        default_model: 'm4',
        categories: [
          { name: 'math', models: [{ model: 'm4', score: 1 }] },
          { name: 'history', models: [{ model: 'm4', score: 1 }] },
        ],
      },
      guards: { jailbreak: { enabled: true }, pii: { enabled: true }, block_response: 'error' },
      // Bounded: the plain traffic's prompts are all distinct and share their words, so every
      // lookup compares against every stored entry of that model.
      cache: { semantic: { enabled: true, max_entries: 200 } },
    });
    const gateway = await Gateway.start({ config, log: captureLogs('warn').log });
    cleanups.push(() => gateway.close());

    const sink = await startHttpSink();
    cleanups.push(() => sink.close());
    const smtp = await startSmtpSink();
    cleanups.push(() => smtp.close());
    const amDir = join(dir, 'am');
    // group_wait 2s: long enough for an inhibiting alert that fires a second later to mute its
    // target before the first notification, as 30s does in production.
    const amConfig = writeTestConfig({ dir: amDir, sinkUrl: sink.url, smtpAddress: smtp.address, groupWait: '2s', groupInterval: '2s' });
    const am = await startAlertmanager(binaries.alertmanager, amConfig.path, amDir);
    cleanups.push(() => am.stop());

    // Windows / 60: the 1h/5m burn alert still needs a minute of data before it can fire.
    const promConfig = writeShortRender(join(dir, 'prom'), {
      gateway: [hostPort(gateway.metricsUrl!)],
      vllm: all.map((s) => hostPort(s.url)),
      alertmanager: [hostPort(am.url)],
    });
    const promPort = await freePort();
    const promUrl = `http://127.0.0.1:${promPort}`;
    const prom = await startProcess(binaries.prometheus, [
      `--config.file=${promConfig}`,
      `--storage.tsdb.path=${join(dir, 'tsdb')}`,
      `--web.listen-address=127.0.0.1:${promPort}`,
      // Alertmanager is discovered on a 5 s tick: alerts that fired before that were sent to no
      // one, and by default are only re-sent after a minute.
      '--rules.alert.resend-delay=1s',
      '--log.level=warn',
    ], `${promUrl}/-/ready`);
    cleanups.push(() => prom.stop());
    return { gateway, sims, targets: all.length + 1, promUrl, am, sink, smtp, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface PromSample {
  metric: Record<string, string>;
  value: [number, string];
}

export async function promQuery(promUrl: string, expr: string): Promise<PromSample[]> {
  const res = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const body = (await res.json()) as { status: string; error?: string; data?: { result: PromSample[] } };
  if (body.status !== 'success') throw new Error(`query failed: ${expr}: ${body.error}`);
  return body.data?.result ?? [];
}
