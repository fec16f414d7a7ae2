import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { GatewayMetrics } from './registry.js';
import { quietLogController } from '../server/quiet-logs.js';

/**
 * Metrics live on their own port so they can be scraped from inside the cluster while the API
 * port is exposed to clients, and so a flood of API traffic cannot starve the scrape.
 */
export async function startMetricsServer(metrics: GatewayMetrics, listen: { host: string; port: number }, log: Logger): Promise<FastifyInstance> {
  const app = Fastify({ loggerInstance: log as FastifyBaseLogger, logController: quietLogController() });
  app.get('/metrics', async (_req, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  await app.listen({ host: listen.host, port: listen.port });
  return app;
}
