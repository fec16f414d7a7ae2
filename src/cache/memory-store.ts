// In-process cache store: LRU by access with a per-entry TTL, plus vector search within a model.
//
// Search does not scan every entry: each entry is indexed under its few heaviest features (the
// rarest words of the prompt, by TF-IDF weight). A prompt similar enough to hit (cosine >= 0.9)
// shares most of those, so candidates are the entries posted under the query's own heaviest
// features, and only they get an exact cosine. With 10,000 entries a lookup touches tens.

import { DenseScratch, type SparseVector } from '../semantic/sparse.js';
import type { CacheEntry, CacheStore, SearchHit } from './store.js';

export interface MemoryStoreOptions {
  maxEntries?: number;
  /** Clock in epoch milliseconds (tests pass a fake one). */
  now?: () => number;
  /** Features each entry is indexed under. */
  signatureSize?: number;
  /** Hash space of the vectors (the vectorizer's `dims`). */
  dims?: number;
}

function signature(v: SparseVector, k: number): number[] {
  const order = Array.from(v.idx.keys()).sort((a, b) => v.val[b]! - v.val[a]!);
  return order.slice(0, k).map((i) => v.idx[i]!);
}

export class MemoryStore implements CacheStore {
  private readonly entries = new Map<string, CacheEntry>();
  // model -> feature -> keys of entries indexed under that feature
  private readonly index = new Map<string, Map<number, Set<string>>>();
  private readonly signatures = new Map<string, number[]>();
  private readonly maxEntries: number;
  private readonly now: () => number;
  private readonly signatureSize: number;
  private readonly dims: number;
  private scratch: DenseScratch | undefined;

  constructor(opts: MemoryStoreOptions = {}) {
    this.maxEntries = Math.max(1, opts.maxEntries ?? 10_000);
    this.now = opts.now ?? Date.now;
    this.signatureSize = opts.signatureSize ?? 8;
    this.dims = opts.dims ?? 1 << 18;
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    return this.touch(key);
  }

  async set(entry: CacheEntry): Promise<void> {
    this.remove(entry.key);
    this.entries.set(entry.key, entry);
    const sig = signature(entry.vector, this.signatureSize);
    this.signatures.set(entry.key, sig);
    let byFeature = this.index.get(entry.model);
    if (!byFeature) this.index.set(entry.model, (byFeature = new Map()));
    for (const f of sig) {
      let keys = byFeature.get(f);
      if (!keys) byFeature.set(f, (keys = new Set()));
      keys.add(entry.key);
    }
    // Map iteration order is insertion order and touch() re-inserts, so the first key is the LRU.
    while (this.entries.size > this.maxEntries) this.remove(this.entries.keys().next().value!);
    // Expired entries at the LRU end go now rather than waiting to be evicted.
    const now = this.now();
    for (const [key, e] of this.entries) {
      if (e.expiresAt > now) break;
      this.remove(key);
    }
  }

  async delete(key: string): Promise<void> {
    this.remove(key);
  }

  async clear(): Promise<void> {
    this.entries.clear();
    this.index.clear();
    this.signatures.clear();
  }

  async size(): Promise<number> {
    return this.entries.size;
  }

  async search(model: string, vector: SparseVector, minSimilarity: number, limit: number): Promise<SearchHit[]> {
    const byFeature = this.index.get(model);
    if (!byFeature || vector.idx.length === 0) return [];
    const candidates = new Set<string>();
    for (const f of signature(vector, this.signatureSize)) for (const k of byFeature.get(f) ?? []) candidates.add(k);
    if (candidates.size === 0) return [];
    this.scratch ??= new DenseScratch(this.dims);
    this.scratch.load(vector);
    const hits: SearchHit[] = [];
    for (const key of candidates) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      const similarity = this.scratch.dot(entry.vector);
      if (similarity >= minSimilarity) hits.push({ entry, similarity });
    }
    this.scratch.clear();
    hits.sort((a, b) => b.similarity - a.similarity);
    const out: SearchHit[] = [];
    for (const h of hits) {
      if (out.length >= limit) break;
      // Expired entries are dropped here and in get(); touch() refreshes LRU order.
      if (this.touch(h.entry.key)) out.push(h);
    }
    return out;
  }

  private touch(key: string): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const byFeature = this.index.get(entry.model);
    for (const f of this.signatures.get(key) ?? []) {
      const keys = byFeature?.get(f);
      keys?.delete(key);
      if (keys && keys.size === 0) byFeature!.delete(f);
    }
    if (byFeature && byFeature.size === 0) this.index.delete(entry.model);
    this.signatures.delete(key);
  }
}
