/**
 * vLLM-named metrics on a per-instance Registry: several simulators run in one test process and
 * the gateway has its own registry, so nothing may touch prom-client's global registry.
 * Label objects are built once; every series is zeroed up front (and again after a reset) so a
 * scrape shows all names even before the first request.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { FinishReason } from './openai-shapes.js';

// Bucket boundaries follow vLLM's own (vllm/v1/metrics/loggers.py) so dashboards built on the
// simulator look the same against real replicas.
const TTFT_BUCKETS = [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 20, 40, 80, 160, 640, 2560];
const ITL_BUCKETS = [0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 20, 40, 80];
const REQUEST_BUCKETS = [0.3, 0.5, 0.8, 1, 1.5, 2, 2.5, 5, 10, 15, 20, 30, 40, 50, 60, 120, 240, 480, 960, 1920, 7680];

/** Token budget used for the KV-cache estimate when no concurrency limit is configured. */
const KV_CAPACITY_TOKENS = 65_536;

export type FaultKind = 'error' | 'hang' | 'drop' | 'slow_start' | 'refuse';

export interface LoadSnapshot {
  running: number;
  waiting: number;
  maxConcurrency: number;
  runningTokens: number;
}

export interface Observe {
  (seconds: number): void;
}

export class SimMetrics {
  readonly registry = new Registry();
  readonly promptTokens: Counter.Internal;
  readonly generationTokens: Counter.Internal;
  readonly ttft: Observe;
  readonly e2e: Observe;
  readonly itl: Observe;
  readonly queueTime: Observe;
  readonly aborted: Counter.Internal;
  private readonly success: Record<FinishReason, Counter.Internal>;
  private readonly faults: Counter<'kind'>;
  private readonly zeroers: Array<() => void> = [];

  constructor(model: string, load: () => LoadSnapshot) {
    const labels = { model_name: model, engine: '0' };
    const labelNames = ['model_name', 'engine'] as const;
    const registers = [this.registry];
    new Gauge({
      name: 'vllm:num_requests_running', help: 'Number of requests in model execution batches.', labelNames, registers,
      collect() { this.set(labels, load().running); },
    });
    new Gauge({
      name: 'vllm:num_requests_waiting', help: 'Number of requests waiting to be processed.', labelNames, registers,
      collect() { this.set(labels, load().waiting); },
    });
    new Gauge({
      name: 'vllm:kv_cache_usage_perc', help: 'KV-cache usage. 1 means 100 percent usage.', labelNames, registers,
      collect() { this.set(labels, kvUsage(load())); },
    });
    const counter = (name: string, help: string): Counter.Internal => {
      const child = new Counter({ name, help, labelNames, registers }).labels(labels);
      this.zeroers.push(() => child.inc(0));
      return child;
    };
    this.promptTokens = counter('vllm:prompt_tokens_total', 'Number of prefill tokens processed.');
    this.generationTokens = counter('vllm:generation_tokens_total', 'Number of generation tokens processed.');
    // Never incremented: the simulator has no KV pressure to preempt on, but scrapers expect it.
    counter('vllm:num_preemptions_total', 'Cumulative number of preemptions.');
    const success = new Counter({
      name: 'vllm:request_success_total', help: 'Count of successfully processed requests.',
      labelNames: [...labelNames, 'finished_reason'], registers,
    });
    this.success = {
      stop: success.labels({ ...labels, finished_reason: 'stop' }),
      length: success.labels({ ...labels, finished_reason: 'length' }),
    };
    this.zeroers.push(() => { this.success.stop.inc(0); this.success.length.inc(0); });
    const histogram = (name: string, help: string, buckets: number[]): Observe => {
      const metric = new Histogram({ name, help, labelNames, buckets, registers });
      const child = metric.labels(labels);
      this.zeroers.push(() => metric.zero(labels));
      return (seconds) => child.observe(seconds);
    };
    this.ttft = histogram('vllm:time_to_first_token_seconds', 'Histogram of time to first token in seconds.', TTFT_BUCKETS);
    this.e2e = histogram('vllm:e2e_request_latency_seconds', 'Histogram of e2e request latency in seconds.', REQUEST_BUCKETS);
    this.itl = histogram('vllm:inter_token_latency_seconds', 'Histogram of inter-token latency in seconds.', ITL_BUCKETS);
    this.queueTime = histogram('vllm:request_queue_time_seconds', 'Histogram of time spent in WAITING phase for request.', REQUEST_BUCKETS);
    this.aborted = counter('sim_requests_aborted_total', 'Requests whose client disconnected before the response completed.');
    this.faults = new Counter({
      name: 'sim_faults_injected_total', help: 'Faults injected by the simulator, by kind.', labelNames: ['kind'], registers,
    });
    this.zeroers.push(() => {
      for (const kind of ['error', 'hang', 'drop', 'slow_start', 'refuse'] as const) this.faults.inc({ kind }, 0);
    });
    this.zeroAll();
  }

  succeeded(reason: FinishReason): void {
    this.success[reason].inc();
  }

  faultInjected(kind: FaultKind): void {
    this.faults.labels({ kind }).inc();
  }

  reset(): void {
    this.registry.resetMetrics();
    this.zeroAll();
  }

  private zeroAll(): void {
    for (const zero of this.zeroers) zero();
  }
}

function kvUsage(s: LoadSnapshot): number {
  if (s.maxConcurrency > 0) return Math.min(1, s.running / s.maxConcurrency);
  return Math.min(1, s.runningTokens / KV_CAPACITY_TOKENS);
}
