import type { DiscoveryFactory } from '../routing/model-registry.js';
import { startDnsDiscovery } from './dns-discovery.js';
import { startKubernetesDiscovery } from './kubernetes-discovery.js';

export { DnsDiscovery, startDnsDiscovery, type DnsDiscoveryOptions, type ResolveFn } from './dns-discovery.js';
export { KubernetesDiscovery, startKubernetesDiscovery, type KubernetesDiscoveryOptions } from './kubernetes-discovery.js';

/** Starts the dynamic source an endpoint entry names; the registry stops it on reload/close. */
export const discoveryFactory: DiscoveryFactory = (pool, group, entry, log) => {
  if (entry.dns) return startDnsDiscovery({ sink: pool, group, dns: entry.dns, weight: entry.weight, log });
  if (entry.kubernetes) return startKubernetesDiscovery({ sink: pool, group, kubernetes: entry.kubernetes, weight: entry.weight, log });
  throw new Error(`endpoint ${group} has no discovery source (static url entries are not discovered)`);
};
