// Alerts on what requests are (blocked by guards) and what they cost, rather than on health.
import { rec } from './recording-rules.js';
import type { RenderContext } from './render-context.js';
import { defineAlert, quote, type AlertDefinition } from './rule-types.js';

export function policyAndCostAlerts(ctx: RenderContext): AlertDefinition[] {
  const { guard_block_spike: guard, cost_burn: cost } = ctx.params.alerts;
  const current = rec.guardBlockRatio(guard.window);
  const baseline = rec.guardBlockRatio(guard.baseline_window);
  const costPerHour = `sum by (currency) (rate(llm_model_cost_total{currency=${quote(cost.currency)}}[${ctx.range(cost.window)}])) * 3600`;
  return [
    defineAlert(ctx, {
      // A share of requests, not a rate: a traffic surge with the usual share of blocks is not
      // a spike, an attacker probing with jailbreaks is. The baseline window includes the spike
      // itself, which at 5m vs 1d dilutes it by well under 1 %.
      alert: 'SwitchyardGuardBlockSpike',
      expr: [
        `${current} > ${guard.factor} * ${baseline}`,
        `and ${rec.guardBlockRate(guard.window)} > ${guard.min_rate}`,
      ].join('\n'),
      severity: 'warning',
      for: guard.for,
      summary: '{{ $labels.reason }} blocks for {{ $labels.model }} spiked to {{ $value | humanizePercentage }} of requests',
      description:
        `{{ $value | humanizePercentage }} of requests to model {{ $labels.model }} were refused with {{ $labels.reason }} over the last ${guard.window}, ` +
        `more than ${guard.factor}x the share over the last ${guard.baseline_window}, for ${guard.for}. Either someone is probing the guards or a client started sending data the policy rejects.`,
      value: 'percent',
      probes: [current, baseline, rec.guardBlockRate(guard.window)],
    }),
    defineAlert(ctx, {
      alert: 'SwitchyardCostBurnHigh',
      expr: `${costPerHour} > ${cost.max_per_hour}`,
      severity: 'warning',
      for: cost.for,
      summary: 'Spend is {{ $value | printf "%.2f" }} {{ $labels.currency }}/hour',
      description:
        `Requests through the gateway cost {{ $value | printf "%.2f" }} {{ $labels.currency }} per hour over the last ${cost.window}, above the configured ${cost.max_per_hour} ${cost.currency}/hour for ${cost.for}. ` +
        'Check which model and client drive it on the gateway overview dashboard.',
      value: 'money',
      probes: [costPerHour],
    }),
  ];
}
