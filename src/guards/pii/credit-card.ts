import { NON_PII_NUMBER_CONTEXT, before, findInDigitRuns, type DigitRun } from './context.js';
import type { PiiFinding } from './types.js';

// Card numbers: 13-19 digits, written whole or in the groupings card issuers print (4-4-4-4,
// 4-6-5 for Amex, 4-6-4 for Diners), an issuer prefix (IIN) and a valid Luhn check digit. Luhn
// alone passes one random number in ten; the prefix and grouping rules cut that further, and
// "order"/"tracking" context removes the rest.

const CARD_WORDS = /\b(card|credit|debit|visa|mastercard|master card|amex|american express|discover|diners|jcb|unionpay|maestro|cc|ccn|pan|payment|pay with|billing)\b/;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Issuer identification: does the number start like a card of its length? */
export function knownIssuer(d: string): boolean {
  const two = Number(d.slice(0, 2));
  const three = Number(d.slice(0, 3));
  const four = Number(d.slice(0, 4));
  const six = Number(d.slice(0, 6));
  const len = d.length;
  if (d[0] === '4') return len === 13 || len === 16 || len === 19; // Visa
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return len === 16; // Mastercard
  if (two === 34 || two === 37) return len === 15; // Amex
  if (two === 36 || two === 38 || (three >= 300 && three <= 305)) return len >= 14 && len <= 19; // Diners
  if (four === 6011 || two === 65 || (three >= 644 && three <= 649) || (six >= 622126 && six <= 622925)) return len >= 16 && len <= 19; // Discover
  if (four >= 3528 && four <= 3589) return len >= 16 && len <= 19; // JCB
  if (two === 62) return len >= 16 && len <= 19; // UnionPay
  if (two === 50 || (two >= 56 && two <= 69)) return len >= 12 && len <= 19; // Maestro
  return false;
}

function wellGrouped(text: string): boolean {
  if (/^\d{13,19}$/.test(text)) return true;
  const sep = text.includes('-') ? '-' : ' ';
  if (/[^0-9 -]/.test(text) || (text.includes('-') && text.includes(' '))) return false;
  const g = text.split(sep).map((x) => x.length).join('-');
  return ['4-4-4-4', '4-4-4-4-3', '4-4-4-1', '4-4-4-4-1', '4-4-4-3', '4-4-4-2', '4-6-5', '4-6-4', '4-4-5'].includes(g);
}

function score(text: string, run: DigitRun, w: DigitRun): number | undefined {
  const d = w.digits;
  if (d.length < 13 || d.length > 19 || w.plus) return undefined;
  if (!wellGrouped(w.text) || !luhnValid(d) || !knownIssuer(d)) return undefined;
  if (/^(\d)\1+$/.test(d)) return undefined;
  const ctx = before(text, run.start);
  const cardCtx = CARD_WORDS.test(ctx);
  if (NON_PII_NUMBER_CONTEXT.test(ctx) && !cardCtx) return undefined;
  return cardCtx ? 1 : 0.9;
}

export function findCreditCards(text: string): PiiFinding[] {
  return findInDigitRuns(text, 'CREDIT_CARD', 13, 5, (run, w) => score(text, run, w));
}
