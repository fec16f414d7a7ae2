/**
 * The simulator's HTTP server and lifecycle (listening → refusing → listening … → closed).
 *
 * Why node:http and not fastify: a load target must cost less than the thing it measures.
 * Measured on the 2-core CI-class VM (server in its own process, undici Pool of 32 connections
 * from another, same non-stream chat handler, server CPU time / requests): bare node:http
 * 24 µs CPU per request (~30–33k req/s), fastify 26–28 µs (~23–30k req/s, noisy neighbours),
 * i.e. the framework alone adds 10–15%. The whole simulator (metrics, stats, queue, seeded words)
 * costs ~40 µs per request, well below the gateway it loads, which proxies and parses as well.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { handleAdmin, type AdminControls } from './admin-routes.js';
import { ConcurrencyLimiter } from './concurrency.js';
import type { SimContext } from './context.js';
import { FaultController } from './faults.js';
import { createPrng, replyTokens } from './generate.js';
import { parseJson, readBody, sendEmpty, sendError, sendJson } from './http-io.js';
import { handleCompletion, handleEmbeddings } from './inference-routes.js';
import { SimMetrics } from './metrics.js';
import { modelsList } from './openai-shapes.js';
import { resolveOptions, type FaultConfig, type FaultPatch, type ResolvedSimOptions, type SimOptions } from './options.js';
import { StatsRecorder, type SimStats } from './stats.js';

export interface Simulator {
  /** http://127.0.0.1:PORT (or the bound host when it is a specific non-loopback address). */
  readonly url: string;
  readonly port: number;
  stats(): SimStats;
  setFaults(partial: FaultPatch): FaultConfig;
  setReply(text: string | null): void;
  /** Stop listening and destroy open sockets (keep-alive included) so new connects are refused. */
  refuse(): Promise<void>;
  /** Listen again on the same port. */
  resume(): Promise<void>;
  resetStats(): void;
  close(): Promise<void>;
}

const MAX_MODEL_LEN = 32_768;

type Phase = 'listening' | 'refusing' | 'closed';

class SimServer implements Simulator, AdminControls {
  readonly ctx: SimContext;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private phase: Phase = 'closed';
  private resumeTimer: NodeJS.Timeout | null = null;
  private boundPort = 0;
  private idCounter = 0;
  private readonly idPrefix: string;

