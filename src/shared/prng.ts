/**
 * mulberry32: a tiny seeded PRNG. Used where runs must repeat exactly — the simulator's jitter and
 * word choice, classifier training at start-up, balancer tests. Not for anything secret.
 */
export function createPrng(seed: number): () => number {
  let a = seed >>> 0;
  return function next(): number {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
