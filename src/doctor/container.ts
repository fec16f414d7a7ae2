import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckResult, type CheckScope, type EnvironmentInfo } from './report.js';
import { defaultGatewayV4, isLoopbackHost } from './routes.js';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Container detection by the marks runtimes leave; `root` lets tests fake a filesystem. */
export function detectEnvironment(env: NodeJS.ProcessEnv = process.env, root = '/'): EnvironmentInfo {
  const gw = defaultGatewayV4(readText(join(root, 'proc/net/route')) || undefined);
  const found = (kind: EnvironmentInfo['kind'], evidence: string): EnvironmentInfo => ({ container: true, kind, evidence, default_gateway: gw });
  if (env.KUBERNETES_SERVICE_HOST) return found('kubernetes', 'KUBERNETES_SERVICE_HOST');
  if (existsSync(join(root, '.dockerenv'))) return found('docker', '/.dockerenv');
  if (existsSync(join(root, 'run/.containerenv'))) return found('podman', '/run/.containerenv');
  const cgroup = readText(join(root, 'proc/1/cgroup'));
  if (cgroup.includes('kubepods')) return found('kubernetes', '/proc/1/cgroup (kubepods)');
  const m = /(docker|containerd|libpod|lxc)/.exec(cgroup);
  if (m) return found('container', `/proc/1/cgroup (${m[1]})`);
  return { container: false, kind: null, evidence: null, default_gateway: gw };
}

export function describeEnvironment(e: EnvironmentInfo): string {
  if (!e.container) return `not in a container${e.default_gateway ? `, default gateway ${e.default_gateway}` : ''}`;
  return `in a container (${e.kind}, seen ${e.evidence})${e.default_gateway ? `, default gateway ${e.default_gateway}` : ''}`;
}

/**
 * `localhost` in a URL means "this network namespace". In a container that is the container,
 * not the machine vLLM runs on; in a pod it is the pod (right only for a sidecar).
 */
export function checkLoopbackInContainer(url: URL, scope: CheckScope, env: EnvironmentInfo): CheckResult | undefined {
  if (!env.container || !isLoopbackHost(url.hostname)) return undefined;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const base = { id: 'environment.loopback' as const, section: 'environment' as const, ...scope, data: { kind: env.kind, default_gateway: env.default_gateway } };
  if (env.kind === 'kubernetes') {
    return check({
      ...base,
      status: 'warn',
      message: `${url.hostname} inside a pod is the pod itself: right only if the model server is a sidecar in this pod`,
      fix: `otherwise use the model server's Service, e.g. http://vllm.<namespace>.svc.cluster.local:${port}`,
    });
  }
  const hostAddr = env.default_gateway ? `http://${env.default_gateway}:${port}` : null;
  return check({
    ...base,
    status: 'warn',
    message: `${url.hostname} inside a container is the container itself, not the host where the model server may run`,
    fix: `use http://host.docker.internal:${port} (Compose: extra_hosts: ["host.docker.internal:host-gateway"])${hostAddr ? ` or the host gateway ${hostAddr}` : ''}; the server on the host must listen on 0.0.0.0`,
  });
}
