import type { Config } from '../config/load.js';
import { check, type CheckResult, type EnvironmentInfo } from './report.js';
import { isLoopbackHost } from './routes.js';

export function checkConfigLoaded(config: Config): CheckResult {
  const endpoints = config.models.reduce((n, m) => n + m.endpoints.length, 0);
  return check({
    id: 'config.load',
    section: 'config',
    status: 'pass',
    message: `${config.source}: ${config.models.length} model(s), ${endpoints} endpoint entr${endpoints === 1 ? 'y' : 'ies'}`,
    data: { source: config.source, models: config.models.map((m) => m.name) },
  });
}

export function checkConfigError(source: string, err: unknown): CheckResult {
  const problems = (err as { problems?: readonly string[] }).problems ?? [];
  const first = problems[0] ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));
  return check({
    id: 'config.load',
    section: 'config',
    status: 'fail',
    message: `cannot load ${source}: ${first}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`,
    fix: 'fix the config (`switchyard serve --config FILE` prints every problem with its key path)',
    data: { problems },
  });
}

/** A gateway bound to loopback answers its own health checks but nobody else's requests. */
export function checkListenAddresses(config: Config, env: EnvironmentInfo): CheckResult[] {
  const out: CheckResult[] = [];
  const listeners: Array<{ key: 'server' | 'metrics'; host: string; port: number; what: string }> = [{ key: 'server', ...config.server, what: 'API' }];
  if (config.metrics.enabled) listeners.push({ key: 'metrics', ...config.metrics, what: 'metrics endpoint' });
  for (const l of listeners) {
    const at = `${l.host}:${l.port}`;
    const base = { id: `config.listen.${l.key}` as const, section: 'config' as const, target: at, data: { host: l.host, port: l.port } };
    if (isLoopbackHost(l.host)) {
      const who = env.container ? 'nothing outside this container (not the published port, not Prometheus) can reach it' : 'only this machine can reach it';
      out.push(check({ ...base, status: 'warn', message: `the ${l.what} listens on ${at}: ${who}`, fix: `set ${l.key}.host: 0.0.0.0` }));
    } else {
      out.push(check({ ...base, status: 'pass', message: `the ${l.what} listens on ${at}` }));
    }
  }
  return out;
}
