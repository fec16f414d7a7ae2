// Semantic response cache: exact match on a hash of model + normalised conversation, then nearest
// stored conversation of the same model by cosine over the classifier's TF-IDF representation.
//
// A similarity hit additionally needs the same numbers and the same negations as the stored
// prompt: the representation folds numbers to one token and drops "not" as a stop word, so "what
// is 17 * 23" and "what is 17 * 24" are identical vectors — serving one for the other would be
// a wrong answer, not a cache hit.

import { createHash } from 'node:crypto';
import { BUILTIN_CATEGORIES } from '../semantic/builtin-categories.js';
import { normalizeText } from '../semantic/text.js';
import { Vectorizer } from '../semantic/vectorizer.js';
import { MemoryStore } from './memory-store.js';
import type { CachedResponse, CacheStore } from './store.js';

export interface SemanticCacheOptions {
  /** Minimum cosine for a similarity hit (default 0.92). */
  similarityThreshold?: number;
  ttlSeconds?: number;
  maxEntries?: number;
  /** Defaults to a MemoryStore with maxEntries. */
  store?: CacheStore;
  /** Share the category classifier's fitted vectorizer; defaults to one fitted on the built-in categories. */
  vectorizer?: Vectorizer;
  now?: () => number;
}

export interface CacheHit {
  response: CachedResponse;
  /** 1 for an exact match. */
  similarity: number;
  exact: boolean;
  key: string;
}

let sharedVectorizer: Vectorizer | undefined;

/** A vectorizer fitted on the built-in category corpus, built once per process. */
export function defaultVectorizer(): Vectorizer {
  sharedVectorizer ??= new Vectorizer().fit(BUILTIN_CATEGORIES.flatMap((c) => [c.description, ...c.examples, ...(c.keywords ?? [])]));
  return sharedVectorizer;
}

const CRITICAL = /\d+(?:[.,]\d+)*|\b(?:not|no|never|without|none|nor|cannot|n't)\b|n't\b/g;

/** Numbers and negations, which the vector representation does not distinguish. */
function criticalTokens(normalised: string): string {
  return (normalised.match(CRITICAL) ?? []).join(' ');
}

export class SemanticCache {
  readonly similarityThreshold: number;
  private readonly ttlMs: number;
  private readonly backend: CacheStore;
  private readonly vectorizer: Vectorizer;
  private readonly now: () => number;

  constructor(opts: SemanticCacheOptions = {}) {
    this.similarityThreshold = opts.similarityThreshold ?? 0.92;
    this.ttlMs = (opts.ttlSeconds ?? 3600) * 1000;
    this.now = opts.now ?? Date.now;
    this.vectorizer = opts.vectorizer ?? defaultVectorizer();
    this.backend = opts.store ?? new MemoryStore({ maxEntries: opts.maxEntries, now: this.now, dims: this.vectorizer.dims });
  }

  /** Exact-match key of a conversation under a model. */
  key(model: string, text: string): string {
    return createHash('sha256').update(model).update('\u0000').update(normalizeText(text)).digest('hex');
  }

  async lookup(model: string, text: string): Promise<CacheHit | undefined> {
    const normalised = normalizeText(text);
    const key = this.key(model, text);
    const exact = await this.backend.get(key);
    if (exact && exact.model === model) return { response: exact.response, similarity: 1, exact: true, key };
    if (!this.backend.search || this.similarityThreshold > 1) return undefined;
    const vector = this.vectorizer.transform(normalised);
    const critical = criticalTokens(normalised);
    for (const hit of await this.backend.search(model, vector, this.similarityThreshold, 5)) {
      if (criticalTokens(hit.entry.text) === critical) {
        return { response: hit.entry.response, similarity: Math.min(1, hit.similarity), exact: false, key: hit.entry.key };
      }
    }
    return undefined;
  }

  /**
   * Stores a completed answer; returns whether it was stored. Only finish_reason "stop" or
   * "length" is kept: content_filter (blocked), tool_calls (not replayable as text) and anything
   * else are refused here, and callers must not pass errored or cancelled responses at all.
   */
  async store(model: string, text: string, response: CachedResponse): Promise<boolean> {
    if (response.finish_reason !== 'stop' && response.finish_reason !== 'length') return false;
    const normalised = normalizeText(text);
    const createdAt = this.now();
    await this.backend.set({
      key: this.key(model, text),
      model,
      text: normalised,
      vector: this.vectorizer.transform(normalised),
      response: { ...response, usage: { ...response.usage } },
      createdAt,
      expiresAt: createdAt + this.ttlMs,
    });
    return true;
  }

  async size(): Promise<number> {
    return this.backend.size();
  }

  async clear(): Promise<void> {
    await this.backend.clear();
  }
}
