/**
 * The doctor's output, CLI `--json` and `GET /api/v1/doctor` alike. The shape is versioned by
 * `schema` and documented in docs/doctor.md: every key is always present (null, not missing),
 * so scripts can rely on it.
 */
export const DOCTOR_SCHEMA = 'switchyard.doctor/v1';

export type CheckStatus = 'pass' | 'warn' | 'fail';

/** Every check doctor can emit; docs/doctor.md documents each (a test keeps them in step). */
export const CHECK_IDS = [
  'config.load',
  'config.listen.server',
  'config.listen.metrics',
  'environment.loopback',
  'endpoint.dns',
  'endpoint.tcp',
  'endpoint.http.health',
  'endpoint.http.models',
  'endpoint.latency',
  'kubernetes.endpointslices',
  'gateway.healthz',
  'gateway.readyz',
  'gateway.metrics',
  'prometheus.target',
  'prometheus.series',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export type CheckSection = 'config' | 'environment' | 'endpoint' | 'kubernetes' | 'gateway' | 'prometheus';

export interface CheckResult {
  /** Stable identifier of the kind of check, e.g. `endpoint.tcp`. */
  id: CheckId;
  section: CheckSection;
  status: CheckStatus;
  model: string | null;
  /** The URL or address checked, when the check is about one. */
  target: string | null;
  /** One line: what was found. */
  message: string;
  /** One line: what to do; null when the check passed. */
  fix: string | null;
  duration_ms: number;
  data: Record<string, unknown>;
}

export interface EnvironmentInfo {
  container: boolean;
  kind: 'docker' | 'podman' | 'kubernetes' | 'container' | null;
  /** Why we think so: the file or variable seen. */
  evidence: string | null;
  /** IPv4 default gateway: from a bridge-networked container, the host. */
  default_gateway: string | null;
}

export interface DoctorReport {
  schema: typeof DOCTOR_SCHEMA;
  ok: boolean;
  generated_at: string;
  duration_ms: number;
  config: string | null;
  environment: EnvironmentInfo;
  summary: Record<CheckStatus, number>;
  checks: CheckResult[];
}

export type CheckInit = Pick<CheckResult, 'id' | 'section' | 'status' | 'message'> & Partial<Omit<CheckResult, 'id' | 'section' | 'status' | 'message'>>;

export function check(init: CheckInit): CheckResult {
  return {
    id: init.id,
    section: init.section,
    status: init.status,
    model: init.model ?? null,
    target: init.target ?? null,
    message: init.message,
    fix: init.status === 'pass' ? null : (init.fix ?? null),
    duration_ms: Math.round(init.duration_ms ?? 0),
    data: init.data ?? {},
  };
}

/** Where a check is about: copied into every result of one endpoint. */
export interface CheckScope {
  model: string | null;
  target: string | null;
}

export function summarize(checks: readonly CheckResult[]): Record<CheckStatus, number> {
  const s: Record<CheckStatus, number> = { pass: 0, warn: 0, fail: 0 };
  for (const c of checks) s[c.status]++;
  return s;
}

export function elapsed(startedAt: number): number {
  return performance.now() - startedAt;
}