  constructor(private readonly opts: ResolvedSimOptions) {
    const limiter = new ConcurrencyLimiter(opts.maxConcurrency);
    const ctx: SimContext = {
      opts,
      faults: new FaultController(opts.faults, opts.seed),
      stats: new StatsRecorder(),
      metrics: new SimMetrics(opts.model, () => ({
        running: limiter.running,
        waiting: limiter.waiting,
        maxConcurrency: limiter.maxConcurrency,
        runningTokens: ctx.runningTokens,
      })),
      limiter,
      rand: createPrng(opts.seed),
      reply: opts.reply === null ? null : replyTokens(opts.reply),
      runningTokens: 0,
      startedAt: Math.floor(Date.now() / 1000),
      nextId: (prefix) => `${prefix}${this.idPrefix}${(++this.idCounter).toString(16)}`,
    };
    this.ctx = ctx;
    this.idPrefix = `sim${opts.seed.toString(16)}${Date.now().toString(16)}`;
    this.server = createServer({ noDelay: true, keepAliveTimeout: 65_000 }, this.onRequest);
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  get port(): number {
    return this.boundPort;
  }

  get url(): string {
    const h = this.opts.host;
    const local = h === '0.0.0.0' || h === '::' || h === '127.0.0.1' || h === 'localhost';
    return `http://${local ? '127.0.0.1' : h.includes(':') ? `[${h}]` : h}:${this.boundPort}`;
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      this.server.once('error', onError);
      this.server.listen(port, this.opts.host, () => {
        this.server.off('error', onError);
        resolve();
      });
    });
    const addr = this.server.address();
    if (addr !== null && typeof addr === 'object') this.boundPort = addr.port;
    this.phase = 'listening';
  }

  private readonly onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const arrival = performance.now();
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const method = req.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD') {
      this.onGet(path, req, res);
      return;
    }
    readBody(req, (body) => {
      if (!body.ok) {
        sendError(res, 413, 'Request body too large.');
        return;
      }
      if (path.startsWith('/admin/')) {
        handleAdmin(this, method, path, body.text, res);
        return;
      }
      this.onInference(method, path, body.text, req, res, arrival);
    });
  };

  private onGet(path: string, req: IncomingMessage, res: ServerResponse): void {
    const { ctx } = this;
    switch (path) {
      case '/health':
        sendEmpty(res, ctx.faults.inSlowStart() ? 503 : 200);
        return;
      case '/metrics':
        ctx.metrics.registry.metrics().then(
          (text) => {
            if (res.destroyed) return;
            res.writeHead(200, { 'content-type': ctx.metrics.registry.contentType });
            res.end(text);
          },
          () => sendError(res, 500, 'metrics collection failed'),
        );
        return;
      case '/v1/models':
        ctx.stats.record(path, null, req.headers);
        if (ctx.faults.inSlowStart()) this.sendSlowStart(res);
        else sendJson(res, 200, modelsList(this.opts.model, ctx.startedAt, MAX_MODEL_LEN));
        return;
    }
    if (handleAdmin(this, 'GET', path, '', res)) return;
    sendError(res, path.startsWith('/v1/') ? 405 : 404, `No route GET ${path}.`);
  }

  private onInference(method: string, path: string, text: string, req: IncomingMessage, res: ServerResponse, arrival: number): void {
    const { ctx } = this;
    const known = path === '/v1/chat/completions' || path === '/v1/completions' || path === '/v1/embeddings';
    if (!known || method !== 'POST') {
      sendError(res, known ? 405 : 404, `No route ${method} ${path}.`);
      return;
    }
    const parsed = parseJson(text);
    ctx.stats.requests++;
    ctx.stats.record(path, parsed.ok ? parsed.value : text, req.headers);
    if (!parsed.ok) {
      sendError(res, 400, parsed.message);
      return;
    }
    if (ctx.faults.inSlowStart()) {
      this.sendSlowStart(res);
      return;
    }
    if (path === '/v1/embeddings') handleEmbeddings(ctx, res, parsed.value);
    else handleCompletion(ctx, path === '/v1/chat/completions' ? 'chat' : 'text', res, parsed.value, arrival);
  }

  private sendSlowStart(res: ServerResponse): void {
    this.ctx.stats.errorsInjected++;
    this.ctx.metrics.faultInjected('slow_start');
    const e = this.ctx.faults.slowStartError();
    sendJson(res, e.status, e.body, e.headers);
  }

  // ---- Simulator / AdminControls ----

  stats(): SimStats {
    return this.ctx.stats.snapshot(this.ctx.limiter.running, this.ctx.limiter.waiting);
  }

  faults(): FaultConfig {
    return this.ctx.faults.current;
  }

  setFaults(partial: FaultPatch): FaultConfig {
    return this.patchFaults(partial);
  }

  patchFaults(input: unknown): FaultConfig {
    return this.ctx.faults.patch(input);
  }

  setReply(text: string | null): void {
    this.ctx.reply = text === null ? null : replyTokens(text);
  }

  resetStats(): void {
    this.ctx.stats.reset();
    this.ctx.metrics.reset();
  }

  reset(): void {
    this.resetStats();
    this.ctx.faults.replace(this.opts.faults);
    this.setReply(this.opts.reply);
  }

  refuseFor(seconds: number): void {
    this.ctx.metrics.faultInjected('refuse');
    this.refuse().then(
      () => {
        if (seconds > 0 && this.phase === 'refusing') {
          this.resumeTimer = setTimeout(() => {
            this.resumeTimer = null;
            this.resume().catch(() => undefined);
          }, seconds * 1000);
        }
      },
      () => undefined,
    );
  }

  async refuse(): Promise<void> {
    if (this.phase !== 'listening') return;
    this.phase = 'refusing';
    await this.stopListening();
  }

  async resume(): Promise<void> {
    if (this.resumeTimer) {
      clearTimeout(this.resumeTimer);
      this.resumeTimer = null;
    }
    if (this.phase !== 'refusing') return;
    await this.listen(this.boundPort);
  }

  async close(): Promise<void> {
    if (this.resumeTimer) {
      clearTimeout(this.resumeTimer);
      this.resumeTimer = null;
    }
    const wasListening = this.phase === 'listening';
    this.phase = 'closed';
    if (wasListening) await this.stopListening();
  }

  /** server.close() alone waits for keep-alive sockets; destroying them makes the refusal real. */
  private stopListening(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    return closed;
  }
}

export async function startSimulator(opts: SimOptions = {}): Promise<Simulator> {
  const resolved = resolveOptions(opts);
  const sim = new SimServer(resolved);
  await sim.listen(resolved.port);
  return sim;
}
