import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { loadConfigFile, type Config } from '../../src/config/load.js';
import { COMPOSE, exists, loadYaml, REPO, rel } from './manifests.js';

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile?: string };
  command?: string[];
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  extra_hosts?: string[];
  profiles?: string[];
  depends_on?: unknown;
  healthcheck?: { test: string[] };
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}
interface PromConfig {
  global: Record<string, string>;
  rule_files: string[];
  alerting: { alertmanagers: Array<{ static_configs: Array<{ targets: string[] }> }> };
  scrape_configs: Array<{ job_name: string; static_configs: Array<{ targets: string[] }> }>;
}

const baseFile = join(COMPOSE, 'compose.yaml');
const overrideFile = join(COMPOSE, 'compose.host-vllm.yaml');
const compose = loadYaml<ComposeFile>(baseFile);
const override = loadYaml<ComposeFile>(overrideFile);
const services = compose.services;

/** Bind mounts as {source (absolute host path), target}; named volumes are skipped. */
function binds(file: string, svc: ComposeService | undefined): Array<{ source: string; target: string }> {
  return (svc?.volumes ?? [])
    .map((v) => v.split(':'))
    .filter(([src]) => src!.startsWith('.') || src!.startsWith('/'))
    .map(([src, target]) => ({ source: rel(file, src!), target: target! }));
}

/** Where a path inside a container comes from on the host, through the bind mounts. */
function hostPath(mounts: Array<{ source: string; target: string }>, containerPath: string): string | undefined {
  const m = mounts
    .filter((b) => containerPath === b.target || containerPath.startsWith(`${b.target}/`))
    .sort((a, b) => b.target.length - a.target.length)[0];
  return m && join(m.source, posix.relative(m.target, containerPath));
}

function flag(cmd: string[] | undefined, name: string): string | undefined {
  const i = cmd?.indexOf(name) ?? -1;
  return i >= 0 ? cmd![i + 1] : undefined;
}

const simulators = Object.entries(services).filter(([, s]) => s.command?.[0] === 'sim');
const gatewayConfig = (): Promise<Config> => loadConfigFile(hostPath(binds(baseFile, services.switchyard), '/etc/switchyard/config.yaml')!);

/** The port each service listens on inside the Compose network. */
async function listenPorts(): Promise<Map<string, number[]>> {
  const cfg = await gatewayConfig();
  const m = new Map<string, number[]>([
    ['switchyard', [cfg.server.port, cfg.metrics.port]],
    ['prometheus', [9090]],
    ['alertmanager', [9093]],
    ['grafana', [3000]],
  ]);
  for (const [name, s] of simulators) m.set(name, [Number(flag(s.command, '--port'))]);
  return m;
}

test('services: gateway, two simulator replicas of the same image, Prometheus, Alertmanager, Grafana', () => {
  for (const s of ['switchyard', 'prometheus', 'alertmanager', 'grafana']) assert.ok(services[s], `service ${s}`);
  assert.equal(simulators.length, 2);
  for (const [name, s] of simulators) {
    assert.equal(s.image, services.switchyard!.image, `${name} runs the gateway image`);
    assert.equal(flag(s.command, '--host'), '0.0.0.0', `${name} binds 0.0.0.0, not loopback`);
    assert.match(s.healthcheck!.test.join(' '), new RegExp(`127\\.0\\.0\\.1:${flag(s.command, '--port')}/health`));
  }
  assert.equal(services.switchyard!.depends_on, undefined, 'the gateway does not wait for replicas');
  const build = services.switchyard!.build!;
  assert.ok(exists(join(rel(baseFile, build.context), build.dockerfile ?? 'Dockerfile')), 'build context has the Dockerfile');
});

test('ports are published (not only exposed) for API, metrics, Prometheus, Alertmanager and Grafana', async () => {
  const listen = await listenPorts();
  for (const name of ['switchyard', 'prometheus', 'alertmanager', 'grafana']) {
    const published = (services[name]!.ports ?? []).map((p) => Number(p.split(':').at(-1)));
    assert.deepEqual(published.sort(), [...listen.get(name)!].sort(), `${name} publishes ${listen.get(name)}`);
  }
  const cfg = await gatewayConfig();
  assert.equal(cfg.server.host, '0.0.0.0');
  assert.equal(cfg.metrics.host, '0.0.0.0');
});

test('every file or directory Compose mounts or builds from exists', () => {
  for (const [file, doc] of [[baseFile, compose], [overrideFile, override]] as const) {
    for (const [name, svc] of Object.entries(doc.services)) {
      for (const b of binds(file, svc)) assert.ok(exists(b.source), `${name}: ${b.source} exists`);
    }
  }
  const rulesDir = hostPath(binds(baseFile, services.prometheus), '/etc/prometheus/rules')!;
  assert.ok(readdirSync(rulesDir).some((f) => f.endsWith('.yml')), 'the observability rules are mounted');
  const amConfig = flag(services.alertmanager!.command?.map((c) => c.split('=')).flat(), '--config.file')!;
  assert.ok(exists(hostPath(binds(baseFile, services.alertmanager), amConfig)!), 'alertmanager.yml is mounted');
});

