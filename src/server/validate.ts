import { GatewayError } from './errors.js';
import type { ApiKind, JsonObject } from './context.js';

// Hand-written rather than zod: this runs on every request and only checks what the gateway
// itself relies on; everything else is the replica's business and is forwarded untouched.

function fail(message: string, param: string): never {
  throw new GatewayError('invalid_request', message, { param });
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Nesting deeper than any real request (guided_json schemas included) is refused. */
const MAX_DEPTH = 128;
/** Below this size nesting cannot cost much; above it, check before parsing. */
const DEPTH_SCAN_MIN_BYTES = 16 * 1024;

/**
 * V8 parses deeply nested arrays ~50× slower per byte than ordinary JSON (measured: 400 KB of
 * `[[[…]]]` blocks the event loop for ~110 ms), so a hostile body could stall every stream this
 * process serves. One linear byte scan (~1 ms/MB) before parsing large bodies closes that.
 */
export function nestingExceeds(raw: Buffer, max = MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

export function parseJsonBody(raw: Buffer): JsonObject {
  if (raw.length === 0) fail('Request body is empty; expected a JSON object.', 'body');
  if (raw.length > DEPTH_SCAN_MIN_BYTES && nestingExceeds(raw)) fail(`Request body nests deeper than ${MAX_DEPTH} levels.`, 'body');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    fail('Request body is not valid JSON.', 'body');
  }
  if (!isObject(parsed)) fail('Request body must be a JSON object.', 'body');
  return parsed;
}

function checkMessages(messages: unknown): void {
  if (!Array.isArray(messages) || messages.length === 0) fail('`messages` must be a non-empty array.', 'messages');
  for (let i = 0; i < messages.length; i++) {
    const m: unknown = messages[i];
    if (!isObject(m)) fail(`\`messages[${i}]\` must be an object.`, `messages[${i}]`);
    if (typeof m.role !== 'string') fail(`\`messages[${i}].role\` must be a string.`, `messages[${i}].role`);
    const c = m.content;
    if (c !== undefined && c !== null && typeof c !== 'string' && !Array.isArray(c)) {
      fail(`\`messages[${i}].content\` must be a string or an array of content parts.`, `messages[${i}].content`);
    }
  }
}

function isPromptLike(v: unknown): boolean {
  return typeof v === 'string' || (Array.isArray(v) && v.length > 0);
}

export interface Validated {
  model: string;
  stream: boolean;
  clientWantsUsage: boolean;
}

export function validateRequest(kind: ApiKind, body: JsonObject): Validated {
  if (typeof body.model !== 'string' || body.model.length === 0) fail('`model` is required and must be a non-empty string.', 'model');
  if (body.model.length > 256) fail('`model` is too long.', 'model');
  if (kind === 'chat') checkMessages(body.messages);
  else if (kind === 'completions' && !isPromptLike(body.prompt)) fail('`prompt` is required (string or array).', 'prompt');
  else if (kind === 'embeddings' && !isPromptLike(body.input)) fail('`input` is required (string or array).', 'input');
  const stream = body.stream;
  if (stream !== undefined && stream !== null && typeof stream !== 'boolean') fail('`stream` must be a boolean.', 'stream');
  const so = body.stream_options;
  if (so !== undefined && so !== null && !isObject(so)) fail('`stream_options` must be an object.', 'stream_options');
  for (const key of ['max_tokens', 'max_completion_tokens', 'n'] as const) {
    const v = body[key];
    if (v !== undefined && v !== null && (typeof v !== 'number' || !Number.isInteger(v) || v < 0)) {
      fail(`\`${key}\` must be a non-negative integer.`, key);
    }
  }
  const t = body.temperature;
  if (t !== undefined && t !== null && (typeof t !== 'number' || !Number.isFinite(t))) fail('`temperature` must be a number.', 'temperature');
  return {
    model: body.model,
    stream: kind !== 'embeddings' && stream === true,
    clientWantsUsage: isObject(so) && so.include_usage === true,
  };
}
