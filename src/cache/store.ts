// Storage behind the semantic cache. The memory store (memory-store.ts) is the default; a Redis
// store can implement the same interface. `search` is optional: a store without vector search
// still serves the exact-match fast path.

import type { SparseVector } from '../semantic/sparse.js';

export interface CachedUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** What is kept of an upstream answer: enough to rebuild a chat.completion or its SSE stream. */
export interface CachedResponse {
  content: string;
  finish_reason: string;
  usage: CachedUsage;
  model: string;
}

export interface CacheEntry {
  /** Exact-match key: hash of model + normalised conversation. */
  key: string;
  model: string;
  /** Normalised conversation text the entry was stored under. */
  text: string;
  vector: SparseVector;
  response: CachedResponse;
  /** Epoch milliseconds. */
  createdAt: number;
  expiresAt: number;
}

export interface SearchHit {
  entry: CacheEntry;
  similarity: number;
}

export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  set(entry: CacheEntry): Promise<void>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
  size(): Promise<number>;
  /**
   * Entries of `model` whose vectors have cosine >= minSimilarity with `vector`, best first, at
   * most `limit`. Optional: stores that cannot search serve exact matches only.
   */
  search?(model: string, vector: SparseVector, minSimilarity: number, limit: number): Promise<SearchHit[]>;
}
