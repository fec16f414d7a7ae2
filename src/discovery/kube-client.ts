import { readFileSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';

export const SERVICEACCOUNT_NAMESPACE_FILE = '/var/run/secrets/kubernetes.io/serviceaccount/namespace';

/** In-cluster service account, `KUBECONFIG` or `~/.kube/config`, as kubectl would pick. */
export function loadDefaultKubeConfig(): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromDefault();
  return kc;
}

/**
 * The namespace to watch when the config names none: the pod's own (a gateway usually sits
 * beside its model servers), else the kubeconfig context's, else "default".
 */
export function defaultNamespace(kc: KubeConfig | undefined, namespaceFile = SERVICEACCOUNT_NAMESPACE_FILE): string {
  try {
    const ns = readFileSync(namespaceFile, 'utf8').trim();
    if (ns) return ns;
  } catch {
    // not running in a pod
  }
  return kc?.getContextObject(kc.getCurrentContext())?.namespace || 'default';
}

export function endpointSlicesPath(namespace: string): string {
  return `/apis/discovery.k8s.io/v1/namespaces/${encodeURIComponent(namespace)}/endpointslices`;
}
