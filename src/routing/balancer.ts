import type { Endpoint } from './endpoint.js';
import { leastOutstanding } from './strategies/least-outstanding.js';
import { roundRobin } from './strategies/round-robin.js';
import { weightedRandom } from './strategies/random.js';

/** What a strategy sees of an endpoint: enough to balance, nothing to mutate. */
export type Candidate = Pick<Endpoint, 'weight' | 'inflight'>;

/**
 * A load-balancing strategy (caddy-style: one small interface, one file each, one shared
 * contract test). `pick` gets only routable candidates and must return one of them, never
 * one in `exclude` (endpoints already tried by this request), or undefined when none is left.
 */
export interface Balancer {
  readonly name: string;
  pick<T extends Candidate>(candidates: readonly T[], exclude?: ReadonlySet<T>): T | undefined;
}

export type BalancerName = 'least_outstanding' | 'round_robin' | 'random';

export function createBalancer(name: BalancerName, random: () => number = Math.random): Balancer {
  switch (name) {
    case 'least_outstanding':
      return leastOutstanding(random);
    case 'round_robin':
      return roundRobin();
    case 'random':
      return weightedRandom(random);
  }
}

/** Weighted draw over the candidates not excluded; shared by the randomised strategies. */
export function weightedDraw<T extends Candidate>(
  candidates: readonly T[],
  random: () => number,
  exclude?: ReadonlySet<T>,
  skip?: T,
): T | undefined {
  let total = 0;
  for (const c of candidates) if (c !== skip && !exclude?.has(c)) total += c.weight;
  if (total <= 0) return undefined;
  let r = random() * total;
  let last: T | undefined;
  for (const c of candidates) {
    if (c === skip || exclude?.has(c)) continue;
    last = c;
    r -= c.weight;
    if (r < 0) return c;
  }
  return last;
}
