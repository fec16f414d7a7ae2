import type { Logger } from 'pino';
import type { GatewayMetrics } from '../metrics/registry.js';
import { conversationText, extractCompletionText } from '../semantic/text.js';
import type { CapturedResponse, RequestContext } from '../server/context.js';
import { cachedFromCompletion, StreamCapture } from './capture.js';
import type { SemanticCache } from './semantic-cache.js';
import { chatCompletionFrom, chatCompletionSse, textCompletionFrom, textCompletionSse } from './sse-replay.js';
import type { CachedResponse } from './store.js';

function captured(r: CapturedResponse): CachedResponse | undefined {
  if (r.status !== 200) return undefined;
  if (!r.stream) {
    try {
      return cachedFromCompletion(JSON.parse(Buffer.concat(r.chunks).toString('utf8')));
    } catch {
      return undefined;
    }
  }
  const cap = new StreamCapture();
  for (const c of r.chunks) cap.pushSse(c.toString('utf8'));
  return cap.result();
}

/**
 * Semantic cache in front of the replicas, keyed by the routed model and the normalised
 * conversation. A hit is replayed in the shape the client asked for (a valid SSE stream when it
 * streams); a miss asks the proxy for the response bytes and stores the answer once it completed
 * normally — errors, blocks and cancelled requests never reach the store.
 */
export function semanticCacheStage(opts: { cache: SemanticCache; metrics: GatewayMetrics; log: Logger }) {
  const { cache, metrics } = opts;
  return async function cacheLookup(ctx: RequestContext) {
    if (ctx.kind === 'embeddings' || ctx.model === undefined) return undefined;
    const n = ctx.body.n;
    if (typeof n === 'number' && n > 1) return undefined;
    const model = ctx.model;
    const text = ctx.kind === 'chat' ? conversationText(ctx.body) : extractCompletionText(ctx.body);
    const hit = await cache.lookup(model, text);
    if (hit) {
      metrics.cacheHits.inc();
      ctx.outcome.cache = 'hit';
      const headers = { 'x-switchyard-cache': 'hit' };
      const replay = { includeUsage: ctx.clientWantsUsage };
      if (ctx.kind === 'chat') {
        return ctx.stream ? { status: 200, headers, sseEvents: [chatCompletionSse(hit.response, replay)] } : { status: 200, headers, json: chatCompletionFrom(hit.response, replay) };
      }
      return ctx.stream ? { status: 200, headers, sseEvents: [textCompletionSse(hit.response, replay)] } : { status: 200, headers, json: textCompletionFrom(hit.response, replay) };
    }
    metrics.cacheMisses.inc();
    ctx.outcome.cache = 'miss';
    ctx.responseHeaders['x-switchyard-cache'] = 'miss';
    ctx.onCaptured = (r) => {
      const resp = captured(r);
      if (resp) cache.store(model, text, resp).catch((err: unknown) => opts.log.warn({ err }, 'semantic cache store failed'));
    };
    return undefined;
  };
}
