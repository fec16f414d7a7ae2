import { pino } from 'pino';
import type { Target } from '../../src/routing/endpoint-pool.js';
import type { TargetSink } from '../../src/discovery/targets.js';

export const silentLog = pino({ level: 'silent' });

/** Records what a discovery source hands to the pool. */
export class RecordingSink implements TargetSink {
  readonly calls: { group: string; urls: string[] }[] = [];

  setTargets(group: string, targets: readonly Target[]): void {
    this.calls.push({ group, urls: targets.map((t) => t.url) });
  }

  get last(): string[] | undefined {
    return this.calls.at(-1)?.urls;
  }
}

export async function waitFor(cond: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function dnsError(code: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`query ${code}`);
  err.code = code;
  return err;
}
