// Optional category backend for users who prefer embedding similarity. Every OpenAI-compatible
// POST /v1/embeddings endpoint (a vLLM replica serving an embedding model, for example) embeds the
// category descriptions and examples once at start, then each prompt per request; the category is
// the nearest centroid by cosine. One keep-alive connection pool is reused for every call.
//
// Confidence is a softmax over cosine similarities with a low temperature (cosines of one model
// sit in a narrow band), normalised together with a hidden background centroid built from
// topic-free prompts, as in the in-process model, so the same thresholds keep their meaning.

import { Agent, request, type Dispatcher } from 'undici';
import { BACKGROUND_PROMPTS } from './background-prompts.js';
import { DEFAULT_CATEGORY_THRESHOLD, type CategoryConfig } from './category-config.js';
import type { CategoryResult, CategoryScore } from './category-classifier.js';
import type { AsyncClassifier } from './classifier.js';

export interface EmbeddingClassifierOptions {
  /** Server base URL, with or without a trailing /v1. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Per-request timeout (default 5000 ms). */
  timeoutMs?: number;
  /** Inputs per embeddings request at start-up (default 64). */
  batchSize?: number;
  /** Softmax temperature over cosines (default 0.05). */
  temperature?: number;
  /** Defaults to a private keep-alive Agent, closed by close(). */
  dispatcher?: Dispatcher;
}

export interface EmbeddingCategoryClassifier extends AsyncClassifier<string, CategoryResult> {
  readonly categories: readonly CategoryConfig[];
  readonly buildMs: number;
  readonly dimensions: number;
  close(): Promise<void>;
}

function embeddingsUrl(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return base.endsWith('/v1') ? `${base}/embeddings` : `${base}/v1/embeddings`;
}

function normalise(v: number[]): Float64Array {
  let n = 0;
  for (const x of v) n += x * x;
  const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
  return Float64Array.from(v, (x) => x * inv);
}

function centroid(vectors: Float64Array[]): Float64Array {
  const c = new Float64Array(vectors[0]!.length);
  for (const v of vectors) for (let i = 0; i < c.length; i++) c[i] += v[i]!;
  return normalise(Array.from(c));
}

/** Validates an embeddings response: one numeric vector per input, all the same length. */
function parseEmbeddings(body: unknown, count: number): number[][] {
  const data = typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined;
  if (!Array.isArray(data) || data.length !== count) throw new Error(`embeddings response: expected ${count} vectors`);
  const out: number[][] = new Array<number[]>(count);
  data.forEach((item: unknown, pos) => {
    const emb = typeof item === 'object' && item !== null ? (item as { embedding?: unknown; index?: unknown }) : {};
    const index = typeof emb.index === 'number' ? emb.index : pos;
    if (!Array.isArray(emb.embedding) || !emb.embedding.every((x) => typeof x === 'number') || index < 0 || index >= count) {
      throw new Error('embeddings response: malformed item');
    }
    out[index] = emb.embedding as number[];
  });
  const dims = out[0]?.length ?? 0;
  if (dims === 0 || out.some((v) => !v || v.length !== dims)) throw new Error('embeddings response: inconsistent dimensions');
  return out;
}

export async function createEmbeddingClassifier(categories: readonly CategoryConfig[], opts: EmbeddingClassifierOptions): Promise<EmbeddingCategoryClassifier> {
  const started = performance.now();
  if (categories.length === 0) throw new Error('embedding classifier needs at least one category');
  const url = embeddingsUrl(opts.baseUrl);
  const ownAgent = opts.dispatcher ? undefined : new Agent({ keepAliveTimeout: 60_000, connections: 8 });
  const dispatcher = opts.dispatcher ?? ownAgent!;
  const timeoutMs = opts.timeoutMs ?? 5000;
  const temperature = opts.temperature ?? 0.05;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.apiKey) headers.authorization = `Bearer ${opts.apiKey}`;

  async function embed(input: string[]): Promise<Float64Array[]> {
    const res = await request(url, {
      method: 'POST',
      dispatcher,
      headers,
      body: JSON.stringify({ model: opts.model, input }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.body.text();
    // The error names the status and the server's message, never the embedded text.
    if (res.statusCode !== 200) throw new Error(`embeddings endpoint answered ${res.statusCode}: ${text.slice(0, 200)}`);
    return parseEmbeddings(JSON.parse(text), input.length).map(normalise);
  }

  try {
    const groups = [...categories.map((c) => [c.description, ...c.examples].filter((t) => t.length > 0)), [...BACKGROUND_PROMPTS]];
    groups.forEach((g, i) => {
      if (g.length === 0) throw new Error(`category "${categories[i]!.name}" needs a description or examples`);
    });
    const flat = groups.flat();
    const batch = Math.max(1, opts.batchSize ?? 64);
    const vectors: Float64Array[] = [];
    for (let i = 0; i < flat.length; i += batch) vectors.push(...(await embed(flat.slice(i, i + batch))));
    let offset = 0;
    const centroids = groups.map((g) => {
      const c = centroid(vectors.slice(offset, offset + g.length));
      offset += g.length;
      return c;
    });
    const dimensions = centroids[0]!.length;
    const names = categories.map((c) => c.name);
    const thresholds = categories.map((c) => c.threshold ?? DEFAULT_CATEGORY_THRESHOLD);

    async function classify(text: string): Promise<CategoryResult> {
      const [v] = await embed([text]);
      const logits = centroids.map((c) => {
        let dot = 0;
        for (let i = 0; i < c.length; i++) dot += c[i]! * v![i]!;
        return dot / temperature;
      });
      const max = Math.max(...logits);
      const exps = logits.map((l) => Math.exp(l - max));
      const z = exps.reduce((a, b) => a + b, 0);
      const scores: CategoryScore[] = names.map((name, i) => ({ name, score: exps[i]! / z }));
      let best = 0;
      for (let i = 1; i < scores.length; i++) if (scores[i]!.score > scores[best]!.score) best = i;
      const confidence = scores[best]!.score;
      scores.sort((a, b) => b.score - a.score);
      return { name: names[best]!, confidence, scores, threshold: thresholds[best]!, confident: confidence >= thresholds[best]! };
    }

    return {
      name: 'category',
      classify,
      categories,
      dimensions,
      buildMs: performance.now() - started,
      close: async () => {
        await ownAgent?.close();
      },
    };
  } catch (err) {
    await ownAgent?.close();
    throw err;
  }
}
