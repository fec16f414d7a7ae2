import type { FastifyInstance } from 'fastify';
import { statsResponse, type RollingStats, type StatsEndpoint } from '../metrics/rolling-stats.js';

/** Anything that can list models and their endpoints (the gateway's ModelRegistry does). */
export interface EndpointSource {
  all(): Iterable<{ name: string; endpoints(): Iterable<StatsEndpoint> }>;
}

/**
 * GET /api/v1/stats for the status page. `registry` is a getter because the gateway swaps its
 * registry on config reload. Endpoint objects are mapped field by field: the registry's
 * Endpoint carries a connection pool that must not be serialised.
 */
export function registerStatsRoute(app: FastifyInstance, opts: { stats: RollingStats; registry: () => EndpointSource; path?: string }): void {
  app.get(opts.path ?? '/api/v1/stats', async (_req, reply) => {
    const models = [...opts.registry().all()].map((pool) => ({
      name: pool.name,
      endpoints: [...pool.endpoints()].map((e) => ({ id: e.id, state: e.state, inflight: e.inflight, weight: e.weight })),
    }));
    reply.header('cache-control', 'no-store');
    return statsResponse(opts.stats, models);
  });
}
