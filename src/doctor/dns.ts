import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { resolveAddresses, recordTypes, systemResolve, type DnsSettings, type ResolveFn } from '../discovery/dns-discovery.js';
import { check, elapsed, type CheckResult, type CheckScope } from './report.js';
import { ipv6Routable } from './routes.js';

export interface LookedUp {
  address: string;
  family: number;
}
/** getaddrinfo, as connections use it (/etc/hosts, search domains), in the system's order. */
export type LookupFn = (host: string) => Promise<LookedUp[]>;

export const systemLookup: LookupFn = (host) => lookup(host, { all: true, order: 'verbatim' });

export interface DnsCheckDeps {
  lookup: LookupFn;
  resolve: ResolveFn;
  ipv6Usable: (address: string) => boolean;
}

export function defaultDnsDeps(): DnsCheckDeps {
  return { lookup: systemLookup, resolve: systemResolve(), ipv6Usable: (a) => ipv6Routable(a) };
}

const errCode = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? String(err);

/**
 * A/AAAA for the host of a static URL. Returns the addresses in connection order (empty when
 * the name does not resolve) so the TCP check tries exactly what a connection would.
 */
export async function checkHostDns(host: string, scope: CheckScope, deps: DnsCheckDeps): Promise<{ result: CheckResult; addresses: string[] }> {
  const t0 = performance.now();
  const base = { id: 'endpoint.dns' as const, section: 'endpoint' as const, ...scope };
  let found: LookedUp[];
  try {
    found = await deps.lookup(host);
  } catch (err) {
    const code = errCode(err);
    return {
      addresses: [],
      result: check({
        ...base,
        status: 'fail',
        message: `cannot resolve ${host} (${code})`,
        fix: 'check the name; in Kubernetes use <service>.<namespace>.svc.cluster.local, in Compose the service name',
        duration_ms: elapsed(t0),
        data: { error: code },
      }),
    };
  }
  const addresses = found.map((f) => f.address);
  const a = found.filter((f) => f.family === 4).map((f) => f.address);
  const aaaa = found.filter((f) => f.family === 6).map((f) => f.address);
  const data = { a, aaaa, order: addresses };
  const duration_ms = elapsed(t0);
  const listed = `A ${a.join(', ') || '—'} · AAAA ${aaaa.join(', ') || '—'}`;
  if (addresses[0] === '::1' && a.length > 0) {
    return {
      addresses,
      result: check({
        ...base,
        status: 'warn',
        message: `${host} resolves to ::1 first (${listed}); a server bound to 127.0.0.1 does not answer on ::1`,
        fix: `use 127.0.0.1 instead of ${host} in the URL`,
        duration_ms,
        data,
      }),
    };
  }
  if (a.length === 0 && aaaa.length > 0 && !aaaa.some((x) => deps.ipv6Usable(x))) {
    return {
      addresses,
      result: check({
        ...base,
        status: 'warn',
        message: `${host} has only AAAA records (${aaaa.join(', ')}) and this host has no IPv6 route to them`,
        fix: 'use an IPv4 address or a name with an A record, or enable IPv6 on this network',
        duration_ms,
        data,
      }),
    };
  }
  return { addresses, result: check({ ...base, status: 'pass', message: `${host}: ${listed}`, duration_ms, data }) };
}

/**
 * A `dns:` discovery entry, resolved exactly as the gateway will (DNS queries for the configured
 * family, no /etc/hosts). On failure, looks for the usual causes: the other family has the
 * records, or only the system resolver (search domains, /etc/hosts) knows the name.
 */
export async function checkDnsDiscovery(dns: DnsSettings, scope: CheckScope, deps: DnsCheckDeps): Promise<{ result: CheckResult; addresses: string[] }> {
  const t0 = performance.now();
  const base = { id: 'endpoint.dns' as const, section: 'endpoint' as const, ...scope };
  const want = recordTypes(dns.family).join('/');
  try {
    const addresses = await resolveAddresses(deps.resolve, dns.name, dns.family);
    const v6only = addresses.every((x) => isIP(x) === 6);
    if (v6only && !addresses.some((x) => deps.ipv6Usable(x))) {
      return {
        addresses,
        result: check({
          ...base,
          status: 'warn',
          message: `${dns.name} resolves only to IPv6 (${addresses.join(', ')}) and this host has no IPv6 route to it`,
          fix: 'set family: ipv4 with a name that has A records, or enable IPv6 on this network',
          duration_ms: elapsed(t0),
          data: { addresses },
        }),
      };
    }
    return { addresses, result: check({ ...base, status: 'pass', message: `${dns.name} ${want}: ${addresses.join(', ')}`, duration_ms: elapsed(t0), data: { addresses } }) };
  } catch (err) {
    const code = errCode(err);
    let fix = 'check the name exists in DNS (for a headless Service: <service>.<namespace>.svc.cluster.local)';
    const otherFamily = dns.family === 'ipv4' ? 'ipv6' : dns.family === 'ipv6' ? 'ipv4' : undefined;
    const other = otherFamily ? await resolveAddresses(deps.resolve, dns.name, otherFamily).catch(() => []) : [];
    if (other.length > 0) fix = `the name has ${recordTypes(otherFamily!).join('/')} records only: set family: ${otherFamily} or any`;
    else if ((await deps.lookup(dns.name).catch(() => [])).length > 0) {
      fix = 'the system resolver knows the name (/etc/hosts or a search domain) but DNS does not: use the fully qualified name';
    }
    return {
      addresses: [],
      result: check({ ...base, status: 'fail', message: `${dns.name}: no ${want} records (${code})`, fix, duration_ms: elapsed(t0), data: { error: code } }),
    };
  }
}
