import type { Logger } from 'pino';
import { isDeepStrictEqual } from 'node:util';
import type { Config, ModelConfig } from '../config/load.js';
import type { EndpointConfig } from '../config/schema.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { EndpointPool } from './endpoint-pool.js';

export interface DiscoverySource {
  stop(): void;
}

/** Starts a dynamic source (DNS, Kubernetes) that feeds `pool.setTargets(group, …)`. */
export type DiscoveryFactory = (pool: EndpointPool, group: string, entry: EndpointConfig, log: Logger) => DiscoverySource;

export function groupKey(entry: EndpointConfig): string {
  if (entry.url) return `static:${new URL(entry.url).origin}`;
  if (entry.dns) return `dns:${entry.dns.name}:${entry.dns.port}`;
  const k = entry.kubernetes!;
  return `k8s:${k.namespace ?? ''}/${k.service}/${k.port_name}`;
}

/** Settings baked into an endpoint's connection pool or checker: change them and it is rebuilt. */
function sameEndpointSettings(a: ModelConfig, b: ModelConfig): boolean {
  return isDeepStrictEqual(a.upstream, b.upstream) && isDeepStrictEqual(a.health_check, b.health_check);
}

/**
 * The models of one config generation. Reload builds a new registry that adopts endpoints present
 * in both generations (state and keep-alive connections intact), swaps it in atomically, and
 * drains the old one: requests in flight hold their own Endpoint and finish on it.
 */
export class ModelRegistry {
  private readonly pools = new Map<string, EndpointPool>();
  private readonly sources: DiscoverySource[] = [];

  constructor(
    readonly config: Config,
    metrics: GatewayMetrics,
    log: Logger,
    discovery: DiscoveryFactory | undefined,
    previous?: ModelRegistry,
  ) {
    for (const model of config.models) {
      const pool = new EndpointPool(model, metrics, log);
      this.pools.set(model.name, pool);
      const prevPool = previous?.pools.get(model.name);
      const reuse = prevPool && sameEndpointSettings(prevPool.config, model) && prevPool.config.balancer === model.balancer;
      for (const entry of model.endpoints) {
        const group = groupKey(entry);
        if (entry.url) {
          const id = new URL(entry.url).origin;
          const moved = reuse ? prevPool.release(id) : undefined;
          if (moved && moved.endpoint.weight === entry.weight) pool.adopt(moved.endpoint, moved.health, group);
          else {
            if (moved) void moved.endpoint.drain(model.upstream.first_byte_timeout_ms).finally(() => moved.health?.stop());
            pool.setTargets(group, [{ url: entry.url, weight: entry.weight }]);
          }
        } else if (discovery) {
          this.sources.push(discovery(pool, group, entry, log));
        } else {
          log.error({ model: model.name, group }, 'endpoint discovery is not available in this build');
        }
      }
    }
  }

  get(name: string): EndpointPool | undefined {
    return this.pools.get(name);
  }

  has(name: string): boolean {
    return this.pools.has(name);
  }

  all(): EndpointPool[] {
    return [...this.pools.values()];
  }

  async close(drainTimeoutMs = 0): Promise<void> {
    for (const s of this.sources) s.stop();
    await Promise.all(this.all().map((p) => p.close(drainTimeoutMs)));
  }
}
