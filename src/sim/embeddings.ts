/**
 * Deterministic embeddings: the vector is a pure function of the input text, so semantic-cache
 * tests get identical vectors for identical inputs and (almost surely) different ones otherwise.
 */
import { createPrng, hashString } from './generate.js';

export const EMBEDDING_DIM = 64;

export function embed(text: string, seed: number): number[] {
  const rand = createPrng(hashString(text) ^ seed);
  const v = new Array<number>(EMBEDDING_DIM);
  let norm = 0;
  for (let i = 0; i < EMBEDDING_DIM; i++) {
    const x = rand() * 2 - 1;
    v[i] = x;
    norm += x * x;
  }
  // Unit length, like most served embedding models, so cosine similarity equals the dot product.
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < EMBEDDING_DIM; i++) v[i] = (v[i] as number) * scale;
  return v;
}
