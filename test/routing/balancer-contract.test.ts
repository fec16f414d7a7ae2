import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBalancer, type BalancerName } from '../../src/routing/balancer.js';
import { createPrng } from '../../src/shared/prng.js';

// Every strategy runs through the same contract (caddy-style): add a strategy, add its name here.
const strategies: BalancerName[] = ['least_outstanding', 'round_robin', 'random'];

const seeded = createPrng;

const mk = (weight: number, inflight = 0) => ({ weight, inflight });

for (const name of strategies) {
  describe(`balancer contract: ${name}`, () => {
    it('returns undefined for no candidates and for all excluded', () => {
      const b = createBalancer(name, seeded(1));
      assert.equal(b.pick([]), undefined);
      const a = mk(1);
      assert.equal(b.pick([a], new Set([a])), undefined);
    });

    it('never returns an excluded candidate', () => {
      const b = createBalancer(name, seeded(2));
      const cs = [mk(1), mk(1), mk(1)];
      for (let i = 0; i < 300; i++) assert.notEqual(b.pick(cs, new Set([cs[1]!])), cs[1]);
    });

    it('always returns one of the candidates', () => {
      const b = createBalancer(name, seeded(3));
      const cs = [mk(1), mk(5)];
      for (let i = 0; i < 100; i++) assert.ok(cs.includes(b.pick(cs)!));
    });

    it('splits idle traffic by weight (±10%)', () => {
      const b = createBalancer(name, seeded(4));
      const cs = [mk(1), mk(2), mk(1)];
      const n = 4000;
      const counts = new Map(cs.map((c) => [c, 0]));
      for (let i = 0; i < n; i++) {
        const c = b.pick(cs)!;
        counts.set(c, counts.get(c)! + 1);
      }
      assert.ok(Math.abs(counts.get(cs[1]!)! / n - 0.5) < 0.05, `${name}: ${counts.get(cs[1]!)} of ${n}`);
    });
  });
}

describe('least_outstanding prefers the less loaded replica', () => {
  it('sends most traffic away from a busy replica', () => {
    const b = createBalancer('least_outstanding', seeded(5));
    const busy = mk(1, 50);
    const idle = mk(1, 0);
    let toIdle = 0;
    for (let i = 0; i < 1000; i++) if (b.pick([busy, idle]) === idle) toIdle++;
    assert.equal(toIdle, 1000);
  });
});
