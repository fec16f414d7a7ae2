import type { Balancer, Candidate } from '../balancer.js';

/**
 * Smooth weighted round robin (nginx's algorithm): every candidate gains its weight each turn,
 * the richest is picked and pays the total. Spreads a weight-2 replica as A B A, not A A B.
 */
export function roundRobin(): Balancer {
  const current = new WeakMap<object, number>();
  return {
    name: 'round_robin',
    pick<T extends Candidate>(candidates: readonly T[], exclude?: ReadonlySet<T>): T | undefined {
      let best: T | undefined;
      let bestScore = -Infinity;
      let total = 0;
      for (const c of candidates) {
        if (exclude?.has(c)) continue;
        const score = (current.get(c) ?? 0) + c.weight;
        current.set(c, score);
        total += c.weight;
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best) current.set(best, bestScore - total);
      return best;
    },
  };
}
