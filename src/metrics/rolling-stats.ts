import type { EndpointStateName } from './registry.js';

// In-memory rolling window behind /api/v1/stats, so the status page works with no Prometheus.
// Every series is a ring of fixed time buckets in preallocated typed arrays: `observe` is O(1)
// and allocates nothing (a model's ring is allocated once, the first time the model is seen).

export interface RequestObservation {
  model: string;
  /** HTTP status sent to the client; 0 = no response (connection broken). */
  status: number;
  ttftMs?: number;
  e2eMs: number;
  completionTokens?: number;
}

/** One metric per time bucket, oldest first; null where the bucket has no data for a ratio. */
export interface StatsSeries {
  requestsPerS: number[];
  /** Share of requests with status >= 500 or 0; null for buckets without requests. */
  errorRate: (number | null)[];
  ttftP50Ms: (number | null)[];
  ttftP95Ms: (number | null)[];
  tokensPerS: number[];
}

export interface StatsSnapshot {
  /** Start of each bucket (Unix ms), oldest first; the last bucket is the current, partial one. */
  bucketStartMs: number[];
  overall: StatsSeries;
  models: Record<string, StatsSeries>;
}

export interface StatsEndpoint {
  id: string;
  state: EndpointStateName;
  inflight: number;
  weight: number;
}

/** Body of GET /api/v1/stats. */
export interface StatsResponse {
  generatedAt: string;
  window: { seconds: number; bucketSeconds: number };
  series: StatsSnapshot;
  models: { name: string; endpoints: StatsEndpoint[] }[];
}

// Upper bounds (ms) of the TTFT histogram kept per time bucket; the last bin is open-ended.
// Log-ish spacing: quantiles are estimated within ~25 % at any scale from cache hits to long prefill.
const TTFT_BOUNDS_MS = [10, 25, 50, 75, 100, 150, 200, 300, 500, 750, 1_000, 1_500, 2_000, 3_000, 5_000, 10_000, 30_000];
const BINS = TTFT_BOUNDS_MS.length + 1;

class SeriesRing {
  readonly epoch: Float64Array;
  readonly requests: Uint32Array;
  readonly errors: Uint32Array;
  readonly tokens: Float64Array;
  readonly ttftCount: Uint32Array;
  readonly ttftMin: Float64Array;
  readonly ttftMax: Float64Array;
  readonly hist: Uint32Array;

  constructor(readonly size: number) {
    this.epoch = new Float64Array(size).fill(-1);
    this.requests = new Uint32Array(size);
    this.errors = new Uint32Array(size);
    this.tokens = new Float64Array(size);
    this.ttftCount = new Uint32Array(size);
    this.ttftMin = new Float64Array(size);
    this.ttftMax = new Float64Array(size);
    this.hist = new Uint32Array(size * BINS);
  }

  add(bucket: number, o: RequestObservation): void {
    const slot = bucket % this.size;
    if (this.epoch[slot] !== bucket) this.reset(slot, bucket);
    this.requests[slot]! += 1;
    if (o.status >= 500 || o.status === 0) this.errors[slot]! += 1;
    if (o.completionTokens !== undefined && o.completionTokens > 0) this.tokens[slot]! += o.completionTokens;
    const t = o.ttftMs;
    if (t === undefined || !(t >= 0)) return;
    const n = this.ttftCount[slot]!;
    this.ttftMin[slot] = n === 0 ? t : Math.min(this.ttftMin[slot]!, t);
    this.ttftMax[slot] = n === 0 ? t : Math.max(this.ttftMax[slot]!, t);
    this.ttftCount[slot] = n + 1;
    let bin = 0;
    while (bin < TTFT_BOUNDS_MS.length && t > TTFT_BOUNDS_MS[bin]!) bin++;
    this.hist[slot * BINS + bin]! += 1;
  }

  /** Bucket's slot if it holds data for that bucket, else -1. */
  slotOf(bucket: number): number {
    const slot = bucket % this.size;
    return this.epoch[slot] === bucket ? slot : -1;
  }

  quantile(slot: number, q: number): number | null {
    const count = this.ttftCount[slot]!;
    if (count === 0) return null;
    const rank = q * count;
    let seen = 0;
    for (let bin = 0; bin < BINS; bin++) {
      const c = this.hist[slot * BINS + bin]!;
      if (c === 0 || seen + c < rank) {
        seen += c;
        continue;
      }
      const lo = bin === 0 ? 0 : TTFT_BOUNDS_MS[bin - 1]!;
      const hi = bin < TTFT_BOUNDS_MS.length ? TTFT_BOUNDS_MS[bin]! : this.ttftMax[slot]!;
      const estimate = lo + (hi - lo) * ((rank - seen) / c);
      // Linear interpolation assumes values spread over the whole bin; the observed extremes are
      // exact, so they bound the estimate (a single sample reports itself, not its bin's middle).
      return Math.min(this.ttftMax[slot]!, Math.max(this.ttftMin[slot]!, estimate));
    }
    return this.ttftMax[slot]!;
  }

