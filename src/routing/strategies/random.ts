import { weightedDraw, type Balancer, type Candidate } from '../balancer.js';

/** Weighted random: stateless, for when several gateways must not correlate their choices. */
export function weightedRandom(random: () => number): Balancer {
  return {
    name: 'random',
    pick<T extends Candidate>(candidates: readonly T[], exclude?: ReadonlySet<T>): T | undefined {
      return weightedDraw(candidates, random, exclude);
    },
  };
}
