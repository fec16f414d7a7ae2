import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GatewayError } from './errors.js';

function tokenMatches(req: FastifyRequest, token: string): boolean {
  const h = req.headers.authorization;
  const given = typeof h === 'string' && h.startsWith('Bearer ') ? h.slice(7) : undefined;
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Admin routes exist only when a token is configured; the token never appears in logs. */
export function registerAdminRoutes(
  app: FastifyInstance,
  opts: { token: () => string | undefined; reload: () => Promise<{ ok: boolean; error?: string }> },
): void {
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/admin/')) return;
    const token = opts.token();
    if (!token) throw new GatewayError('unauthorized', 'Admin routes are disabled: set admin.token or admin.token_file in the config.');
    if (!tokenMatches(req, token)) throw new GatewayError('unauthorized', 'Missing or wrong admin token (Authorization: Bearer <token>).');
  });
  app.post('/admin/reload', async (_req, reply) => {
    const r = await opts.reload();
    reply.code(r.ok ? 200 : 400);
    return r.ok ? { status: 'reloaded' } : { status: 'rejected', error: r.error };
  });
}