  private reset(slot: number, bucket: number): void {
    this.epoch[slot] = bucket;
    this.requests[slot] = 0;
    this.errors[slot] = 0;
    this.tokens[slot] = 0;
    this.ttftCount[slot] = 0;
    this.hist.fill(0, slot * BINS, slot * BINS + BINS);
  }
}

export interface RollingStatsOptions {
  windowSeconds?: number;
  bucketSeconds?: number;
  /** Per-model series beyond this many are not kept (they still count in `overall`). */
  maxModels?: number;
}

export class RollingStats {
  readonly windowSeconds: number;
  readonly bucketSeconds: number;
  private readonly bucketMs: number;
  private readonly size: number;
  private readonly maxModels: number;
  private readonly overall: SeriesRing;
  private readonly perModel = new Map<string, SeriesRing>();

  constructor(opts: RollingStatsOptions = {}) {
    this.windowSeconds = opts.windowSeconds ?? 15 * 60;
    this.bucketSeconds = opts.bucketSeconds ?? 10;
    if (!(this.bucketSeconds > 0) || this.windowSeconds < this.bucketSeconds) {
      throw new RangeError('RollingStats needs bucketSeconds > 0 and windowSeconds >= bucketSeconds');
    }
    this.bucketMs = this.bucketSeconds * 1000;
    this.size = Math.ceil(this.windowSeconds / this.bucketSeconds);
    this.maxModels = opts.maxModels ?? 256;
    this.overall = new SeriesRing(this.size);
  }

  observe(o: RequestObservation, nowMs: number = Date.now()): void {
    const bucket = Math.floor(nowMs / this.bucketMs);
    this.overall.add(bucket, o);
    let ring = this.perModel.get(o.model);
    if (ring === undefined) {
      if (this.perModel.size >= this.maxModels) return;
      ring = new SeriesRing(this.size);
      this.perModel.set(o.model, ring);
    }
    ring.add(bucket, o);
  }

  snapshot(nowMs: number = Date.now()): StatsSnapshot {
    const current = Math.floor(nowMs / this.bucketMs);
    const first = current - this.size + 1;
    const bucketStartMs: number[] = [];
    for (let b = first; b <= current; b++) bucketStartMs.push(b * this.bucketMs);
    // Rates in the current bucket are over the time elapsed so far, else it would always dip.
    const elapsedS = Math.max(1, (nowMs - current * this.bucketMs) / 1000);
    const models: Record<string, StatsSeries> = {};
    for (const [name, ring] of this.perModel) models[name] = this.series(ring, first, current, elapsedS);
    return { bucketStartMs, overall: this.series(this.overall, first, current, elapsedS), models };
  }

  private series(ring: SeriesRing, first: number, current: number, currentElapsedS: number): StatsSeries {
    const s: StatsSeries = { requestsPerS: [], errorRate: [], ttftP50Ms: [], ttftP95Ms: [], tokensPerS: [] };
    for (let b = first; b <= current; b++) {
      const slot = ring.slotOf(b);
      const seconds = b === current ? Math.min(currentElapsedS, this.bucketSeconds) : this.bucketSeconds;
      if (slot < 0 || ring.requests[slot] === 0) {
        s.requestsPerS.push(0);
        s.errorRate.push(null);
        s.ttftP50Ms.push(null);
        s.ttftP95Ms.push(null);
        s.tokensPerS.push(0);
        continue;
      }
      const requests = ring.requests[slot]!;
      s.requestsPerS.push(round(requests / seconds));
      s.errorRate.push(round(ring.errors[slot]! / requests));
      s.ttftP50Ms.push(roundOrNull(ring.quantile(slot, 0.5)));
      s.ttftP95Ms.push(roundOrNull(ring.quantile(slot, 0.95)));
      s.tokensPerS.push(round(ring.tokens[slot]! / seconds));
    }
    return s;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundOrNull(x: number | null): number | null {
  return x === null ? null : round(x);
}

/** Assembles the /api/v1/stats body from the rolling window and the current endpoint states. */
export function statsResponse(stats: RollingStats, models: StatsResponse['models'], nowMs: number = Date.now()): StatsResponse {
  return {
    generatedAt: new Date(nowMs).toISOString(),
    window: { seconds: stats.windowSeconds, bucketSeconds: stats.bucketSeconds },
    series: stats.snapshot(nowMs),
    models,
  };
}
