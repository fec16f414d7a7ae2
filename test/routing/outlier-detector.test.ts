import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { upstreamDefaults } from '../../src/config/schema.js';
import { Endpoint } from '../../src/routing/endpoint.js';
import { OutlierDetector } from '../../src/routing/outlier-detector.js';

const made: Endpoint[] = [];
function ep(i: number): Endpoint {
  const e = new Endpoint(`http://127.0.0.1:${10_000 + i}`, 'm', 1, upstreamDefaults, 'ready');
  made.push(e);
  return e;
}

function detector(eps: Endpoint[], settings = { consecutive_failures: 3, base_ejection_ms: 40, max_ejection_ms: 100 }) {
  const ejections: Array<{ id: string; ms: number }> = [];
  const d = new OutlierDetector(settings, () => eps.filter((e) => e.routable).length, (e, ms, reason) => {
    ejections.push({ id: e.id, ms });
    e.setState('ejected', reason);
  });
  return { d, ejections };
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((e) => e.destroy()));
});

describe('OutlierDetector', () => {
  it('ejects after N consecutive failures, not before, and a success resets the count', () => {
    const [a, b] = [ep(1), ep(2)];
    const { d, ejections } = detector([a, b]);
    d.failure(a, '5xx');
    d.failure(a, '5xx');
    d.success(a);
    d.failure(a, '5xx');
    d.failure(a, '5xx');
    assert.equal(a.state, 'ready');
    d.failure(a, '5xx');
    assert.equal(a.state, 'ejected');
    assert.deepEqual(ejections, [{ id: a.id, ms: 40 }]);
  });

  it('returns the endpoint when the time runs out, and doubles the time on the next ejection (capped)', async () => {
    const [a, b] = [ep(1), ep(2)];
    const { d, ejections } = detector([a, b]);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3; i++) d.failure(a, 'connect');
      assert.equal(a.state, 'ejected');
      await new Promise((r) => setTimeout(r, ejections.at(-1)!.ms + 30));
      assert.equal(a.state, 'ready');
    }
    assert.deepEqual(ejections.map((e) => e.ms), [40, 80, 100]);
    // Healthy for longer than the max ejection time: back to the base time.
    await new Promise((r) => setTimeout(r, 130));
    for (let i = 0; i < 3; i++) d.failure(a, 'connect');
    assert.equal(ejections.at(-1)!.ms, 40);
  });

  it('never ejects the last routable endpoint for 5xx alone (panic), but does for refused connections', () => {
    const a = ep(1);
    const { d } = detector([a]);
    for (let i = 0; i < 10; i++) d.failure(a, '5xx');
    assert.equal(a.state, 'ready');
    for (let i = 0; i < 3; i++) d.failure(a, 'connect');
    assert.equal(a.state, 'ejected');
  });

  it('honours Retry-After as a cooldown unless it is the last endpoint', () => {
    const [a, b] = [ep(1), ep(2)];
    const { d, ejections } = detector([a, b]);
    d.cooldown(a, 30);
    assert.equal(a.state, 'ejected');
    d.cooldown(b, 30);
    assert.equal(b.state, 'ready', 'last routable one stays');
    assert.deepEqual(ejections, [{ id: a.id, ms: 30 }]);
  });
});
