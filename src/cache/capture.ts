// Turns an upstream answer into a CachedResponse: a non-streaming completion body, or a stream
// accumulated chunk by chunk (vLLM's semantic router never cached streamed answers; this does,
// once the stream has finished). Upstream bodies are parsed JSON, so shapes are checked here.

import type { CachedResponse, CachedUsage } from './store.js';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function usageOf(v: unknown): CachedUsage | undefined {
  if (!isObject(v)) return undefined;
  const { prompt_tokens: p, completion_tokens: c, total_tokens: t } = v;
  if (typeof p !== 'number' || typeof c !== 'number') return undefined;
  return { prompt_tokens: p, completion_tokens: c, total_tokens: typeof t === 'number' ? t : p + c };
}

const NO_USAGE: CachedUsage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };

/** From a chat.completion or text_completion body with one choice; undefined when not cacheable. */
export function cachedFromCompletion(body: unknown): CachedResponse | undefined {
  if (!isObject(body) || !Array.isArray(body.choices) || body.choices.length !== 1 || typeof body.model !== 'string') return undefined;
  const choice: unknown = body.choices[0];
  if (!isObject(choice) || typeof choice.finish_reason !== 'string') return undefined;
  let content: unknown;
  if (isObject(choice.message)) {
    if (Array.isArray(choice.message.tool_calls) && choice.message.tool_calls.length > 0) return undefined;
    content = choice.message.content;
  } else {
    content = choice.text;
  }
  if (typeof content !== 'string') return undefined;
  return { content, finish_reason: choice.finish_reason, usage: usageOf(body.usage) ?? { ...NO_USAGE }, model: body.model };
}

/**
 * Accumulates a streamed answer from its parsed `data:` chunks (chat.completion.chunk or
 * text_completion). `result()` is defined only once a finish_reason was seen and the stream ended
 * normally ([DONE], or `end()`) — a stream cut off by a disconnect is never cached.
 */
export class StreamCapture {
  private content = '';
  private model: string | undefined;
  private finishReason: string | undefined;
  private usage: CachedUsage | undefined;
  private done = false;
  private invalid = false;
  private buffer = '';

  /** One parsed chunk object. */
  push(chunk: unknown): void {
    if (!isObject(chunk) || !Array.isArray(chunk.choices)) {
      this.invalid = true;
      return;
    }
    if (typeof chunk.model === 'string') this.model = chunk.model;
    const usage = usageOf(chunk.usage);
    if (usage) this.usage = usage;
    if (chunk.choices.length > 1) this.invalid = true;
    const choice: unknown = chunk.choices[0];
    if (!isObject(choice)) return;
    if (isObject(choice.delta)) {
      if (typeof choice.delta.content === 'string') this.content += choice.delta.content;
      if (Array.isArray(choice.delta.tool_calls)) this.invalid = true;
    } else if (typeof choice.text === 'string') {
      this.content += choice.text;
    }
    if (typeof choice.finish_reason === 'string') this.finishReason = choice.finish_reason;
  }

  /** Raw SSE text as it arrives (any split); parses complete `data:` lines. */
  pushSse(text: string): void {
    this.buffer += text;
    let nl = this.buffer.indexOf('\n');
    while (nl !== -1) {
      const line = this.buffer.slice(0, nl).replace(/\r$/, '');
      this.buffer = this.buffer.slice(nl + 1);
      if (line.startsWith('data:')) {
        const data = line.slice(5).trim();
        if (data === '[DONE]') this.done = true;
        else {
          try {
            this.push(JSON.parse(data));
          } catch {
            this.invalid = true;
          }
        }
      }
      nl = this.buffer.indexOf('\n');
    }
  }

  /** Marks the stream as ended normally (when the caller consumes [DONE] itself). */
  end(): void {
    this.done = true;
  }

  result(): CachedResponse | undefined {
    if (this.invalid || !this.done || !this.finishReason || !this.model) return undefined;
    return { content: this.content, finish_reason: this.finishReason, usage: this.usage ?? { ...NO_USAGE }, model: this.model };
  }
}
