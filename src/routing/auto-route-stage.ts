import type { Config } from '../config/load.js';
import { blockRequest, piiAllowed } from '../guards/block.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import type { SemanticEngine } from '../semantic/engine.js';
import { extractCompletionText, extractLastUserText } from '../semantic/text.js';
import type { RequestContext } from '../server/context.js';
import type { ModelRegistry } from './model-registry.js';

/** Label and header value when no category is confident enough to decide. */
export const NO_CATEGORY = 'none';

export interface AutoRouteOptions {
  config: Config;
  engine: SemanticEngine;
  registry: () => ModelRegistry;
  metrics: GatewayMetrics;
}

/**
 * `model: "auto"` → the best-scoring model of the prompt's category that is configured, has a
 * ready replica and whose PII policy allows the PII found; else `default_model` if its policy
 * allows; else the request is blocked as `pii_policy_denied`. For an explicitly named model only
 * its PII policy applies. The category is decided on the last user message, so a long shared
 * system prompt does not decide every request's category.
 */
export function autoRouteStage(opts: AutoRouteOptions) {
  const { config, engine, metrics } = opts;
  const routing = config.routing;
  const blockMode = config.guards.block_response;
  const defaultModel = routing?.default_model ?? config.models[0]!.name;
  const categoryByName = new Map((routing?.categories ?? []).map((c) => [c.name, c]));

  function violation(ctx: RequestContext, model: string, types: readonly string[]): void {
    for (const t of types) metrics.piiViolations.inc({ model, pii_type: t });
  }

  return async function autoRoute(ctx: RequestContext) {
    const types = ctx.piiTypes ?? [];
    const registry = opts.registry();
    if (!routing || ctx.requestedModel !== routing.auto_model) {
      const policy = registry.get(ctx.requestedModel)?.config.pii_policy;
      if (!piiAllowed(policy, types)) {
        violation(ctx, ctx.requestedModel, types);
        return blockRequest(ctx, 'pii', blockMode, types);
      }
      return undefined;
    }
    if (ctx.kind === 'embeddings') return undefined;

    const text = ctx.kind === 'chat' ? extractLastUserText(ctx.body) : extractCompletionText(ctx.body);
    const result = await engine.category(text);
    const category = result.confident ? categoryByName.get(result.name) : undefined;
    const label = result.confident ? result.name : NO_CATEGORY;
    metrics.categoryClassifications.inc({ category: label });
    ctx.outcome.category = label;
    ctx.responseHeaders['x-switchyard-category'] = label;

    let chosen: string | undefined;
    let firstDenied: string | undefined;
    const candidates = [...(category?.models ?? [])].sort((a, b) => b.score - a.score);
    for (const c of candidates) {
      const pool = registry.get(c.model);
      if (!pool || pool.routable.length === 0) continue;
      if (!piiAllowed(pool.config.pii_policy, types)) {
        firstDenied ??= c.model;
        continue;
      }
      chosen = c.model;
      break;
    }
    if (!chosen) {
      if (piiAllowed(registry.get(defaultModel)?.config.pii_policy, types)) chosen = defaultModel;
      else {
        violation(ctx, firstDenied ?? defaultModel, types);
        return blockRequest(ctx, 'pii', blockMode, types);
      }
    }
    if (firstDenied) violation(ctx, firstDenied, types);

    ctx.model = chosen;
    metrics.routingModifications.inc({ source_model: routing.auto_model, target_model: chosen });
    // The replica expects its own model name, not "auto".
    ctx.body = { ...ctx.body, model: chosen };
    if (category?.system_prompt && ctx.kind === 'chat' && Array.isArray(ctx.body.messages)) {
      ctx.body.messages = [{ role: 'system', content: category.system_prompt }, ...(ctx.body.messages as unknown[])];
    }
    ctx.bodyDirty = true;
    return undefined;
  };
}
