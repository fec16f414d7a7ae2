// All alerts, grouped into rule groups by concern. Order is the order of the rendered file and of
// the alert table in docs/observability.md.
import { availabilityAlerts } from './availability-alerts.js';
import { latencyAndStreamAlerts } from './latency-alerts.js';
import { policyAndCostAlerts } from './policy-cost-alerts.js';
import type { RenderContext } from './render-context.js';
import type { AlertDefinition, RuleGroup } from './rule-types.js';
import { saturationAlerts } from './saturation-alerts.js';
import { sloAlerts } from './slo-alerts.js';

interface AlertGroup {
  name: string;
  alerts: AlertDefinition[];
}

function alertGroups(ctx: RenderContext): AlertGroup[] {
  return [
    { name: 'switchyard-availability.alerts', alerts: availabilityAlerts(ctx) },
    { name: 'switchyard-slo.alerts', alerts: sloAlerts(ctx) },
    { name: 'switchyard-latency.alerts', alerts: latencyAndStreamAlerts(ctx) },
    { name: 'switchyard-saturation.alerts', alerts: saturationAlerts(ctx) },
    { name: 'switchyard-policy-cost.alerts', alerts: policyAndCostAlerts(ctx) },
  ];
}

export function alertDefinitions(ctx: RenderContext): AlertDefinition[] {
  return alertGroups(ctx).flatMap((g) => g.alerts);
}

/** Distinct alert names, in rendering order. */
export function alertNames(ctx: RenderContext): string[] {
  return [...new Set(alertDefinitions(ctx).map((d) => d.rule.alert))];
}

export function alertRuleGroups(ctx: RenderContext): RuleGroup[] {
  return alertGroups(ctx).map((g) => ({
    name: g.name,
    interval: ctx.evaluationInterval,
    rules: g.alerts.map((a) => a.rule),
  }));
}
