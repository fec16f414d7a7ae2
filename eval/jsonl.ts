import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA = fileURLToPath(new URL('./data/', import.meta.url));

/** Reads eval/data/<name>, one JSON object a line, checked by `check` (labelled data is a parse boundary). */
export function readJsonl<T>(name: string, check: (row: unknown) => row is T): T[] {
  const rows: T[] = [];
  const lines = readFileSync(DATA + name, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const row: unknown = JSON.parse(line);
    if (!check(row)) throw new Error(`${name}:${i + 1}: unexpected shape`);
    rows.push(row);
  });
  return rows;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

export interface Target {
  name: string;
  value: number;
  target: string;
  ok: boolean;
}
