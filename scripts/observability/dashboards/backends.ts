// Backends: the gateway's view of each endpoint next to what each vLLM replica reports itself.
// vLLM labels its series model_name; the dashboard's model variable filters both.
import type { DashboardSpec, PanelSpec } from './panel.js';
import { quantile, sel, sumRate } from './promql.js';

const VLLM = sel('', 'model_name');

function vllmGauge(title: string, metric: string, description: string, unit = 'short'): PanelSpec {
  return { title, description, unit, queries: [{ expr: `sum by (instance) (${metric}${VLLM})`, legend: '{{instance}}' }] };
}

function vllmQuantile(title: string, histogram: string, description: string): PanelSpec {
  return {
    title,
    description,
    unit: 's',
    queries: [{ expr: quantile(0.95, histogram, 'instance', VLLM), legend: '{{instance}} p95' }],
  };
}

export function backends(): DashboardSpec {
  return {
    uid: 'switchyard-backends',
    title: 'Switchyard / Backends',
    description: 'Endpoint health as the gateway sees it, and load as each vLLM replica reports it.',
    modelValuesFrom: 'llm_endpoint_up',
    rows: [
      {
        title: 'Endpoints (gateway view)',
        panels: [
          {
            title: 'Endpoint ready',
            description: 'llm_endpoint_up per endpoint: 1 ready, 0 not.',
            kind: 'state-timeline',
            unit: 'none',
            width: 12,
            mappings: { '0': { text: 'not ready', color: 'red' }, '1': { text: 'ready', color: 'green' } },
            queries: [{ expr: `max by (model, endpoint) (llm_endpoint_up${sel()})`, legend: '{{model}} {{endpoint}}' }],
          },
          {
            title: 'Endpoints by state',
            description: 'How many endpoints are in each state (unknown, ready, unhealthy, ejected, draining).',
            unit: 'short',
            stacked: true,
            width: 12,
            queries: [{ expr: `count by (state) (llm_endpoint_state${sel()} == 1)`, legend: '{{state}}' }],
          },
          {
            title: 'Ejections/s',
            description: 'Outlier ejections per endpoint.',
            unit: 'ops',
            queries: [{ expr: sumRate('llm_endpoint_ejections_total', 'model, endpoint', sel()), legend: '{{model}} {{endpoint}}' }],
          },
          {
            title: 'Upstream responses/s by endpoint and code',
            description: 'HTTP status of each endpoint\'s answers ("error" = no response).',
            unit: 'reqps',
            stacked: true,
            queries: [{ expr: sumRate('llm_upstream_requests_total', 'endpoint, code', sel()), legend: '{{endpoint}} {{code}}' }],
          },
          {
            title: 'In-flight by endpoint',
            description: 'Requests the gateway has open to each endpoint.',
            unit: 'short',
            queries: [{ expr: `sum by (endpoint) (llm_endpoint_inflight_requests${sel()})`, legend: '{{endpoint}}' }],
          },
        ],
      },
      {
        title: 'vLLM replicas',
        panels: [
          vllmGauge('Running requests', 'vllm:num_requests_running', 'Requests in the running batch per replica.'),
          vllmGauge('Waiting requests', 'vllm:num_requests_waiting', 'Requests queued for a batch slot per replica.'),
          {
            title: 'KV cache usage',
            description: 'Share of KV-cache blocks in use; near 1 vLLM preempts requests.',
            unit: 'percentunit',
            max: 1,
            queries: [{ expr: `max by (instance) (vllm:kv_cache_usage_perc${VLLM})`, legend: '{{instance}}' }],
          },
          {
            title: 'Tokens/s per replica',
            description: 'Prompt and generation tokens processed per second.',
            unit: 'short',
            queries: [
              { expr: sumRate('vllm:prompt_tokens_total', 'instance', VLLM), legend: '{{instance}} prompt' },
              { expr: sumRate('vllm:generation_tokens_total', 'instance', VLLM), legend: '{{instance}} generation' },
            ],
          },
          {
            title: 'Finished requests/s by reason',
            description: 'vllm:request_success_total by finished_reason (stop, length, abort).',
            unit: 'reqps',
            stacked: true,
            queries: [{ expr: sumRate('vllm:request_success_total', 'finished_reason', VLLM), legend: '{{finished_reason}}' }],
          },
          {
            title: 'Preemptions/s',
            description: 'Requests preempted for lack of KV-cache blocks.',
            unit: 'ops',
            queries: [{ expr: sumRate('vllm:num_preemptions_total', 'instance', VLLM), legend: '{{instance}}' }],
          },
          vllmQuantile('Replica TTFT p95', 'vllm:time_to_first_token_seconds', 'Time to first token measured inside vLLM.'),
          vllmQuantile('Replica queue time p95', 'vllm:request_queue_time_seconds', 'Time requests waited before prefill.'),
          vllmQuantile('Inter-token latency p95', 'vllm:inter_token_latency_seconds', 'Time between output tokens inside vLLM.'),
          vllmQuantile('Replica E2E latency p95', 'vllm:e2e_request_latency_seconds', 'Whole request inside vLLM.'),
        ],
      },
    ],
  };
}
