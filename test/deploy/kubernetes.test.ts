import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfigFile, parseConfigText, type Config } from '../../src/config/load.js';
import { startGateway } from '../../src/gateway.js';
import { loadParams } from '../../scripts/observability/params.js';
import { inRepo, RENDERED } from '../../scripts/observability/paths.js';
import { renderAll } from '../../scripts/observability/render.js';
import {
  exists,
  K8S,
  loadDocs,
  loadYaml,
  parseDocs,
  readText,
  REPO,
  rel,
  selects,
  type Deployment,
  type EndpointSlice,
  type K8sObject,
  type Kustomization,
  type PrometheusRule,
  type RuleGroup,
  type Service,
  type ServiceMonitor,
} from './manifests.js';

interface Tree {
  objects: K8sObject[];
  /** ConfigMap generator files by ConfigMap name; a later `behavior: replace` wins. */
  configFiles: Map<string, string>;
}

/** Reads a kustomization like kustomize would (resources, bases, generators), asserting every path exists. */
function collect(dir: string): Tree {
  const kfile = join(dir, 'kustomization.yaml');
  assert.ok(exists(kfile), `${kfile} exists`);
  const k = loadYaml<Kustomization>(kfile);
  const tree: Tree = { objects: [], configFiles: new Map() };
  for (const r of [...(k.bases ?? []), ...(k.resources ?? [])]) {
    const p = rel(kfile, r);
    assert.ok(exists(p), `${kfile} references ${r}, which exists`);
    if (statSync(p).isDirectory()) {
      const sub = collect(p);
      tree.objects.push(...sub.objects);
      for (const [n, f] of sub.configFiles) tree.configFiles.set(n, f);
    } else {
      tree.objects.push(...loadDocs<K8sObject>(p));
    }
  }
  for (const g of k.configMapGenerator ?? []) {
    for (const f of g.files ?? []) {
      const p = rel(kfile, f);
      assert.ok(exists(p), `${kfile} generates ${g.name} from ${f}, which exists`);
      tree.configFiles.set(g.name, p);
    }
  }
  return tree;
}

const of = <T extends K8sObject>(objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind) as T[];
const one = <T extends K8sObject>(objects: K8sObject[], kind: string, name?: string) => {
  const found = of<T>(objects, kind).filter((o) => name === undefined || o.metadata.name === name);
  assert.equal(found.length, 1, `exactly one ${kind}${name ? ` ${name}` : ''}`);
  return found[0]!;
};

const base = collect(join(K8S, 'base'));
const overlay = collect(join(K8S, 'overlays/example'));

async function gatewayConfig(tree: Tree): Promise<Config> {
  const file = tree.configFiles.get('switchyard-config');
  assert.ok(file, 'a switchyard-config ConfigMap is generated');
  return loadConfigFile(file);
}

test('every kustomization and ConfigMap file reference exists, every manifest parses', () => {
  assert.ok(base.objects.length >= 10);
  for (const o of [...base.objects, ...overlay.objects]) {
    assert.ok(o.apiVersion && o.kind && o.metadata?.name, `complete object: ${JSON.stringify(o).slice(0, 80)}`);
  }
  const kinds = new Set(base.objects.map((o) => o.kind));
  for (const k of ['Namespace', 'ServiceAccount', 'Role', 'RoleBinding', 'Deployment', 'Service', 'ServiceMonitor', 'PrometheusRule', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'NetworkPolicy']) {
    assert.ok(kinds.has(k), `base has a ${k}`);
  }
});

