import type { Logger } from 'pino';
import { semanticCacheStage } from '../cache/cache-stage.js';
import type { SemanticCache } from '../cache/semantic-cache.js';
import type { Config } from '../config/load.js';
import { guardStage } from '../guards/guard-stage.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { autoRouteStage } from '../routing/auto-route-stage.js';
import type { ModelRegistry } from '../routing/model-registry.js';
import type { SemanticEngine } from '../semantic/engine.js';
import type { Stage } from './context.js';
import { resolveModel } from './resolve-model-stage.js';

export interface StageDeps {
  config: Config;
  registry: () => ModelRegistry;
  metrics: GatewayMetrics;
  log: Logger;
  engine: SemanticEngine;
  cache: SemanticCache | undefined;
}

/**
 * The request pipeline in order, rebuilt on every config generation:
 *   [auth / limits — future] → guards → auto routing → resolve model → cache → (proxy)
 * Each stage is a factory result `(ctx) => LocalReply | void`; the proxy is the terminal step.
 * Stages whose feature is off are not in the list at all, so they cost nothing per request.
 */
export function buildStages(deps: StageDeps): Stage[] {
  const { config } = deps;
  const stages: Stage[] = [];
  if (config.guards.jailbreak.enabled || config.guards.pii.enabled) stages.push(guardStage({ engine: deps.engine, guards: config.guards }));
  const anyPiiPolicy = config.models.some((m) => m.pii_policy);
  if (config.routing || (config.guards.pii.enabled && anyPiiPolicy)) {
    stages.push(autoRouteStage({ config, engine: deps.engine, registry: deps.registry, metrics: deps.metrics }));
  }
  stages.push(resolveModel({ registry: deps.registry }));
  if (deps.cache) stages.push(semanticCacheStage({ cache: deps.cache, metrics: deps.metrics, log: deps.log }));
  return stages;
}
