import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorReason } from '../metrics/registry.js';
import { ClientCancelled } from '../upstream/attempts.js';
import { ClientSignal } from './client-signal.js';
import type { ApiKind, LocalReply, RequestContext, Stage } from './context.js';
import { writeRawError, toGatewayError } from './error-handler.js';
import { GatewayError, type ErrorCode } from './errors.js';
import { parseJsonBody, validateRequest } from './validate.js';

const reasonForCode: Partial<Record<ErrorCode, ErrorReason>> = {
  invalid_request: 'invalid_request',
  request_too_large: 'invalid_request',
  model_not_found: 'model_not_found',
  no_ready_endpoint: 'no_ready_endpoint',
  jailbreak_blocked: 'jailbreak_block',
  pii_policy_denied: 'pii_policy_denied',
};

export interface HandlerDeps {
  /** Runs in order; any may answer locally. Auth/limits belong at the front. */
  stages(): readonly Stage[];
  /** Terminal: forwards to a replica of `ctx.model` and writes the answer. */
  proxy(ctx: RequestContext, res: ServerResponse): Promise<void>;
  observe(ctx: RequestContext): void;
  isDraining(): boolean;
}

function writeLocal(res: ServerResponse, ctx: RequestContext, r: LocalReply): void {
  const headers: Record<string, string> = { ...ctx.responseHeaders, ...r.headers, 'x-request-id': ctx.id };
  ctx.outcome.status = r.status;
  if ('json' in r) {
    const body = JSON.stringify(r.json);
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
    res.writeHead(r.status, headers);
    res.end(body);
    return;
  }
  headers['content-type'] = 'text/event-stream; charset=utf-8';
  headers['cache-control'] = 'no-cache';
  res.writeHead(r.status, headers);
  for (const ev of r.sseEvents) res.write(ev);
  res.end();
}

/**
 * The request pipeline for one OpenAI route: parse → validate → stages → proxy, then observe.
 * The reply is hijacked so streaming bytes go straight to the socket; errors from any step are
 * rendered by the one error renderer.
 */
export function createOpenAIHandler(kind: ApiKind, deps: HandlerDeps) {
  return async function handleOpenAIRequest(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    reply.hijack();
    const res = reply.raw;
    const ac = new ClientSignal();
    // 'close' on the response fires when the client goes away; only an unfinished one is a cancel.
    res.once('close', () => {
      if (!res.writableFinished) ac.abort();
    });
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const clientHeader = req.headers['x-switchyard-client'];
    const ctx: RequestContext = {
      id: req.id,
      kind,
      startNs: process.hrtime.bigint(),
      headers: req.headers,
      client: typeof clientHeader === 'string' ? clientHeader : undefined,
      signal: ac,
      raw,
      body: {},
      bodyDirty: false,
      requestedModel: '',
      model: undefined,
      stream: false,
      clientWantsUsage: false,
      responseHeaders: {},
      outcome: { status: 0, attempts: 0, upstreamNs: 0n },
    };
    try {
      if (deps.isDraining()) {
        res.shouldKeepAlive = false;
        throw new GatewayError('shutting_down', 'The gateway is shutting down; retry the request.', { retryAfterS: 1 });
      }
      const body = parseJsonBody(raw);
      const v = validateRequest(kind, body);
      Object.assign(ctx, { body, requestedModel: v.model, stream: v.stream, clientWantsUsage: v.clientWantsUsage });
      for (const stage of deps.stages()) {
        const local = await stage(ctx);
        if (local) {
          writeLocal(res, ctx, local);
          return;
        }
      }
      await deps.proxy(ctx, res);
    } catch (err) {
      if (err instanceof ClientCancelled || ac.aborted) {
        ctx.outcome.errorReason = 'client_cancelled';
        if (!res.destroyed) res.destroy();
      } else {
        const ge = toGatewayError(err);
        if (ge.code === 'internal_error') req.log.error({ err, reqId: ctx.id }, 'unhandled error in request pipeline');
        ctx.outcome.status = ge.status;
        ctx.outcome.errorReason ??= reasonForCode[ge.code];
        const attempts = ctx.outcome.attempts;
        writeRawError(res, ge, ctx.id, attempts > 0 ? { ...ctx.responseHeaders, 'x-switchyard-attempts': String(attempts) } : ctx.responseHeaders);
      }
    } finally {
      deps.observe(ctx);
    }
  };
}
