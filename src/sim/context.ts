/** State shared by one simulator instance's routes. */
import type { ConcurrencyLimiter } from './concurrency.js';
import type { FaultController } from './faults.js';
import type { TokenSource } from './generate.js';
import type { SimMetrics } from './metrics.js';
import type { ResolvedSimOptions } from './options.js';
import type { StatsRecorder } from './stats.js';

export interface SimContext {
  readonly opts: ResolvedSimOptions;
  readonly faults: FaultController;
  readonly stats: StatsRecorder;
  readonly metrics: SimMetrics;
  readonly limiter: ConcurrencyLimiter;
  /** Seeded PRNG for latency jitter. */
  readonly rand: () => number;
  /** Configured fixed reply, already split into tokens; null means seeded words. */
  reply: TokenSource | null;
  /** Prompt + planned completion tokens of running requests, for the KV-cache estimate. */
  runningTokens: number;
  /** Unix seconds the instance started; used as the model's `created`. */
  readonly startedAt: number;
  nextId(prefix: string): string;
}
