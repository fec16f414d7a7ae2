// Gateway overview: is traffic flowing, how much fails, how fast, what it costs, how loaded.
import type { ObservabilityParams } from '../params.js';
import { BASE_WINDOW, rec } from '../recording-rules.js';
import { percent } from '../rule-types.js';
import type { DashboardSpec } from './panel.js';
import { quantile, recordedQuantiles, sel, sumRate } from './promql.js';

export function gatewayOverview(params: ObservabilityParams): DashboardSpec {
  const budget = Number((1 - params.slo.availability_target).toPrecision(6));
  const fastest = params.slo.burn_rates[0]!;
  const job = `{job="${params.jobs.gateway}"}`;
  return {
    uid: 'switchyard-gateway-overview',
    title: 'Switchyard / Gateway overview',
    description: 'Traffic, errors, latency, tokens, cost and load of the Switchyard gateway.',
    modelValuesFrom: 'llm_model_requests_total',
    rows: [
      {
        title: 'Traffic and errors',
        panels: [
          {
            title: 'Requests/s by status',
            description: 'ok = all requests minus failed ones; failures split by llm_request_errors_total reason.',
            unit: 'reqps',
            stacked: true,
            queries: [
              {
                expr: `${sumRate('llm_model_requests_total', '', sel())} - (${sumRate('llm_request_errors_total', '', sel())} or vector(0))`,
                legend: 'ok',
              },
              { expr: sumRate('llm_request_errors_total', 'reason', sel()), legend: '{{reason}}' },
            ],
          },
          {
            title: `SLO error ratio (${BASE_WINDOW})`,
            description: `Share of requests failing with gateway/upstream errors (the SLO's errors). Budget: ${percent(budget)}.`,
            unit: 'percentunit',
            queries: [{ expr: `${rec.sloErrorRatio(BASE_WINDOW)}${sel()}`, legend: '{{model}}' }],
          },
          {
            title: `Error budget burn rate (${fastest.long})`,
            description: `SLO error ratio over ${fastest.long} divided by the budget; above ${fastest.factor} (with the ${fastest.short} window) it pages, 1 spends exactly the budget.`,
            unit: 'none',
            queries: [{ expr: `${rec.sloErrorRatio(fastest.long)}${sel()} / ${budget}`, legend: '{{model}}' }],
          },
          {
            title: 'Requests/s by model',
            description: 'Recorded per-model request rate (llm_model_requests_total).',
            unit: 'reqps',
            stacked: true,
            queries: [{ expr: `${rec.requestRate(BASE_WINDOW)}${sel()}`, legend: '{{model}}' }],
          },
          {
            title: 'Upstream responses/s by code',
            description: 'Responses from replicas by HTTP status ("error" = no response).',
            unit: 'reqps',
            stacked: true,
            queries: [{ expr: sumRate('llm_upstream_requests_total', 'code', sel()), legend: '{{code}}' }],
          },
          {
            title: 'Retries/s by reason',
            description: 'Upstream attempts retried on another endpoint.',
            unit: 'reqps',
            queries: [{ expr: sumRate('llm_retries_total', 'reason', sel()), legend: '{{reason}}' }],
          },
        ],
      },
      {
        title: 'Latency',
        panels: [
          {
            title: 'Time to first token',
            description: 'Recorded p50/p95/p99 over 5m per model.',
            unit: 's',
            queries: recordedQuantiles((q) => rec.latency('llm_model_ttft_seconds', q)),
          },
          {
            title: 'End-to-end latency',
            description: 'Request received to last byte sent, p50/p95/p99 over 5m per model.',
            unit: 's',
            queries: recordedQuantiles((q) => rec.latency('llm_model_completion_latency_seconds', q)),
          },
          {
            title: 'Time per output token',
            description: 'Decode speed seen by clients, p50/p95/p99 over 5m per model.',
            unit: 's',
            queries: recordedQuantiles((q) => rec.latency('llm_model_tpot_seconds', q)),
          },
          {
            title: 'Gateway overhead',
            description: 'Time spent in the gateway itself (total minus waiting on the replica).',
            unit: 's',
            queries: ([50, 95, 99] as const).map((q) => ({ expr: rec.overhead(q), legend: `{{job}} p${q}` })),
          },
        ],
      },
      {
        title: 'Tokens, cost and load',
        panels: [
          {
            title: 'Tokens/s',
            description: 'Prompt and completion tokens per second per model.',
            unit: 'short',
            stacked: true,
            queries: [
              { expr: `${rec.promptTokenRate}${sel()}`, legend: '{{model}} prompt' },
              { expr: `${rec.completionTokenRate}${sel()}`, legend: '{{model}} completion' },
            ],
          },
          {
            title: 'Cost per hour',
            description: `Spend rate per model; the cost alert fires above ${params.alerts.cost_burn.max_per_hour} ${params.alerts.cost_burn.currency}/h in total.`,
            unit: 'currencyUSD',
            stacked: true,
            queries: [{ expr: `sum by (model, currency) (${rec.costRate}${sel()}) * 3600`, legend: '{{model}} {{currency}}' }],
          },
          {
            title: 'In-flight requests by endpoint',
            description: 'Requests the gateway has open to each endpoint.',
            unit: 'short',
            stacked: true,
            queries: [{ expr: `sum by (model, endpoint) (llm_endpoint_inflight_requests${sel()})`, legend: '{{model}} {{endpoint}}' }],
          },
          {
            title: 'Gateway process',
            description: 'CPU cores used, resident memory and event-loop lag p99 of each gateway process.',
            unit: 'short',
            queries: [
              { expr: `rate(process_cpu_seconds_total${job}[$__rate_interval])`, legend: '{{instance}} CPU cores' },
              { expr: `process_resident_memory_bytes${job} / 2^30`, legend: '{{instance}} RSS GiB' },
              { expr: `nodejs_eventloop_lag_p99_seconds${job}`, legend: '{{instance}} loop lag p99 s' },
            ],
          },
        ],
      },
      {
        title: 'Chat UI',
        panels: [
          {
            title: 'Chat requests/s by status',
            description: 'Requests sent from the built-in chat UI.',
            unit: 'reqps',
            stacked: true,
            queries: [{ expr: sumRate('chat_requests_total', 'status', sel()), legend: '{{status}}' }],
          },
          {
            title: 'Chat tokens/s',
            description: 'Tokens of chat UI conversations by kind (prompt, completion).',
            unit: 'short',
            stacked: true,
            queries: [{ expr: sumRate('chat_tokens_total', 'kind', sel()), legend: '{{kind}}' }],
          },
          {
            title: 'Chat latency p95',
            description: 'What chat users wait for: first token and the whole answer.',
            unit: 's',
            queries: [
              { expr: quantile(0.95, 'chat_first_token_latency_seconds', '', sel()), legend: 'first token' },
              { expr: quantile(0.95, 'chat_e2e_latency_seconds', '', sel()), legend: 'end to end' },
            ],
          },
        ],
      },
    ],
  };
}
