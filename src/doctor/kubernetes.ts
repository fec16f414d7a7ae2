import { DiscoveryV1Api, type KubeConfig } from '@kubernetes/client-node';
import { parseEndpointSlice, serviceSelector, summarizeSlices } from '../discovery/endpoint-slices.js';
import { defaultNamespace, loadDefaultKubeConfig } from '../discovery/kube-client.js';
import type { KubernetesSettings } from '../discovery/kubernetes-discovery.js';
import { check, elapsed, type CheckResult, type CheckScope } from './report.js';

function statusOf(err: unknown): number | undefined {
  const e = err as { code?: unknown; statusCode?: unknown };
  const s = e.code ?? e.statusCode;
  return typeof s === 'number' ? s : undefined;
}

/**
 * A `kubernetes:` entry, seen as the gateway's discovery sees it: the Service's EndpointSlices,
 * port matched by name, ready and not terminating. Returns the routable URLs for the
 * TCP/HTTP checks.
 */
export async function checkKubernetesEntry(
  k: KubernetesSettings,
  scope: CheckScope,
  opts: { kubeConfig?: KubeConfig; namespaceFile?: string },
): Promise<{ result: CheckResult; urls: string[] }> {
  const t0 = performance.now();
  const base = { id: 'kubernetes.endpointslices' as const, section: 'kubernetes' as const, ...scope };
  let kc: KubeConfig;
  try {
    kc = opts.kubeConfig ?? loadDefaultKubeConfig();
  } catch (err) {
    return { urls: [], result: check({ ...base, status: 'warn', message: `no Kubernetes credentials here (${String(err)})`, fix: 'run doctor inside the cluster (kubectl exec … switchyard doctor) or with a kubeconfig' }) };
  }
  const namespace = k.namespace ?? defaultNamespace(kc, opts.namespaceFile);
  const where = `${namespace}/${k.service}`;
  const server = kc.getCurrentCluster()?.server ?? '(none)';
  // loadFromDefault's last resort when there is no kubeconfig and no service account.
  if (!opts.kubeConfig && kc.getCurrentCluster()?.name === 'cluster' && server === 'http://localhost:8080') {
    return {
      urls: [],
      result: check({
        ...base,
        status: 'warn',
        message: `cannot check ${where}: no kubeconfig and not running in a pod`,
        fix: 'run doctor where the gateway runs (kubectl exec … switchyard doctor) or set KUBECONFIG',
        duration_ms: elapsed(t0),
        data: { namespace, service: k.service, server: null },
      }),
    };
  }
  let items: unknown[];
  try {
    const api = kc.makeApiClient(DiscoveryV1Api);
    items = (await api.listNamespacedEndpointSlice({ namespace, labelSelector: serviceSelector(k.service) })).items;
  } catch (err) {
    const status = statusOf(err);
    const forbidden = status === 401 || status === 403;
    const msg = `cannot list EndpointSlices of ${where} from ${server} (${status ?? (err as Error).message?.split('\n')[0] ?? String(err)})`;
    return {
      urls: [],
      result: check({
        ...base,
        status: forbidden ? 'fail' : 'warn',
        message: msg,
        fix: forbidden
          ? 'grant list/watch on discovery.k8s.io endpointslices to the gateway ServiceAccount (deploy/kubernetes/base/rbac.yaml)'
          : 'run doctor where the gateway runs (kubectl exec … switchyard doctor) to check discovery from there',
        duration_ms: elapsed(t0),
        data: { namespace, service: k.service, server },
      }),
    };
  }
  const slices = items.map(parseEndpointSlice);
  const s = summarizeSlices(slices, k.port_name, k.scheme);
  const data = { namespace, service: k.service, port_name: k.port_name, slices: slices.length, routable: s.urls, not_ready: s.notReady, terminating: s.terminating, port_mismatch: s.portMismatch };
  const done = (status: 'pass' | 'fail', message: string, fix?: string) => ({ urls: s.urls, result: check({ ...base, status, message, fix, duration_ms: elapsed(t0), data }) });
  if (slices.length === 0) {
    return done('fail', `no EndpointSlices for Service ${where}`, `check the Service exists (kubectl -n ${namespace} get svc ${k.service}); a Service without a selector needs an EndpointSlice labelled kubernetes.io/service-name=${k.service}`);
  }
  if (s.urls.length === 0 && s.portMismatch.length > 0) {
    const names = [...new Set(s.portMismatch.flatMap((m) => m.ports))].map((p) => `"${p}"`).join(', ');
    return done('fail', `EndpointSlice ports of ${where} are named ${names}, none "${k.port_name}"`, 'Services and EndpointSlices match ports by name: make port_name, the Service port name and the slice port name the same');
  }
  if (s.urls.length === 0) {
    return done('fail', `no ready endpoint for ${where} (${s.notReady} not ready, ${s.terminating} terminating)`, `check the pods: kubectl -n ${namespace} get pods,endpointslices -l kubernetes.io/service-name=${k.service}`);
  }
  return done('pass', `${where}: ${s.urls.length} ready (${s.notReady} not ready, ${s.terminating} terminating)`);
}
