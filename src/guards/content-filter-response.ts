// Responses for blocked requests. `block_response: content_filter` answers HTTP 200 with a normal
// completion whose finish_reason is "content_filter" (what OpenAI and vLLM's semantic router do),
// streamed as a valid SSE sequence ending in [DONE] when the request asked for a stream.
// `block_response: error` answers HTTP 400 with an OpenAI-shaped error carrying `code`.

import {
  chatCompletionFrom,
  chatCompletionSse,
  textCompletionFrom,
  textCompletionSse,
  type ChatCompletionBody,
  type ReplayOptions,
  type TextCompletionBody,
} from '../cache/sse-replay.js';
import type { CachedResponse } from '../cache/store.js';

export type BlockReason = 'jailbreak' | 'pii';

/** `code` of the HTTP 400 error, and the `reason` label of llm_request_errors_total. */
export const BLOCK_ERROR_CODES: Record<BlockReason, string> = { jailbreak: 'jailbreak_blocked', pii: 'pii_policy_denied' };
export const BLOCK_METRIC_REASONS: Record<BlockReason, string> = { jailbreak: 'jailbreak_block', pii: 'pii_policy_denied' };

/** Explanatory text for the client; never echoes the prompt or the PII found in it. */
export function blockMessage(reason: BlockReason, piiTypes: readonly string[] = []): string {
  if (reason === 'jailbreak') return 'This request was blocked because it looks like an attempt to override the assistant\'s instructions.';
  const types = piiTypes.length > 0 ? ` (${piiTypes.join(', ')})` : '';
  return `This request was blocked because it contains personal data${types} that no available model is allowed to receive.`;
}

export interface BlockedResponseOptions extends ReplayOptions {
  reason: BlockReason;
  /** The model the client asked for. */
  model: string;
  piiTypes?: readonly string[];
  /** Put the explanation in the content (default) or return empty content. */
  explain?: boolean;
}

function blocked(opts: BlockedResponseOptions): CachedResponse {
  return {
    content: opts.explain === false ? '' : blockMessage(opts.reason, opts.piiTypes),
    finish_reason: 'content_filter',
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    model: opts.model,
  };
}

export function contentFilterCompletion(opts: BlockedResponseOptions): ChatCompletionBody {
  return chatCompletionFrom(blocked(opts), opts);
}

export function contentFilterSse(opts: BlockedResponseOptions): string {
  return chatCompletionSse(blocked(opts), opts);
}

export function contentFilterTextCompletion(opts: BlockedResponseOptions): TextCompletionBody {
  return textCompletionFrom(blocked(opts), opts);
}

export function contentFilterTextSse(opts: BlockedResponseOptions): string {
  return textCompletionSse(blocked(opts), opts);
}

/** Body of the HTTP 400 answer for `block_response: error`. */
export function blockedErrorBody(reason: BlockReason, piiTypes: readonly string[] = []): { error: { message: string; type: string; param: null; code: string } } {
  return { error: { message: blockMessage(reason, piiTypes), type: 'invalid_request_error', param: null, code: BLOCK_ERROR_CODES[reason] } };
}
