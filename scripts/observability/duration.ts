// Prometheus durations as milliseconds. The shortened e2e render divides every window by a
// factor, so we need exact arithmetic and a formatter that emits one unit Prometheus 2.42 parses.

const UNIT_MS: ReadonlyArray<readonly [string, number]> = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
  ['ms', 1],
];

const DURATION_RE = /^(\d+)(ms|s|m|h|d)$/;

export function parseDuration(text: string): number {
  const match = DURATION_RE.exec(text.trim());
  if (!match) throw new Error(`not a single-unit Prometheus duration: ${JSON.stringify(text)}`);
  const unit = UNIT_MS.find(([name]) => name === match[2]);
  if (!unit) throw new Error(`unknown duration unit in ${text}`);
  return Number(match[1]) * unit[1];
}

/** Largest unit that divides exactly, so "3600000" renders as "1h" and "500" as "500ms". */
export function formatDuration(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`duration must be whole ms >= 0, got ${ms}`);
  if (ms === 0) return '0s';
  for (const [name, size] of UNIT_MS) {
    if (ms % size === 0) return `${ms / size}${name}`;
  }
  return `${ms}ms`;
}

export function durationSeconds(text: string): number {
  return parseDuration(text) / 1000;
}