test('Namespace enforces Pod Security restricted; the pod satisfies it', () => {
  const ns = one<K8sObject>(base.objects, 'Namespace');
  assert.equal(ns.metadata.labels?.['pod-security.kubernetes.io/enforce'], 'restricted');
  const pod = one<Deployment>(base.objects, 'Deployment').spec.template.spec;
  assert.equal(pod.securityContext?.runAsNonRoot, true);
  assert.ok((pod.securityContext?.runAsUser ?? 0) > 0);
  assert.equal(pod.securityContext?.seccompProfile?.type, 'RuntimeDefault');
  assert.ok(!pod.hostNetwork);
  for (const v of pod.volumes ?? []) assert.ok(!v.hostPath, `volume ${v.name} is not a hostPath`);
  for (const c of pod.containers) {
    const sc = c.securityContext!;
    assert.equal(sc.allowPrivilegeEscalation, false);
    assert.equal(sc.readOnlyRootFilesystem, true);
    assert.equal(sc.runAsNonRoot, true);
    assert.deepEqual(sc.capabilities?.drop, ['ALL']);
    assert.ok(!sc.capabilities?.add?.length && !sc.privileged);
    assert.ok(c.resources?.requests?.cpu && c.resources.requests.memory && c.resources.limits?.memory, 'resources set');
  }
});

test('probes hit real gateway routes on the named port; metrics port and path are served', async () => {
  const dep = one<Deployment>(base.objects, 'Deployment');
  const c = dep.spec.template.spec.containers[0]!;
  const config = await gatewayConfig(base);
  const port = (name: string | number) => c.ports.find((p) => p.name === name)?.containerPort;
  assert.equal(c.readinessProbe.httpGet.path, '/readyz');
  assert.equal(c.livenessProbe.httpGet.path, '/healthz');
  assert.equal(c.readinessProbe.httpGet.port, 'http');
  assert.equal(c.livenessProbe.httpGet.port, 'http');
  assert.equal(port('http'), config.server.port);
  assert.equal(port('metrics'), config.metrics.port);
  assert.equal(config.server.host, '0.0.0.0');
  assert.equal(config.metrics.host, '0.0.0.0');
  assert.equal(c.env?.find((e) => e.name === 'SWITCHYARD_CONFIG')?.value, '/etc/switchyard/config.yaml');
  const mount = c.volumeMounts?.find((m) => m.mountPath === '/etc/switchyard');
  assert.equal(dep.spec.template.spec.volumes?.find((v) => v.name === mount?.name)?.configMap?.name, 'switchyard-config');

  // The same paths against a running gateway with this config (loopback, ephemeral ports).
  const local = parseConfigText(
    readText(base.configFiles.get('switchyard-config')!).replace(/host: 0\.0\.0\.0/g, 'host: 127.0.0.1').replace(/port: (8080|9190)/g, 'port: 0'),
    'k8s-base-config',
  );
  const gw = await startGateway({ config: local, log: pino({ level: 'silent' }) });
  try {
    for (const probe of [c.readinessProbe, c.livenessProbe]) {
      const r = await fetch(`${gw.url}${probe.httpGet.path}`);
      assert.equal(r.status, 200, `${probe.httpGet.path} answers 200`);
    }
    const sm = one<ServiceMonitor>(base.objects, 'ServiceMonitor');
    const r = await fetch(`${gw.metricsUrl}${sm.spec.endpoints[0]!.path}`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /^llm_/m);
  } finally {
    await gw.close();
  }
});

