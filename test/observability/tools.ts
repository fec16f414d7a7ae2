// Locating and running the Debian Prometheus/Alertmanager binaries from tests. A missing binary
// skips the test on a developer machine and fails it in CI (CI=true), where the suite promises
// those tools are installed.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { OBSERVABILITY_DIR, REPO_ROOT } from '../../scripts/observability/paths.js';

export { REPO_ROOT };
export const OBS_DIR = join(REPO_ROOT, OBSERVABILITY_DIR);

/** Debian installs Alertmanager as prometheus-alertmanager; upstream tarballs as alertmanager. */
const ALIASES: Record<string, string[]> = {
  alertmanager: ['alertmanager', 'prometheus-alertmanager'],
};

export function findBinary(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const candidate of ALIASES[name] ?? [name]) {
    for (const dir of dirs) {
      const path = join(dir, candidate);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

export interface ToolGate {
  /** Path to the binary, when present. */
  path: string | undefined;
  /** node:test `skip` option: false to run; a reason string to skip. */
  skip: string | false;
}

/**
 * Resolve a binary for a test. In CI a missing binary throws at load time, so the test file
 * fails instead of reporting green skips.
 */
export function requireTool(name: string): ToolGate {
  const path = findBinary(name);
  if (path) return { path, skip: false };
  if (process.env.CI === 'true') {
    throw new Error(`${name} is not installed; CI must install prometheus and prometheus-alertmanager`);
  }
  return { path: undefined, skip: `${name} not installed (apt-get install prometheus prometheus-alertmanager)` };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(binary: string, args: string[], cwd = REPO_ROOT): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(binary, args, { cwd, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function versionOf(binary: string): string {
  const out = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return `${out.stdout}${out.stderr}`.split('\n')[0] ?? '';
}
