import type { Logger } from 'pino';
import type { ModelConfig } from '../config/load.js';
import { HealthChecker } from '../health/health-checker.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { createBalancer, type Balancer } from './balancer.js';
import { Endpoint, type StateChange } from './endpoint.js';
import { OutlierDetector, type FailureKind } from './outlier-detector.js';
import { RetryBudget } from '../upstream/retry-budget.js';

/** An address to route to, as static config or a discovery source yields it. */
export interface Target {
  url: string;
  weight: number;
}

interface Member {
  endpoint: Endpoint;
  health: HealthChecker | undefined;
  /** Discovery groups that currently list this address; it leaves the pool when none does. */
  groups: Set<string>;
}

/**
 * All endpoints of one model. Keeps a precomputed list of routable endpoints so the hot path
 * never filters, wires health checks and outlier ejection to each endpoint, and accepts target
 * sets from static config and discovery (grouped, so one DNS name shrinking does not remove an
 * address another source still lists).
 */
export class EndpointPool {
  private readonly members = new Map<string, Member>();
  private routableList: Endpoint[] = [];
  private readonly groups = new Map<string, Set<string>>();
  readonly balancer: Balancer;
  readonly outlier: OutlierDetector;
  readonly retryBudget: RetryBudget;
  private closed = false;

  constructor(
    readonly config: ModelConfig,
    private readonly metrics: GatewayMetrics,
    private readonly log: Logger,
  ) {
    this.balancer = createBalancer(config.balancer);
    this.retryBudget = new RetryBudget(config.upstream.retry_budget_ratio, config.upstream.retry_budget_min);
    this.outlier = new OutlierDetector(
      config.outlier,
      () => this.routableList.length,
      (ep, ms, reason) => {
        this.metrics.ejections.inc({ model: ep.model, endpoint: ep.id });
        ep.setState('ejected', `${reason}; ejected for ${ms} ms`);
      },
    );
  }

  get name(): string {
    return this.config.name;
  }

  get routable(): readonly Endpoint[] {
    return this.routableList;
  }

  endpoints(): Endpoint[] {
    return [...this.members.values()].map((m) => m.endpoint);
  }

  pick(exclude?: ReadonlySet<Endpoint>): Endpoint | undefined {
    return this.balancer.pick(this.routableList, exclude);
  }

  /** Seconds a client should wait before retrying when nothing is routable: the next probe. */
  retryAfterS(): number {
    let soonest = Infinity;
    for (const m of this.members.values()) if (m.health) soonest = Math.min(soonest, m.health.nextProbeInMs());
    if (!Number.isFinite(soonest)) soonest = this.config.outlier.base_ejection_ms;
    return Math.max(1, Math.ceil(soonest / 1000));
  }

  success(ep: Endpoint): void {
    this.outlier.success(ep);
  }

  failure(ep: Endpoint, kind: FailureKind): void {
    this.outlier.failure(ep, kind);
    // Refused connections are the tunnel-died case: confirm actively instead of waiting an interval.
    if (kind === 'connect') this.members.get(ep.id)?.health?.probeNow();
  }

  /** Replace the addresses one source (a static entry, a DNS name, a Service) contributes. */
  setTargets(group: string, targets: readonly Target[]): void {
    if (this.closed) return;
    const next = new Set<string>();
    for (const t of targets) {
      const id = new URL(t.url).origin;
      next.add(id);
      const existing = this.members.get(id);
      if (existing) existing.groups.add(group);
      else this.add(id, t.weight, group);
    }
    const prev = this.groups.get(group) ?? new Set<string>();
    this.groups.set(group, next);
    for (const id of prev) {
      if (next.has(id)) continue;
      const m = this.members.get(id);
      if (!m) continue;
      m.groups.delete(group);
      if (m.groups.size === 0) void this.remove(id);
    }
  }

  /** Adopt an endpoint (with its state and connections) from the pool this one replaces on reload. */
  adopt(ep: Endpoint, health: HealthChecker | undefined, group: string): void {
    ep.onStateChange((c) => this.onChange(c));
    this.members.set(ep.id, { endpoint: ep, health, groups: new Set([group]) });
    const g = this.groups.get(group) ?? new Set<string>();
    g.add(ep.id);
    this.groups.set(group, g);
    this.recompute();
  }

  /** Hand over an endpoint to the new pool on reload: detach without draining. */
  release(id: string): { endpoint: Endpoint; health: HealthChecker | undefined } | undefined {
    const m = this.members.get(id);
    if (!m) return undefined;
    this.members.delete(id);
    this.recompute();
    return { endpoint: m.endpoint, health: m.health };
  }

  private add(id: string, weight: number, group: string): void {
    const hc = this.config.health_check;
    const ep = new Endpoint(id, this.config.name, weight, this.config.upstream, hc.enabled ? 'unknown' : 'ready');
    ep.onStateChange((c) => this.onChange(c));
    const health = hc.enabled ? new HealthChecker(ep, hc) : undefined;
    this.members.set(id, { endpoint: ep, health, groups: new Set([group]) });
    this.metrics.setEndpointState(ep.model, ep.id, ep.state);
    this.recompute();
    health?.start();
  }

  private async remove(id: string): Promise<void> {
    const m = this.members.get(id);
    if (!m) return;
    this.members.delete(id);
    m.health?.stop();
    this.outlier.forget(m.endpoint);
    this.recompute();
    await m.endpoint.drain(this.config.upstream.first_byte_timeout_ms);
    this.metrics.forgetEndpoint(m.endpoint.model, m.endpoint.id);
  }

  private onChange(c: StateChange): void {
    const { endpoint: ep, from, to, reason } = c;
    if (!this.members.has(ep.id) && to !== 'draining') return;
    this.metrics.setEndpointState(ep.model, ep.id, to);
    if (to === 'ready') this.outlier.success(ep);
    this.recompute();
    const level = to === 'ready' || to === 'draining' ? 'info' : 'warn';
    this.log[level]({ model: ep.model, endpoint: ep.id, from, to, reason, routable: this.routableList.length }, `endpoint ${from} -> ${to}`);
  }

  private recompute(): void {
    const list: Endpoint[] = [];
    for (const m of this.members.values()) if (m.endpoint.routable) list.push(m.endpoint);
    this.routableList = list;
  }

  async close(drainTimeoutMs = 0): Promise<void> {
    this.closed = true;
    const all = [...this.members.values()];
    this.members.clear();
    this.recompute();
    for (const m of all) m.health?.stop();
    await Promise.all(all.map((m) => (drainTimeoutMs > 0 ? m.endpoint.drain(drainTimeoutMs) : m.endpoint.destroy())));
  }
}
