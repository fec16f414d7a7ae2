// Every metric the observability pack may query, with its type and labels: what the gateway
// exposes on its metrics port, what vLLM replicas expose, prom-client's default process metrics
// and Prometheus' own `up`. Tests check that every query names only these; a later end-to-end
// test compares the gateway/vLLM entries with what their /metrics actually serve.
import { endpointStates, errorReasons } from '../../src/metrics/registry.js';

export type MetricType = 'counter' | 'gauge' | 'histogram';
export type MetricSource = 'gateway' | 'vllm' | 'process' | 'prometheus';

export interface KnownMetric {
  name: string;
  type: MetricType;
  labels: readonly string[];
  source: MetricSource;
  help: string;
}

// The reason and state vocabularies are the gateway's own: one list, imported.
export { endpointStates as ENDPOINT_STATES, errorReasons as ERROR_REASONS } from '../../src/metrics/registry.js';

const gateway = (name: string, type: MetricType, labels: string[], help: string): KnownMetric => ({
  name,
  type,
  labels,
  source: 'gateway',
  help,
});
const vllm = (name: string, type: MetricType, labels: string[], help: string): KnownMetric => ({
  name,
  type,
  labels: ['model_name', 'engine', ...labels],
  source: 'vllm',
  help,
});
const proc = (name: string, type: MetricType, help: string, labels: string[] = []): KnownMetric => ({
  name,
  type,
  labels,
  source: 'process',
  help,
});

