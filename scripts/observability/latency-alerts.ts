// Latency and stream-integrity alerts per model. Thresholds may differ per model (a 70B model
// with long prompts has a different normal TTFT than an 8B one), so the expression is rendered
// as one branch per overridden model plus a default branch that excludes them.
import { BASE_WINDOW, LATENCY_HISTOGRAMS, rec } from './recording-rules.js';
import type { LatencyAlertParams } from './params.js';
import type { RenderContext } from './render-context.js';
import { defineAlert, percent, quote, type AlertDefinition, type Severity } from './rule-types.js';

type Tier = 'warning_seconds' | 'page_seconds';
const TIERS: ReadonlyArray<readonly [Tier, Severity]> = [
  ['warning_seconds', 'warning'],
  ['page_seconds', 'page'],
];

export function thresholdExpr(series: string, p: LatencyAlertParams, tier: Tier): string {
  const overridden = Object.keys(p.per_model).sort();
  const exclude = overridden.map((m) => `model!=${quote(m)}`).join(',');
  const branches = [`${series}${exclude ? `{${exclude}}` : ''} > ${p[tier]}`];
  for (const model of overridden) {
    const override = p.per_model[model];
    if (override) branches.push(`${series}{model=${quote(model)}} > ${override[tier]}`);
  }
  return branches.length === 1 ? branches[0]! : branches.map((b) => `(${b})`).join('\nor\n');
}

interface LatencyKind {
  alert: string;
  what: string;
  metric: (typeof LATENCY_HISTOGRAMS)[number];
  params: LatencyAlertParams;
}

function latencyAlerts(ctx: RenderContext, kind: LatencyKind): AlertDefinition[] {
  const series = rec.latency(kind.metric, 95);
  return TIERS.map(([tier, severity]) =>
    defineAlert(ctx, {
      alert: kind.alert,
      expr: thresholdExpr(series, kind.params, tier),
      severity,
      for: kind.params.for,
      keepFiringFor: kind.params.keep_firing_for,
      summary: `{{ $labels.model }} ${kind.what} p95 is {{ $value | humanizeDuration }}`,
      description:
        `The p95 ${kind.what} of model {{ $labels.model }} over ${BASE_WINDOW} has been {{ $value | humanizeDuration }} for ${kind.params.for}, ` +
        `above its ${severity} threshold (default ${kind.params[tier]}s; per-model overrides in rules.params.yml).`,
      value: 'seconds',
      probes: [series],
    }),
  );
}

export function latencyAndStreamAlerts(ctx: RenderContext): AlertDefinition[] {
  const { ttft_p95, e2e_p95, streams_broken } = ctx.params.alerts;
  return [
    ...latencyAlerts(ctx, {
      alert: 'SwitchyardTTFTHigh',
      what: 'time to first token',
      metric: 'llm_model_ttft_seconds',
      params: ttft_p95,
    }),
    ...latencyAlerts(ctx, {
      alert: 'SwitchyardE2ELatencyHigh',
      what: 'end-to-end completion latency',
      metric: 'llm_model_completion_latency_seconds',
      params: e2e_p95,
    }),
    defineAlert(ctx, {
      alert: 'SwitchyardStreamsBroken',
      expr: `${rec.streamBrokenRatio} > ${streams_broken.max_ratio}`,
      severity: 'warning',
      for: streams_broken.for,
      summary: 'Streams of {{ $labels.model }} break mid-way',
      description:
        `{{ $value | humanizePercentage }} of requests to model {{ $labels.model }} ended with a stream broken after it started (upstream_stream_broken) over ${BASE_WINDOW}, ` +
        `above ${percent(streams_broken.max_ratio)} for ${streams_broken.for}. Clients received a partial answer that cannot be retried transparently.`,
      value: 'percent',
      probes: [rec.streamBrokenRatio],
    }),
  ];
}
