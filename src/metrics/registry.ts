import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

// Metric names follow vLLM semantic-router's so dashboards users already run keep working.
// Label values stay bounded: configured model names, endpoint ids and fixed reason strings only;
// a model name the client invented is counted as UNKNOWN_MODEL_LABEL.
export const UNKNOWN_MODEL_LABEL = 'unknown';

export const errorReasons = [
  'invalid_request',
  'model_not_found',
  'no_ready_endpoint',
  'upstream_connect_error',
  'upstream_5xx',
  'upstream_4xx',
  'upstream_timeout',
  'upstream_stream_broken',
  'client_cancelled',
  'pii_policy_denied',
  'jailbreak_block',
] as const;
export type ErrorReason = (typeof errorReasons)[number];

export const endpointStates = ['unknown', 'ready', 'unhealthy', 'ejected', 'draining'] as const;
export type EndpointStateName = (typeof endpointStates)[number];

// LLM latencies span milliseconds (cache hits, errors) to minutes (long generations).
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300];
const ttftBuckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const tpotBuckets = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 1];
// Gateway overhead is expected in the tens of microseconds; buckets must resolve that.
const overheadBuckets = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1];
const classifierBuckets = [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1];

export class GatewayMetrics {
  readonly registry = new Registry();

  readonly requests = this.counter('llm_model_requests_total', 'Requests received per model.', ['model']);
  readonly errors = this.counter('llm_request_errors_total', 'Failed or refused requests by reason.', ['model', 'reason']);
  readonly completionLatency = this.histogram('llm_model_completion_latency_seconds', 'End-to-end request latency.', ['model'], latencyBuckets);
  readonly ttft = this.histogram('llm_model_ttft_seconds', 'Time to first token (first body byte for non-streaming).', ['model'], ttftBuckets);
  readonly tpot = this.histogram('llm_model_tpot_seconds', 'Time per output token after the first.', ['model'], tpotBuckets);
  readonly promptTokens = this.counter('llm_model_prompt_tokens_total', 'Prompt tokens reported by replicas.', ['model']);
  readonly completionTokens = this.counter('llm_model_completion_tokens_total', 'Completion tokens reported by replicas.', ['model']);
  readonly cost = this.counter('llm_model_cost_total', 'Cost from configured pricing.', ['model', 'currency']);
  readonly inflight = this.gauge('llm_endpoint_inflight_requests', 'Requests in flight per endpoint.', ['model', 'endpoint']);
  readonly upstreamRequests = this.counter('llm_upstream_requests_total', 'Upstream attempts by HTTP status ("error" when no response).', ['model', 'endpoint', 'code']);
  readonly overhead = this.histogram('llm_gateway_overhead_seconds', 'Time spent in Switchyard itself: total minus time waiting on replicas.', [], overheadBuckets);
  readonly endpointUp = this.gauge('llm_endpoint_up', '1 when the endpoint is ready (routable), else 0.', ['model', 'endpoint']);
  readonly endpointState = this.gauge('llm_endpoint_state', '1 for the current state of the endpoint.', ['model', 'endpoint', 'state']);
  readonly ejections = this.counter('llm_endpoint_ejections_total', 'Passive outlier ejections.', ['model', 'endpoint']);
  readonly retries = this.counter('llm_retries_total', 'Retries by the failure that caused them.', ['model', 'reason']);
  readonly categoryClassifications = this.counter('llm_category_classifications_count', 'Prompts classified per category.', ['category']);
  readonly piiViolations = this.counter('llm_pii_violations_total', 'PII found that the model policy does not allow.', ['model', 'pii_type']);
  readonly routingModifications = this.counter('llm_model_routing_modifications_total', 'Requests whose model was chosen or changed by routing.', ['source_model', 'target_model']);
  readonly classifierLatency = this.histogram('llm_classifier_latency_seconds', 'In-process classifier latency.', ['classifier'], classifierBuckets);
  readonly cacheHits = this.counter('llm_cache_hits_total', 'Semantic cache hits.', []);
  readonly cacheMisses = this.counter('llm_cache_misses_total', 'Semantic cache misses.', []);
  readonly chatRequests = this.counter('chat_requests_total', 'Chat UI requests by outcome.', ['model', 'status']);
  readonly chatTokens = this.counter('chat_tokens_total', 'Chat UI tokens.', ['model', 'kind']);
  readonly chatFirstToken = this.histogram('chat_first_token_latency_seconds', 'Chat UI time to first token.', ['model'], [0.1, 0.25, 0.5, 1, 2, 5, 10]);
  readonly chatE2e = this.histogram('chat_e2e_latency_seconds', 'Chat UI end-to-end latency.', ['model'], [0.5, 1, 2, 5, 10, 30, 60]);

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  /** Sets the one-hot state gauge and `llm_endpoint_up` together so they never disagree. */
  setEndpointState(model: string, endpoint: string, state: EndpointStateName): void {
    for (const s of endpointStates) this.endpointState.set({ model, endpoint, state: s }, s === state ? 1 : 0);
    this.endpointUp.set({ model, endpoint }, state === 'ready' ? 1 : 0);
  }

  /** Drops every series of an endpoint that left the config or discovery, so they do not go stale. */
  forgetEndpoint(model: string, endpoint: string): void {
    for (const s of endpointStates) this.endpointState.remove({ model, endpoint, state: s });
    this.endpointUp.remove({ model, endpoint });
    this.inflight.remove({ model, endpoint });
  }

  private counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  private gauge<L extends string>(name: string, help: string, labelNames: readonly L[]): Gauge<L> {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }

  private histogram<L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }
}