export const KNOWN_METRICS: readonly KnownMetric[] = [
  gateway('llm_model_requests_total', 'counter', ['model'], 'Requests received per model (unknown models under model="unknown").'),
  gateway('llm_request_errors_total', 'counter', ['model', 'reason'], `Failed requests by reason: ${errorReasons.join(', ')}.`),
  gateway('llm_model_completion_latency_seconds', 'histogram', ['model'], 'End-to-end request latency, request received to last byte sent.'),
  gateway('llm_model_ttft_seconds', 'histogram', ['model'], 'Time to first token as the client sees it.'),
  gateway('llm_model_tpot_seconds', 'histogram', ['model'], 'Time per output token after the first.'),
  gateway('llm_model_prompt_tokens_total', 'counter', ['model'], 'Prompt tokens of completed requests.'),
  gateway('llm_model_completion_tokens_total', 'counter', ['model'], 'Completion tokens of completed requests.'),
  gateway('llm_model_cost_total', 'counter', ['model', 'currency'], 'Cost of requests from the configured per-token prices.'),
  gateway('llm_endpoint_inflight_requests', 'gauge', ['model', 'endpoint'], 'Requests the gateway has open to an endpoint.'),
  gateway('llm_upstream_requests_total', 'counter', ['model', 'endpoint', 'code'], 'Upstream attempts by HTTP status ("error" = no response).'),
  gateway('llm_endpoint_up', 'gauge', ['model', 'endpoint'], '1 when the endpoint is ready to receive traffic, else 0.'),
  gateway('llm_endpoint_state', 'gauge', ['model', 'endpoint', 'state'], `1 for the endpoint's current state among ${endpointStates.join('|')}.`),
  gateway('llm_endpoint_ejections_total', 'counter', ['model', 'endpoint'], 'Outlier ejections of an endpoint.'),
  gateway('llm_retries_total', 'counter', ['model', 'reason'], 'Upstream attempts retried, by the reason of the failed attempt.'),
  gateway('llm_gateway_overhead_seconds', 'histogram', [], 'Time spent in the gateway: total minus time waiting on the upstream.'),
  gateway('llm_category_classifications_count', 'counter', ['category'], 'Requests classified into each category (name without _total, as the spec gives it).'),
  gateway('llm_pii_violations_total', 'counter', ['model', 'pii_type'], "PII types found that a model's pii_policy does not allow, by Presidio type."),
  gateway('llm_model_routing_modifications_total', 'counter', ['source_model', 'target_model'], 'Requests whose model the router changed.'),
  gateway('llm_classifier_latency_seconds', 'histogram', ['classifier'], 'Time each classifier took per request.'),
  gateway('llm_cache_hits_total', 'counter', [], 'Semantic cache hits.'),
  gateway('llm_cache_misses_total', 'counter', [], 'Semantic cache misses.'),
  gateway('chat_requests_total', 'counter', ['model', 'status'], 'Chat UI requests by outcome.'),
  gateway('chat_tokens_total', 'counter', ['model', 'kind'], 'Chat UI tokens by kind (prompt|completion).'),
  gateway('chat_first_token_latency_seconds', 'histogram', ['model'], 'Chat UI time to first token.'),
  gateway('chat_e2e_latency_seconds', 'histogram', ['model'], 'Chat UI time to the whole answer.'),

  vllm('vllm:num_requests_running', 'gauge', [], 'Requests in the running batch.'),
  vllm('vllm:num_requests_waiting', 'gauge', [], 'Requests queued for a batch slot.'),
  vllm('vllm:kv_cache_usage_perc', 'gauge', [], 'KV-cache usage, 0-1.'),
  vllm('vllm:prompt_tokens_total', 'counter', [], 'Prefill tokens processed.'),
  vllm('vllm:generation_tokens_total', 'counter', [], 'Tokens generated.'),
  vllm('vllm:request_success_total', 'counter', ['finished_reason'], 'Finished requests by reason (stop, length, abort).'),
  vllm('vllm:num_preemptions_total', 'counter', [], 'Requests preempted for lack of KV-cache blocks.'),
  vllm('vllm:time_to_first_token_seconds', 'histogram', [], 'Time to first token inside vLLM.'),
  vllm('vllm:e2e_request_latency_seconds', 'histogram', [], 'Whole request inside vLLM.'),
  vllm('vllm:inter_token_latency_seconds', 'histogram', [], 'Time between output tokens.'),
  vllm('vllm:request_queue_time_seconds', 'histogram', [], 'Time waiting before prefill.'),

  proc('process_cpu_user_seconds_total', 'counter', 'User CPU seconds.'),
  proc('process_cpu_system_seconds_total', 'counter', 'System CPU seconds.'),
  proc('process_cpu_seconds_total', 'counter', 'Total CPU seconds.'),
  proc('process_start_time_seconds', 'gauge', 'Process start time, Unix seconds.'),
  proc('process_resident_memory_bytes', 'gauge', 'Resident memory.'),
  proc('process_virtual_memory_bytes', 'gauge', 'Virtual memory.'),
  proc('process_heap_bytes', 'gauge', 'Process heap size.'),
  proc('process_open_fds', 'gauge', 'Open file descriptors.'),
  proc('process_max_fds', 'gauge', 'File descriptor limit.'),
  proc('nodejs_eventloop_lag_seconds', 'gauge', 'Event loop lag.'),
  proc('nodejs_eventloop_lag_p50_seconds', 'gauge', 'Event loop lag p50.'),
  proc('nodejs_eventloop_lag_p90_seconds', 'gauge', 'Event loop lag p90.'),
  proc('nodejs_eventloop_lag_p99_seconds', 'gauge', 'Event loop lag p99.'),
  proc('nodejs_heap_size_total_bytes', 'gauge', 'V8 heap size.'),
  proc('nodejs_heap_size_used_bytes', 'gauge', 'V8 heap used.'),
  proc('nodejs_external_memory_bytes', 'gauge', 'Memory of C++ objects bound to JS.'),
  proc('nodejs_active_handles_total', 'gauge', 'Active libuv handles.'),
  proc('nodejs_active_requests_total', 'gauge', 'Active libuv requests.'),
  proc('nodejs_gc_duration_seconds', 'histogram', 'GC pause durations.', ['kind']),
  proc('nodejs_version_info', 'gauge', 'Node.js version.', ['version', 'major', 'minor', 'patch']),

  { name: 'up', type: 'gauge', labels: [], source: 'prometheus', help: '1 if the last scrape succeeded (set by Prometheus).' },
];

/** Labels every scraped series carries in addition to its own. */
export const TARGET_LABELS = ['job', 'instance'] as const;

const BY_NAME = new Map(KNOWN_METRICS.map((m) => [m.name, m]));
const HISTOGRAM_SUFFIXES = ['_bucket', '_sum', '_count'] as const;

/**
 * The known metric a series name belongs to: exact names first (so the counter
 * llm_category_classifications_count is not mistaken for a histogram's _count), then histogram
 * series suffixes.
 */
export function knownMetricOf(series: string): KnownMetric | undefined {
  const exact = BY_NAME.get(series);
  if (exact) return exact;
  for (const suffix of HISTOGRAM_SUFFIXES) {
    if (!series.endsWith(suffix)) continue;
    const base = BY_NAME.get(series.slice(0, -suffix.length));
    if (base?.type === 'histogram') return base;
  }
  return undefined;
}
