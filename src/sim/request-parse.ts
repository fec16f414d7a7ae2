/**
 * Validates the parsed JSON of an inference request (the `unknown` boundary) and extracts only
 * what the simulator needs. Unknown fields are fine: vLLM accepts many extensions
 * (chat_template_kwargs, top_k, guided_json, ...) and the simulator records them untouched.
 */
import { estimateTokens } from './generate.js';

export interface InferenceRequest {
  model: string | undefined;
  stream: boolean;
  includeUsage: boolean;
  maxTokens: number | undefined;
  /** Text used to seed the deterministic word choice; also what the prompt estimate counts. */
  promptKey: string;
  promptTokens: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string; param: string | null };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(message: string, param: string | null = null): { ok: false; message: string; param: string | null } {
  return { ok: false, message, param };
}

/** Chat content is a string or an array of parts; only text parts count towards the prompt. */
function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let out = '';
  for (const part of content) {
    if (isRecord(part) && typeof part.text === 'string') out += part.text;
  }
  return out;
}

function chatPrompt(body: Record<string, unknown>): ParseResult<string> {
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) return fail('messages must be a non-empty array', 'messages');
  let text = '';
  for (const m of messages) {
    if (!isRecord(m) || typeof m.role !== 'string') return fail('each message needs a string role', 'messages');
    text += m.role + '\n' + messageText(m.content) + '\n';
  }
  return { ok: true, value: text };
}

/** Completions accept a string, an array of strings, token ids, or arrays of token ids. */
function textPrompt(prompt: unknown): ParseResult<{ key: string; tokens: number | null }> {
  if (typeof prompt === 'string') return { ok: true, value: { key: prompt, tokens: null } };
  if (Array.isArray(prompt) && prompt.length > 0) {
    if (prompt.every((p) => typeof p === 'string')) return { ok: true, value: { key: prompt.join('\n'), tokens: null } };
    if (prompt.every((p) => typeof p === 'number')) return { ok: true, value: { key: prompt.join(','), tokens: prompt.length } };
    if (prompt.every((p) => Array.isArray(p) && p.every((x) => typeof x === 'number'))) {
      const ids = prompt as number[][];
      return { ok: true, value: { key: ids.map((p) => p.join(',')).join('\n'), tokens: ids.reduce((n, p) => n + p.length, 0) } };
    }
  }
  return fail('prompt must be a string, an array of strings or token ids', 'prompt');
}

function optionalModel(body: Record<string, unknown>): ParseResult<string | undefined> {
  if (body.model === undefined || body.model === null) return { ok: true, value: undefined };
  if (typeof body.model !== 'string') return fail('model must be a string', 'model');
  return { ok: true, value: body.model };
}

function maxTokensOf(body: Record<string, unknown>): ParseResult<number | undefined> {
  for (const key of ['max_completion_tokens', 'max_tokens'] as const) {
    const v = body[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return fail(`${key} must be an integer >= 1`, key);
    return { ok: true, value: v };
  }
  return { ok: true, value: undefined };
}

export function parseInferenceRequest(kind: 'chat' | 'text', body: unknown): ParseResult<InferenceRequest> {
  if (!isRecord(body)) return fail('request body must be a JSON object');
  const model = optionalModel(body);
  if (!model.ok) return model;
  const maxTokens = maxTokensOf(body);
  if (!maxTokens.ok) return maxTokens;
  let promptKey: string;
  let promptTokens: number;
  if (kind === 'chat') {
    const p = chatPrompt(body);
    if (!p.ok) return p;
    promptKey = p.value;
    promptTokens = estimateTokens(p.value.length);
  } else {
    const p = textPrompt(body.prompt);
    if (!p.ok) return p;
    promptKey = p.value.key;
    promptTokens = p.value.tokens ?? estimateTokens(p.value.key.length);
  }
  const streamOptions = body.stream_options;
  return {
    ok: true,
    value: {
      model: model.value,
      stream: body.stream === true,
      includeUsage: body.stream === true && isRecord(streamOptions) && streamOptions.include_usage === true,
      maxTokens: maxTokens.value,
      promptKey,
      promptTokens,
    },
  };
}

export interface EmbeddingRequest {
  model: string | undefined;
  inputs: string[];
  promptTokens: number;
}

export function parseEmbeddingRequest(body: unknown): ParseResult<EmbeddingRequest> {
  if (!isRecord(body)) return fail('request body must be a JSON object');
  const model = optionalModel(body);
  if (!model.ok) return model;
  const p = textPrompt(body.input);
  if (!p.ok) return fail('input must be a string, an array of strings or token ids', 'input');
  const input = body.input;
  const inputs: string[] =
    typeof input === 'string'
      ? [input]
      : Array.isArray(input) && input.every((x) => typeof x === 'number')
        ? [input.join(',')]
        : (input as Array<string | number[]>).map((x) => (typeof x === 'string' ? x : x.join(',')));
  const promptTokens = p.value.tokens ?? inputs.reduce((n, s) => n + estimateTokens(s.length), 0);
  return { ok: true, value: { model: model.value, inputs, promptTokens } };
}
