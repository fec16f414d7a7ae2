import type { Config } from '../config/load.js';
import type { SemanticEngine } from '../semantic/engine.js';
import { extractChatText, extractCompletionText } from '../semantic/text.js';
import type { RequestContext } from '../server/context.js';
import { blockRequest } from './block.js';
import { piiTypesOf } from './pii/index.js';

/**
 * Jailbreak and PII detection on the user-visible text of a chat or completions request. A
 * jailbreak over the threshold ends the request here; PII found is left on the context for the
 * routing stage, which applies the chosen model's policy.
 */
export function guardStage(opts: { engine: SemanticEngine; guards: Config['guards'] }) {
  const { engine, guards } = opts;
  return function guardRequest(ctx: RequestContext) {
    if (ctx.kind === 'embeddings' || (!guards.jailbreak.enabled && !guards.pii.enabled)) return undefined;
    const text = ctx.kind === 'chat' ? extractChatText(ctx.body) : extractCompletionText(ctx.body);
    if (guards.jailbreak.enabled && engine.jailbreak(text, guards.jailbreak.threshold).detected) {
      return blockRequest(ctx, 'jailbreak', guards.block_response);
    }
    if (guards.pii.enabled) {
      const types = piiTypesOf(engine.pii(text));
      ctx.piiTypes = types;
      if (types.length > 0) ctx.responseHeaders['x-switchyard-pii-types'] = types.join(',');
    }
    return undefined;
  };
}
