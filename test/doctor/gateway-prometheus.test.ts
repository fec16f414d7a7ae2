import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { buildConfig } from '../../src/config/load.js';
import { runDoctor } from '../../src/doctor/run-doctor.js';
import { deriveMetricsUrl } from '../../src/doctor/gateway.js';
import { startGateway, type Gateway } from '../../src/gateway.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { byId, HOST_ENV } from './helpers.js';

interface PromState {
  targets: Array<{ job: string; health: string; lastError?: string }>;
  series: string[];
}

let sim: Simulator;
let gw: Gateway;
let prom: Server;
let promUrl: string;
const state: PromState = { targets: [], series: [] };
const queries: string[] = [];

before(async () => {
  sim = await startSimulator({ model: 'qwen2.5-3b' });
  gw = await startGateway({
    config: buildConfig({
      server: { host: '127.0.0.1', port: 0 },
      metrics: { host: '127.0.0.1', port: 0 },
      health_check: { interval_ms: 200 },
      models: [{ name: 'qwen2.5-3b', endpoints: [{ url: sim.url }] }],
    }),
    log: pino({ level: 'silent' }),
  });
  // A fake Prometheus HTTP API: only the two endpoints doctor reads.
  prom = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    res.setHeader('content-type', 'application/json');
    if (u.pathname === '/api/v1/targets') {
      const activeTargets = state.targets.map((t, i) => ({
        labels: { job: t.job, instance: `gw-${i}:9190` },
        scrapeUrl: `http://gw-${i}:9190/metrics`,
        health: t.health,
        lastError: t.lastError ?? '',
      }));
      return void res.end(JSON.stringify({ status: 'success', data: { activeTargets, droppedTargets: [] } }));
    }
    if (u.pathname === '/api/v1/query') {
      queries.push(u.searchParams.get('query') ?? '');
      const result = state.series.map((name) => ({ metric: { __name__: name }, value: [0, '1'] }));
      return void res.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
    }
    res.writeHead(404).end('{}');
  });
  await new Promise<void>((r) => prom.listen(0, '127.0.0.1', r));
  promUrl = `http://127.0.0.1:${(prom.address() as AddressInfo).port}`;
});
after(async () => {
  await gw.close();
  await sim.close();
  prom.closeAllConnections();
  await new Promise((r) => prom.close(r));
});

test('--gateway: /healthz, /readyz and the metrics port of a running gateway answer', async () => {
  const deadline = Date.now() + 5_000;
  while (gw.registry.get('qwen2.5-3b')!.routable.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const report = await runDoctor({ gatewayUrl: gw.url, metricsUrl: `${gw.metricsUrl}/metrics`, environment: HOST_ENV });
  assert.deepEqual(
    report.checks.map((c) => `${c.id} ${c.status}`),
    ['gateway.healthz pass', 'gateway.readyz pass', 'gateway.metrics pass'],
  );
  assert.match(byId(report, 'gateway.readyz')[0]!.message, /qwen2\.5-3b 1\/1/);
  assert.equal(report.ok, true);
});

test('--gateway: a port that is not the gateway, or not listening, fails with a fix', async () => {
  const report = await runDoctor({ gatewayUrl: sim.url, metricsUrl: 'http://127.0.0.1:1/metrics', environment: HOST_ENV });
  assert.equal(byId(report, 'gateway.readyz')[0]!.status, 'fail');
  const m = byId(report, 'gateway.metrics')[0]!;
  assert.equal(m.status, 'fail');
  assert.match(m.message, /ECONNREFUSED/);
  assert.match(m.fix!, /metrics\.host: 0\.0\.0\.0/);
  assert.equal(deriveMetricsUrl('http://gw.example:8080/', 9190), 'http://gw.example:9190/metrics');
});

test('--prometheus: target up and series present ✓; target down ✗; no traffic yet !; no target ✗', async () => {
  state.targets = [{ job: 'switchyard', health: 'up' }, { job: 'vllm', health: 'up' }];
  state.series = ['llm_endpoint_up', 'llm_model_requests_total', 'llm_model_completion_latency_seconds_bucket'];
  let r = await runDoctor({ prometheusUrl: promUrl, environment: HOST_ENV });
  assert.deepEqual(r.checks.map((c) => `${c.id} ${c.status}`), ['prometheus.target pass', 'prometheus.series pass']);
  assert.match(queries.at(-1)!, /job="switchyard"/);

  state.series = ['llm_endpoint_up'];
  r = await runDoctor({ prometheusUrl: promUrl, environment: HOST_ENV });
  assert.equal(byId(r, 'prometheus.series')[0]!.status, 'warn');
  assert.equal(r.ok, true);

  state.series = [];
  r = await runDoctor({ prometheusUrl: promUrl, environment: HOST_ENV });
  assert.equal(byId(r, 'prometheus.series')[0]!.status, 'fail');

  state.targets = [{ job: 'switchyard', health: 'down', lastError: 'connect: connection refused' }];
  r = await runDoctor({ prometheusUrl: promUrl, environment: HOST_ENV });
  const down = byId(r, 'prometheus.target')[0]!;
  assert.equal(down.status, 'fail');
  assert.match(down.message, /connection refused/);

  state.targets = [{ job: 'vllm', health: 'up' }];
  r = await runDoctor({ prometheusUrl: promUrl, environment: HOST_ENV });
  assert.match(byId(r, 'prometheus.target')[0]!.message, /no active target with job="switchyard" \(jobs: vllm\)/);
  r = await runDoctor({ prometheusUrl: promUrl, prometheusJob: 'vllm', environment: HOST_ENV });
  assert.equal(byId(r, 'prometheus.target')[0]!.status, 'pass');
});
