import type { LocalReply, RequestContext } from '../server/context.js';
import { GatewayError } from '../server/errors.js';
import { blockMessage, contentFilterCompletion, contentFilterSse, contentFilterTextCompletion, contentFilterTextSse, type BlockReason } from './content-filter-response.js';

export type BlockMode = 'error' | 'content_filter';

/**
 * Ends a request the guards refused. `error` → HTTP 400 with code `jailbreak_blocked` /
 * `pii_policy_denied`; `content_filter` → HTTP 200 whose finish_reason is "content_filter" (a
 * valid SSE stream ending in [DONE] when the client streams), as OpenAI and vLLM's router do.
 * Either way the reason is counted and sent in `x-switchyard-blocked`; the prompt is never echoed.
 */
export function blockRequest(ctx: RequestContext, reason: BlockReason, mode: BlockMode, piiTypes: readonly string[] = []): LocalReply {
  ctx.outcome.blocked = reason;
  ctx.outcome.errorReason = reason === 'jailbreak' ? 'jailbreak_block' : 'pii_policy_denied';
  ctx.responseHeaders['x-switchyard-blocked'] = reason;
  if (mode === 'error') {
    throw new GatewayError(reason === 'jailbreak' ? 'jailbreak_blocked' : 'pii_policy_denied', blockMessage(reason, piiTypes), { param: ctx.kind === 'chat' ? 'messages' : 'prompt' });
  }
  const opts = { reason, model: ctx.requestedModel, piiTypes, includeUsage: ctx.clientWantsUsage };
  if (ctx.kind === 'chat') {
    return ctx.stream ? { status: 200, sseEvents: [contentFilterSse(opts)] } : { status: 200, json: contentFilterCompletion(opts) };
  }
  return ctx.stream ? { status: 200, sseEvents: [contentFilterTextSse(opts)] } : { status: 200, json: contentFilterTextCompletion(opts) };
}

/** Does a model's `pii_policy` let these PII types through? No policy allows everything. */
export function piiAllowed(policy: { allow_by_default: boolean; allowed_types: readonly string[] } | undefined, types: readonly string[]): boolean {
  if (!policy || policy.allow_by_default || types.length === 0) return true;
  return types.every((t) => policy.allowed_types.includes(t));
}
