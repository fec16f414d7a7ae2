import { weightedDraw, type Balancer, type Candidate } from '../balancer.js';

/**
 * Power of two choices over least outstanding requests, weighted: draw two distinct candidates
 * with probability proportional to weight, keep the one with fewer in-flight requests per unit of
 * weight. P2C avoids the herd that pure least-loaded causes when many gateway replicas share one
 * stale view, and costs O(n) with no sorting. Ties keep the first draw, so with idle replicas
 * traffic still splits by weight.
 */
export function leastOutstanding(random: () => number): Balancer {
  return {
    name: 'least_outstanding',
    pick<T extends Candidate>(candidates: readonly T[], exclude?: ReadonlySet<T>): T | undefined {
      const a = weightedDraw(candidates, random, exclude);
      if (a === undefined) return undefined;
      const b = weightedDraw(candidates, random, exclude, a);
      if (b === undefined) return a;
      return b.inflight / b.weight < a.inflight / a.weight ? b : a;
    },
  };
}
