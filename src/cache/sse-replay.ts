// Rebuilds OpenAI responses from a stored answer: a chat.completion (or text_completion) body, or
// the SSE stream a client would have received. vLLM's semantic router returned a malformed stream
// on cache hits; this emits exactly the chunk sequence of a live OpenAI/vLLM stream:
//   1. role chunk       {"delta":{"role":"assistant","content":""},"finish_reason":null}
//   2. content chunks   {"delta":{"content":"..."},"finish_reason":null}  (several)
//   3. finish chunk     {"delta":{},"finish_reason":"stop"}
//   4. usage chunk      {"choices":[],"usage":{...}}  only with stream_options.include_usage,
//                       in which case every other chunk carries "usage": null
//   5. data: [DONE]
// Also used for blocked requests (content-filter-response.ts), which are the same shape.

import { randomUUID } from 'node:crypto';
import type { CachedResponse, CachedUsage } from './store.js';

export interface ReplayOptions {
  /** Response id; default a fresh chatcmpl-/cmpl- id (a replay is a new response). */
  id?: string;
  /** Unix seconds; default now. */
  created?: number;
  /** stream_options.include_usage of the request. */
  includeUsage?: boolean;
  /** Approximate characters per content chunk (default 24). */
  chunkChars?: number;
}

export interface ChatCompletionBody {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: Array<{ index: 0; message: { role: 'assistant'; content: string }; logprobs: null; finish_reason: string }>;
  usage: CachedUsage;
}

export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: Array<{ index: 0; delta: { role?: 'assistant'; content?: string }; logprobs: null; finish_reason: string | null }>;
  usage?: CachedUsage | null;
}

export interface TextCompletionBody {
  id: string;
  object: 'text_completion';
  created: number;
  model: string;
  choices: Array<{ index: 0; text: string; logprobs: null; finish_reason: string | null }>;
  usage?: CachedUsage | null;
}

/** id/object/created/model shared by every body and chunk of one response. */
function head<O extends string>(object: O, resp: CachedResponse, opts: ReplayOptions): { id: string; object: O; created: number; model: string } {
  const prefix = object.startsWith('chat') ? 'chatcmpl' : 'cmpl';
  return {
    id: opts.id ?? `${prefix}-${randomUUID().replace(/-/g, '')}`,
    object,
    created: opts.created ?? Math.floor(Date.now() / 1000),
    model: resp.model,
  };
}

/**
 * Content split into stream-sized pieces at whitespace (never inside a surrogate pair); text
 * without spaces is cut by code points. Joining the pieces gives the content back exactly.
 */
export function splitContent(content: string, chunkChars = 24): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const token of content.match(/\S+\s*|\s+/g) ?? []) {
    if (token.length > chunkChars * 2) {
      if (current) pieces.push(current);
      current = '';
      const cps = Array.from(token);
      for (let i = 0; i < cps.length; i += chunkChars) pieces.push(cps.slice(i, i + chunkChars).join(''));
      continue;
    }
    current += token;
    if (current.length >= chunkChars) {
      pieces.push(current);
      current = '';
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

export function chatCompletionFrom(resp: CachedResponse, opts: ReplayOptions = {}): ChatCompletionBody {
  return {
    ...head('chat.completion', resp, opts),
    choices: [{ index: 0, message: { role: 'assistant', content: resp.content }, logprobs: null, finish_reason: resp.finish_reason }],
    usage: { ...resp.usage },
  };
}

export function chatCompletionChunks(resp: CachedResponse, opts: ReplayOptions = {}): ChatCompletionChunk[] {
  const h = head('chat.completion.chunk', resp, opts);
  const usage = opts.includeUsage ? { usage: null } : {};
  const chunk = (delta: ChatCompletionChunk['choices'][0]['delta'], finish: string | null): ChatCompletionChunk => ({
    ...h,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...usage,
  });
  const chunks = [chunk({ role: 'assistant', content: '' }, null)];
  for (const piece of splitContent(resp.content, opts.chunkChars)) chunks.push(chunk({ content: piece }, null));
  chunks.push(chunk({}, resp.finish_reason));
  if (opts.includeUsage) {
    chunks.push({ ...h, choices: [], usage: { ...resp.usage } });
  }
  return chunks;
}

export function textCompletionFrom(resp: CachedResponse, opts: ReplayOptions = {}): TextCompletionBody {
  return {
    ...head('text_completion', resp, opts),
    choices: [{ index: 0, text: resp.content, logprobs: null, finish_reason: resp.finish_reason }],
    usage: { ...resp.usage },
  };
}

export function textCompletionChunks(resp: CachedResponse, opts: ReplayOptions = {}): TextCompletionBody[] {
  const h = head('text_completion', resp, opts);
  const usage = opts.includeUsage ? { usage: null } : {};
  const chunk = (text: string, finish: string | null): TextCompletionBody => ({
    ...h,
    choices: [{ index: 0, text, logprobs: null, finish_reason: finish }],
    ...usage,
  });
  const chunks = splitContent(resp.content, opts.chunkChars).map((piece) => chunk(piece, null));
  chunks.push(chunk('', resp.finish_reason));
  if (opts.includeUsage) chunks.push({ ...h, choices: [], usage: { ...resp.usage } });
  return chunks;
}

/** SSE wire format: one `data:` event per chunk, then `data: [DONE]`. */
export function toSse(chunks: readonly object[]): string {
  let out = '';
  for (const c of chunks) out += `data: ${JSON.stringify(c)}\n\n`;
  return out + 'data: [DONE]\n\n';
}

export function chatCompletionSse(resp: CachedResponse, opts: ReplayOptions = {}): string {
  return toSse(chatCompletionChunks(resp, opts));
}

export function textCompletionSse(resp: CachedResponse, opts: ReplayOptions = {}): string {
  return toSse(textCompletionChunks(resp, opts));
}
