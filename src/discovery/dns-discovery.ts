import { Resolver } from 'node:dns/promises';
import type { Logger } from 'pino';
import type { EndpointConfig } from '../config/schema.js';
import type { DiscoverySource } from '../routing/model-registry.js';
import { diffUrls, endpointUrl, normalizeUrls, sameUrls, type TargetSink } from './targets.js';

export type DnsSettings = NonNullable<EndpointConfig['dns']>;
export type RecordType = 'A' | 'AAAA';
/** Injectable for tests; the default queries the system's DNS servers with c-ares. */
export type ResolveFn = (name: string, rrtype: RecordType) => Promise<string[]>;

export interface DnsDiscoveryOptions {
  sink: TargetSink;
  group: string;
  dns: DnsSettings;
  weight: number;
  log: Logger;
  resolve?: ResolveFn;
  /** First retry after a failed resolution; doubles up to refresh_s. */
  retryInitialMs?: number;
}

export function systemResolve(): ResolveFn {
  const resolver = new Resolver();
  return (name, rrtype) => (rrtype === 'A' ? resolver.resolve4(name) : resolver.resolve6(name));
}

export function recordTypes(family: DnsSettings['family']): RecordType[] {
  return family === 'ipv4' ? ['A'] : family === 'ipv6' ? ['AAAA'] : ['A', 'AAAA'];
}

/**
 * Resolves every record type the family asks for. With `any`, one type having no records
 * (ENODATA) is normal; only when every query fails, or none yields an address, is it a failure.
 */
export async function resolveAddresses(resolve: ResolveFn, name: string, family: DnsSettings['family']): Promise<string[]> {
  const results = await Promise.allSettled(recordTypes(family).map((t) => resolve(name, t)));
  const addrs: string[] = [];
  let firstError: unknown;
  for (const r of results) {
    if (r.status === 'fulfilled') addrs.push(...r.value);
    else firstError ??= r.reason;
  }
  if (addrs.length > 0) return addrs;
  if (firstError !== undefined) throw firstError;
  throw new Error(`${name} has no ${recordTypes(family).join('/')} records`);
}

/**
 * Every address a name resolves to becomes an endpoint (a headless Service, a DNS round-robin
 * name). Re-resolved every `refresh_s`. A failed resolution keeps the last good set: a DNS
 * hiccup must not empty a pool whose replicas are fine; health checks catch addresses that
 * really went away.
 */
export class DnsDiscovery implements DiscoverySource {
  private readonly resolve: ResolveFn;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private current: string[] | undefined;
  private failures = 0;

  constructor(private readonly opts: DnsDiscoveryOptions) {
    this.resolve = opts.resolve ?? systemResolve();
  }

  /** URLs currently handed to the pool; undefined until the first successful resolution. */
  get urls(): readonly string[] | undefined {
    return this.current;
  }

  start(): this {
    void this.tick();
    return this;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** One resolution; returns whether it succeeded. Exposed so tests need no timers. */
  async refresh(): Promise<boolean> {
    const { dns, log, group } = this.opts;
    let urls: string[];
    try {
      const addrs = await resolveAddresses(this.resolve, dns.name, dns.family);
      urls = normalizeUrls(addrs.map((a) => endpointUrl(dns.scheme, a, dns.port)));
    } catch (err) {
      this.failures++;
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      log.warn(
        { group, name: dns.name, family: dns.family, error: code, failures: this.failures, keeping: this.current?.length ?? 0 },
        'dns discovery: resolution failed, keeping the last good set',
      );
      return false;
    }
    if (this.stopped) return true;
    if (this.failures > 0) log.info({ group, name: dns.name, after_failures: this.failures }, 'dns discovery: resolving again');
    this.failures = 0;
    if (this.current && sameUrls(this.current, urls)) return true;
    const { added, removed } = diffUrls(this.current ?? [], urls);
    this.current = urls;
    this.opts.sink.setTargets(group, urls.map((url) => ({ url, weight: this.opts.weight })));
    log.info({ group, name: dns.name, added, removed, total: urls.length }, 'dns discovery: endpoints changed');
    return true;
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    const ok = await this.refresh();
    if (this.stopped) return;
    const refreshMs = this.opts.dns.refresh_s * 1000;
    // Retry a failure sooner than a full refresh interval, but never faster than the backoff.
    const delay = ok ? refreshMs : Math.min(refreshMs, (this.opts.retryInitialMs ?? 1_000) * 2 ** Math.min(this.failures - 1, 16));
    this.timer = setTimeout(() => void this.tick(), delay);
    this.timer.unref();
  }
}

export function startDnsDiscovery(opts: DnsDiscoveryOptions): DnsDiscovery {
  return new DnsDiscovery(opts).start();
}
