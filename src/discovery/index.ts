import type { DiscoveryFactory, DiscoverySource } from '../routing/model-registry.js';
import { startDnsDiscovery } from './dns-discovery.js';

export { DnsDiscovery, startDnsDiscovery, type DnsDiscoveryOptions, type ResolveFn } from './dns-discovery.js';
export type { KubernetesDiscovery, KubernetesDiscoveryOptions } from './kubernetes-discovery.js';

/** Starts the dynamic source an endpoint entry names; the registry stops it on reload/close. */
export const discoveryFactory: DiscoveryFactory = (pool, group, entry, log) => {
  if (entry.dns) return startDnsDiscovery({ sink: pool, group, dns: entry.dns, weight: entry.weight, log });
  const kubernetes = entry.kubernetes;
  if (kubernetes) {
    // @kubernetes/client-node costs ~0.4 s and tens of MB to load (measured); only configs that
    // use Kubernetes discovery pay for it.
    let stopped = false;
    let source: DiscoverySource | undefined;
    void import('./kubernetes-discovery.js').then(
      (m) => {
        if (!stopped) source = m.startKubernetesDiscovery({ sink: pool, group, kubernetes, weight: entry.weight, log });
      },
      (err: unknown) => log.error({ err, group }, 'cannot load Kubernetes discovery'),
    );
    return {
      stop() {
        stopped = true;
        source?.stop();
      },
    };
  }
  throw new Error(`endpoint ${group} has no discovery source (static url entries are not discovered)`);
};
