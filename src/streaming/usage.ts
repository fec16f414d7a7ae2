import type { Usage } from '../server/context.js';

const USAGE_KEY = Buffer.from('"usage"');

function isWs(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Finds `"usage": {` in a buffer and returns the byte range of the object, scanning from `from`
 * backwards when `last` (a non-streaming body carries usage at its end). Avoids parsing the whole
 * response JSON, which for long answers costs more than everything else the gateway does.
 */
export function findUsageObject(buf: Buffer, last = true, from?: number): { start: number; end: number; keyAt: number } | undefined {
  let at = last ? buf.lastIndexOf(USAGE_KEY, from) : buf.indexOf(USAGE_KEY, from ?? 0);
  while (at !== -1) {
    let i = at + USAGE_KEY.length;
    while (i < buf.length && isWs(buf[i]!)) i++;
    if (buf[i] === 0x3a) {
      i++;
      while (i < buf.length && isWs(buf[i]!)) i++;
      if (buf[i] === 0x7b) {
        const end = matchBrace(buf, i);
        if (end !== -1) return { start: i, end: end + 1, keyAt: at };
      }
    }
    at = last ? (at === 0 ? -1 : buf.lastIndexOf(USAGE_KEY, at - 1)) : buf.indexOf(USAGE_KEY, at + 1);
  }
  return undefined;
}

function matchBrace(buf: Buffer, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < buf.length; i++) {
    const c = buf[i]!;
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i;
  }
  return -1;
}

export function toUsage(v: unknown): Usage | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const u = v as Record<string, unknown>;
  const p = u.prompt_tokens;
  const c = u.completion_tokens ?? 0;
  if (typeof p !== 'number' || typeof c !== 'number' || !Number.isFinite(p) || !Number.isFinite(c) || p < 0 || c < 0) return undefined;
  return { prompt_tokens: p, completion_tokens: c, total_tokens: typeof u.total_tokens === 'number' ? u.total_tokens : p + c };
}

export function usageFromBody(buf: Buffer): Usage | undefined {
  const r = findUsageObject(buf, true);
  if (!r) return undefined;
  try {
    return toUsage(JSON.parse(buf.toString('utf8', r.start, r.end)));
  } catch {
    return undefined;
  }
}
