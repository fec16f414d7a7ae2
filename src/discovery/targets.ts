import { isIPv6 } from 'node:net';
import type { Target } from '../routing/endpoint-pool.js';

/** What a discovery source feeds: `EndpointPool` in the gateway, a recorder in tests. */
export interface TargetSink {
  setTargets(group: string, targets: readonly Target[]): void;
}

/** `scheme://addr:port`; IPv6 literals need brackets or the port would read as part of the address. */
export function endpointUrl(scheme: string, host: string, port: number): string {
  return `${scheme}://${isIPv6(host) ? `[${host}]` : host}:${port}`;
}

/** Sorted, de-duplicated URLs, so two resolutions in a different order compare equal. */
export function normalizeUrls(urls: Iterable<string>): string[] {
  return [...new Set(urls)].sort();
}

export function sameUrls(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((u, i) => u === b[i]);
}

/** Added and removed URLs between two normalized sets, for one log line per change. */
export function diffUrls(prev: readonly string[], next: readonly string[]): { added: string[]; removed: string[] } {
  const p = new Set(prev);
  const n = new Set(next);
  return { added: next.filter((u) => !p.has(u)), removed: prev.filter((u) => !n.has(u)) };
}
