import type { ServerResponse } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody, GatewayError } from './errors.js';

/** Maps anything thrown into the catalog; unknown errors become `internal_error` without detail. */
export function toGatewayError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  const fe = err as Partial<FastifyError> & { statusCode?: number };
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new GatewayError('request_too_large', 'Request body is larger than the configured limit.', { param: 'body' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new GatewayError('invalid_request', 'Request body is not valid JSON.', { param: 'body' });
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new GatewayError('invalid_request', 'The request could not be parsed.');
  }
  return new GatewayError('internal_error', 'Internal error in the gateway.');
}

function headersFor(err: GatewayError, requestId: string): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': requestId, ...err.opts.headers };
  if (err.opts.retryAfterS !== undefined) h['retry-after'] = String(err.opts.retryAfterS);
  return h;
}

/** The one place an error becomes bytes, for fastify-managed replies. */
export function sendError(reply: FastifyReply, err: GatewayError, requestId: string): FastifyReply {
  return reply.code(err.status).headers(headersFor(err, requestId)).send(JSON.stringify(errorBody(err, requestId)));
}

/** The same rendering for hijacked (raw) responses. */
export function writeRawError(res: ServerResponse, err: GatewayError, requestId: string, extra?: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify(errorBody(err, requestId));
  res.writeHead(err.status, { ...extra, ...headersFor(err, requestId), 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export function fastifyErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const ge = toGatewayError(err);
  if (ge.code === 'internal_error') req.log.error({ err }, 'unhandled error');
  void sendError(reply, ge, req.id);
}
