import type { Logger } from 'pino';
import type { ModelConfig } from '../config/load.js';
import type { RequestContext } from '../server/context.js';
import { UNKNOWN_MODEL_LABEL, type GatewayMetrics } from './registry.js';

const NS = 1e9;

export interface StatsSink {
  observe(o: { model: string; status: number; ttftMs?: number; e2eMs: number; completionTokens?: number }): void;
}

export interface ObserverDeps {
  metrics: GatewayMetrics;
  log: Logger;
  /** Resolves a model name to its config, or undefined when not configured (current generation). */
  modelConfig(name: string): ModelConfig | undefined;
  /** Names that are safe as labels even though they are not models (the auto model). */
  isKnownAlias(name: string): boolean;
  stats?: StatsSink;
}

/**
 * Runs once per finished request: metrics, the one access-log line, rolling stats. Kept out of the
 * proxy so every path (local replies, errors, cancels) is counted the same way.
 */
export function createRequestObserver(deps: ObserverDeps) {
  const { metrics: m, log } = deps;
  return function observeRequest(ctx: RequestContext): void {
    const o = ctx.outcome;
    const totalNs = process.hrtime.bigint() - ctx.startNs;
    const total = Number(totalNs) / NS;
    const requested = ctx.requestedModel;
    const model = ctx.model ?? (requested && (deps.modelConfig(requested) || deps.isKnownAlias(requested)) ? requested : UNKNOWN_MODEL_LABEL);
    m.requests.inc({ model });
    if (o.errorReason) m.errors.inc({ model, reason: o.errorReason });
    m.completionLatency.observe({ model }, total);
    m.overhead.observe(Math.max(0, Number(totalNs - o.upstreamNs) / NS));
    const ttft = o.ttftNs !== undefined ? Number(o.ttftNs) / NS : undefined;
    if (ttft !== undefined) m.ttft.observe({ model }, ttft);
    const u = o.usage;
    if (u) {
      m.promptTokens.inc({ model }, u.prompt_tokens);
      m.completionTokens.inc({ model }, u.completion_tokens);
      if (ctx.stream && ttft !== undefined && u.completion_tokens > 1) m.tpot.observe({ model }, (total - ttft) / (u.completion_tokens - 1));
      const pricing = deps.modelConfig(model)?.pricing;
      if (pricing) {
        const cost = (u.prompt_tokens * pricing.prompt_per_1m + u.completion_tokens * pricing.completion_per_1m) / 1e6;
        m.cost.inc({ model, currency: pricing.currency }, cost);
      }
    }
    if (ctx.client === 'chat-ui') {
      const status = o.errorReason === 'client_cancelled' ? 'cancelled' : o.status >= 400 ? 'error' : 'ok';
      m.chatRequests.inc({ model, status });
      if (u) {
        m.chatTokens.inc({ model, kind: 'prompt' }, u.prompt_tokens);
        m.chatTokens.inc({ model, kind: 'completion' }, u.completion_tokens);
      }
      if (ttft !== undefined) m.chatFirstToken.observe({ model }, ttft);
      m.chatE2e.observe({ model }, total);
    }
    deps.stats?.observe({
      model,
      status: o.errorReason === 'upstream_stream_broken' ? 0 : o.status,
      ttftMs: ttft !== undefined ? ttft * 1000 : undefined,
      e2eMs: total * 1000,
      completionTokens: u?.completion_tokens,
    });
    // One line per request; never prompt text, never headers.
    log.info(
      {
        reqId: ctx.id,
        model,
        endpoint: o.endpoint,
        status: o.status,
        stream: ctx.stream,
        attempts: o.attempts,
        ttft_ms: ttft !== undefined ? Math.round(ttft * 1e4) / 10 : undefined,
        duration_ms: Math.round(total * 1e4) / 10,
        prompt_tokens: u?.prompt_tokens,
        completion_tokens: u?.completion_tokens,
        error: o.errorReason,
        category: o.category,
        blocked: o.blocked,
        cache: o.cache,
      },
      'request',
    );
  };
}
