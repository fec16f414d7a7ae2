import { describeEnvironment } from './container.js';
import type { CheckId, CheckResult, CheckStatus, DoctorReport } from './report.js';

export const SYMBOLS: Record<CheckStatus, string> = { pass: '✓', fail: '✗', warn: '!' };

const LABELS: Record<CheckId, string> = {
  'config.load': 'config',
  'config.listen.server': 'listen',
  'config.listen.metrics': 'listen',
  'environment.loopback': 'container',
  'endpoint.dns': 'dns',
  'endpoint.tcp': 'tcp',
  'endpoint.http.health': 'health',
  'endpoint.http.models': 'models',
  'endpoint.latency': 'latency',
  'kubernetes.endpointslices': 'slices',
  'gateway.healthz': 'healthz',
  'gateway.readyz': 'readyz',
  'gateway.metrics': 'metrics',
  'prometheus.target': 'target',
  'prometheus.series': 'series',
};

function heading(c: CheckResult): string {
  switch (c.section) {
    case 'config':
      return 'Config';
    case 'gateway':
      return 'Gateway';
    case 'prometheus':
      return 'Prometheus';
    default:
      return `Model ${c.model ?? '?'} · ${c.target ?? ''}`.trimEnd();
  }
}

/** The human checklist: one line per check, a fix line under every ✗ and !. */
export function formatReport(r: DoctorReport): string {
  const lines: string[] = [`switchyard doctor · config ${r.config ?? '(none)'} · ${describeEnvironment(r.environment)}`];
  let current = '';
  for (const c of r.checks) {
    const h = heading(c);
    if (h !== current) {
      lines.push('', h);
      current = h;
    }
    const label = LABELS[c.id].padEnd(9);
    lines.push(`  ${SYMBOLS[c.status]} ${label} ${c.message}`);
    if (c.fix) lines.push(`    ${' '.repeat(10)}fix: ${c.fix}`);
  }
  const s = r.summary;
  lines.push('', `${SYMBOLS.pass} ${s.pass} passed · ${SYMBOLS.warn} ${s.warn} warning${s.warn === 1 ? '' : 's'} · ${SYMBOLS.fail} ${s.fail} failed — ${r.ok ? 'OK' : 'PROBLEMS FOUND'}`);
  return `${lines.join('\n')}\n`;
}
