import { connect } from 'node:net';
import { check, type CheckResult, type CheckScope, type EnvironmentInfo } from './report.js';
import { isLoopbackHost } from './routes.js';

export type TcpOutcomeKind = 'connected' | 'refused' | 'timeout' | 'unreachable' | 'error';

export interface TcpOutcome {
  address: string;
  port: number;
  kind: TcpOutcomeKind;
  ms: number;
  code: string | null;
}

const hostPort = (address: string, port: number) => (address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`);

/** One connect attempt with our own deadline: the OS default is minutes. */
export function tcpConnect(address: string, port: number, timeoutMs: number): Promise<TcpOutcome> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, autoSelectFamily: false });
    const done = (kind: TcpOutcomeKind, code: string | null) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ address, port, kind, ms: Math.round(performance.now() - t0), code });
    };
    const timer = setTimeout(() => done('timeout', 'ETIMEDOUT'), timeoutMs);
    socket.once('connect', () => done('connected', null));
    socket.once('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ?? 'ERROR';
      if (code === 'ECONNREFUSED') done('refused', code);
      else if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') done('unreachable', code);
      else if (code === 'ETIMEDOUT') done('timeout', code);
      else done('error', code);
    });
  });
}

function explain(o: TcpOutcome, host: string, env: EnvironmentInfo, timeoutMs: number): { message: string; fix: string } {
  const at = hostPort(o.address, o.port);
  const inContainer = env.container && isLoopbackHost(host);
  switch (o.kind) {
    case 'refused':
      return {
        message: `nothing listening at ${at}: is the server bound to 127.0.0.1 or another port?`,
        fix: inContainer
          ? `${host} inside a container is the container itself: point at the host (host.docker.internal or ${env.default_gateway ?? 'the default gateway'}) and bind the server to 0.0.0.0`
          : `start the server with --host 0.0.0.0 (vLLM: vllm serve MODEL --host 0.0.0.0 --port ${o.port}) and check the port`,
      };
    case 'timeout':
      return {
        message: `no answer from ${at} within ${timeoutMs} ms: packets dropped: firewall or security group?`,
        fix: `allow TCP ${o.port} from this host (host firewall, cloud security group, Kubernetes NetworkPolicy) and check the address is on a network this host reaches`,
      };
    case 'unreachable':
      return {
        message: `no route to ${at} (${o.code}): wrong network or address?`,
        fix: 'check the address and this host\'s routes (ip route); containers only reach networks they are attached to',
      };
    default:
      return { message: `cannot connect to ${at} (${o.code})`, fix: 'check the address and port' };
  }
}

/**
 * TCP connect to every address a name resolved to (as a client with happy-eyeballs would try
 * them). All fail → fail with the most telling hint; some fail → warn, because clients that try
 * only the first address (or only one family) will see the failure.
 */
export async function checkTcp(
  host: string,
  addresses: readonly string[],
  port: number,
  scope: CheckScope,
  opts: { timeoutMs: number; env: EnvironmentInfo },
): Promise<{ result: CheckResult; connected: boolean; connectMs: number | null }> {
  const outcomes = await Promise.all(addresses.map((a) => tcpConnect(a, port, opts.timeoutMs)));
  const ok = outcomes.filter((o) => o.kind === 'connected');
  const bad = outcomes.filter((o) => o.kind !== 'connected');
  const data = { outcomes: outcomes.map((o) => ({ address: o.address, port: o.port, outcome: o.kind, ms: o.ms, code: o.code })) };
  const duration_ms = Math.max(0, ...outcomes.map((o) => o.ms));
  const base = { id: 'endpoint.tcp' as const, section: 'endpoint' as const, ...scope, duration_ms, data };
  const connectMs = ok.length ? Math.min(...ok.map((o) => o.ms)) : null;
  if (bad.length === 0) {
    const at = ok.map((o) => hostPort(o.address, o.port)).join(', ');
    return { connected: true, connectMs, result: check({ ...base, status: 'pass', message: `connected to ${at} in ${Math.max(...ok.map((o) => o.ms))} ms` }) };
  }
  // The most actionable failure first: a refusal says more than a timeout on another family.
  const rank: Record<TcpOutcomeKind, number> = { refused: 0, timeout: 1, unreachable: 2, error: 3, connected: 4 };
  const worst = [...bad].sort((x, y) => rank[x.kind] - rank[y.kind])[0]!;
  const { message, fix } = explain(worst, host, opts.env, opts.timeoutMs);
  if (ok.length > 0) {
    return {
      connected: true,
      connectMs,
      result: check({ ...base, status: 'warn', message: `${ok.length} of ${outcomes.length} addresses connect; ${message}`, fix: `use an address that answers (${ok[0]!.address}) in the URL, or ${fix}` }),
    };
  }
  return { connected: false, connectMs, result: check({ ...base, status: 'fail', message, fix }) };
}
