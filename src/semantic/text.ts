// User-visible text of OpenAI-shaped requests, and the normalisation shared by the classifiers,
// the guards and the semantic cache. Request bodies arrive as parsed JSON (`unknown`), so every
// accessor here checks shapes instead of trusting them.

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Text of one message `content`: a string, or an array of parts where only `{type:"text"}` parts
 * (and the Responses-style `input_text`) carry text; image/audio/file parts are ignored.
 */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const out: string[] = [];
  for (const part of content) {
    if (typeof part === 'string') out.push(part);
    else if (isObject(part) && (part.type === 'text' || part.type === 'input_text') && typeof part.text === 'string') {
      out.push(part.text);
    }
  }
  return out.join('\n');
}

export interface ChatTextMessage {
  role: string;
  text: string;
}

/** Messages of a chat request with their text, in order; malformed entries are skipped. */
export function chatMessages(body: unknown): ChatTextMessage[] {
  if (!isObject(body) || !Array.isArray(body.messages)) return [];
  const out: ChatTextMessage[] = [];
  for (const m of body.messages) {
    if (!isObject(m)) continue;
    const role = typeof m.role === 'string' ? m.role : 'user';
    const text = contentText(m.content);
    if (text.length > 0) out.push({ role, text });
  }
  return out;
}

/**
 * All messages' text joined by newlines. Guards scan this: an injection can hide in a system
 * prompt assembled from retrieved documents or in a tool result as easily as in the user turn.
 */
export function extractChatText(body: unknown): string {
  return chatMessages(body).map((m) => m.text).join('\n');
}

/**
 * Text of the last user message. Category routing uses this rather than the whole conversation:
 * a long shared system prompt would otherwise pull every request into the same category.
 */
export function extractLastUserText(body: unknown): string {
  const msgs = chatMessages(body);
  for (let i = msgs.length - 1; i >= 0; i--) if (msgs[i]!.role === 'user') return msgs[i]!.text;
  return msgs.length > 0 ? msgs[msgs.length - 1]!.text : '';
}

/** `prompt` of a legacy completions request: a string or an array of strings (token arrays are skipped). */
export function extractCompletionText(body: unknown): string {
  if (!isObject(body)) return '';
  const p = body.prompt;
  if (typeof p === 'string') return p;
  if (Array.isArray(p)) return p.filter((x): x is string => typeof x === 'string').join('\n');
  return '';
}

/** Chat or completions text, by the presence of `messages`. */
export function extractRequestText(body: unknown): string {
  return isObject(body) && Array.isArray(body.messages) ? extractChatText(body) : extractCompletionText(body);
}

// Zero-width and bidi-control characters: invisible, so they only serve to split words that a
// filter would otherwise see ("ig\u200bnore").
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** NFKC (folds full-width and styled letters), invisible characters removed, lower case, single spaces. */
export function normalizeText(text: string): string {
  return stripInvisible(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Stable text of a conversation for cache keys: role-tagged normalised turns. Two requests that
 * differ only in case or whitespace share a key; different system prompts do not.
 */
export function conversationText(body: unknown): string {
  if (isObject(body) && Array.isArray(body.messages)) {
    return chatMessages(body).map((m) => `${m.role}: ${normalizeText(m.text)}`).join('\n');
  }
  return normalizeText(extractCompletionText(body));
}
