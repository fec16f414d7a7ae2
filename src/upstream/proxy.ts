import type { ServerResponse } from 'node:http';
import type { GatewayMetrics } from '../metrics/registry.js';
import type { EndpointPool } from '../routing/endpoint-pool.js';
import { upstreamPaths, type RequestContext } from '../server/context.js';
import { GatewayError } from '../server/errors.js';
import { SseRelay, streamErrorEvent } from '../streaming/sse-relay.js';
import { usageFromBody } from '../streaming/usage.js';
import { ClientCancelled, UpstreamAttempts, type Attempt } from './attempts.js';
import { classifyError } from './failure.js';

const INCLUDE_USAGE = Buffer.from(',"stream_options":{"include_usage":true}}');

/**
 * The bytes to send upstream. Untouched unless a stage rewrote the body, or the client streams
 * without asking for usage: then usage is requested on its behalf (to count tokens) by splicing
 * the option before the final brace, which avoids re-serialising a body that may be megabytes.
 */
export function upstreamBody(ctx: RequestContext): Buffer {
  const wantUsage = ctx.stream && !ctx.clientWantsUsage && ctx.kind !== 'embeddings';
  if (ctx.bodyDirty || (wantUsage && ctx.body.stream_options !== undefined)) {
    const body = wantUsage ? { ...ctx.body, stream_options: { ...(ctx.body.stream_options as object | null), include_usage: true } } : ctx.body;
    return Buffer.from(JSON.stringify(body));
  }
  if (!wantUsage) return ctx.raw;
  const close = ctx.raw.lastIndexOf(0x7d);
  return Buffer.concat([ctx.raw.subarray(0, close), INCLUDE_USAGE]);
}

function baseHeaders(ctx: RequestContext, attempts: number): Record<string, string> {
  return { ...ctx.responseHeaders, 'x-request-id': ctx.id, 'x-switchyard-attempts': String(attempts) };
}

export interface ProxyDeps {
  metrics: GatewayMetrics;
}

/** Sends the request to a replica of `pool` and relays the answer to `res`. */
export async function proxyToPool(ctx: RequestContext, pool: EndpointPool, res: ServerResponse, deps: ProxyDeps): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': ctx.id };
  const key = pool.config.api_key_env ? process.env[pool.config.api_key_env] : undefined;
  if (key) headers.authorization = `Bearer ${key}`;
  if (ctx.stream) headers.accept = 'text/event-stream';
  const attempts = new UpstreamAttempts(ctx, pool, upstreamBody(ctx), headers, upstreamPaths[ctx.kind], deps);
  pool.retryBudget.begin();
  try {
    for (;;) {
      const a = await attempts.next();
      const status = a.response.statusCode;
      const ct = String(a.response.headers['content-type'] ?? '');
      const committed =
        status < 300 && ctx.stream && ct.startsWith('text/event-stream')
          ? await relayStream(ctx, a, res, attempts)
          : await relayWhole(ctx, a, res, attempts);
      if (committed) return;
    }
  } finally {
    attempts.done();
    pool.retryBudget.end();
    ctx.outcome.attempts = attempts.count;
  }
}

