import { authHeaders } from '../shared/api-key.js';
import { blockKindOfCode, blockKindOfHeader, errorFromPayload, errorFromResponse, explainBlock, piiTypesOfHeader, type ChatError } from './chat-error.js';
import { SseParser } from './sse-parser.js';
import type { AnswerMeta } from './types.js';

export interface ChatRequest {
  model: string;
  messages: { role: 'system' | 'user' | 'assistant'; content: string }[];
  temperature?: number;
  max_tokens?: number;
}

export type StreamOutcome =
  | { kind: 'done' }
  | { kind: 'aborted' }
  | { kind: 'blocked'; reason: string }
  /** Failed before any answer: nothing to keep, show the banner. */
  | { kind: 'http_error'; error: ChatError }
  /** Failed after the stream started: keep the partial text. */
  | { kind: 'stream_error'; error: ChatError };

export interface StreamResult {
  outcome: StreamOutcome;
  meta: Partial<AnswerMeta>;
}

/** The UI marks its requests so the gateway can count them as chat_* business metrics. */
export const CLIENT_HEADER = 'x-switchyard-client';

interface ChunkShape {
  model?: unknown;
  choices?: { delta?: { content?: unknown }; finish_reason?: unknown }[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } | null;
  error?: unknown;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function isAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof DOMException && err.name === 'AbortError');
}

/**
 * POSTs a streaming chat completion and feeds text deltas to `onDelta` as they arrive.
 * Never throws: every way a request can end is an outcome, so callers handle each one.
 */
export async function streamChat(req: ChatRequest, onDelta: (text: string) => void, signal: AbortSignal): Promise<StreamResult> {
  const meta: Partial<AnswerMeta> = {};
  const started = performance.now();
  let firstTokenAt = 0;
  let chunksWithText = 0;
  let res: Response;
  try {
    res = await fetch('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', [CLIENT_HEADER]: 'chat-ui', ...authHeaders() },
      body: JSON.stringify({ ...req, stream: true, stream_options: { include_usage: true } }),
      signal,
    });
  } catch (err) {
    if (isAbort(err, signal)) return { outcome: { kind: 'aborted' }, meta };
    return { outcome: { kind: 'http_error', error: { status: 0, message: 'Could not reach the gateway. Check your connection and that Switchyard is running.' } }, meta };
  }
  const requestId = res.headers.get('x-request-id');
  if (requestId) meta.requestId = requestId;
  const selected = res.headers.get('x-switchyard-selected-model');
  if (selected) meta.selectedModel = selected;
  const category = res.headers.get('x-switchyard-category');
  if (category) meta.category = category;

  // Set by the gateway's guards in both block modes; the request never reached a model.
  const blockedBy = blockKindOfHeader(res.headers.get('x-switchyard-blocked'));
  const piiTypes = piiTypesOfHeader(res.headers.get('x-switchyard-pii-types'));

  if (!res.ok || res.body === null) {
    const error = await errorFromResponse(res);
    if (error.requestId) meta.requestId = error.requestId;
    const kind = blockKindOfCode(error.code) ?? blockedBy;
    if (kind !== undefined) return { outcome: { kind: 'blocked', reason: explainBlock(kind, piiTypes) }, meta };
    return { outcome: { kind: 'http_error', error }, meta };
  }
  if (blockedBy !== undefined) {
    // `block_response: content_filter`: a well-formed stream whose text is the gateway's own
    // explanation and whose usage is zero. Shown as an answer it would look like the model
    // speaking, with a meaningless TTFT, so it is dropped for the plain-words note.
    await res.body.cancel().catch(() => undefined);
    return { outcome: { kind: 'blocked', reason: explainBlock(blockedBy, piiTypes) }, meta };
  }

  const parser = new SseParser();
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let sawDone = false;
  let streamError: ChatError | undefined;
  const handle = (data: string): void => {
    if (data === '[DONE]') {
      sawDone = true;
      return;
    }
    let chunk: ChunkShape;
    try {
      chunk = JSON.parse(data) as ChunkShape;
    } catch {
      return;
    }
    if (chunk.error !== undefined) {
      streamError = { ...errorFromPayload(chunk, res.status, meta.requestId), inStream: true };
      return;
    }
    if (typeof chunk.model === 'string' && meta.selectedModel === undefined) meta.selectedModel = chunk.model;
    for (const choice of chunk.choices ?? []) {
      const text = choice.delta?.content;
      if (typeof text === 'string' && text !== '') {
        if (firstTokenAt === 0) {
          firstTokenAt = performance.now();
          meta.ttftMs = Math.round(firstTokenAt - started);
        }
        chunksWithText++;
        onDelta(text);
      }
      if (typeof choice.finish_reason === 'string') meta.finishReason = choice.finish_reason;
    }
    const usage = chunk.usage;
    if (usage) {
      const p = num(usage.prompt_tokens);
      const c = num(usage.completion_tokens);
      if (p !== undefined) meta.promptTokens = p;
      if (c !== undefined) meta.completionTokens = c;
    }
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const data of parser.push(value)) handle(data);
    }
    for (const data of parser.end()) handle(data);
  } catch (err) {
    if (isAbort(err, signal)) return { outcome: { kind: 'aborted' }, meta: finish(meta, firstTokenAt, chunksWithText) };
    streamError ??= { status: 0, inStream: true, message: 'The connection to the gateway broke while the answer was streaming.', ...(meta.requestId ? { requestId: meta.requestId } : {}) };
  }
  finish(meta, firstTokenAt, chunksWithText);
  if (streamError) return { outcome: { kind: 'stream_error', error: streamError }, meta };
  // A content filter further up (the replica's own) cut the answer: its text is model output, kept.
  if (meta.finishReason === 'content_filter') return { outcome: { kind: 'blocked', reason: explainBlock(undefined) }, meta };
  if (!sawDone) {
    const error: ChatError = { status: res.status, inStream: true, message: 'The stream ended before the answer was complete.' };
    if (meta.requestId) error.requestId = meta.requestId;
    return { outcome: { kind: 'stream_error', error }, meta };
  }
  return { outcome: { kind: 'done' }, meta };
}

function finish(meta: Partial<AnswerMeta>, firstTokenAt: number, chunksWithText: number): Partial<AnswerMeta> {
  if (firstTokenAt === 0) return meta;
  const seconds = (performance.now() - firstTokenAt) / 1000;
  // vLLM sends one token per chunk, so the chunk count stands in when usage never arrived.
  const tokens = meta.completionTokens ?? chunksWithText;
  if (seconds > 0.001 && tokens > 1) meta.tokensPerS = Math.round((tokens / seconds) * 10) / 10;
  return meta;
}
