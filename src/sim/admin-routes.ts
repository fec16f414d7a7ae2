/**
 * /admin/*: run-time control for a simulator running as a separate process (benchmarks, e2e
 * tests, the demo), mirroring the library methods.
 */
import type { ServerResponse } from 'node:http';
import { ZodError } from 'zod';
import { parseJson, sendError, sendJson } from './http-io.js';
import type { FaultConfig } from './options.js';
import { redactForAdmin, type SimStats } from './stats.js';

export interface AdminControls {
  faults(): FaultConfig;
  /** Validates and merges a partial FaultConfig; throws ZodError on bad input. */
  patchFaults(input: unknown): FaultConfig;
  stats(): SimStats;
  setReply(text: string | null): void;
  /** Stop accepting connections, resuming after `seconds` (0 = only via the library's resume()). */
  refuseFor(seconds: number): void;
  /** Back to the start-up state: stats, metrics, faults and reply. */
  reset(): void;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function ok(res: ServerResponse, value: unknown): void {
  sendJson(res, 200, JSON.stringify(value));
}

/** Returns false when the path is not an admin route. */
export function handleAdmin(
  controls: AdminControls,
  method: string,
  path: string,
  bodyText: string,
  res: ServerResponse,
): boolean {
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /admin/faults':
      ok(res, controls.faults());
      return true;
    case 'GET /admin/stats':
      ok(res, redactForAdmin(controls.stats()));
      return true;
    case 'POST /admin/reset':
      controls.reset();
      ok(res, { ok: true });
      return true;
  }
  if (method !== 'POST' || !['/admin/faults', '/admin/reply', '/admin/refuse'].includes(path)) {
    if (path.startsWith('/admin/')) {
      sendError(res, 404, `No admin route ${route}.`);
      return true;
    }
    return false;
  }
  const parsed = parseJson(bodyText === '' ? '{}' : bodyText);
  if (!parsed.ok) {
    sendError(res, 400, parsed.message);
    return true;
  }
  const body = parsed.value;
  if (path === '/admin/faults') {
    try {
      ok(res, controls.patchFaults(body));
    } catch (err) {
      if (!(err instanceof ZodError)) throw err;
      sendError(res, 400, `Invalid fault config: ${err.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}`);
    }
    return true;
  }
  if (path === '/admin/reply') {
    if (!isRecord(body) || !(typeof body.text === 'string' || body.text === null)) {
      sendError(res, 400, 'Expected {"text": string | null}.', 'text');
      return true;
    }
    controls.setReply(body.text);
    ok(res, { ok: true });
    return true;
  }
  const seconds = isRecord(body) && body.seconds !== undefined ? body.seconds : 0;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    sendError(res, 400, 'Expected {"seconds": number >= 0}.', 'seconds');
    return true;
  }
  // Answer first: refusing destroys open sockets, including this one.
  res.once('finish', () => controls.refuseFor(seconds));
  ok(res, { ok: true, seconds });
  return true;
}
