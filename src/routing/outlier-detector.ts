import type { OutlierSettings } from '../config/schema.js';
import type { Endpoint } from './endpoint.js';

/** `connect`: never reached the replica; `reset`: the connection broke mid-request. */
export type FailureKind = 'connect' | 'reset' | '5xx' | 'timeout';

interface Record {
  consecutive: number;
  ejections: number;
  /** When the last ejection ends (or ended). */
  returnsAt: number;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Passive outlier ejection, as Envoy does it: N consecutive failures eject an endpoint for
 * base × 2^(k-1) (capped), k being how often it was ejected before. The panic rule keeps the last
 * routable endpoint of a model for 5xx alone: a model that answers errors is more useful to its
 * clients than a 503, but an address that refuses connections is not.
 */
export class OutlierDetector {
  private readonly records = new WeakMap<Endpoint, Record>();

  constructor(
    private readonly settings: Readonly<OutlierSettings>,
    private readonly routableCount: () => number,
    private readonly onEject: (ep: Endpoint, durationMs: number, reason: string) => void,
  ) {}

  private rec(ep: Endpoint): Record {
    let r = this.records.get(ep);
    if (!r) {
      r = { consecutive: 0, ejections: 0, returnsAt: 0, timer: undefined };
      this.records.set(ep, r);
    }
    return r;
  }

  success(ep: Endpoint): void {
    const r = this.records.get(ep);
    if (r) r.consecutive = 0;
  }

  failure(ep: Endpoint, kind: FailureKind): void {
    const r = this.rec(ep);
    r.consecutive++;
    if (r.consecutive < this.settings.consecutive_failures || ep.state !== 'ready') return;
    if (kind !== 'connect' && this.routableCount() <= 1) return;
    // Like Envoy's multiplier decay: a replica that stayed healthy for a whole max ejection time
    // starts again from the base ejection time.
    if (Date.now() - r.returnsAt > this.settings.max_ejection_ms) r.ejections = 0;
    r.ejections++;
    r.consecutive = 0;
    const duration = Math.min(this.settings.base_ejection_ms * 2 ** (r.ejections - 1), this.settings.max_ejection_ms);
    this.ejectFor(ep, r, duration, `${this.settings.consecutive_failures} consecutive ${kind} failures`);
  }

  /**
   * A replica that answered 429/503 with Retry-After asked not to be called for that long: take it
   * out of rotation for exactly that (capped), unless it is the last one — then the client gets
   * the Retry-After instead.
   */
  cooldown(ep: Endpoint, ms: number): void {
    if (ep.state !== 'ready' || this.routableCount() <= 1 || ms <= 0) return;
    this.ejectFor(ep, this.rec(ep), Math.min(ms, this.settings.max_ejection_ms), 'replica sent Retry-After');
  }

  private ejectFor(ep: Endpoint, r: Record, durationMs: number, reason: string): void {
    r.returnsAt = Date.now() + durationMs;
    clearTimeout(r.timer);
    r.timer = setTimeout(() => {
      r.timer = undefined;
      if (ep.state === 'ejected') ep.setState('ready', 'ejection time elapsed');
    }, durationMs);
    r.timer.unref();
    this.onEject(ep, durationMs, reason);
  }

  /** The endpoint left the pool: drop its record and timer. */
  forget(ep: Endpoint): void {
    const r = this.records.get(ep);
    if (r?.timer) clearTimeout(r.timer);
    this.records.delete(ep);
  }
}
