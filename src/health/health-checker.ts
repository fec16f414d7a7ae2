import type { HealthCheckSettings } from '../config/schema.js';
import type { Endpoint } from '../routing/endpoint.js';

export interface ProbeResult {
  ok: boolean;
  detail: string;
}

/**
 * Active health checking of one endpoint, inside the running gateway (never an init container:
 * that deadlocks under a mesh sidecar). Ready endpoints are probed every interval; endpoints that
 * are not ready are re-probed with exponential backoff and full jitter so a fleet of gateways does
 * not hammer a replica that is still loading its weights.
 */
export class HealthChecker {
  private timer: NodeJS.Timeout | undefined;
  private successes = 0;
  private failures = 0;
  /** Failed probes since the endpoint was last ready; drives the backoff and the log line. */
  attempts = 0;
  private stopped = false;
  private inFlight: Promise<unknown> | undefined;

  constructor(
    private readonly endpoint: Endpoint,
    private readonly settings: Readonly<HealthCheckSettings>,
    private readonly random: () => number = Math.random,
  ) {}

  start(): void {
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Probe soon, e.g. after a request saw "connection refused"; coalesces with a running probe. */
  probeNow(): void {
    if (this.stopped || this.inFlight) return;
    this.schedule(0);
  }

  /** When the next probe is due, for Retry-After. */
  nextProbeInMs(): number {
    return this.endpoint.routable ? this.settings.interval_ms : this.backoffMs();
  }

  private backoffMs(): number {
    const exp = Math.min(this.settings.backoff_initial_ms * 2 ** Math.max(this.attempts - 1, 0), this.settings.backoff_max_ms);
    // Full jitter on the upper half keeps the delay near the schedule but decorrelated.
    return Math.round(exp / 2 + (this.random() * exp) / 2);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.inFlight = this.runOnce().finally(() => {
        this.inFlight = undefined;
      });
    }, delayMs);
    this.timer.unref();
  }

  async runOnce(): Promise<ProbeResult> {
    const result = await this.probe();
    if (this.stopped || this.endpoint.state === 'draining') return result;
    if (result.ok) {
      this.failures = 0;
      this.successes++;
      if (this.successes >= this.settings.healthy_threshold && !this.endpoint.routable) {
        const downFor = Date.now() - this.endpoint.stateSince;
        this.endpoint.setState('ready', `health check passed after ${this.attempts} failed attempt(s), down ${downFor} ms`);
      }
      if (this.endpoint.routable) this.attempts = 0;
    } else {
      this.successes = 0;
      this.failures++;
      this.attempts++;
      const threshold = this.endpoint.state === 'ready' ? this.settings.unhealthy_threshold : 1;
      if (this.failures >= threshold && this.endpoint.state !== 'unhealthy' && this.endpoint.state !== 'ejected') {
        this.endpoint.setState('unhealthy', `health check failed: ${result.detail}`);
      } else if (this.endpoint.state === 'ejected' && this.failures >= this.settings.unhealthy_threshold) {
        this.endpoint.setState('unhealthy', `health check failed while ejected: ${result.detail}`);
      }
    }
    this.schedule(this.endpoint.routable || this.endpoint.state === 'ejected' ? this.settings.interval_ms : this.backoffMs());
    return result;
  }

  private async probe(): Promise<ProbeResult> {
    try {
      const res = await this.endpoint.dispatcher.request({
        method: 'GET',
        path: this.settings.path,
        headersTimeout: this.settings.timeout_ms,
        bodyTimeout: this.settings.timeout_ms,
        signal: AbortSignal.timeout(this.settings.timeout_ms),
      });
      await res.body.dump();
      if (res.statusCode === this.settings.expected_status) return { ok: true, detail: `HTTP ${res.statusCode}` };
      return { ok: false, detail: `HTTP ${res.statusCode} (expected ${this.settings.expected_status})` };
    } catch (err) {
      return { ok: false, detail: describeError(err) };
    }
  }
}

export function describeError(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: string; name?: string; message?: string };
    if (e.name === 'TimeoutError' || e.code === 'UND_ERR_HEADERS_TIMEOUT') return 'timeout';
    if (e.code) return e.code;
    return e.message ?? String(err);
  }
  return String(err);
}