test('Service selects the pods, its named targetPorts exist, ServiceMonitor ports exist on the Service', () => {
  const dep = one<Deployment>(base.objects, 'Deployment');
  const podLabels = dep.spec.template.metadata.labels;
  assert.ok(selects(dep.spec.selector.matchLabels, podLabels));
  const svc = one<Service>(base.objects, 'Service', 'switchyard');
  assert.notEqual(svc.spec.clusterIP, 'None', 'not headless: a headless Service ignores targetPort');
  assert.ok(selects(svc.spec.selector!, podLabels));
  const containerPorts = dep.spec.template.spec.containers[0]!.ports.map((p) => p.name);
  for (const p of svc.spec.ports) {
    assert.ok(p.name, 'every Service port is named');
    assert.ok(typeof p.targetPort !== 'string' || containerPorts.includes(p.targetPort), `targetPort ${p.targetPort} is a container port name`);
  }
  for (const tree of [base, overlay]) {
    const sm = one<ServiceMonitor>(tree.objects, 'ServiceMonitor');
    const selected = of<Service>(tree.objects, 'Service').filter((s) => selects(sm.spec.selector.matchLabels, s.metadata.labels));
    assert.deepEqual(selected.map((s) => s.metadata.name), ['switchyard'], 'the ServiceMonitor selects the gateway Service only');
    for (const e of sm.spec.endpoints) assert.ok(selected[0]!.spec.ports.some((p) => p.name === e.port), `ServiceMonitor port ${e.port} exists on the Service`);
  }
  const rules = readText(join(REPO, 'deploy/observability/prometheus/rules/switchyard-alerts.yml'));
  assert.match(rules, /job="switchyard"/, 'the rules select job="switchyard": the Service name, which the ServiceMonitor uses as job');
});

test('graceful shutdown: grace period > preStop sleep + drain timeout', async () => {
  const pod = one<Deployment>(base.objects, 'Deployment').spec.template.spec;
  const config = await gatewayConfig(base);
  const pre = pod.containers[0]!.lifecycle?.preStop;
  const sleepS = pre?.sleep?.seconds ?? Number(pre?.exec?.command.at(-1));
  assert.ok(sleepS > 0, 'preStop sleeps');
  assert.equal(config.server.drain_timeout_ms, 30_000);
  assert.ok(pod.terminationGracePeriodSeconds! * 1000 > sleepS * 1000 + config.server.drain_timeout_ms);
});

test('RBAC, HPA, PDB and NetworkPolicy refer to the real Deployment, ServiceAccount and port names', () => {
  const dep = one<Deployment>(base.objects, 'Deployment');
  const podLabels = dep.spec.template.metadata.labels;
  const role = one<K8sObject & { rules: Array<{ apiGroups: string[]; resources: string[]; verbs: string[] }> }>(base.objects, 'Role');
  const rule = role.rules.find((r) => r.apiGroups.includes('discovery.k8s.io') && r.resources.includes('endpointslices'));
  assert.ok(rule && rule.verbs.includes('list') && rule.verbs.includes('watch'));
  const rb = one<K8sObject & { roleRef: { name: string }; subjects: Array<{ kind: string; name: string }> }>(base.objects, 'RoleBinding');
  assert.equal(rb.roleRef.name, role.metadata.name);
  assert.deepEqual(rb.subjects.map((s) => `${s.kind}/${s.name}`), [`ServiceAccount/${dep.spec.template.spec.serviceAccountName}`]);
  one<K8sObject>(base.objects, 'ServiceAccount', dep.spec.template.spec.serviceAccountName);

  const hpa = one<K8sObject & { spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number } }>(base.objects, 'HorizontalPodAutoscaler');
  assert.deepEqual([hpa.spec.scaleTargetRef.kind, hpa.spec.scaleTargetRef.name], ['Deployment', dep.metadata.name]);
  const pdb = one<K8sObject & { spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } } }>(base.objects, 'PodDisruptionBudget');
  assert.ok(selects(pdb.spec.selector.matchLabels, podLabels));
  assert.ok(pdb.spec.minAvailable < hpa.spec.minReplicas, 'a PDB that allows no eviction blocks node drains');
  const np = one<K8sObject & { spec: { podSelector: { matchLabels: Record<string, string> }; ingress: Array<{ ports: Array<{ port: string | number }> }> } }>(base.objects, 'NetworkPolicy');
  assert.ok(selects(np.spec.podSelector.matchLabels, podLabels));
  const names = dep.spec.template.spec.containers[0]!.ports.map((p) => p.name);
  const allowed = np.spec.ingress.flatMap((i) => i.ports.map((p) => p.port));
  assert.deepEqual([...allowed].sort(), [...names].sort(), 'ingress allows exactly the API and metrics ports');
});

