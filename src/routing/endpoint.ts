import { Pool } from 'undici';
import type { EndpointStateName } from '../metrics/registry.js';
import type { UpstreamSettings } from '../config/schema.js';

export type StateChange = { endpoint: Endpoint; from: EndpointStateName; to: EndpointStateName; reason: string };
export type StateListener = (change: StateChange) => void;

/**
 * One replica address of one model. Owns its keep-alive connection pool and its routing state;
 * the state transitions themselves are decided by HealthChecker and OutlierDetector.
 *
 *   unknown ──probe ok──▶ ready ◀──probe ok── unhealthy
 *      │                  │  ▲                  ▲
 *      └──probe fails─────┼──┼──────────────────┘
 *                         ▼  │ (timer or probe ok)
 *                       ejected        draining (removed by reload/discovery; finishes in-flight)
 */
export class Endpoint {
  readonly origin: string;
  state: EndpointStateName;
  inflight = 0;
  /** Set when the state last changed, for "down for N s" log lines. */
  stateSince = Date.now();
  readonly dispatcher: Pool;
  private readonly listeners: StateListener[] = [];

  constructor(
    /** Stable id used as the `endpoint` metric label and reload identity: the URL origin. */
    readonly id: string,
    readonly model: string,
    readonly weight: number,
    upstream: Readonly<UpstreamSettings>,
    initialState: EndpointStateName,
  ) {
    this.origin = new URL(id).origin;
    this.state = initialState;
    this.dispatcher = new Pool(this.origin, {
      connections: upstream.max_connections_per_endpoint,
      connect: { timeout: upstream.connect_timeout_ms },
      keepAliveTimeout: upstream.keep_alive_timeout_ms,
      // vLLM answers non-streaming requests only when generation ends; undici's own 300 s
      // defaults would cut long answers, so timeouts are set per request from config instead.
      headersTimeout: 0,
      bodyTimeout: 0,
      pipelining: 1,
    });
  }

  get routable(): boolean {
    return this.state === 'ready';
  }

  onStateChange(listener: StateListener): void {
    this.listeners.push(listener);
  }

  setState(to: EndpointStateName, reason: string): boolean {
    const from = this.state;
    if (from === to || from === 'draining') return false;
    this.state = to;
    this.stateSince = Date.now();
    for (const l of this.listeners) l({ endpoint: this, from, to, reason });
    return true;
  }

  /** Stops routing to it; in-flight requests finish, then the pool closes. */
  async drain(timeoutMs: number): Promise<void> {
    const from = this.state;
    this.state = 'draining';
    for (const l of this.listeners) l({ endpoint: this, from, to: 'draining', reason: 'removed' });
    const deadline = Date.now() + timeoutMs;
    while (this.inflight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await this.dispatcher.close().catch(() => this.dispatcher.destroy());
  }

  async destroy(): Promise<void> {
    await this.dispatcher.destroy().catch(() => undefined);
  }
}
