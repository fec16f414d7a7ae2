import { Pool } from 'undici';

export interface LoadStats {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarize(lat: number[], errors: number, seconds: number): LoadStats {
  const s = Float64Array.from(lat).sort();
  return {
    requests: lat.length,
    errors,
    seconds,
    rps: lat.length / seconds,
    p50Ms: percentile(s, 50),
    p90Ms: percentile(s, 90),
    p99Ms: percentile(s, 99),
    maxMs: s.length ? s[s.length - 1]! : NaN,
  };
}

/** Closed loop: `connections` workers back to back for `seconds`; measures max throughput. */
export async function closedLoop(origin: string, path: string, body: string, connections: number, seconds: number): Promise<LoadStats> {
  const pool = new Pool(origin, { connections, pipelining: 1 });
  const lat: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const s = performance.now();
        try {
          const r = await pool.request({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body });
          await r.body.dump();
          if (r.statusCode !== 200) errors++;
          else lat.push(performance.now() - s);
        } catch {
          errors++;
        }
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  await pool.close();
  return summarize(lat, errors, secs);
}

/**
 * Open loop at a fixed rate (requests are sent on schedule whether or not earlier ones finished),
 * so latency is measured without coordinated omission.
 */
export async function openLoop(origin: string, path: string, body: string, rps: number, seconds: number): Promise<LoadStats> {
  const pool = new Pool(origin, { connections: 256, pipelining: 1 });
  const lat: number[] = [];
  let errors = 0;
  const total = Math.round(rps * seconds);
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rps;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const sent = performance.now();
    // Late sends are measured from when they were due (no coordinated omission); early ones from when sent.
    const base = Math.min(sent, due);
    inflight.push(
      pool
        .request({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body })
        .then(async (r) => {
          await r.body.dump();
          if (r.statusCode !== 200) errors++;
          else lat.push(performance.now() - base);
        })
        .catch(() => void errors++),
    );
  }
  await Promise.all(inflight);
  const secs = (performance.now() - start) / 1000;
  await pool.close();
  return summarize(lat, errors, secs);
}

/** N concurrent SSE streams; counts chunks (SSE events) received per second. */
export async function streams(origin: string, body: string, count: number): Promise<{ streams: number; failed: number; chunks: number; seconds: number; chunksPerSec: number }> {
  const pool = new Pool(origin, { connections: count, pipelining: 1 });
  let chunks = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: count }, async () => {
      try {
        const r = await pool.request({ method: 'POST', path: '/v1/chat/completions', headers: { 'content-type': 'application/json' }, body });
        if (r.statusCode !== 200) failed++;
        for await (const b of r.body) {
          const s = (b as Buffer).toString();
          for (let i = s.indexOf('data: '); i !== -1; i = s.indexOf('data: ', i + 6)) chunks++;
        }
      } catch {
        failed++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await pool.close();
  return { streams: count, failed, chunks, seconds, chunksPerSec: chunks / seconds };
}
