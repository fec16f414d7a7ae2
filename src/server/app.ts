import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { ServerResponse } from 'node:http';
import type { ModelRegistry } from '../routing/model-registry.js';
import { createOpenAIHandler } from './openai-handler.js';
import type { RequestContext, Stage } from './context.js';
import { fastifyErrorHandler, sendError } from './error-handler.js';
import { GatewayError } from './errors.js';
import { registerHealthRoutes } from './health-routes.js';
import { registerAdminRoutes } from './admin-routes.js';
import { requestIdFrom } from './request-id.js';
import { quietLogController } from './quiet-logs.js';

export interface AppDeps {
  log: Logger;
  bodyLimitBytes: number;
  registry(): ModelRegistry;
  stages(): readonly Stage[];
  proxy(ctx: RequestContext, res: ServerResponse): Promise<void>;
  observe(ctx: RequestContext): void;
  isDraining(): boolean;
  /** Extra names listed by /v1/models (the auto model). */
  aliases(): readonly string[];
  adminToken(): string | undefined;
  reload(): Promise<{ ok: boolean; error?: string }>;
  /** Feature plugins (UI, classify API, stats, doctor) register their routes here. */
  extend?: (app: FastifyInstance) => void;
}

const created = Math.floor(Date.now() / 1000);

export function buildApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    logController: quietLogController(),
    bodyLimit: deps.bodyLimitBytes,
    genReqId: (req) => requestIdFrom(req.headers['x-request-id']),
    requestIdHeader: false,
    // Draining is answered by the gateway itself with an OpenAI-shaped 503.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // Longer than common load-balancer idle timeouts (60 s), so the LB closes first, not us.
    keepAliveTimeout: 65_000,
    // Generation can take minutes: no server-side request timeout.
    requestTimeout: 0,
  });
  app.removeAllContentTypeParsers();
  // Bodies stay raw bytes: they are forwarded as they came, and parsed once by the handler.
  // Any content type is accepted because `curl -d` sends form-encoded headers with JSON bodies.
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.setErrorHandler(fastifyErrorHandler);
  app.setNotFoundHandler((req, reply) => {
    void sendError(reply, new GatewayError('route_not_found', `No route for ${req.method} ${req.url.split('?')[0]}.`), req.id);
  });
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  const handlerDeps = { stages: deps.stages, proxy: deps.proxy, observe: deps.observe, isDraining: deps.isDraining };
  app.post('/v1/chat/completions', createOpenAIHandler('chat', handlerDeps));
  app.post('/v1/completions', createOpenAIHandler('completions', handlerDeps));
  app.post('/v1/embeddings', createOpenAIHandler('embeddings', handlerDeps));
  app.get('/v1/models', async () => ({
    object: 'list',
    data: [...deps.registry().all().map((p) => p.name), ...deps.aliases()].map((id) => ({ id, object: 'model', created, owned_by: 'switchyard' })),
  }));
  registerHealthRoutes(app, { registry: deps.registry, isDraining: deps.isDraining });
  registerAdminRoutes(app, { token: deps.adminToken, reload: deps.reload });
  deps.extend?.(app);
  return app;
}
