import { NON_PII_NUMBER_CONTEXT, before, findInDigitRuns, type DigitRun } from './context.js';
import type { PiiFinding } from './types.js';

// US Social Security numbers: AAA-GG-SSSS (or spaces). The SSA never issues area 000, 666 or
// 900-999, group 00 or serial 0000; bare nine-digit numbers count only after an SSN word.

const SSN_WORDS = /\b(ssn|ssns|social security|social sec|soc sec|ss#|ss #|taxpayer|tin|itin)\b/;

export function ssnValid(d: string): boolean {
  if (d.length !== 9 || /^(\d)\1{8}$/.test(d)) return false;
  const area = Number(d.slice(0, 3));
  const group = Number(d.slice(3, 5));
  const serial = Number(d.slice(5));
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}

function score(text: string, run: DigitRun, w: DigitRun): number | undefined {
  if (w.digits.length !== 9 || !ssnValid(w.digits)) return undefined;
  const ctx = before(text, run.start);
  const ssnCtx = SSN_WORDS.test(ctx);
  if (NON_PII_NUMBER_CONTEXT.test(ctx) && !ssnCtx) return undefined;
  if (/^\d{3}-\d{2}-\d{4}$/.test(w.text) || /^\d{3} \d{2} \d{4}$/.test(w.text)) return ssnCtx ? 1 : 0.85;
  if (/^\d{9}$/.test(w.text) && ssnCtx) return 0.8;
  return undefined;
}

export function findSsns(text: string): PiiFinding[] {
  return findInDigitRuns(text, 'US_SSN', 9, 3, (run, w) => score(text, run, w));
}
