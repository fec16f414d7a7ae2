import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { KubeConfig } from '@kubernetes/client-node';
import { buildConfig } from '../../src/config/load.js';
import { runDoctor } from '../../src/doctor/run-doctor.js';
import { checkKubernetesEntry } from '../../src/doctor/kubernetes.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { FakeKubeApi, makeSlice } from '../discovery/fake-kube-api.js';
import { byId, HOST_ENV } from './helpers.js';

let api: FakeKubeApi;
let sim: Simulator;
before(async () => {
  api = await new FakeKubeApi().start();
  sim = await startSimulator({ model: 'qwen2.5-3b' });
});
after(async () => {
  await api.close();
  await sim.close();
});

const k = { namespace: 'llm', service: 'vllm', port_name: 'http', scheme: 'http' as const };
const scope = { model: 'qwen2.5-3b', target: 'k8s:llm/vllm/http' };

test('ready endpoints of the Service are found and each is probed like a static URL', async () => {
  api.slices.clear();
  api.setSilently(makeSlice('vllm-1', 'vllm', [{ ip: '127.0.0.1' }, { ip: '10.1.0.9', ready: false }], [{ name: 'http', port: sim.port }]));
  const config = buildConfig({ models: [{ name: 'qwen2.5-3b', endpoints: [{ kubernetes: k }] }] });
  const report = await runDoctor({ config, environment: HOST_ENV, kubeConfig: api.kubeConfig() });
  const slices = byId(report, 'kubernetes.endpointslices')[0]!;
  assert.equal(slices.status, 'pass');
  assert.equal(slices.message, 'llm/vllm: 1 ready (1 not ready, 0 terminating)');
  assert.deepEqual(
    report.checks.filter((c) => c.target === `http://127.0.0.1:${sim.port}`).map((c) => `${c.id} ${c.status}`),
    ['endpoint.tcp pass', 'endpoint.http.health pass', 'endpoint.http.models pass', 'endpoint.latency pass'],
  );
  assert.equal(report.ok, true);
});

test('Service/EndpointSlice port name mismatch, no slices, nothing ready: ✗ with the reason', async () => {
  api.slices.clear();
  let r = await checkKubernetesEntry(k, scope, { kubeConfig: api.kubeConfig() });
  assert.equal(r.result.status, 'fail');
  assert.match(r.result.message, /no EndpointSlices for Service llm\/vllm/);

  api.setSilently(makeSlice('vllm-1', 'vllm', [{ ip: '10.1.0.1' }], [{ name: 'vllm-http', port: 8000 }]));
  r = await checkKubernetesEntry(k, scope, { kubeConfig: api.kubeConfig() });
  assert.equal(r.result.status, 'fail');
  assert.equal(r.result.message, 'EndpointSlice ports of llm/vllm are named "vllm-http", none "http"');
  assert.match(r.result.fix!, /match ports by name/);

  api.setSilently(makeSlice('vllm-1', 'vllm', [{ ip: '10.1.0.1', ready: false }, { ip: '10.1.0.2', terminating: true }], [{ name: 'http', port: 8000 }]));
  r = await checkKubernetesEntry(k, scope, { kubeConfig: api.kubeConfig() });
  assert.equal(r.result.message, 'no ready endpoint for llm/vllm (1 not ready, 1 terminating)');
  assert.deepEqual(r.urls, []);
});

test('credentials the API rejects: ✗ pointing at the RBAC manifest', async () => {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'fake', server: api.url, skipTLSVerify: true }],
    users: [{ name: 'nobody', token: 'wrong' }],
    contexts: [{ name: 'fake', cluster: 'fake', user: 'nobody' }],
    currentContext: 'fake',
  });
  const r = await checkKubernetesEntry(k, scope, { kubeConfig: kc });
  assert.equal(r.result.status, 'fail');
  assert.match(r.result.message, /cannot list EndpointSlices of llm\/vllm .*401/);
  assert.match(r.result.fix!, /rbac\.yaml/);
});
