import { isIP } from 'node:net';
import type { KubeConfig } from '@kubernetes/client-node';
import { loadConfigFile, type Config, type ModelConfig } from '../config/load.js';
import type { EndpointConfig } from '../config/schema.js';
import { endpointUrl } from '../discovery/targets.js';
import { checkConfigError, checkConfigLoaded, checkListenAddresses } from './config-checks.js';
import { checkLoopbackInContainer, detectEnvironment } from './container.js';
import { checkDnsDiscovery, checkHostDns, defaultDnsDeps, type DnsCheckDeps } from './dns.js';
import { checkGateway, deriveMetricsUrl } from './gateway.js';
import { createProbeAgent, type HttpProbeOptions } from './http-get.js';
import { checkHealth, checkLatency, checkModels } from './http.js';
import { checkPrometheus } from './prometheus.js';
import { check, DOCTOR_SCHEMA, summarize, type CheckResult, type CheckScope, type DoctorReport, type EnvironmentInfo } from './report.js';
import { checkTcp } from './tcp.js';

export interface DoctorOptions {
  /** An already loaded config (the gateway's own, for GET /api/v1/doctor). */
  config?: Config;
  /** Or a file to load; a load error becomes a failed check, not an exception. */
  configPath?: string;
  gatewayUrl?: string;
  /** Default: the gateway URL's host with the config's metrics port (9190). */
  metricsUrl?: string;
  prometheusUrl?: string;
  /** Job label of the gateway's scrape target (Compose job name / Service name). */
  prometheusJob?: string;
  connectTimeoutMs?: number;
  httpTimeoutMs?: number;
  latencyWarnMs?: number;
  /** Addresses probed per DNS name or Service; the rest are only counted. */
  maxAddresses?: number;
  environment?: EnvironmentInfo;
  dns?: Partial<DnsCheckDeps>;
  kubeConfig?: KubeConfig;
  namespaceFile?: string;
  env?: NodeJS.ProcessEnv;
}

interface RunContext {
  env: EnvironmentInfo;
  dns: DnsCheckDeps;
  http: HttpProbeOptions;
  connectTimeoutMs: number;
  latencyWarnMs: number;
  maxAddresses: number;
  vars: NodeJS.ProcessEnv;
}

/** DNS → TCP → HTTP /health and /v1/models → latency for one replica URL; stops at the first hard failure. */
async function probeUrl(url: string, model: ModelConfig, ctx: RunContext): Promise<CheckResult[]> {
  const u = new URL(url);
  const scope: CheckScope = { model: model.name, target: u.origin };
  const out: CheckResult[] = [];
  const loop = checkLoopbackInContainer(u, scope, ctx.env);
  if (loop) out.push(loop);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  let addresses = [host];
  if (!isIP(host)) {
    const dns = await checkHostDns(host, scope, ctx.dns);
    out.push(dns.result);
    if (dns.addresses.length === 0) return out;
    addresses = dns.addresses.slice(0, ctx.maxAddresses);
  }
  const tcp = await checkTcp(host, addresses, port, scope, { timeoutMs: ctx.connectTimeoutMs, env: ctx.env });
  out.push(tcp.result);
  if (!tcp.connected) return out;
  const key = model.api_key_env ? ctx.vars[model.api_key_env] : undefined;
  const http = key ? { ...ctx.http, headers: { authorization: `Bearer ${key}` } } : ctx.http;
  const health = await checkHealth(u.origin, model.health_check.path, scope, http);
  const models = await checkModels(u.origin, model.name, scope, http);
  out.push(health.result, models.result);
  out.push(checkLatency({ connect_ms: tcp.connectMs, health_ms: health.ms, models_ms: models.ms }, ctx.latencyWarnMs, scope));
  return out;
}

