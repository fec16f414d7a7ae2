// Schema of deploy/observability/rules.params.yml. Strict objects: a misspelt threshold key must
// fail the render instead of silently falling back to nothing.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseDuration } from './duration.js';
import { inRepo, PARAMS_FILE } from './paths.js';

const duration = z.string().refine((text) => {
  try {
    parseDuration(text);
    return true;
  } catch {
    return false;
  }
}, 'expected a single-unit duration such as 30s, 5m, 1h, 3d');

const positive = z.number().positive();
const hostPort = z.string().regex(/^[^\s:]+:\d+$/, 'expected host:port');

const latencyThresholds = z.strictObject({
  warning_seconds: positive,
  page_seconds: positive,
});

const latencyAlert = latencyThresholds.extend({
  for: duration,
  keep_firing_for: duration.optional(),
  per_model: z.record(z.string().min(1), latencyThresholds).default({}),
});

const windowedMax = z.strictObject({
  for: duration,
  keep_firing_for: duration.optional(),
  window: duration,
  max_avg: positive,
});

const burnRate = z.strictObject({
  severity: z.enum(['page', 'ticket']),
  long: duration,
  short: duration,
  factor: positive,
  for: duration,
});

export const paramsSchema = z.strictObject({
  jobs: z.strictObject({ gateway: z.string().min(1), vllm: z.string().min(1) }),
  runbook_base_url: z.string().min(1),
  scrape: z.strictObject({
    interval: duration,
    timeout: duration,
    vllm_interval: duration,
    gateway_targets: z.array(hostPort).min(1),
    vllm_targets: z.array(hostPort),
    alertmanager_targets: z.array(hostPort),
  }),
  evaluation: z.strictObject({ interval: duration, slow_interval: duration }),
  slo: z.strictObject({
    availability_target: z.number().gt(0).lt(1),
    period: duration,
    error_reasons: z.array(z.string().regex(/^[a-z0-9_]+$/)).min(1),
    min_requests_in_long_window: z.number().int().min(0),
    burn_rates: z.array(burnRate).min(1),
  }),
  alerts: z.strictObject({
    gateway_down: z.strictObject({ for: duration }),
    no_ready_endpoint: z.strictObject({ for: duration, keep_firing_for: duration.optional() }),
    endpoint_unhealthy: z.strictObject({ for: duration, keep_firing_for: duration.optional() }),
    ttft_p95: latencyAlert,
    e2e_p95: latencyAlert,
    streams_broken: z.strictObject({ for: duration, max_ratio: z.number().gt(0).lt(1) }),
    endpoint_inflight: windowedMax,
    replica_queue: windowedMax,
    kv_cache: z.strictObject({
      for: duration,
      window: duration,
      max_usage: z.number().gt(0).lte(1),
    }),
    guard_block_spike: z.strictObject({
      for: duration,
      window: duration,
      baseline_window: duration,
      factor: z.number().gt(1),
      min_rate: positive,
    }),
    cost_burn: z.strictObject({
      for: duration,
      window: duration,
      currency: z.string().regex(/^[A-Z]{3}$/),
      max_per_hour: positive,
    }),
  }),
});

export type ObservabilityParams = z.infer<typeof paramsSchema>;
export type BurnRate = z.infer<typeof burnRate>;
export type LatencyAlertParams = z.infer<typeof latencyAlert>;

export function parseParams(yamlText: string): ObservabilityParams {
  const raw: unknown = parse(yamlText);
  const result = paramsSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`invalid observability params:\n${issues}`);
  }
  return result.data;
}

export function loadParams(path: string = inRepo(PARAMS_FILE)): ObservabilityParams {
  return parseParams(readFileSync(path, 'utf8'));
}
