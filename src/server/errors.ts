// The one error catalog. Handlers throw `GatewayError`; `renderError` (server/error-handler.ts) is
// the only place that turns it into the OpenAI-shaped body
// `{"error":{"message","type","code","param"}}`. Every code here must be documented in the README
// (test/server/error-catalog.test.ts checks it).

export interface ErrorSpec {
  readonly status: number;
  /** OpenAI's `error.type` vocabulary, so SDKs map it to the right exception class. */
  readonly type: 'invalid_request_error' | 'authentication_error' | 'not_found_error' | 'server_error' | 'rate_limit_error' | 'upstream_error' | 'timeout_error';
  readonly description: string;
}

export const errorCatalog = {
  invalid_request: { status: 400, type: 'invalid_request_error', description: 'Body is not JSON, or a required field is missing or has the wrong type.' },
  request_too_large: { status: 413, type: 'invalid_request_error', description: 'Body is larger than server.body_limit_bytes (default 10 MiB).' },
  model_not_found: { status: 404, type: 'invalid_request_error', description: 'The requested model is not configured.' },
  route_not_found: { status: 404, type: 'invalid_request_error', description: 'No such path or method on this server.' },
  unauthorized: { status: 401, type: 'authentication_error', description: 'Missing or wrong token for an admin route.' },
  jailbreak_blocked: { status: 400, type: 'invalid_request_error', description: 'The prompt was classified as a jailbreak / prompt injection (guards.jailbreak).' },
  pii_policy_denied: { status: 400, type: 'invalid_request_error', description: "The prompt contains PII that no eligible model's pii_policy allows." },
  no_ready_endpoint: { status: 503, type: 'server_error', description: 'The model is configured but none of its endpoints is ready. Retry after the Retry-After header.' },
  shutting_down: { status: 503, type: 'server_error', description: 'The gateway is draining for shutdown; retry against another replica.' },
  upstream_unavailable: { status: 502, type: 'upstream_error', description: 'Every allowed attempt to reach a replica failed (connection error or 5xx).' },
  upstream_timeout: { status: 504, type: 'timeout_error', description: 'A replica did not answer within upstream.first_byte_timeout_ms (or total_timeout_ms).' },
  upstream_stream_broken: { status: 502, type: 'upstream_error', description: 'The replica failed after the stream started; sent as a final SSE error event, never retried.' },
  internal_error: { status: 500, type: 'server_error', description: 'A bug in Switchyard. Please report it with the request id.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCatalog;

export class GatewayError extends Error {
  readonly status: number;
  readonly type: string;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly opts: { param?: string | null; retryAfterS?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'GatewayError';
    const spec: ErrorSpec = errorCatalog[code];
    this.status = spec.status;
    this.type = spec.type;
  }
}

export interface OpenAIErrorBody {
  error: { message: string; type: string; code: string; param: string | null; request_id?: string };
}

export function errorBody(err: GatewayError, requestId: string | undefined): OpenAIErrorBody {
  return {
    error: { message: err.message, type: err.type, code: err.code, param: err.opts.param ?? null, ...(requestId ? { request_id: requestId } : {}) },
  };
}
