import { NON_PII_NUMBER_CONTEXT, before, findInDigitRuns, type DigitRun } from './context.js';
import type { PiiFinding } from './types.js';

// Phone numbers: E.164 with '+', "00" international prefix, North-American 10/11-digit formats,
// and national formats with a trunk '0' (UK, FR, DE...). Bare digit strings count only after a
// phone word, and identifiers after "order", "ISBN", "tracking"... never count.

const PHONE_WORDS = /\b(phone|tel|telephone|call|calling|called|text|txt|sms|mobile|cell|cellphone|whatsapp|signal|fax|contact|reach|ring|dial|landline|hotline|number|nr|no)\b/;
const STRONG_PHONE_WORDS = /\b(phone|tel|telephone|call|mobile|cell|whatsapp|fax|text me|landline)\b/;

const US_FORMATS = [
  /^\(\d{3}\) ?\d{3}[-. ]\d{4}$/,
  /^\d{3}-\d{3}-\d{4}$/,
  /^\d{3}\.\d{3}\.\d{4}$/,
  /^\d{3} \d{3} \d{4}$/,
  /^1[-. ]\d{3}[-. ]\d{3}[-. ]\d{4}$/,
  /^1 ?\(\d{3}\) ?\d{3}[-. ]\d{4}$/,
];

function groups(text: string): string[] {
  return text.split(/[^0-9]+/).filter((g) => g.length > 0);
}

function looksLikeDate(text: string): boolean {
  return /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(text) || /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(text);
}

function northAmerican(w: DigitRun): boolean {
  const d = w.digits.length === 11 && w.digits[0] === '1' ? w.digits.slice(1) : w.digits;
  if (d.length !== 10) return false;
  // NANP: area code and exchange both start with 2-9.
  if (d[0]! < '2' || d[3]! < '2') return false;
  return US_FORMATS.some((re) => re.test(w.text));
}

function international(w: DigitRun): boolean {
  const g = groups(w.text);
  if (w.plus) {
    // Country code 1-3 digits, then groups; German/Austrian subscriber numbers run to 8 digits.
    return w.digits.length >= 8 && w.digits.length <= 15 && w.digits[0] !== '0' && g[0]!.length <= 3 && g.every((x) => x.length <= 8) && !w.text.includes('/');
  }
  if (w.digits.startsWith('00') && w.digits.length >= 11 && w.digits.length <= 17) return g.every((x) => x.length <= 5);
  return false;
}

// "020 7946 0958", "07700 900123", "01 23 45 67 89", "030-1234567": trunk 0, grouped, 9-11 digits.
function national(w: DigitRun): boolean {
  const d = w.digits;
  if (d[0] !== '0' || d[1] === '0' || d.length < 9 || d.length > 11) return false;
  const g = groups(w.text);
  return g.length >= 2 && g.length <= 5 && g.every((x) => x.length >= 2) && !w.text.includes('.') && !w.text.includes('/');
}

function score(text: string, run: DigitRun, w: DigitRun): number | undefined {
  if (w.digits.length < 8 || w.digits.length > 17 || looksLikeDate(w.text)) return undefined;
  if (/^(\d+\.){3}\d+$/.test(w.text)) return undefined; // dotted quad: an IP address or a version
  // A space-grouped piece cut out of a longer space-grouped run ("04 15 23 42 08" of a lottery
  // draw, the tail of a 22-digit tracking number) is a guess at the grouping, not a number.
  if (!w.plus && (w.start !== run.start || w.end !== run.end) && w.text.includes(' ')) return undefined;
  // Context is read before the whole run, so "tracking number 9400 1000 ..." covers every window.
  const ctx = before(text, run.start);
  const phoneCtx = PHONE_WORDS.test(ctx);
  if (NON_PII_NUMBER_CONTEXT.test(ctx) && !STRONG_PHONE_WORDS.test(ctx)) return undefined;
  const boost = phoneCtx ? 0.15 : 0;
  if (w.plus && international(w)) return 0.85 + boost;
  if (northAmerican(w)) return 0.75 + boost;
  if (international(w)) return 0.7 + boost;
  if (national(w)) return phoneCtx ? 0.75 : 0.55;
  // Ten bare digits ("5551234567") are as likely an account number: only after a phone word.
  if (phoneCtx && /^\d{10,11}$/.test(w.text) && (w.digits.length === 10 || w.digits[0] === '1')) return 0.7;
  return undefined;
}

export function findPhones(text: string): PiiFinding[] {
  return findInDigitRuns(text, 'PHONE_NUMBER', 8, 6, (run, w) => score(text, run, w));
}
