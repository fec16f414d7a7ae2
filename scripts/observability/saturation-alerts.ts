// Saturation: work piling up in front of a model. The gateway's in-flight gauge shows its side,
// vLLM's own queue and KV-cache gauges show the replica's side (a replica can be saturated by
// traffic that never went through this gateway).
import type { RenderContext } from './render-context.js';
import { defineAlert, percent, type AlertDefinition } from './rule-types.js';

/** vLLM labels its series model_name; alerts group and inhibit on `model`. */
function withModelLabel(expr: string): string {
  return `label_replace(${expr}, "model", "$1", "model_name", "(.*)")`;
}

export function saturationAlerts(ctx: RenderContext): AlertDefinition[] {
  const { endpoint_inflight, replica_queue, kv_cache } = ctx.params.alerts;
  const inflight = `avg_over_time(llm_endpoint_inflight_requests[${ctx.range(endpoint_inflight.window)}])`;
  const waiting = `avg_over_time(vllm:num_requests_waiting[${ctx.range(replica_queue.window)}])`;
  const kv = `avg_over_time(vllm:kv_cache_usage_perc[${ctx.range(kv_cache.window)}])`;
  return [
    defineAlert(ctx, {
      alert: 'SwitchyardEndpointSaturated',
      expr: `${inflight} > ${endpoint_inflight.max_avg}`,
      severity: 'warning',
      for: endpoint_inflight.for,
      keepFiringFor: endpoint_inflight.keep_firing_for,
      summary: 'Endpoint {{ $labels.endpoint }} of {{ $labels.model }} has {{ $value | humanize }} requests in flight',
      description:
        `Gateway {{ $labels.instance }} averaged {{ $value | humanize }} in-flight requests to endpoint {{ $labels.endpoint }} (model {{ $labels.model }}) over ${endpoint_inflight.window}, ` +
        `above ${endpoint_inflight.max_avg} for ${endpoint_inflight.for}. Add replicas or lower per-endpoint concurrency.`,
      value: 'number',
      probes: [inflight],
    }),
    defineAlert(ctx, {
      alert: 'SwitchyardReplicaQueueHigh',
      expr: withModelLabel(`${waiting} > ${replica_queue.max_avg}`),
      severity: 'warning',
      for: replica_queue.for,
      summary: 'vLLM replica {{ $labels.instance }} queues {{ $value | humanize }} requests',
      description:
        `vLLM replica {{ $labels.instance }} (model {{ $labels.model }}) averaged {{ $value | humanize }} waiting requests over ${replica_queue.window}, ` +
        `above ${replica_queue.max_avg} for ${replica_queue.for}. Requests wait for a batch slot before prefill; TTFT grows with the queue.`,
      value: 'number',
      probes: [waiting],
    }),
    defineAlert(ctx, {
      alert: 'SwitchyardReplicaKVCacheNearFull',
      expr: withModelLabel(`${kv} > ${kv_cache.max_usage}`),
      severity: 'warning',
      for: kv_cache.for,
      summary: 'vLLM replica {{ $labels.instance }} KV cache {{ $value | humanizePercentage }} full',
      description:
        `vLLM replica {{ $labels.instance }} (model {{ $labels.model }}) averaged {{ $value | humanizePercentage }} KV-cache usage over ${kv_cache.window}, ` +
        `above ${percent(kv_cache.max_usage)} for ${kv_cache.for}. vLLM preempts (recomputes) running requests when blocks run out.`,
      value: 'percent',
      probes: [kv],
    }),
  ];
}
