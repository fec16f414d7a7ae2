import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubernetesDiscovery } from '../../src/discovery/kubernetes-discovery.js';
import { FakeKubeApi, makeSlice } from './fake-kube-api.js';
import { RecordingSink, silentLog, waitFor } from './helpers.js';

const PORTS = [
  { name: 'metrics', port: 9000 },
  { name: 'http', port: 8000 },
];

let api: FakeKubeApi;
let dir: string;

before(async () => {
  api = await new FakeKubeApi().start('team-a');
  dir = await mkdtemp(join(tmpdir(), 'sy-k8s-ns-'));
});
after(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

function discovery(sink: RecordingSink, namespace: string | null = 'llm', namespaceFile = join(dir, 'absent')) {
  return new KubernetesDiscovery({
    sink,
    group: 'k8s:llm/vllm/http',
    kubernetes: { namespace: namespace ?? undefined, service: 'vllm', port_name: 'http', scheme: 'http' },
    weight: 1,
    log: silentLog,
    kubeConfig: api.kubeConfig(),
    namespaceFile,
    backoffInitialMs: 20,
    backoffMaxMs: 100,
  });
}

const urls = (...ips: string[]) => ips.map((ip) => (ip.includes(':') ? `http://[${ip}]:8000` : `http://${ip}:8000`)).sort();

test('routable set follows ready, not ready, terminating and removed endpoints', async () => {
  api.slices.clear();
  const sliceA = makeSlice('vllm-abc', 'vllm', [
    { ip: '10.1.0.1' },
    { ip: '10.1.0.2', ready: false },
    { ip: '10.1.0.3', terminating: true },
    { ip: '10.1.0.4', ready: null },
  ], PORTS);
  api.setSilently(sliceA);
  api.setSilently(makeSlice('other-xyz', 'other', [{ ip: '10.9.9.9' }], PORTS));
  const sink = new RecordingSink();
  const d = discovery(sink).start();
  try {
    await waitFor(() => sink.calls.length === 1 && api.watchCount === 1, 5_000, 'list + watch');
    assert.deepEqual(sink.last, urls('10.1.0.1', '10.1.0.4'), 'not ready and terminating are not routable; ready null counts as ready');
    const list = api.requests.find((r) => !r.watch)!;
    assert.equal(list.namespace, 'llm');
    assert.equal(list.selector, 'kubernetes.io/service-name=vllm');

    api.emit('MODIFIED', makeSlice('vllm-abc', 'vllm', [{ ip: '10.1.0.1' }, { ip: '10.1.0.2' }, { ip: '10.1.0.4', ready: null }], PORTS));
    await waitFor(() => sink.calls.length === 2, 5_000, 'not ready -> ready');
    assert.deepEqual(sink.last, urls('10.1.0.1', '10.1.0.2', '10.1.0.4'));

    api.emit('MODIFIED', makeSlice('vllm-abc', 'vllm', [{ ip: '10.1.0.1', terminating: true }, { ip: '10.1.0.2' }, { ip: '10.1.0.4' }], PORTS));
    await waitFor(() => sink.calls.length === 3, 5_000, 'ready -> terminating');
    assert.deepEqual(sink.last, urls('10.1.0.2', '10.1.0.4'));

    api.emit('ADDED', makeSlice('vllm-def', 'vllm', [{ ip: 'fd00::5' }], PORTS));
    await waitFor(() => sink.calls.length === 4, 5_000, 'second slice');
    assert.deepEqual(sink.last, urls('10.1.0.2', '10.1.0.4', 'fd00::5'));

    api.emit('DELETED', makeSlice('vllm-abc', 'vllm', [], PORTS));
    await waitFor(() => sink.calls.length === 5, 5_000, 'slice removed');
    assert.deepEqual(sink.last, urls('fd00::5'));

    // A slice whose ports are named differently contributes nothing (Service/slice name mismatch).
    api.emit('ADDED', makeSlice('vllm-ghi', 'vllm', [{ ip: '10.1.0.7' }], [{ name: 'vllm', port: 8000 }]));
    api.emit('MODIFIED', makeSlice('vllm-def', 'vllm', [{ ip: 'fd00::5' }, { ip: 'fd00::6' }], PORTS));
    await waitFor(() => sink.calls.length === 6, 5_000, 'modified after mismatch');
    assert.deepEqual(sink.last, urls('fd00::5', 'fd00::6'));
    assert.ok(sink.calls.every((c) => c.group === 'k8s:llm/vllm/http'));
  } finally {
    await d.close();
  }
  await waitFor(() => api.watchCount === 0, 2_000, 'close() ends the watch');
});

test('API errors keep the last known set; a relist after reconnect catches missed events', async () => {
  api.slices.clear();
  api.setSilently(makeSlice('vllm-1', 'vllm', [{ ip: '10.2.0.1' }, { ip: '10.2.0.2' }], PORTS));
  const sink = new RecordingSink();
  const d = discovery(sink).start();
  try {
    await waitFor(() => sink.calls.length === 1 && api.watchCount === 1, 5_000, 'first list');
    const listsBefore = api.requests.filter((r) => !r.watch).length;
    api.failLists = 3;
    api.setSilently(makeSlice('vllm-1', 'vllm', [{ ip: '10.2.0.2' }, { ip: '10.2.0.3' }], PORTS));
    api.dropWatches();
    await waitFor(() => api.requests.filter((r) => !r.watch).length >= listsBefore + 3, 5_000, 'failed relists with backoff');
    assert.equal(sink.calls.length, 1, 'failures publish nothing');
    assert.deepEqual(d.urls, urls('10.2.0.1', '10.2.0.2'));
    await waitFor(() => sink.calls.length === 2, 5_000, 'recovered relist');
    assert.deepEqual(sink.last, urls('10.2.0.2', '10.2.0.3'));
    await waitFor(() => api.watchCount === 1, 5_000, 'watch re-opened');
    const watch = api.requests.filter((r) => r.watch).at(-1)!;
    assert.ok(watch.resourceVersion, 'watch resumes from the list resourceVersion');

    // 410 Gone on the watch: relist.
    api.setSilently({ delete: 'vllm-1' });
    api.expireWatches();
    await waitFor(() => sink.calls.length === 3, 5_000, 'relist after 410');
    assert.deepEqual(sink.last, [], 'a real, authoritative removal does empty the set');
  } finally {
    await d.close();
  }
});

test('namespace defaults to the pod namespace file, then the kubeconfig context', async () => {
  const file = join(dir, 'namespace');
  await writeFile(file, 'prod\n');
  assert.equal(discovery(new RecordingSink(), null, file).namespace, 'prod');
  assert.equal(discovery(new RecordingSink(), null).namespace, 'team-a');
  assert.equal(discovery(new RecordingSink(), 'explicit', file).namespace, 'explicit');
});
