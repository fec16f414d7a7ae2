// Is anything there to serve: the alerting pipeline itself, the gateway process, and the
// gateway's view of each model's endpoints.
import type { RenderContext } from './render-context.js';
import { defineAlert, quote, type AlertDefinition } from './rule-types.js';

export function availabilityAlerts(ctx: RenderContext): AlertDefinition[] {
  const { jobs, alerts } = ctx.params;
  const job = quote(jobs.gateway);
  return [
    defineAlert(ctx, {
      alert: 'Watchdog',
      expr: 'vector(1)',
      severity: 'none',
      summary: 'Alerting pipeline heartbeat (always firing)',
      description:
        'Fires forever on purpose. The dead-man\'s-switch receiver raises the alarm when it stops receiving this: then Prometheus, its rule evaluation, Alertmanager or the path between them is broken.',
      value: 'number',
      probes: ['vector(1)'],
    }),
    defineAlert(ctx, {
      alert: 'SwitchyardGatewayDown',
      expr: `up{job=${job}} == 0`,
      severity: 'page',
      for: alerts.gateway_down.for,
      labels: { cause: 'scrape_failed' },
      summary: 'Switchyard gateway {{ $labels.instance }} is down',
      description:
        'Prometheus could not scrape job {{ $labels.job }} at {{ $labels.instance }} for ' +
        alerts.gateway_down.for +
        ' (up = {{ $value }}). Clients routed to this instance get connection errors; its other alerts are inhibited.',
      value: 'number',
      probes: [`up{job=${job}}`],
    }),
    defineAlert(ctx, {
      // absent() covers the case `up == 0` cannot: the target vanished from service discovery
      // (Deployment scaled to 0, label selector no longer matching).
      alert: 'SwitchyardGatewayDown',
      expr: `absent(up{job=${job}})`,
      severity: 'page',
      for: alerts.gateway_down.for,
      labels: { cause: 'no_target' },
      summary: 'No Switchyard gateway target is being scraped',
      description:
        // absent() copies the equality matcher, so $labels.job is set.
        `Prometheus has had no target for job {{ $labels.job }} at all for ${alerts.gateway_down.for}: ` +
        'the gateway is not deployed or service discovery no longer finds it.',
      value: 'number',
      probes: [`up{job=${job}}`],
    }),
    defineAlert(ctx, {
      alert: 'SwitchyardModelNoReadyEndpoint',
      expr: 'sum by (job, instance, model) (llm_endpoint_up) == 0',
      severity: 'page',
      for: alerts.no_ready_endpoint.for,
      keepFiringFor: alerts.no_ready_endpoint.keep_firing_for,
      summary: 'Model {{ $labels.model }} has no ready endpoint',
      description:
        'Gateway {{ $labels.instance }} sees {{ $value }} ready endpoints for model {{ $labels.model }}: every request for it fails with no_ready_endpoint (503). Latency and error alerts for this model are inhibited while this fires.',
      value: 'number',
      probes: ['sum by (job, instance, model) (llm_endpoint_up)'],
    }),
    defineAlert(ctx, {
      // max over the two states keeps one series when an endpoint moves unhealthy -> ejected, so
      // `for` is not reset by the state change.
      alert: 'SwitchyardEndpointUnhealthy',
      expr: 'max by (job, instance, model, endpoint) (llm_endpoint_state{state=~"unhealthy|ejected"}) == 1',
      severity: 'warning',
      for: alerts.endpoint_unhealthy.for,
      keepFiringFor: alerts.endpoint_unhealthy.keep_firing_for,
      summary: 'Endpoint {{ $labels.endpoint }} of {{ $labels.model }} unhealthy or ejected',
      description:
        `Gateway {{ $labels.instance }} has kept endpoint {{ $labels.endpoint }} (model {{ $labels.model }}) unhealthy or ejected for more than ${alerts.endpoint_unhealthy.for}; the model runs on reduced capacity.`,
      value: 'number',
      probes: ['max by (job, instance, model, endpoint) (llm_endpoint_state)'],
    }),
  ];
}
