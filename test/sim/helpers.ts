/** Shared helpers for the simulator tests. */
import { setTimeout as sleep } from 'node:timers/promises';

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export async function postJson(url: string, body: unknown, init: RequestInit = {}): Promise<JsonResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

/** Splits an SSE body into the JSON payloads (and the final [DONE] marker as the string). */
export function sseEvents(text: string): Array<Record<string, unknown> | '[DONE]'> {
  return text
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: '))
    .map((frame) => frame.slice('data: '.length))
    .map((data) => (data === '[DONE]' ? '[DONE]' : (JSON.parse(data) as Record<string, unknown>)));
}

/** Polls until `check` returns true; returns the elapsed milliseconds or throws after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 2000, stepMs = 5): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (await check()) return performance.now() - start;
    await sleep(stepMs);
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

export const chatBody = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  model: 'sim-test',
  messages: [{ role: 'user', content: 'Say something, please.' }],
  ...extra,
});
