// Multi-window multi-burn-rate availability alerts (SRE workbook, ch. 5). One alert name for all
// tiers so Alertmanager's "page mutes ticket for the same alertname and model" applies; the
// window labels keep the four rules apart.
import { formatDuration, parseDuration } from './duration.js';
import { rec } from './recording-rules.js';
import type { RenderContext } from './render-context.js';
import { defineAlert, percent, type AlertDefinition } from './rule-types.js';
import type { BurnRate } from './params.js';

export const SLO_ALERT = 'SwitchyardErrorBudgetBurn';

/** How long the whole budget lasts at `factor` x the sustainable rate, in whole hours. */
export function budgetExhaustion(period: string, factor: number): string {
  const hours = Math.max(1, Math.round(parseDuration(period) / factor / 3_600_000));
  return formatDuration(hours * 3_600_000);
}

function burnAlert(ctx: RenderContext, burn: BurnRate): AlertDefinition {
  const { slo } = ctx.params;
  const budget = `(1 - ${slo.availability_target})`;
  const threshold = `(${burn.factor} * ${budget})`;
  const longRatio = rec.sloErrorRatio(burn.long);
  const shortRatio = rec.sloErrorRatio(burn.short);
  const minRequests = `${rec.requestRate(burn.long)} * ${ctx.rangeSeconds(burn.long)} >= ${slo.min_requests_in_long_window}`;
  const maxRatio = percent(burn.factor * (1 - slo.availability_target));
  return defineAlert(ctx, {
    alert: SLO_ALERT,
    expr: [
      `${longRatio} > ${threshold}`,
      `and on (model) ${shortRatio} > ${threshold}`,
      `and on (model) ${minRequests}`,
    ].join('\n'),
    severity: burn.severity,
    for: burn.for,
    labels: {
      long_window: burn.long,
      short_window: burn.short,
      burn_rate: String(burn.factor),
    },
    summary: `Model {{ $labels.model }} burns its error budget ${burn.factor}x too fast (${burn.long}/${burn.short})`,
    description:
      `{{ $value | humanizePercentage }} of requests to model {{ $labels.model }} failed with gateway or upstream errors over the last ${burn.long}, ` +
      `and more than ${maxRatio} over the last ${burn.short}. The ${percent(slo.availability_target)} availability SLO allows ${percent(1 - slo.availability_target)}; ` +
      `at this rate the ${slo.period} error budget is gone within ${budgetExhaustion(slo.period, burn.factor)}.`,
    value: 'percent',
    probes: [longRatio, shortRatio, rec.requestRate(burn.long)],
  });
}

export function sloAlerts(ctx: RenderContext): AlertDefinition[] {
  return ctx.params.slo.burn_rates.map((burn) => burnAlert(ctx, burn));
}