test('gateway endpoints and Prometheus targets name real Compose services and their ports', async () => {
  const listen = await listenPorts();
  const cfg = await gatewayConfig();
  for (const m of cfg.models) {
    for (const e of m.endpoints) {
      const u = new URL(e.url!);
      const sim = simulators.find(([n]) => n === u.hostname);
      assert.ok(sim, `${e.url} is a simulator service`);
      assert.equal(Number(u.port), listen.get(u.hostname)![0]);
      assert.equal(flag(sim[1].command, '--model'), m.name, 'the simulator serves the configured model name');
    }
  }
  const promFile = hostPath(binds(baseFile, services.prometheus), '/etc/prometheus/prometheus.yml')!;
  const prom = loadYaml<PromConfig>(promFile);
  const targets = [
    ...prom.scrape_configs.flatMap((j) => j.static_configs.flatMap((s) => s.targets)),
    ...prom.alerting.alertmanagers.flatMap((a) => a.static_configs.flatMap((s) => s.targets)),
  ];
  for (const t of targets) {
    const [host, port] = t.split(':');
    assert.ok(listen.has(host!), `target ${t} is a Compose service`);
    assert.ok(listen.get(host!)!.includes(Number(port)), `target ${t} is a port ${host} listens on`);
  }
  const gatewayJob = prom.scrape_configs.find((j) => j.job_name === 'switchyard');
  assert.deepEqual(gatewayJob?.static_configs[0]?.targets, [`switchyard:${cfg.metrics.port}`]);
  // Rule files are relative to the config's directory inside the container.
  for (const glob of prom.rule_files) {
    const dir = hostPath(binds(baseFile, services.prometheus), posix.join('/etc/prometheus', posix.dirname(glob)))!;
    assert.ok(dir && statSync(dir).isDirectory(), `${glob} resolves to a mounted directory`);
  }
});

test('Compose prometheus.yml keeps the observability pack’s intervals, rule files and job names', () => {
  const ours = loadYaml<PromConfig>(join(COMPOSE, 'prometheus.yml'));
  const hostVllm = loadYaml<PromConfig>(join(COMPOSE, 'prometheus.host-vllm.yml'));
  const pack = loadYaml<PromConfig>(join(REPO, 'deploy/observability/prometheus/prometheus.yml'));
  for (const p of [ours, hostVllm]) {
    assert.deepEqual(p.global, pack.global);
    assert.deepEqual(p.rule_files, pack.rule_files);
    assert.deepEqual(p.scrape_configs.map((j) => j.job_name), pack.scrape_configs.map((j) => j.job_name));
  }
});

test('Grafana is provisioned from the observability pack and points at the Compose Prometheus', () => {
  const mounts = binds(baseFile, services.grafana);
  const dsDir = hostPath(mounts, '/etc/grafana/provisioning/datasources')!;
  const ds = readdirSync(dsDir).map((f) => loadYaml<{ datasources: Array<{ url: string; type: string }> }>(join(dsDir, f)));
  const prom = ds.flatMap((d) => d.datasources).find((d) => d.type === 'prometheus')!;
  const u = new URL(prom.url);
  assert.ok(services[u.hostname], `datasource host ${u.hostname} is a Compose service`);
  assert.ok((services[u.hostname]!.ports ?? []).some((p) => p.endsWith(`:${u.port}`)));
  const provDir = hostPath(mounts, '/etc/grafana/provisioning/dashboards')!;
  for (const f of readdirSync(provDir)) {
    const prov = loadYaml<{ providers: Array<{ options: { path: string } }> }>(join(provDir, f));
    for (const p of prov.providers) {
      const dir = hostPath(mounts, p.options.path);
      assert.ok(dir && readdirSync(dir).some((x) => x.endsWith('.json')), `dashboards at ${p.options.path} are mounted`);
    }
  }
});

test('host-vLLM override: host.docker.internal with host-gateway, config and scrape target replaced', async () => {
  const o = override.services;
  for (const s of ['switchyard', 'prometheus']) assert.ok(o[s]!.extra_hosts?.includes('host.docker.internal:host-gateway'), `${s} maps host.docker.internal`);
  const cfgPath = hostPath(binds(overrideFile, o.switchyard), '/etc/switchyard/config.yaml');
  assert.ok(cfgPath, 'the override mounts a config at the same path');
  const cfg = await loadConfigFile(cfgPath);
  for (const e of cfg.models.flatMap((m) => m.endpoints)) assert.equal(new URL(e.url!).hostname, 'host.docker.internal');
  const prom = loadYaml<PromConfig>(hostPath(binds(overrideFile, o.prometheus), '/etc/prometheus/prometheus.yml')!);
  const vllm = prom.scrape_configs.find((j) => j.job_name === 'vllm')!;
  assert.ok(vllm.static_configs.flatMap((s) => s.targets).every((t) => t.startsWith('host.docker.internal:')));
  for (const [name] of simulators) assert.ok(o[name]?.profiles?.length, `${name} is not started by default with the override`);
});
