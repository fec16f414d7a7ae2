/**
 * Token and latency model. Everything is seeded so two runs with the same seed and prompts
 * produce the same words and the same jittered timings.
 */

import { createPrng } from '../shared/prng.js';

export { createPrng };

/** FNV-1a over UTF-16 code units: stable across runs, cheap, no crypto needed. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const WORDS = (
  'the a of and to in is that for it as with was on be by this are from at or an have not ' +
  'model token request gateway replica cache stream latency queue prompt vector answer system ' +
  'fast simple steady signal route value metric window batch engine kernel memory tensor ' +
  'quiet river stone light cloud paper garden bridge harbor lantern meadow orbit'
).split(' ');

/**
 * Pre-serialised JSON string literals for each word, with and without a leading space, so the
 * stream loop concatenates ready-made fragments instead of calling JSON.stringify per token.
 */
const WORDS_JSON_FIRST = WORDS.map((w) => JSON.stringify(w));
const WORDS_JSON_NEXT = WORDS.map((w) => JSON.stringify(' ' + w));
const WORDS_TEXT_NEXT = WORDS.map((w) => ' ' + w);

/** A reply that is known token by token: raw text for non-stream, JSON literals for stream. */
export interface TokenSource {
  /** How many tokens the source can give before it is exhausted; Infinity for the word list. */
  readonly available: number;
  text(index: number): string;
  json(index: number): string;
}

export function wordTokens(seed: number, promptHash: number): TokenSource {
  const rand = createPrng(seed ^ promptHash);
  const picks: number[] = [];
  const pick = (index: number): number => {
    while (picks.length <= index) picks.push(Math.floor(rand() * WORDS.length));
    return picks[index] as number;
  };
  return {
    available: Number.POSITIVE_INFINITY,
    text: (i) => (i === 0 ? WORDS[pick(0)] : WORDS_TEXT_NEXT[pick(i)]) as string,
    json: (i) => (i === 0 ? WORDS_JSON_FIRST[pick(0)] : WORDS_JSON_NEXT[pick(i)]) as string,
  };
}

/**
 * Splits a configured reply into word-ish tokens ("Hello", " world", "!\n") whose concatenation is
 * exactly the input, so a test can force a byte-exact answer through both stream and non-stream.
 */
export function splitReply(text: string): string[] {
  const tokens: string[] = Array.from(text.match(/\s*\S+/g) ?? []);
  const consumed = tokens.reduce((n, t) => n + t.length, 0);
  const trailing = text.slice(consumed);
  if (trailing.length > 0) {
    if (tokens.length > 0) tokens[tokens.length - 1] += trailing;
    else tokens.push(trailing);
  }
  return tokens;
}

export function replyTokens(text: string): TokenSource {
  const tokens = splitReply(text);
  const json = tokens.map((t) => JSON.stringify(t));
  return {
    available: tokens.length,
    text: (i) => tokens[i] as string,
    json: (i) => json[i] as string,
  };
}

/** Applies relative jitter: value × (1 ± jitter), never negative. */
export function jittered(valueMs: number, jitter: number, rand: () => number): number {
  if (valueMs <= 0) return 0;
  if (jitter <= 0) return valueMs;
  return Math.max(0, valueMs * (1 + jitter * (2 * rand() - 1)));
}

/** Rough prompt-size estimate (about four characters per token), never zero. */
export function estimateTokens(chars: number): number {
  return Math.max(1, Math.ceil(chars / 4));
}