/** Non-streaming (or error) response: read it whole, then send it with a content-length. */
async function relayWhole(ctx: RequestContext, a: Attempt, res: ServerResponse, attempts: UpstreamAttempts): Promise<boolean> {
  const t0 = process.hrtime.bigint();
  const chunks: Buffer[] = [];
  try {
    for await (const c of a.response.body) {
      if (chunks.length === 0) ctx.outcome.ttftNs ??= process.hrtime.bigint() - ctx.startNs;
      chunks.push(c as Buffer);
    }
  } catch (err) {
    ctx.outcome.upstreamNs += process.hrtime.bigint() - t0;
    a.release(false);
    // Nothing reached the client yet, so a replica dying mid-generation may still be retried.
    attempts.fail(a.endpoint, classifyError(err, ctx.signal.aborted));
    return false;
  }
  ctx.outcome.upstreamNs += process.hrtime.bigint() - t0;
  const status = a.response.statusCode;
  a.release(status < 500);
  const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  if (status >= 500) {
    ctx.outcome.errorReason = 'upstream_5xx';
    const ra = a.response.headers['retry-after'];
    throw new GatewayError('upstream_unavailable', `A replica of the model answered HTTP ${status}.`, {
      headers: { 'x-switchyard-attempts': String(attempts.count), ...(typeof ra === 'string' ? { 'retry-after': ra } : {}) },
    });
  }
  if (status >= 400) ctx.outcome.errorReason = 'upstream_4xx';
  else {
    ctx.outcome.errorReason = undefined;
    ctx.outcome.usage = usageFromBody(body);
    ctx.onCaptured?.({ status, stream: false, chunks: [body] });
  }
  ctx.outcome.status = status;
  const headers = baseHeaders(ctx, attempts.count);
  headers['content-type'] = String(a.response.headers['content-type'] ?? 'application/json');
  headers['content-length'] = String(body.length);
  const ra = a.response.headers['retry-after'];
  if (typeof ra === 'string') headers['retry-after'] = ra;
  if (!res.destroyed) {
    res.writeHead(status, headers);
    res.end(body);
  }
  return true;
}

/**
 * Streaming response. Client headers are held until the first upstream chunk arrives: a replica
 * that accepts the request but dies during prefill can still be retried elsewhere, because the
 * client has not seen a byte yet. After that, failures end the stream with one error event.
 */
async function relayStream(ctx: RequestContext, a: Attempt, res: ServerResponse, attempts: UpstreamAttempts): Promise<boolean> {
  const it = a.response.body[Symbol.asyncIterator]();
  const t0 = process.hrtime.bigint();
  let first: IteratorResult<Buffer>;
  try {
    first = (await it.next()) as IteratorResult<Buffer>;
  } catch (err) {
    ctx.outcome.upstreamNs += process.hrtime.bigint() - t0;
    a.release(false);
    attempts.fail(a.endpoint, classifyError(err, ctx.signal.aborted));
    return false;
  }
  ctx.outcome.ttftNs = process.hrtime.bigint() - ctx.startNs;
  ctx.outcome.status = 200;
  ctx.outcome.errorReason = undefined;
  const headers = baseHeaders(ctx, attempts.count);
  headers['content-type'] = 'text/event-stream; charset=utf-8';
  headers['cache-control'] = 'no-cache';
  headers['x-accel-buffering'] = 'no';
  res.writeHead(200, headers);
  res.flushHeaders();
  const captured: Buffer[] | undefined = ctx.onCaptured ? [] : undefined;
  const relay = new SseRelay(res, {
    stripUsage: !ctx.clientWantsUsage,
    onUsage: (u) => (ctx.outcome.usage = u),
    onEvents: captured ? (b) => captured.push(b) : undefined,
  });
  try {
    if (!first.done) await relay.push(first.value);
    for (;;) {
      const r = (await it.next()) as IteratorResult<Buffer>;
      if (r.done) break;
      await relay.push(r.value);
      if (res.destroyed) throw new ClientCancelled();
    }
    await relay.finish();
    ctx.outcome.upstreamNs += process.hrtime.bigint() - t0;
    a.release(true);
    if (captured) ctx.onCaptured?.({ status: 200, stream: true, chunks: captured });
  } catch (err) {
    ctx.outcome.upstreamNs += process.hrtime.bigint() - t0;
    a.release(false);
    if (err instanceof ClientCancelled || ctx.signal.aborted || res.destroyed) {
      ctx.outcome.errorReason = 'client_cancelled';
      await it.return?.();
    } else {
      const f = classifyError(err, false);
      if (f.kind) attempts.pool.failure(a.endpoint, f.kind);
      ctx.outcome.errorReason = 'upstream_stream_broken';
      ctx.outcome.status = 502;
      res.write(streamErrorEvent(`The model replica stopped mid-stream (${f.detail}).`, ctx.id));
    }
  }
  if (!res.destroyed) res.end();
  return true;
}
