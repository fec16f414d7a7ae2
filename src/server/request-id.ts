import { randomUUID } from 'node:crypto';

const MAX_LEN = 128;
// Printable, header-safe and log-safe: no spaces, quotes, CR/LF or control characters that could
// forge log lines or inject headers when we echo the id back.
const SAFE = /^[A-Za-z0-9._:\-/+=@]+$/;

/** The client's `x-request-id` when it is safe to echo, else a fresh one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const v = Array.isArray(header) ? header[0] : header;
  if (v && v.length <= MAX_LEN && SAFE.test(v)) return v;
  return randomUUID();
}
