import type { Logger } from 'pino';
import type { Config } from '../config/load.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import type { ModelRegistry } from '../routing/model-registry.js';
import type { Stage } from './context.js';
import { resolveModel } from './resolve-model-stage.js';

export interface StageDeps {
  config: Config;
  registry: () => ModelRegistry;
  metrics: GatewayMetrics;
  log: Logger;
}

/**
 * The request pipeline in order, rebuilt on every config generation:
 *   [auth / limits — future] → guards → auto routing → resolve model → cache → (proxy)
 * Each stage is a factory result `(ctx) => LocalReply | void`; the proxy is the terminal step.
 */
export function buildStages(deps: StageDeps): Stage[] {
  return [resolveModel({ registry: deps.registry })];
}
