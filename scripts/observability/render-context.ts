// What every rule builder needs: the params plus the time scale. Rule *names* always carry the
// logical window ("rate1h") so dashboards and alerts read the same in both renders; only the
// PromQL ranges, `for` and intervals shrink in the shortened end-to-end render.
import { formatDuration, parseDuration } from './duration.js';
import type { ObservabilityParams } from './params.js';

export interface RenderOptions {
  /** Divide every window, `for` and `keep_firing_for` by this (1 = production render). */
  timeScale?: number;
  /** Replace the scrape/evaluation intervals (the e2e render uses 1s). */
  scrapeInterval?: string;
  evaluationInterval?: string;
  slowEvaluationInterval?: string;
}

/**
 * The render the tests run against a real Prometheus: every window and hold divided by
 * `timeScale`, every scrape and evaluation interval `interval`.
 */
export function shortenedRender(timeScale: number, interval: string): RenderOptions {
  return { timeScale, scrapeInterval: interval, evaluationInterval: interval, slowEvaluationInterval: interval };
}

export interface RenderContext {
  readonly params: ObservabilityParams;
  readonly timeScale: number;
  readonly scrapeInterval: string;
  readonly vllmScrapeInterval: string;
  readonly scrapeTimeout: string;
  readonly evaluationInterval: string;
  readonly slowEvaluationInterval: string;
  /** A PromQL range for a logical window, never shorter than 4 scrapes (rate needs 2 samples). */
  range(logical: string): string;
  /** The rendered length of a logical window in seconds (for "requests in window" math). */
  rangeSeconds(logical: string): number;
  /** A `for`/`keep_firing_for` value for a logical duration. */
  hold(logical: string): string;
}

export function createRenderContext(
  params: ObservabilityParams,
  options: RenderOptions = {},
): RenderContext {
  const timeScale = options.timeScale ?? 1;
  if (!(timeScale >= 1)) throw new Error(`timeScale must be >= 1, got ${timeScale}`);
  const scrapeInterval = options.scrapeInterval ?? params.scrape.interval;
  const vllmScrapeInterval = options.scrapeInterval ?? params.scrape.vllm_interval;
  const scrapeMs = Math.max(parseDuration(scrapeInterval), parseDuration(vllmScrapeInterval));
  const scaled = (logical: string): number => Math.round(parseDuration(logical) / timeScale);
  const rangeMs = (logical: string): number => Math.max(scaled(logical), 4 * scrapeMs);
  const timeoutMs = Math.min(parseDuration(params.scrape.timeout), parseDuration(scrapeInterval));
  return {
    params,
    timeScale,
    scrapeInterval,
    vllmScrapeInterval,
    scrapeTimeout: formatDuration(timeoutMs),
    evaluationInterval: options.evaluationInterval ?? params.evaluation.interval,
    slowEvaluationInterval: options.slowEvaluationInterval ?? params.evaluation.slow_interval,
    range: (logical) => formatDuration(rangeMs(logical)),
    rangeSeconds: (logical) => rangeMs(logical) / 1000,
    hold: (logical) => formatDuration(scaled(logical)),
  };
}
