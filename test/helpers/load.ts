import { request } from 'undici';

export interface LoadResult {
  status: number;
  startedAt: number;
  ms: number;
  body: string;
}

/**
 * A bounded load loop against loopback: `concurrency` workers, each sending one request at a time
 * and pacing itself to reach `rps` in total, for `durationMs`. Stops by itself.
 */
export async function runLoad(o: { url: string; body: unknown; rps: number; durationMs: number; concurrency?: number }): Promise<LoadResult[]> {
  const workers = o.concurrency ?? 4;
  const gapMs = (1000 * workers) / o.rps;
  const end = Date.now() + o.durationMs;
  const results: LoadResult[] = [];
  const payload = JSON.stringify(o.body);
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      await new Promise((r) => setTimeout(r, (gapMs / workers) * w));
      while (Date.now() < end) {
        const t0 = performance.now();
        const startedAt = Date.now();
        try {
          const r = await request(o.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
          results.push({ status: r.statusCode, startedAt, ms: performance.now() - t0, body: await r.body.text() });
        } catch (err) {
          results.push({ status: 0, startedAt, ms: performance.now() - t0, body: String(err) });
        }
        const left = gapMs - (performance.now() - t0);
        if (left > 0) await new Promise((r) => setTimeout(r, left));
      }
    }),
  );
  return results;
}

export function statusCounts(rs: LoadResult[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const r of rs) c[r.status] = (c[r.status] ?? 0) + 1;
  return c;
}
