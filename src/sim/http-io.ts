/** Small node:http helpers; the simulator avoids a framework to stay cheaper than what it loads. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody } from './openai-shapes.js';

const MAX_BODY_BYTES = 32 * 1024 * 1024;
const JSON_TYPE = 'application/json';

export type BodyResult = { ok: true; text: string } | { ok: false; status: 413 };

/** Buffers the whole body; calls back synchronously on 'end' so zero-latency replies need no timer. */
export function readBody(req: IncomingMessage, done: (result: BodyResult) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('end', () => {
    if (tooLarge) done({ ok: false, status: 413 });
    else done({ ok: true, text: chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8') });
  });
}

/** Parsed JSON stays `unknown` until a parser in request-parse.ts validates it. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, message: `Invalid JSON body: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export function sendJson(res: ServerResponse, status: number, body: string, headers?: Record<string, string>): void {
  if (res.destroyed) return;
  res.writeHead(status, { ...headers, 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export function sendError(res: ServerResponse, status: number, message: string, param: string | null = null): void {
  sendJson(res, status, errorBody(status, message, param));
}

export function sendEmpty(res: ServerResponse, status: number): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-length': 0 });
  res.end();
}
