import type { StatsResponse } from '../../src/metrics/rolling-stats.js';
import { authHeaders } from '../shared/api-key.js';

export type PollState = { data: StatsResponse | null; error: string | null; updatedAt: number | null };

export const POLL_INTERVAL_MS = 2_000;

function looksLikeStats(v: unknown): v is StatsResponse {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Partial<StatsResponse>;
  return Array.isArray(o.models) && typeof o.series === 'object' && o.series !== null && Array.isArray(o.series.bucketStartMs) && typeof o.series.overall === 'object';
}

async function fetchStats(): Promise<StatsResponse> {
  const res = await fetch('/api/v1/stats', { headers: { accept: 'application/json', ...authHeaders() }, signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body: unknown = await res.json();
  if (!looksLikeStats(body)) throw new Error('unexpected response shape');
  return body;
}

/**
 * Polls every 2 s, one request at a time (the next starts after the previous ended, so a slow
 * gateway is not piled on); skips while the tab is hidden. Returns a stop function.
 */
export function pollStats(onUpdate: (s: PollState) => void): () => void {
  let state: PollState = { data: null, error: null, updatedAt: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    if (!document.hidden) {
      try {
        state = { data: await fetchStats(), error: null, updatedAt: Date.now() };
      } catch (err) {
        state = { ...state, error: err instanceof Error ? err.message : String(err) };
      }
      if (!stopped) onUpdate(state);
    }
    timer = setTimeout(() => void tick(), POLL_INTERVAL_MS);
  };
  const onVisible = () => {
    if (document.hidden || stopped) return;
    clearTimeout(timer);
    void tick();
  };
  document.addEventListener('visibilitychange', onVisible);
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
