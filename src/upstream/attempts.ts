import type { Dispatcher } from 'undici';
import type { GatewayMetrics } from '../metrics/registry.js';
import type { Endpoint } from '../routing/endpoint.js';
import type { EndpointPool } from '../routing/endpoint-pool.js';
import type { RequestContext } from '../server/context.js';
import { GatewayError } from '../server/errors.js';
import { deadlineSignal, type ClientSignal } from '../server/client-signal.js';
import { classifyError, isRetryableStatus, retryAfterMs, type ClassifiedFailure } from './failure.js';

export class ClientCancelled extends Error {
  constructor() {
    super('client disconnected');
    this.name = 'ClientCancelled';
  }
}

/** A response from one replica that the caller now owns; `release` must be called exactly once. */
export interface Attempt {
  endpoint: Endpoint;
  response: Dispatcher.ResponseData;
  release(ok: boolean): void;
}

export interface AttemptDeps {
  metrics: GatewayMetrics;
  random?: () => number;
}

const sleep = (ms: number, signal: ClientSignal) =>
  new Promise<void>((resolve) => {
    const done = () => (clearTimeout(t), signal.off('abort', done), resolve());
    const t = setTimeout(done, ms);
    signal.once('abort', done);
  });

/**
 * Owns the retry state machine of one request: which replicas were tried, how many attempts are
 * left, whether the retry budget allows another, and what error to show when nothing worked.
 * Retries happen only on a different ready replica and only before the caller has written
 * anything to the client — the caller enforces the latter by not calling `next` after it commits.
 */
export class UpstreamAttempts {
  readonly tried = new Set<Endpoint>();
  private lastError: GatewayError | undefined;
  private lastWasConnectFailure = false;
  private holdingRetryToken = false;

  constructor(
    private readonly ctx: RequestContext,
    readonly pool: EndpointPool,
    private readonly body: Buffer,
    private readonly headers: Record<string, string>,
    private readonly path: string,
    private readonly deps: AttemptDeps,
  ) {}

  get count(): number {
    return this.tried.size;
  }

  /**
   * Can another replica be tried after a failure that left the client untouched? A refused
   * connection bypasses the retry budget: nothing reached a replica, so retrying adds no load to
   * the fleet, and a dead address in a busy pool would otherwise turn into client errors.
   */
  private mayRetry(afterConnectFailure = false): boolean {
    if (this.ctx.signal.aborted) return false;
    if (this.tried.size > this.pool.config.upstream.retries) return false;
    if (this.pool.routable.every((e) => this.tried.has(e))) return false;
    if (this.holdingRetryToken || afterConnectFailure) return true;
    this.holdingRetryToken = this.pool.retryBudget.tryAcquire();
    return this.holdingRetryToken;
  }

  done(): void {
    if (this.holdingRetryToken) this.pool.retryBudget.releaseRetry();
    this.holdingRetryToken = false;
  }

  private backoffMs(): number {
    const u = this.pool.config.upstream;
    const exp = Math.min(u.retry_backoff_ms * 2 ** (this.tried.size - 1), u.retry_backoff_max_ms);
    return Math.round(exp * (0.5 + (this.deps.random ?? Math.random)() * 0.5));
  }

  /** Records a failure of an attempt (thrown or read error) and decides whether to go on. */
  fail(ep: Endpoint, f: ClassifiedFailure): void {
    if (f.reason === 'client_cancelled') throw new ClientCancelled();
    if (f.kind) this.pool.failure(ep, f.kind);
    this.lastWasConnectFailure = f.kind === 'connect';
    this.ctx.outcome.errorReason = f.reason;
    this.lastError =
      f.reason === 'upstream_timeout'
        ? new GatewayError('upstream_timeout', `The model replica did not answer in time (${f.detail}).`)
        : new GatewayError('upstream_unavailable', `Could not get a response from a replica of the model (${f.detail}).`);
  }

  /** The next replica's response, or throws the error that explains why there is none. */
  async next(): Promise<Attempt> {
    const { ctx, pool, deps } = this;
    const u = pool.config.upstream;
    for (;;) {
      if (this.tried.size > 0) {
        if (!this.mayRetry(this.lastWasConnectFailure)) throw this.lastError ?? new GatewayError('upstream_unavailable', 'No replica could serve the request.');
        deps.metrics.retries.inc({ model: pool.name, reason: ctx.outcome.errorReason ?? 'unknown' });
        const wait = this.backoffMs();
        if (wait > 0) await sleep(wait, ctx.signal);
        if (ctx.signal.aborted) throw new ClientCancelled();
      }
      const ep = pool.pick(this.tried);
      if (!ep) {
        if (this.tried.size === 0) {
          ctx.outcome.errorReason = 'no_ready_endpoint';
          const retryAfterS = pool.retryAfterS();
          throw new GatewayError('no_ready_endpoint', `No ready replica for model "${pool.name}". Retry after ${retryAfterS} s.`, { retryAfterS });
        }
        throw this.lastError ?? new GatewayError('upstream_unavailable', 'No replica could serve the request.');
      }
      this.tried.add(ep);
      ctx.outcome.endpoint = ep.id;
      ep.inflight++;
      deps.metrics.inflight.inc({ model: ep.model, endpoint: ep.id });
      let released = false;
      const release = (ok: boolean) => {
        if (released) return;
        released = true;
        ep.inflight--;
        deps.metrics.inflight.dec({ model: ep.model, endpoint: ep.id });
        if (ok) pool.success(ep);
      };
      const t0 = process.hrtime.bigint();
      let response: Dispatcher.ResponseData;
      try {
        response = await ep.dispatcher.request({
          method: 'POST',
          path: this.path,
          headers: this.headers,
          body: this.body,
          signal: u.total_timeout_ms > 0 ? deadlineSignal(ctx.signal, u.total_timeout_ms) : ctx.signal,
          headersTimeout: u.first_byte_timeout_ms,
          bodyTimeout: u.stream_idle_timeout_ms,
        });
      } catch (err) {
        ctx.outcome.upstreamNs += process.hrtime.bigint() - t0;
        release(false);
        deps.metrics.upstreamRequests.inc({ model: ep.model, endpoint: ep.id, code: 'error' });
        this.fail(ep, classifyError(err, ctx.signal.aborted));
        continue;
      }
      ctx.outcome.upstreamNs += process.hrtime.bigint() - t0;
      const status = response.statusCode;
      deps.metrics.upstreamRequests.inc({ model: ep.model, endpoint: ep.id, code: String(status) });
      if (isRetryableStatus(status) && this.mayRetry()) {
        // Drain rather than destroy so the keep-alive connection survives for the next request.
        await response.body.dump().catch(() => undefined);
        release(false);
        if (status !== 429) pool.failure(ep, '5xx');
        ctx.outcome.errorReason = status === 429 ? 'upstream_4xx' : 'upstream_5xx';
        this.lastError = new GatewayError('upstream_unavailable', `A replica of the model answered HTTP ${status}.`);
        // Retry-After is the replica's own request not to be called: honoured by taking that
        // replica out for as long, while the retry goes to another one without waiting.
        const ra = retryAfterMs(response.headers['retry-after']);
        if (ra !== undefined) pool.outlier.cooldown(ep, ra);
        this.lastWasConnectFailure = false;
        continue;
      }
      if (status >= 500) pool.failure(ep, '5xx');
      return { endpoint: ep, response, release };
    }
  }
}
