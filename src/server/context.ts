import type { IncomingHttpHeaders } from 'node:http';
import type { ErrorReason } from '../metrics/registry.js';
import type { ClientSignal } from './client-signal.js';

export type ApiKind = 'chat' | 'completions' | 'embeddings';
export type JsonObject = Record<string, unknown>;

export const upstreamPaths: Record<ApiKind, string> = {
  chat: '/v1/chat/completions',
  completions: '/v1/completions',
  embeddings: '/v1/embeddings',
};

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens?: number;
}

/** What a request turned into; filled as it goes and read once by the observer at the end. */
export interface Outcome {
  status: number;
  endpoint?: string;
  attempts: number;
  ttftNs?: bigint;
  usage?: Usage;
  errorReason?: ErrorReason;
  /** Time spent waiting on replicas (headers + body), for the overhead metric. */
  upstreamNs: bigint;
  category?: string;
  blocked?: 'jailbreak' | 'pii';
  cache?: 'hit' | 'miss';
}

/** The response bytes of a completed request, for stages that asked to see them (the cache). */
export interface CapturedResponse {
  status: number;
  stream: boolean;
  chunks: Buffer[];
}

/**
 * One request as it moves through the stages. Stages may rewrite `body` (set `bodyDirty` so it is
 * re-serialised once, just before it goes upstream) and add response headers; the raw bytes are
 * forwarded untouched otherwise, so unknown fields (vLLM extensions) survive byte for byte.
 */
export interface RequestContext {
  readonly id: string;
  readonly kind: ApiKind;
  readonly startNs: bigint;
  readonly headers: IncomingHttpHeaders;
  /** `x-switchyard-client`, e.g. "chat-ui", for business metrics. */
  readonly client: string | undefined;
  readonly signal: ClientSignal;
  raw: Buffer;
  body: JsonObject;
  bodyDirty: boolean;
  /** The model string the client sent (never used as a metric label unless configured). */
  readonly requestedModel: string;
  /** The configured model this request is routed to, once resolved. */
  model: string | undefined;
  readonly stream: boolean;
  readonly clientWantsUsage: boolean;
  readonly responseHeaders: Record<string, string>;
  readonly outcome: Outcome;
  /** PII types found by the guard stage (Presidio names), for model PII policies. */
  piiTypes?: readonly string[];
  /** Set by a stage that wants the response bytes when the request completes successfully. */
  onCaptured?: (r: CapturedResponse) => void;
}

/** A response produced inside the gateway (a block, a cache hit) instead of by a replica. */
export type LocalReply =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; sseEvents: readonly string[]; headers?: Record<string, string> };

/**
 * A pipeline stage (hono-style factory result). Returns a LocalReply to answer without a replica,
 * or nothing to continue; throws GatewayError to fail. Auth and rate limits slot in as stages.
 */
export type Stage = (ctx: RequestContext) => LocalReply | undefined | void | Promise<LocalReply | undefined | void>;
