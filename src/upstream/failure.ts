import type { ErrorReason } from '../metrics/registry.js';
import type { FailureKind } from '../routing/outlier-detector.js';

export interface ClassifiedFailure {
  reason: ErrorReason;
  /** For outlier detection; undefined when the replica is not to blame (client abort). */
  kind: FailureKind | undefined;
  detail: string;
}

// The request never reached a replica process.
const CONNECT_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
// The connection broke after the request may have reached the replica.
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_DESTROYED']);

/** Maps an undici / socket error thrown before a response to a metric reason and outlier kind. */
export function classifyError(err: unknown, clientAborted: boolean): ClassifiedFailure {
  const e = (err ?? {}) as { code?: string; name?: string; message?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code ?? e.name ?? 'unknown';
  if (clientAborted) return { reason: 'client_cancelled', kind: undefined, detail: 'client disconnected' };
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return { reason: 'upstream_connect_error', kind: 'connect', detail: 'connect timeout' };
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'TimeoutError') return { reason: 'upstream_timeout', kind: 'timeout', detail: 'first byte timeout' };
  if (code === 'UND_ERR_BODY_TIMEOUT') return { reason: 'upstream_timeout', kind: 'timeout', detail: 'stream idle timeout' };
  if (CONNECT_CODES.has(code)) return { reason: 'upstream_connect_error', kind: 'connect', detail: code };
  if (RESET_CODES.has(code)) return { reason: 'upstream_connect_error', kind: 'reset', detail: code };
  return { reason: 'upstream_connect_error', kind: 'reset', detail: e.message ?? code };
}

/** Statuses worth trying on another replica: overload and gateway-ish failures, never other 4xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

/** Parses Retry-After (seconds or HTTP date) into milliseconds; undefined when absent or bad. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  const s = Number(v);
  if (Number.isFinite(s) && s >= 0) return s * 1000;
  const d = Date.parse(v);
  return Number.isFinite(d) ? Math.max(0, d - now) : undefined;
}
