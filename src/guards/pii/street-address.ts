import { before } from './context.js';
import type { PiiFinding } from './types.js';

// STREET_ADDRESS, best effort for US/UK-style addresses: house number, optional direction,
// one to four street-name words and a street suffix, then an optional unit and "City, ST 12345".
// Capitalised street names are required unless an address phrase ("I live at", "ship to") comes
// first, which keeps "3 main roads" and "2 way streets" out.

const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Ter|Parkway|Pkwy|' +
  'Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|Alley|Plaza|Row|Gardens|Grove|Mews|Walk';
const POST_DIRECTION = '(?:[ ]+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?';
const UNIT = '(?:,?[ ]+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|#)\\.?[ ]*#?[A-Za-z0-9-]{1,6})?';
const CITY = '(?:,[ ]*[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+){0,2}(?:,[ ]*[A-Z]{2})?(?:[ ]+\\d{5}(?:-\\d{4})?)?)?';
const WORD = "[A-Z0-9][A-Za-z0-9'’.-]*";
const CAPITALISED = new RegExp(
  `\\b\\d{1,6}[A-Za-z]?[ ]+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?[ ]+)?(?:${WORD}[ ]+){0,3}?${WORD}[ ]+(?:${SUFFIX})\\b\\.?${POST_DIRECTION}${UNIT}${CITY}`,
  'g',
);
const ANY_CASE = new RegExp(
  `\\b\\d{1,6}[A-Za-z]?[ ]+(?:[A-Za-z0-9'’.-]+[ ]+){1,4}?(?:${SUFFIX})\\b\\.?${POST_DIRECTION}${UNIT}${CITY}`,
  'gi',
);
const ADDRESS_PHRASE = /\b(address|addr|live at|lives at|living at|located at|reside at|resides at|ship to|shipping to|deliver to|send (?:it|them|the \w+) to|moved to|mail to|visit us at|find us at)\b[^.?!]{0,10}$/;
const PO_BOX = /\b(?:P\.?[ ]?O\.?[ ]?Box|Post Office Box)[ ]+\d{1,6}\b/gi;

export function findStreetAddresses(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(CAPITALISED)) {
    const hasZip = /\d{5}(?:-\d{4})?$/.test(m[0]);
    out.push({ type: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length, score: hasZip ? 0.9 : 0.75 });
    seen.add(m.index);
  }
  for (const m of text.matchAll(ANY_CASE)) {
    if (seen.has(m.index) || !ADDRESS_PHRASE.test(before(text, m.index, 40))) continue;
    out.push({ type: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length, score: 0.8 });
  }
  for (const m of text.matchAll(PO_BOX)) {
    out.push({ type: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length, score: 0.7 });
  }
  return out;
}