test('the PrometheusRule kustomize applies is a fresh observability render (run: npx tsx scripts/render-rules.ts)', () => {
  const fresh = renderAll(loadParams());
  const text = fresh.get(RENDERED.prometheusRule);
  assert.ok(text, 'the observability render writes the PrometheusRule');
  assert.equal(readText(inRepo(RENDERED.prometheusRule)), text, `${RENDERED.prometheusRule} is stale`);
  // The base reads that very file, and it carries the groups Compose's Prometheus loads.
  const pr = one<PrometheusRule>(base.objects, 'PrometheusRule');
  assert.deepEqual(pr, parseDocs<PrometheusRule>(text)[0]);
  const ruleFiles = [RENDERED.recordingRules, RENDERED.alertRules].map((f) => parseDocs<{ groups: RuleGroup[] }>(fresh.get(f)!)[0]!.groups);
  assert.deepEqual(pr.spec.groups, ruleFiles.flat());
});

test('example overlay: remote vLLM Service + EndpointSlice with matching port names, used by the config', async () => {
  const config = await gatewayConfig(overlay);
  const entries = config.models.flatMap((m) => m.endpoints.filter((e) => e.kubernetes).map((e) => e.kubernetes!));
  assert.ok(entries.length > 0, 'the example uses kubernetes discovery');
  for (const k of entries) {
    const svc = one<Service>(overlay.objects, 'Service', k.service);
    assert.notEqual(svc.spec.clusterIP, 'None');
    assert.ok(svc.spec.ports.some((p) => p.name === k.port_name), `Service ${k.service} has a port named ${k.port_name}`);
    const slices = of<EndpointSlice>(overlay.objects, 'EndpointSlice').filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === k.service);
    assert.ok(slices.length > 0, `an EndpointSlice belongs to ${k.service}`);
    for (const s of slices) {
      for (const p of s.ports) assert.ok(svc.spec.ports.some((sp) => sp.name === p.name), `slice port ${p.name} matches a Service port by name`);
      assert.ok(s.ports.some((p) => p.name === k.port_name));
      assert.notEqual(s.metadata.labels?.['endpointslice.kubernetes.io/managed-by'], 'endpointslice-controller.k8s.io');
      for (const e of s.endpoints) for (const a of e.addresses) assert.match(a, /^192\.0\.2\./, 'documentation addresses only');
    }
  }
});

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const noKubectl = kubectl.error ? 'kubectl is not installed (Debian: kubernetes-client)' : undefined;
if (noKubectl && process.env.CI === 'true') throw new Error(`CI needs kubectl to render the kustomization: ${noKubectl}`);

test('kubectl kustomize renders the example overlay offline', { skip: noKubectl ?? false }, () => {
  const r = spawnSync('kubectl', ['kustomize', join(K8S, 'overlays/example')], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  const objects = parseDocs<K8sObject>(r.stdout);
  const cm = one<K8sObject & { data: Record<string, string> }>(objects, 'ConfigMap');
  assert.match(cm.metadata.name, /^switchyard-config-[a-z0-9]+$/, 'hashed name: a config change rolls the pods');
  assert.equal(cm.data['config.yaml'], readText(overlay.configFiles.get('switchyard-config')!));
  const dep = one<Deployment>(objects, 'Deployment');
  assert.equal(dep.spec.template.spec.volumes?.find((v) => v.configMap)?.configMap?.name, cm.metadata.name);
  assert.equal(dep.spec.template.spec.containers[0]!.image, 'registry.example.com/switchyard:0.1.0');
  for (const o of objects) {
    if (o.kind === 'Namespace') continue;
    assert.equal(o.metadata.namespace, 'switchyard', `${o.kind}/${o.metadata.name} is namespaced`);
  }
  assert.deepEqual(one<PrometheusRule>(objects, 'PrometheusRule').spec.groups, one<PrometheusRule>(base.objects, 'PrometheusRule').spec.groups);
});
