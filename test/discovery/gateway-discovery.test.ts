import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildConfig } from '../../src/config/load.js';
import { discoveryFactory } from '../../src/discovery/index.js';
import { startGateway } from '../../src/gateway.js';
import { startSimulator } from '../../src/sim/index.js';
import { FakeKubeApi, makeSlice } from './fake-kube-api.js';
import { silentLog, waitFor } from './helpers.js';

// End to end through the gateway: the exported factory (as the lead mounts it) finds the replica
// through the fake API server's EndpointSlices; removing it mid-request lets the request finish.
test('gateway + kubernetes discovery: routable set follows the slices, an in-flight request survives removal', async () => {
  const sim = await startSimulator({ model: 'qwen2.5-3b', ttftMs: 500, itlMs: 5 });
  const api = await new FakeKubeApi().start('llm');
  const savedKubeconfig = process.env.KUBECONFIG;
  process.env.KUBECONFIG = api.kubeconfigPath;
  const ports = [{ name: 'http', port: sim.port }];
  api.setSilently(makeSlice('vllm-1', 'vllm', [{ ip: '127.0.0.1', ready: false }], ports));
  const gw = await startGateway({
    config: buildConfig({
      server: { host: '127.0.0.1', port: 0 },
      metrics: { enabled: false },
      health_check: { interval_ms: 200 },
      models: [{ name: 'qwen2.5-3b', endpoints: [{ kubernetes: { service: 'vllm', port_name: 'http' } }] }],
    }),
    log: silentLog,
    discovery: discoveryFactory,
  });
  const pool = () => gw.registry.get('qwen2.5-3b')!;
  const chat = () =>
    fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'qwen2.5-3b', messages: [{ role: 'user', content: 'hi' }], max_tokens: 4 }),
    });
  try {
    await waitFor(() => api.watchCount === 1, 5_000, 'watch open');
    assert.equal(pool().endpoints().length, 0, 'a not-ready endpoint is not in the pool');
    assert.equal((await chat()).status, 503);

    api.emit('MODIFIED', makeSlice('vllm-1', 'vllm', [{ ip: '127.0.0.1' }], ports));
    await waitFor(() => pool().routable.length === 1, 5_000, 'ready endpoint health-checked and routable');

    const inflight = chat();
    await waitFor(() => sim.stats().running === 1, 2_000, 'request reached the replica');
    api.emit('MODIFIED', makeSlice('vllm-1', 'vllm', [{ ip: '127.0.0.1', terminating: true }], ports));
    await waitFor(() => pool().routable.length === 0, 2_000, 'terminating endpoint removed');
    const res = await inflight;
    assert.equal(res.status, 200);
    const body = (await res.json()) as { choices: Array<{ message: { content: string } }> };
    assert.ok(body.choices[0]!.message.content.length > 0);
    assert.equal(sim.stats().aborted, 0);

    const after = await chat();
    assert.equal(after.status, 503, 'nothing routable after the removal');
    assert.equal((await after.json() as { error: { code: string } }).error.code, 'no_ready_endpoint');
  } finally {
    await gw.close();
    if (savedKubeconfig === undefined) delete process.env.KUBECONFIG;
    else process.env.KUBECONFIG = savedKubeconfig;
    await api.close();
    await sim.close();
  }
});
