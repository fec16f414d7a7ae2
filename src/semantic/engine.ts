import { isDeepStrictEqual } from 'node:util';
import type { Config } from '../config/load.js';
import type { CategoryConfig as ConfigCategory } from '../config/schema.js';
import { detectJailbreak, type JailbreakResult } from '../guards/jailbreak.js';
import { detectPii, type PiiFinding } from '../guards/pii/index.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { BUILTIN_CATEGORIES } from './builtin-categories.js';
import { createCategoryClassifier, type CategoryResult } from './category-classifier.js';
import type { CategoryConfig } from './category-config.js';
import { createEmbeddingClassifier } from './embedding-classifier.js';

type Classify = (text: string) => CategoryResult | Promise<CategoryResult>;

// Guards run on the event loop: measured ~0.15–0.35 s per MB of prompt for jailbreak + PII, so a
// 10 MiB body would stall every stream this process serves. Longer texts are scanned as a head
// and a tail window (instructions hide at the start or the end of pasted documents); PII spans
// found in the tail are mapped back to offsets in the full text.
export const MAX_SCAN_CHARS = 256 * 1024;
const HEAD_CHARS = (MAX_SCAN_CHARS * 3) / 4;
// The topic is evident from the start of a message; the model cost grows with length.
const MAX_CATEGORY_CHARS = 16 * 1024;

interface Window {
  text: string;
  /** Offset to add to positions past the head to map them into the original text. */
  tailShift: number;
  headLen: number;
}

export function scanWindow(text: string): Window {
  if (text.length <= MAX_SCAN_CHARS) return { text, tailShift: 0, headLen: text.length };
  const tailLen = MAX_SCAN_CHARS - HEAD_CHARS;
  const head = text.slice(0, HEAD_CHARS);
  return { text: `${head}\n${text.slice(-tailLen)}`, tailShift: text.length - tailLen - (HEAD_CHARS + 1), headLen: HEAD_CHARS };
}

interface Built {
  key: unknown;
  classify: Classify;
  close?: () => Promise<void>;
}

/**
 * A configured category named like a built-in subject adds its description, examples and keywords
 * to the built-in ones, so `{ name: math, models: [...] }` is enough and a few examples of one's
 * own do not leave that category weaker than its built-in neighbours (measured: a math category
 * with two examples lost "integrate x^2 e^x" to a built-in history category).
 */
export function categoriesFor(config: Config): CategoryConfig[] {
  const configured = config.routing?.categories;
  if (!configured) return BUILTIN_CATEGORIES.map((c) => ({ ...c }));
  return configured.map((c: ConfigCategory) => {
    const b = BUILTIN_CATEGORIES.find((x) => x.name === c.name);
    return {
      name: c.name,
      description: [b?.description, c.description].filter(Boolean).join('; '),
      examples: [...(b?.examples ?? []), ...c.examples],
      keywords: [...(b?.keywords ?? []), ...(c.keywords ?? [])],
      threshold: c.threshold,
    };
  });
}

/**
 * The in-process classifiers of one config generation, timed into
 * `llm_classifier_latency_seconds`. The category model costs ~0.5 s of CPU to build, so it is
 * built only when needed and reused across reloads while its categories are unchanged.
 */
export class SemanticEngine {
  private built: Built | undefined;
  private building: Promise<Built> | undefined;

  constructor(
    private config: Config,
    private readonly metrics: GatewayMetrics,
  ) {}

  /** Adopts a new config generation, keeping the category model when its inputs are the same. */
  update(config: Config): void {
    this.config = config;
    if (this.built && !isDeepStrictEqual(this.built.key, this.buildKey())) {
      void this.built.close?.();
      this.built = undefined;
      this.building = undefined;
    }
  }

  private buildKey(): unknown {
    return { categories: this.config.routing?.categories ?? null, classifier: this.config.routing?.classifier ?? null };
  }

  /** Builds the category model now (at start, so the first request does not pay for it). */
  async warm(): Promise<void> {
    await this.categoryModel();
  }

  private categoryModel(): Promise<Built> {
    if (this.built) return Promise.resolve(this.built);
    this.building ??= (async () => {
      const key = this.buildKey();
      const categories = categoriesFor(this.config);
      const cls = this.config.routing?.classifier;
      let b: Built;
      if (cls?.backend === 'embeddings' && cls.embeddings) {
        const e = await createEmbeddingClassifier(categories, { baseUrl: cls.embeddings.url, model: cls.embeddings.model, timeoutMs: cls.embeddings.timeout_ms });
        b = { key, classify: (t) => e.classify(t), close: () => e.close() };
      } else {
        const c = createCategoryClassifier(categories);
        b = { key, classify: (t) => c.classify(t) };
      }
      this.built = b;
      return b;
    })();
    return this.building;
  }

  async category(text: string): Promise<CategoryResult> {
    const model = await this.categoryModel();
    const t0 = performance.now();
    const r = await model.classify(text.length > MAX_CATEGORY_CHARS ? text.slice(0, MAX_CATEGORY_CHARS) : text);
    this.metrics.classifierLatency.observe({ classifier: 'category' }, (performance.now() - t0) / 1000);
    return r;
  }

  pii(text: string): PiiFinding[] {
    const t0 = performance.now();
    const w = scanWindow(text);
    const r = detectPii(w.text);
    if (w.tailShift) for (const f of r) if (f.start > w.headLen) (f.start += w.tailShift), (f.end += w.tailShift);
    this.metrics.classifierLatency.observe({ classifier: 'pii' }, (performance.now() - t0) / 1000);
    return r;
  }

  jailbreak(text: string, threshold = this.config.guards.jailbreak.threshold): JailbreakResult {
    const t0 = performance.now();
    const r = detectJailbreak(scanWindow(text).text, { threshold });
    this.metrics.classifierLatency.observe({ classifier: 'jailbreak' }, (performance.now() - t0) / 1000);
    return r;
  }

  async close(): Promise<void> {
    await this.built?.close?.();
  }
}