async function probeEntry(model: ModelConfig, entry: EndpointConfig, ctx: RunContext, kube: Pick<DoctorOptions, 'kubeConfig' | 'namespaceFile'>): Promise<CheckResult[]> {
  if (entry.url) return probeUrl(entry.url, model, ctx);
  let urls: string[];
  let first: CheckResult;
  if (entry.dns) {
    const scope = { model: model.name, target: `dns:${entry.dns.name}:${entry.dns.port}` };
    const r = await checkDnsDiscovery(entry.dns, scope, ctx.dns);
    first = r.result;
    urls = r.addresses.map((a) => endpointUrl(entry.dns!.scheme, a, entry.dns!.port));
  } else {
    const k = entry.kubernetes!;
    const scope = { model: model.name, target: `k8s:${k.namespace ?? ''}/${k.service}/${k.port_name}` };
    // Loaded only when a Kubernetes entry exists: the client costs ~0.4 s to import.
    const { checkKubernetesEntry } = await import('./kubernetes.js');
    const r = await checkKubernetesEntry(k, scope, kube);
    first = r.result;
    urls = r.urls;
  }
  const probed = await Promise.all(urls.slice(0, ctx.maxAddresses).map((u) => probeUrl(u, model, ctx)));
  return [first, ...probed.flat()];
}

/** Runs tasks with bounded concurrency, results in task order. */
async function inOrder<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/**
 * Every check doctor knows, without needing a running gateway. Never throws for what it finds:
 * problems are checks with status `fail` or `warn`.
 */
export async function runDoctor(opts: DoctorOptions = {}): Promise<DoctorReport> {
  const t0 = performance.now();
  const env = opts.environment ?? detectEnvironment();
  const connectTimeoutMs = opts.connectTimeoutMs ?? 3_000;
  const agent = createProbeAgent(connectTimeoutMs);
  const ctx: RunContext = {
    env,
    dns: { ...defaultDnsDeps(), ...opts.dns },
    http: { agent, timeoutMs: opts.httpTimeoutMs ?? 5_000 },
    connectTimeoutMs,
    latencyWarnMs: opts.latencyWarnMs ?? 1_000,
    maxAddresses: opts.maxAddresses ?? 8,
    vars: opts.env ?? process.env,
  };
  const checks: CheckResult[] = [];
  let config = opts.config;
  try {
    if (!config && opts.configPath) {
      try {
        config = await loadConfigFile(opts.configPath);
      } catch (err) {
        checks.push(checkConfigError(opts.configPath, err));
      }
    }
    if (config) {
      checks.push(checkConfigLoaded(config), ...checkListenAddresses(config, env));
      const cfg = config;
      const tasks = cfg.models.flatMap((m) => m.endpoints.map((e) => () => probeEntry(m, e, ctx, opts)));
      checks.push(...(await inOrder(tasks, 8)).flat());
    } else if (!opts.configPath && !opts.gatewayUrl && !opts.prometheusUrl) {
      checks.push(
        check({
          id: 'config.load',
          section: 'config',
          status: 'warn',
          message: 'no config given: nothing to check',
          fix: 'pass --config FILE (or set SWITCHYARD_CONFIG) to check every configured replica; --gateway URL to check a running gateway',
        }),
      );
    }
    if (opts.gatewayUrl) {
      const metricsUrl = opts.metricsUrl ?? deriveMetricsUrl(opts.gatewayUrl, config?.metrics.port ?? 9190);
      checks.push(...(await checkGateway(opts.gatewayUrl, metricsUrl, ctx.http)));
    }
    if (opts.prometheusUrl) checks.push(...(await checkPrometheus(opts.prometheusUrl, opts.prometheusJob ?? 'switchyard', ctx.http)));
  } finally {
    await agent.close().catch(() => agent.destroy());
  }
  const summary = summarize(checks);
  return {
    schema: DOCTOR_SCHEMA,
    ok: summary.fail === 0,
    generated_at: new Date().toISOString(),
    duration_ms: Math.round(performance.now() - t0),
    config: config?.source ?? opts.configPath ?? null,
    environment: env,
    summary,
    checks,
  };
}
