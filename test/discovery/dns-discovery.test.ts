import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DnsDiscovery, type ResolveFn } from '../../src/discovery/dns-discovery.js';
import { discoveryFactory } from '../../src/discovery/index.js';
import { dnsError, RecordingSink, silentLog, waitFor } from './helpers.js';

type Answers = Record<'A' | 'AAAA', string[] | NodeJS.ErrnoException>;

function fakeResolver(answers: Answers): ResolveFn & { calls: number } {
  const fn = async (_name: string, rrtype: 'A' | 'AAAA'): Promise<string[]> => {
    fn.calls++;
    const a = answers[rrtype];
    if (a instanceof Error) throw a;
    return [...a];
  };
  fn.calls = 0;
  return fn;
}

function discovery(answers: Answers, family: 'ipv4' | 'ipv6' | 'any', sink = new RecordingSink(), refresh_s = 30) {
  const resolve = fakeResolver(answers);
  const d = new DnsDiscovery({
    sink,
    group: 'dns:vllm:8000',
    dns: { name: 'vllm.example', port: 8000, scheme: 'http', refresh_s, family },
    weight: 2,
    log: silentLog,
    resolve,
    retryInitialMs: 5,
  });
  return { d, sink, resolve };
}

test('ipv4 uses A records only; every address becomes scheme://addr:port', async () => {
  const answers: Answers = { A: ['10.0.0.2', '10.0.0.1'], AAAA: ['fd00::1'] };
  const { d, sink } = discovery(answers, 'ipv4');
  assert.equal(await d.refresh(), true);
  assert.deepEqual(sink.last, ['http://10.0.0.1:8000', 'http://10.0.0.2:8000']);
  assert.equal(sink.calls[0]!.group, 'dns:vllm:8000');
});

test('ipv6 brackets the address; any merges both families', async () => {
  const answers: Answers = { A: ['10.0.0.1'], AAAA: ['fd00::1'] };
  const v6 = discovery(answers, 'ipv6');
  await v6.d.refresh();
  assert.deepEqual(v6.sink.last, ['http://[fd00::1]:8000']);
  const any = discovery(answers, 'any');
  await any.d.refresh();
  assert.deepEqual(any.sink.last, ['http://10.0.0.1:8000', 'http://[fd00::1]:8000']);
});

test('any tolerates one family having no records', async () => {
  const { d, sink } = discovery({ A: ['10.0.0.1'], AAAA: dnsError('ENODATA') }, 'any');
  assert.equal(await d.refresh(), true);
  assert.deepEqual(sink.last, ['http://10.0.0.1:8000']);
});

test('a failed resolution keeps the last good set and never publishes an empty one', async () => {
  const answers: Answers = { A: ['10.0.0.1', '10.0.0.2'], AAAA: [] };
  const { d, sink } = discovery(answers, 'ipv4');
  await d.refresh();
  for (const code of ['ETIMEOUT', 'ESERVFAIL', 'ENOTFOUND', 'ECONNREFUSED']) {
    answers.A = dnsError(code);
    assert.equal(await d.refresh(), false);
  }
  answers.A = [];
  assert.equal(await d.refresh(), false, 'an empty answer is treated as a failure too');
  assert.equal(sink.calls.length, 1);
  assert.deepEqual(d.urls, ['http://10.0.0.1:8000', 'http://10.0.0.2:8000']);
});

test('changes are published once; an unchanged answer publishes nothing', async () => {
  const answers: Answers = { A: ['10.0.0.1', '10.0.0.2'], AAAA: [] };
  const { d, sink } = discovery(answers, 'ipv4');
  await d.refresh();
  answers.A = ['10.0.0.2', '10.0.0.1'];
  await d.refresh();
  assert.equal(sink.calls.length, 1, 'same set in another order is no change');
  answers.A = ['10.0.0.2', '10.0.0.3'];
  await d.refresh();
  assert.deepEqual(sink.last, ['http://10.0.0.2:8000', 'http://10.0.0.3:8000']);
});

test('re-resolves every refresh_s and retries failures sooner', async () => {
  const answers: Answers = { A: dnsError('ETIMEOUT'), AAAA: [] };
  const { d, sink, resolve } = discovery(answers, 'ipv4', new RecordingSink(), 0.05);
  d.start();
  try {
    await waitFor(() => resolve.calls >= 3, 2_000, 'retries after failure');
    assert.equal(sink.calls.length, 0);
    answers.A = ['10.0.0.7'];
    await waitFor(() => sink.calls.length === 1, 2_000, 'first good answer');
    answers.A = ['10.0.0.8'];
    await waitFor(() => sink.calls.length === 2, 2_000, 'periodic re-resolution');
    assert.deepEqual(sink.last, ['http://10.0.0.8:8000']);
  } finally {
    d.stop();
  }
  const calls = resolve.calls;
  await new Promise((r) => setTimeout(r, 150));
  assert.equal(resolve.calls, calls, 'stop() ends the timer');
});

test('discoveryFactory refuses static url entries (they are not discovered)', () => {
  const pool = new RecordingSink() as unknown as Parameters<typeof discoveryFactory>[0];
  assert.throws(() => discoveryFactory(pool, 'static', { url: 'http://127.0.0.1:1', weight: 1 }, silentLog), /no discovery source/);
});
