import type { DoctorReport, EnvironmentInfo } from '../../src/doctor/report.js';

export const HOST_ENV: EnvironmentInfo = { container: false, kind: null, evidence: null, default_gateway: null };
export const DOCKER_ENV: EnvironmentInfo = { container: true, kind: 'docker', evidence: '/.dockerenv', default_gateway: '172.17.0.1' };

export function byId(report: DoctorReport, id: string) {
  return report.checks.filter((c) => c.id === id);
}

export function statuses(report: DoctorReport): Record<string, string> {
  return Object.fromEntries(report.checks.map((c) => [`${c.id} ${c.target ?? ''}`.trim(), c.status]));
}
