// Undo the cheap obfuscations used to slip instructions past keyword filters: base64 payloads,
// spaced-out letters ("i g n o r e"), leetspeak ("1gn0r3"), invisible characters and Cyrillic or
// Greek look-alike letters. Each transform returns undefined when it does not apply, so the
// detector re-scans only texts that actually changed.

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/** A replacement of text[start, end). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The regions around edits, with the edits applied, joined by newlines. Variants are re-scanned
 * only where they differ from the original: a 4,000-character prompt with one "pr3v10us" in it
 * costs a scan of ~300 characters, not a second full pass.
 */
export function editedWindows(text: string, edits: readonly Edit[], radius = 150): string {
  const parts: string[] = [];
  let i = 0;
  while (i < edits.length) {
    const from = Math.max(0, edits[i]!.start - radius);
    let to = Math.min(text.length, edits[i]!.end + radius);
    let j = i;
    while (j + 1 < edits.length && edits[j + 1]!.start - radius <= to) {
      j++;
      to = Math.min(text.length, Math.max(to, edits[j]!.end + radius));
    }
    let out = '';
    let pos = from;
    for (let k = i; k <= j; k++) {
      out += text.slice(pos, edits[k]!.start) + edits[k]!.text;
      pos = edits[k]!.end;
    }
    parts.push(out + text.slice(pos, to));
    i = j + 1;
  }
  return parts.join('\n');
}

// Cyrillic and Greek letters that render like Latin ones (NFKC does not fold across scripts).
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', һ: 'h', ԛ: 'q', ԝ: 'w',
  α: 'a', ε: 'e', ο: 'o', ρ: 'p', τ: 't', υ: 'u', ν: 'v', κ: 'k', ι: 'i', χ: 'x',
};
const CONFUSABLE = /[аеорсухіјѕԁɡһԛԝαεορτυνκιχ]/;
const CONFUSABLE_ALL = /[аеорсухіјѕԁɡһԛԝαεορτυνκιχ]/g;
const MIXED_WORD = /[^\s]*[аеорсухіјѕԁɡһԛԝαεορτυνκιχ][^\s]*/g;
const LATIN = /[a-z]/;

/** Folds look-alike letters in words that also contain Latin letters (mixed script). */
export function homoglyphEdits(lower: string): Edit[] {
  if (!CONFUSABLE.test(lower)) return [];
  const edits: Edit[] = [];
  for (const m of lower.matchAll(MIXED_WORD)) {
    if (!LATIN.test(m[0])) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, text: m[0].replace(CONFUSABLE_ALL, (c) => CONFUSABLES[c] ?? c) });
  }
  return edits;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l', '8': 'b' };

function isLeetChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124;
}

function isLeetWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || isLeetChar(c);
}

/**
 * Maps digits/symbols to letters inside words that mix them with letters ("pr3v10us"). A manual
 * scan from each leet character: a regex with a leading `[...]*` retries at every position.
 */
export function leetEdits(lower: string): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  const n = lower.length;
  while (i < n) {
    if (!isLeetChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let s = i;
    while (s > 0 && isLeetWordChar(lower.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < n && isLeetWordChar(lower.charCodeAt(e))) e++;
    const w = lower.slice(s, e);
    // A lone "1" or "4" among leet words is the pronoun or article ("h0w d0 1 h4ck").
    const lone = (w === '1' || w === '4') && /[a-z][0-9]|[0-9][a-z]/.test(lower.slice(Math.max(0, s - 12), e + 12));
    if (/[a-z]/.test(w) || lone) edits.push({ start: s, end: e, text: w.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c) });
    i = e;
  }
  return edits;
}

// Three or more single letters separated by one spacer ("a l l", "i g n o r e", "i.g.n.o.r.e"),
// and the runs of such groups separated by wider gaps ("i g n o r e   a l l").
const SPACED = /(?<![a-z0-9])(?:[a-z0-9][ .\-_*]){2,}[a-z0-9](?![a-z0-9])(?:(?: {2,}|\t)(?:[a-z0-9][ .\-_*]){1,}[a-z0-9](?![a-z0-9]))*/g;

/** Joins spaced-out letters; wider gaps (or a single space when dots are the spacer) are word breaks. */
export function spacedEdits(lower: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of lower.matchAll(SPACED)) {
    const run = m[0];
    const dotted = /[.\-_*]/.test(run);
    const joined = run
      .split(dotted ? /\s+/ : /\s{2,}|\t/)
      .map((word) => word.replace(/[ .\-_*]/g, ''))
      .join(' ');
    edits.push({ start: m.index, end: m.index + run.length, text: joined });
  }
  return edits;
}

const B64_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g;

/**
 * Decoded base64 runs that read as text (mostly printable ASCII). Checked on the original,
 * case-preserving text since base64 is case-sensitive.
 */
function hasLongBase64Run(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    run = b64 ? run + 1 : 0;
    if (run >= 16) return true;
  }
  return false;
}

export function decodeBase64Runs(text: string, maxRuns = 8): string[] {
  const out: string[] = [];
  if (!hasLongBase64Run(text)) return out;
  for (const m of text.matchAll(B64_RUN)) {
    if (out.length >= maxRuns) break;
    const run = m[0];
    // Long words and identifiers also match the alphabet; real payloads mix case and digits.
    if (!/[0-9+/]/.test(run) && !/[A-Z].*[a-z].*[A-Z]/.test(run)) continue;
    const bytes = Buffer.from(run, 'base64');
    if (bytes.length < 8) continue;
    let printable = 0;
    for (const b of bytes) if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) printable++;
    if (printable / bytes.length >= 0.9) out.push(bytes.toString('latin1'));
  }
  return out;
}

/** Joins quoted fragments ("ig" + "nore" + " your") that spell an instruction. */
export function concatenationEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/["'`]\s*\+\s*["'`]/g)) edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
  return edits;
}
