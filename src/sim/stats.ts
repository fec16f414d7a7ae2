/** Request bookkeeping that tests and the admin endpoint read back. */

export interface RecordedRequest {
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

export interface SimStats {
  requests: number;
  completed: number;
  aborted: number;
  running: number;
  waiting: number;
  errorsInjected: number;
  lastRequests: RecordedRequest[];
}

const KEEP_LAST = 50;

interface RawRecord {
  path: string;
  body: unknown;
  rawHeaders: NodeJS.Dict<string | string[]>;
}

function normalise(r: RawRecord): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.rawHeaders)) {
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return { path: r.path, body: r.body, headers };
}

export class StatsRecorder {
  requests = 0;
  completed = 0;
  aborted = 0;
  errorsInjected = 0;
  private recent: RawRecord[] = [];

  /** Keeps Node's own per-request headers object; it is only normalised when read. */
  record(path: string, body: unknown, rawHeaders: NodeJS.Dict<string | string[]>): void {
    this.recent.push({ path, body, rawHeaders });
    if (this.recent.length > KEEP_LAST * 2) this.recent.splice(0, this.recent.length - KEEP_LAST);
  }

  snapshot(running: number, waiting: number): SimStats {
    return {
      requests: this.requests,
      completed: this.completed,
      aborted: this.aborted,
      running,
      waiting,
      errorsInjected: this.errorsInjected,
      lastRequests: this.recent.slice(-KEEP_LAST).map(normalise),
    };
  }

  reset(): void {
    this.requests = 0;
    this.completed = 0;
    this.aborted = 0;
    this.errorsInjected = 0;
    this.recent = [];
  }
}

/**
 * The admin endpoint may be reachable from other hosts (the CLI binds 0.0.0.0), so credentials
 * are masked there; the last four characters remain so a test can still tell keys apart.
 */
export function redactForAdmin(stats: SimStats): SimStats {
  return {
    ...stats,
    lastRequests: stats.lastRequests.map((r) => {
      const headers = { ...r.headers };
      for (const name of ['authorization', 'x-api-key', 'proxy-authorization']) {
        const v = headers[name];
        if (v !== undefined) headers[name] = `<redacted …${v.slice(-4)}>`;
      }
      return { ...r, headers };
    }),
  };
}
