import type { FastifyInstance } from 'fastify';
import type { ModelRegistry } from '../routing/model-registry.js';

export interface ReadyzModel {
  name: string;
  ready: number;
  endpoints: Array<{ id: string; state: string; inflight: number; weight: number }>;
}

export function modelSummary(registry: ModelRegistry): ReadyzModel[] {
  return registry.all().map((p) => ({
    name: p.name,
    ready: p.routable.length,
    endpoints: p.endpoints().map((e) => ({ id: e.id, state: e.state, inflight: e.inflight, weight: e.weight })),
  }));
}

/**
 * `/healthz` says the process is alive. `/readyz` says this gateway can take traffic: it is ready
 * even when every backend is down, so Kubernetes keeps routing to it and clients get a clear 503
 * `no_ready_endpoint` instead of connection errors; only draining makes it unready.
 */
export function registerHealthRoutes(app: FastifyInstance, opts: { registry: () => ModelRegistry; isDraining: () => boolean }): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const draining = opts.isDraining();
    reply.code(draining ? 503 : 200);
    return { status: draining ? 'draining' : 'ready', models: modelSummary(opts.registry()) };
  });
}
