// Shapes of Prometheus rule files plus the one extra fact the end-to-end test needs per alert:
// its probes, the operand expressions that must return data once representative traffic flowed
// (an alert whose operands are empty can never fire, which is the failure mode we guard against).
import type { RenderContext } from './render-context.js';

export interface RecordingRule {
  record: string;
  expr: string;
}

export interface AlertingRule {
  alert: string;
  expr: string;
  for?: string;
  keep_firing_for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export type Rule = RecordingRule | AlertingRule;

export interface RuleGroup {
  name: string;
  interval: string;
  rules: Rule[];
}

export interface AlertDefinition {
  rule: AlertingRule;
  probes: string[];
}

export type Severity = 'page' | 'ticket' | 'warning' | 'none';

/** How `$value` reads in the `value` annotation that notification templates print. */
export type ValueFormat = 'percent' | 'seconds' | 'number' | 'money';

const VALUE_TEMPLATE: Record<ValueFormat, string> = {
  percent: '{{ $value | humanizePercentage }}',
  seconds: '{{ $value | humanizeDuration }}',
  number: '{{ $value | humanize }}',
  money: '{{ printf "%.2f" $value }}',
};

export interface AlertSpec {
  alert: string;
  expr: string;
  severity: Severity;
  /** Logical duration; scaled by the render context. */
  for?: string;
  keepFiringFor?: string;
  labels?: Record<string, string>;
  summary: string;
  description: string;
  value: ValueFormat;
  probes: string[];
}

export function runbookAnchor(alert: string): string {
  return alert.toLowerCase();
}

export function defineAlert(ctx: RenderContext, spec: AlertSpec): AlertDefinition {
  // Key order is the conventional one (alert, expr, for, keep_firing_for, labels, annotations).
  const rule: AlertingRule = {
    alert: spec.alert,
    expr: spec.expr,
    ...(spec.for !== undefined ? { for: ctx.hold(spec.for) } : {}),
    ...(spec.keepFiringFor !== undefined ? { keep_firing_for: ctx.hold(spec.keepFiringFor) } : {}),
    labels: { severity: spec.severity, ...spec.labels },
    annotations: {
      summary: spec.summary,
      description: spec.description,
      value: VALUE_TEMPLATE[spec.value],
      runbook_url: `${ctx.params.runbook_base_url}#${runbookAnchor(spec.alert)}`,
    },
  };
  return { rule, probes: spec.probes };
}

/** PromQL `{a="x",b!="y"}` selector text; values are quoted as Go string literals. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

export function regexOf(values: readonly string[]): string {
  return quote(values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/** 0.005 -> "0.5%", without binary-float noise. */
export function percent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(6))}%`;
}
