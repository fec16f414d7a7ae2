import type { PiiFinding } from './types.js';

// IBANs (ISO 13616): country code, two check digits, country-specific length; valid only when the
// whole number mod 97 is 1. Written compact or in groups of four; lower case is accepted as well, since
// the checksum makes accidental matches a 1-in-97 event on top of the length table, but only
// after the word "IBAN".

const LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22,
  GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24,
  SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

const CANDIDATE = /(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})((?:[ ]?[A-Za-z0-9]){11,30})/g;

export function ibanValid(iban: string): boolean {
  const s = iban.toUpperCase();
  if (LENGTHS[s.slice(0, 2)] !== s.length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

export function findIbans(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const want = LENGTHS[m[1]!.toUpperCase()];
    if (!want) continue;
    // Lower-case country codes are ordinary words ("at", "no", "be") far more often than IBANs.
    if (m[1] !== m[1]!.toUpperCase() && !/iban/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // The candidate may run on into following words ("... 0130 00 AND"): cut it at the
    // country's length, counting only alphanumerics.
    let compact = '';
    let end = m.index;
    const raw = m[0];
    for (let i = 0; i < raw.length && compact.length < want; i++) {
      if (raw[i] !== ' ') compact += raw[i];
      end = m.index + i + 1;
    }
    if (compact.length !== want) continue;
    if (end < text.length && /[A-Za-z0-9]/.test(text[end]!)) continue;
    if (ibanValid(compact)) out.push({ type: 'IBAN_CODE', start: m.index, end, score: 1 });
  }
  return out;
}
