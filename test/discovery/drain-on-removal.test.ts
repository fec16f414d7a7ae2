import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildConfig } from '../../src/config/load.js';
import { KubernetesDiscovery } from '../../src/discovery/kubernetes-discovery.js';
import { GatewayMetrics } from '../../src/metrics/registry.js';
import { EndpointPool } from '../../src/routing/endpoint-pool.js';
import { startSimulator } from '../../src/sim/index.js';
import { FakeKubeApi, makeSlice } from './fake-kube-api.js';
import { silentLog, waitFor } from './helpers.js';

// The gateway counts a request on its endpoint while it is in flight; this does the same by hand
// so the pool-level guarantee is tested without the gateway: a removed endpoint drains.
test('an in-flight request to an endpoint that starts terminating, then disappears, completes', async () => {
  const sim = await startSimulator({ model: 'm', ttftMs: 400, itlMs: 5 });
  const api = await new FakeKubeApi().start();
  const config = buildConfig({
    models: [{ name: 'm', endpoints: [{ kubernetes: { namespace: 'llm', service: 'vllm', port_name: 'http' } }], health_check: { enabled: false } }],
  });
  const pool = new EndpointPool(config.models[0]!, new GatewayMetrics({ defaultMetrics: false }), silentLog);
  const ports = [{ name: 'http', port: sim.port }];
  api.setSilently(makeSlice('vllm-1', 'vllm', [{ ip: '127.0.0.1' }], ports));
  const d = new KubernetesDiscovery({
    sink: pool,
    group: 'k8s:llm/vllm/http',
    kubernetes: config.models[0]!.endpoints[0]!.kubernetes!,
    weight: 1,
    log: silentLog,
    kubeConfig: api.kubeConfig(),
  }).start();
  try {
    await waitFor(() => pool.routable.length === 1 && api.watchCount === 1, 5_000, 'endpoint discovered');
    const ep = pool.pick()!;
    ep.inflight++;
    const started = Date.now();
    const pending = ep.dispatcher
      .request({
        method: 'POST',
        path: '/v1/chat/completions',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], max_tokens: 8 }),
      })
      .then(async (res) => ({ status: res.statusCode, body: (await res.body.json()) as { choices: unknown[] } }))
      .finally(() => ep.inflight--);

    await new Promise((r) => setTimeout(r, 50));
    api.emit('MODIFIED', makeSlice('vllm-1', 'vllm', [{ ip: '127.0.0.1', terminating: true }], ports));
    await waitFor(() => pool.routable.length === 0, 2_000, 'terminating endpoint leaves the routable set');
    assert.equal(ep.state, 'draining');
    api.emit('DELETED', makeSlice('vllm-1', 'vllm', [], ports));

    const res = await pending;
    assert.equal(res.status, 200);
    assert.equal(res.body.choices.length, 1);
    assert.ok(Date.now() - started >= 350, 'the request really was in flight during the removal');
    assert.equal(pool.pick(), undefined);
    assert.equal(sim.stats().aborted, 0);
    assert.equal(sim.stats().completed, 1);
  } finally {
    await d.close();
    await pool.close();
    await api.close();
    await sim.close();
  }
});
