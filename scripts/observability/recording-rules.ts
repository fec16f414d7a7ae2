// Recording rules for the expressions dashboards and alerts evaluate over and over: per-model
// request rate, SLO error ratio per burn window, latency quantiles, token throughput, cost rate.
// Names follow level:metric:operations; the window in a name is the logical one.
import { parseDuration } from './duration.js';
import type { RenderContext } from './render-context.js';
import { regexOf, type RecordingRule, type RuleGroup } from './rule-types.js';

export const BASE_WINDOW = '5m';
export const GUARD_REASONS = ['pii_policy_denied', 'jailbreak_block'] as const;
export const STREAM_BROKEN_REASON = 'upstream_stream_broken';
export const LATENCY_HISTOGRAMS = [
  'llm_model_ttft_seconds',
  'llm_model_completion_latency_seconds',
  'llm_model_tpot_seconds',
] as const;
export type LatencyHistogram = (typeof LATENCY_HISTOGRAMS)[number];
export const QUANTILES = [50, 95, 99] as const;
export type Quantile = (typeof QUANTILES)[number];

/** Windows at or beyond this length are evaluated in the slow group. */
const SLOW_WINDOW_MS = parseDuration('1d');

export const rec = {
  requestRate: (w: string) => `model:llm_model_requests:rate${w}`,
  sloErrorRate: (w: string) => `model:llm_slo_errors:rate${w}`,
  sloErrorRatio: (w: string) => `model:llm_slo_errors:ratio_rate${w}`,
  latency: (metric: LatencyHistogram, q: Quantile) => `model:${metric}:p${q}_rate${BASE_WINDOW}`,
  overhead: (q: Quantile) => `job:llm_gateway_overhead_seconds:p${q}_rate${BASE_WINDOW}`,
  promptTokenRate: `model:llm_model_prompt_tokens:rate${BASE_WINDOW}`,
  completionTokenRate: `model:llm_model_completion_tokens:rate${BASE_WINDOW}`,
  costRate: `model_currency:llm_model_cost:rate${BASE_WINDOW}`,
  streamBrokenRatio: `model:llm_stream_breaks:ratio_rate${BASE_WINDOW}`,
  guardBlockRate: (w: string) => `model_reason:llm_guard_blocks:rate${w}`,
  guardBlockRatio: (w: string) => `model_reason:llm_guard_blocks:ratio_rate${w}`,
} as const;

function byLength(a: string, b: string): number {
  return parseDuration(a) - parseDuration(b);
}

/** Every window an error ratio / request rate is recorded for, shortest first. */
export function recordedWindows(ctx: RenderContext): string[] {
  const { slo, alerts } = ctx.params;
  const windows = new Set<string>([BASE_WINDOW, alerts.guard_block_spike.window]);
  windows.add(alerts.guard_block_spike.baseline_window);
  for (const b of slo.burn_rates) {
    windows.add(b.long);
    windows.add(b.short);
  }
  return [...windows].sort(byLength);
}

function windowRules(ctx: RenderContext, w: string): RecordingRule[] {
  const range = ctx.range(w);
  const sloReasons = regexOf(ctx.params.slo.error_reasons);
  const guard = ctx.params.alerts.guard_block_spike;
  const rules: RecordingRule[] = [
    {
      record: rec.requestRate(w),
      expr: `sum by (model) (rate(llm_model_requests_total[${range}]))`,
    },
    {
      record: rec.sloErrorRate(w),
      expr: `sum by (model) (rate(llm_request_errors_total{reason=~${sloReasons}}[${range}]))`,
    },
    {
      // `or 0 * requests` turns "no error series yet" into 0 so dashboards show 0 %, not No data.
      record: rec.sloErrorRatio(w),
      expr: `(${rec.sloErrorRate(w)} or (0 * ${rec.requestRate(w)})) / ${rec.requestRate(w)}`,
    },
  ];
  if (w === guard.window || w === guard.baseline_window) {
    rules.push(
      {
        record: rec.guardBlockRate(w),
        expr: `sum by (model, reason) (rate(llm_request_errors_total{reason=~${regexOf(GUARD_REASONS)}}[${range}]))`,
      },
      {
        record: rec.guardBlockRatio(w),
        expr: `${rec.guardBlockRate(w)} / on (model) group_left () ${rec.requestRate(w)}`,
      },
    );
  }
  return rules;
}

function latencyRules(ctx: RenderContext): RecordingRule[] {
  const range = ctx.range(BASE_WINDOW);
  const rules: RecordingRule[] = [];
  for (const metric of LATENCY_HISTOGRAMS) {
    for (const q of QUANTILES) {
      rules.push({
        record: rec.latency(metric, q),
        expr: `histogram_quantile(${q / 100}, sum by (model, le) (rate(${metric}_bucket[${range}])))`,
      });
    }
  }
  for (const q of QUANTILES) {
    rules.push({
      record: rec.overhead(q),
      expr: `histogram_quantile(${q / 100}, sum by (job, le) (rate(llm_gateway_overhead_seconds_bucket[${range}])))`,
    });
  }
  return rules;
}

function throughputRules(ctx: RenderContext): RecordingRule[] {
  const range = ctx.range(BASE_WINDOW);
  const requests = rec.requestRate(BASE_WINDOW);
  return [
    {
      record: rec.promptTokenRate,
      expr: `sum by (model) (rate(llm_model_prompt_tokens_total[${range}]))`,
    },
    {
      record: rec.completionTokenRate,
      expr: `sum by (model) (rate(llm_model_completion_tokens_total[${range}]))`,
    },
    {
      record: rec.costRate,
      expr: `sum by (model, currency) (rate(llm_model_cost_total[${range}]))`,
    },
    {
      record: rec.streamBrokenRatio,
      expr: `(sum by (model) (rate(llm_request_errors_total{reason="${STREAM_BROKEN_REASON}"}[${range}])) or (0 * ${requests})) / ${requests}`,
    },
  ];
}

export function recordingRuleGroups(ctx: RenderContext): RuleGroup[] {
  const windows = recordedWindows(ctx);
  const fast = windows.filter((w) => parseDuration(w) < SLOW_WINDOW_MS);
  const slow = windows.filter((w) => parseDuration(w) >= SLOW_WINDOW_MS);
  return [
    {
      name: 'switchyard-traffic.rules',
      interval: ctx.evaluationInterval,
      // Requests and throughput first: later rules in the same group read them in the same pass.
      rules: [...fast.flatMap((w) => windowRules(ctx, w)), ...throughputRules(ctx)],
    },
    { name: 'switchyard-latency.rules', interval: ctx.evaluationInterval, rules: latencyRules(ctx) },
    {
      name: 'switchyard-slow-windows.rules',
      interval: ctx.slowEvaluationInterval,
      rules: slow.flatMap((w) => windowRules(ctx, w)),
    },
  ];
}
