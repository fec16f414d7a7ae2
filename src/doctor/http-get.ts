import { Agent, request } from 'undici';

export interface HttpAnswer {
  status: number;
  text: string;
  ms: number;
}

export interface HttpProbeOptions {
  agent: Agent;
  timeoutMs: number;
  headers?: Record<string, string>;
  /** Bodies beyond this are cut: doctor reads model lists and metrics, not payloads. */
  maxBytes?: number;
}

/** A one-shot agent with a bounded connect timeout; close it when the run ends. */
export function createProbeAgent(connectTimeoutMs: number): Agent {
  return new Agent({ connect: { timeout: connectTimeoutMs }, keepAliveTimeout: 1_000, pipelining: 0 });
}

export async function httpGet(url: string, opts: HttpProbeOptions): Promise<HttpAnswer> {
  const t0 = performance.now();
  const res = await request(url, {
    method: 'GET',
    dispatcher: opts.agent,
    headers: { accept: 'application/json, text/plain;q=0.9', ...opts.headers },
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
    signal: AbortSignal.timeout(opts.timeoutMs),
  });
  const max = opts.maxBytes ?? 4 * 1024 * 1024;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > max) {
      res.body.destroy();
      break;
    }
  }
  return { status: res.statusCode, text: Buffer.concat(chunks).toString('utf8'), ms: Math.round(performance.now() - t0) };
}

export function httpErrorCode(err: unknown): string {
  const e = err as { code?: string; name?: string; cause?: { code?: string } };
  return e.code ?? e.cause?.code ?? e.name ?? String(err);
}

export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Joins a base URL (which may carry a path prefix) and an absolute path. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
