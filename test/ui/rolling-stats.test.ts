import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RollingStats, statsResponse } from '../../src/metrics/rolling-stats.js';

const T0 = 1_700_000_000_000; // a bucket boundary (divisible by 10 000)

test('window shape: 90 buckets of 10 s, oldest first, last is the current bucket', () => {
  const s = new RollingStats();
  const snap = s.snapshot(T0 + 5_000);
  assert.equal(snap.bucketStartMs.length, 90);
  assert.equal(snap.bucketStartMs.at(-1), T0);
  assert.equal(snap.bucketStartMs[0], T0 - 89 * 10_000);
  assert.equal(snap.overall.requestsPerS.length, 90);
  assert.deepEqual(snap.models, {});
  assert.equal(snap.overall.errorRate.at(-1), null);
  assert.equal(snap.overall.ttftP50Ms.at(-1), null);
});

test('rates per completed bucket, error rate counts 5xx and 0 only', () => {
  const s = new RollingStats();
  for (let i = 0; i < 20; i++) s.observe({ model: 'a', status: i < 2 ? 503 : i < 3 ? 0 : i < 5 ? 429 : 200, e2eMs: 100, completionTokens: 50 }, T0 + i * 100);
  const snap = s.snapshot(T0 + 15_000);
  const i = snap.bucketStartMs.indexOf(T0);
  assert.equal(snap.overall.requestsPerS[i], 2);
  assert.equal(snap.overall.errorRate[i], 0.15);
  assert.equal(snap.overall.tokensPerS[i], 100);
  assert.equal(snap.models['a']!.requestsPerS[i], 2);
});

test('the current bucket is rated over the time elapsed in it', () => {
  const s = new RollingStats();
  for (let i = 0; i < 10; i++) s.observe({ model: 'a', status: 200, e2eMs: 1 }, T0 + 100 * i);
  assert.equal(s.snapshot(T0 + 5_000).overall.requestsPerS.at(-1), 2);
  // Less than a second in: divided by one second, not by a tiny fraction.
  assert.equal(s.snapshot(T0 + 1_000).overall.requestsPerS.at(-1), 10);
});

test('TTFT quantiles from the per-bucket histogram are close to the exact ones', () => {
  const s = new RollingStats();
  const values: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const v = 50 + ((i * 7919) % 1000) * 0.9; // 50 … 949 ms, spread evenly
    values.push(v);
    s.observe({ model: 'a', status: 200, ttftMs: v, e2eMs: v * 2 }, T0 + (i % 10_000));
  }
  values.sort((a, b) => a - b);
  const snap = s.snapshot(T0 + 20_000);
  const i = snap.bucketStartMs.indexOf(T0);
  const p50 = snap.overall.ttftP50Ms[i]!;
  const p95 = snap.overall.ttftP95Ms[i]!;
  assert.ok(Math.abs(p50 - values[499]!) / values[499]! < 0.1, `p50 ${p50} vs ${values[499]}`);
  assert.ok(Math.abs(p95 - values[949]!) / values[949]! < 0.1, `p95 ${p95} vs ${values[949]}`);
});

test('a single sample reports its own value, and values beyond the last bound are kept', () => {
  const s = new RollingStats();
  s.observe({ model: 'a', status: 200, ttftMs: 123, e2eMs: 200 }, T0);
  s.observe({ model: 'b', status: 200, ttftMs: 45_000, e2eMs: 50_000 }, T0);
  const snap = s.snapshot(T0 + 1);
  assert.equal(snap.models['a']!.ttftP50Ms.at(-1), 123);
  assert.equal(snap.models['a']!.ttftP95Ms.at(-1), 123);
  assert.equal(snap.models['b']!.ttftP95Ms.at(-1), 45_000);
});

test('old buckets fall out of the window and reused slots start from zero', () => {
  const s = new RollingStats({ windowSeconds: 30, bucketSeconds: 10 });
  s.observe({ model: 'a', status: 500, ttftMs: 10, e2eMs: 1 }, T0);
  let snap = s.snapshot(T0 + 25_000);
  assert.equal(snap.bucketStartMs.length, 3);
  assert.equal(snap.overall.errorRate[0], 1);
  // 30 s later the same ring slot holds a new bucket: the old error must not leak into it.
  s.observe({ model: 'a', status: 200, e2eMs: 1 }, T0 + 30_000);
  snap = s.snapshot(T0 + 30_001);
  assert.deepEqual(snap.bucketStartMs, [T0 + 10_000, T0 + 20_000, T0 + 30_000]);
  assert.deepEqual(snap.overall.errorRate, [null, null, 0]);
  assert.equal(snap.overall.ttftP50Ms.at(-1), null);
});

test('per-model series are capped; overall still counts everything', () => {
  const s = new RollingStats({ maxModels: 2 });
  for (const m of ['a', 'b', 'c']) s.observe({ model: m, status: 200, e2eMs: 1 }, T0);
  const snap = s.snapshot(T0 + 10_000);
  assert.deepEqual(Object.keys(snap.models).sort(), ['a', 'b']);
  assert.equal(snap.overall.requestsPerS.at(-2), 0.3);
});

test('statsResponse assembles the /api/v1/stats body', () => {
  const s = new RollingStats();
  const body = statsResponse(s, [{ name: 'm', endpoints: [{ id: 'http://127.0.0.1:1', state: 'ready', inflight: 2, weight: 1 }] }], T0);
  assert.equal(body.generatedAt, new Date(T0).toISOString());
  assert.deepEqual(body.window, { seconds: 900, bucketSeconds: 10 });
  assert.equal(body.series.bucketStartMs.length, 90);
  assert.equal(body.models[0]!.endpoints[0]!.state, 'ready');
  assert.throws(() => new RollingStats({ bucketSeconds: 0 }), RangeError);
});
