import type { PiiFinding, PiiType } from './types.js';

// Words around a candidate decide between PII and its look-alikes: "call me at 555-123-4567"
// versus "order #555-123-4567". Only a short window before the match is read, lower-cased.

export function before(text: string, start: number, window = 40): string {
  return text.slice(Math.max(0, start - window), start).toLowerCase();
}

export function after(text: string, end: number, window = 20): string {
  return text.slice(end, end + window).toLowerCase();
}

/**
 * Identifiers that look like phone, card or SSN numbers but are not personal data. Matched
 * against the words just before a candidate.
 */
export const NON_PII_NUMBER_CONTEXT =
  /\b(order|orders|invoice|inv|isbn|issn|tracking|track|shipment|parcel|package|sku|serial|s\/n|part|model|item|product|ref|reference|confirmation|booking|reservation|ticket|claim|policy|po|transaction|txn|batch|lot|build|version|ver|release|patch|commit|doi|asin|upc|ean|barcode|vin|license key|id|case (?:number|no|id|#)|docket|file (?:number|no))\b[^a-z]{0,12}(?:[a-z]+[^a-z]{0,6}){0,2}$/;

/**
 * Findings of one type from the digit runs of a text: each run with at least `minDigits` digits
 * is split into windows (pickWindows) and every window `score` accepts becomes a finding.
 */
export function findInDigitRuns(
  text: string,
  type: PiiType,
  minDigits: number,
  maxParts: number,
  score: (run: DigitRun, w: DigitRun) => number | undefined,
): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const run of digitRuns(text)) {
    if (run.digits.length < minDigits) continue;
    for (const { w, v } of pickWindows(run, (w) => score(run, w), maxParts)) {
      out.push({ type, start: w.start, end: w.end, score: Math.min(1, v) });
    }
  }
  return out;
}

export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Maximal runs of digits joined by single separators (space, hyphen, dot, parentheses, slash)
 * that are not glued to letters. The shared candidate generator for phone, card and SSN
 * recognizers: one linear scan, no regex backtracking on long digit strings.
 */
export interface DigitRun {
  start: number;
  end: number;
  text: string;
  digits: string;
  /** Whether a '+' starts the run. */
  plus: boolean;
}

const SEPARATORS = new Set([' ', '-', '.', '(', ')', '/', '\u2010', '\u2011', '\u2013']);

// The phone, card and SSN recognizers all start from the same runs: remember the last text's.
let memoText: string | undefined;
let memoRuns: DigitRun[] = [];

export function digitRuns(text: string): DigitRun[] {
  if (text === memoText) return memoRuns;
  memoRuns = scanDigitRuns(text);
  memoText = text;
  return memoRuns;
}

function scanDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const startsRun = isDigit(c) || ((c === 43 || c === 40) && i + 1 < n && isDigit(text.charCodeAt(i + 1)));
    if (!startsRun || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i + 1;
    let lastDigit = isDigit(c) ? i : -1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        lastDigit = j;
        j++;
      } else if (SEPARATORS.has(text[j]!) && j + 1 < n && (isDigit(text.charCodeAt(j + 1)) || text[j + 1] === '(' || text[j] === ')')) {
        j++;
      } else break;
    }
    if (lastDigit >= 0) {
      let end = lastDigit + 1;
      if (text[end] === ')') end++;
      const glued = end < n && /[A-Za-z_@]/.test(text[end]!);
      if (!glued) {
        const s = text.slice(i, end);
        runs.push({ start: i, end, text: s, digits: digitsOf(s), plus: c === 43 });
      }
    }
    i = Math.max(j, i + 1);
  }
  return runs;
}

/**
 * Non-overlapping spans inside a digit run that pass `accept`, chosen left to right, longest
 * first at each start. A run is the whole run plus every window of its space-separated parts: two
 * numbers written side by side ("555-123-4567 555-987-6543") form one run, and the windows let
 * each be validated on its own. Cost is linear in the parts (windows are at most `maxParts` long).
 */
export function pickWindows<T>(run: DigitRun, accept: (w: DigitRun) => T | undefined, maxParts = 8): Array<{ w: DigitRun; v: T }> {
  const parts: Array<{ s: number; e: number }> = [];
  let s = 0;
  for (let i = 0; i <= run.text.length; i++) {
    if (i === run.text.length || run.text[i] === ' ') {
      if (i > s) parts.push({ s, e: i });
      s = i + 1;
    }
  }
  const chosen: Array<{ w: DigitRun; v: T }> = [];
  let a = 0;
  while (a < parts.length) {
    let taken = 0;
    for (let len = Math.min(maxParts, parts.length - a); len >= 1; len--) {
      const from = parts[a]!.s;
      const to = parts[a + len - 1]!.e;
      const text = run.text.slice(from, to);
      const w: DigitRun = { start: run.start + from, end: run.start + to, text, digits: digitsOf(text), plus: text[0] === '+' };
      const v = accept(w);
      if (v !== undefined) {
        chosen.push({ w, v });
        taken = len;
        break;
      }
    }
    a += Math.max(1, taken);
  }
  return chosen;
}
