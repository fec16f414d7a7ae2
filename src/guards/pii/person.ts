import { FIRST_NAMES } from './first-names.js';
import type { PiiFinding } from './types.js';

// PERSON, best effort without a NER model: (1) a name after an honorific ("Dr. Jane Roe"), (2) a
// name after a self-introduction or letter formula ("my name is", "Dear", "Regards,"), (3) a
// known given name followed by a capitalised surname. Single common words after "I am"/"this
// is" are not names ("I am Happy"), so those triggers need a known given name.

const NAME_WORD = "[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?";
const HONORIFIC = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Madam|Mme|Herr|Frau|Sr|Sra)\\.?[ ]+(${NAME_WORD}(?:[ ]+(?:[A-Z]\\.[ ]+)?${NAME_WORD}){0,2})`, 'g');
const STRONG_TRIGGER = /\b(?:my name is|my name's|name is|named|dear|regards,?|sincerely,?|signed,?|cheers,?|best,|thanks,|full name:?|name:|patient|tenant|applicant|employee|customer|client|contact person:?)[ \t]*[\r\n]*[ \t]*/gi;
const WEAK_TRIGGER = /\b(?:i am|i'm|this is|call me|it's|speaking with|talked to|spoke with|met with)[ ]+/gi;
const NAME_AT = new RegExp(`${NAME_WORD}(?:[ ]+(?:[A-Z]\\.[ ]+)?${NAME_WORD}){0,2}`, 'y');
const FULL_NAME = new RegExp(`\\b(${NAME_WORD})[ ]+(?:[A-Z]\\.[ ]+)?(${NAME_WORD})(?:[ ]+(${NAME_WORD}))?`, 'g');

// Capitalised words that follow a given name without making a person ("Jack Russell" aside).
const NOT_SURNAMES = new Set(
  ('Street St Avenue Ave Road Rd Lane Drive Boulevard Way Court Place Square Park Lake River Mountain Bay Beach ' +
    'County City Town University College School Hospital Church Company Inc Corp Ltd Group Bank Hotel Airport ' +
    'Station Center Centre Museum Library Day Monday Tuesday Wednesday Thursday Friday Saturday Sunday January ' +
    'February March April May June July August September October November December The And Or Of In On At For ' +
    'Is Was Are Has Had Will Can Said Says Told Asked Wrote Went Sr Jr Award Prize Foundation Institute Act Law ' +
    'Effect Theorem Syndrome Disease Method Test Scale Hall Building Tower Bridge Island Valley Falls').split(' '),
);
const NOT_NAMES = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Prof', 'Sir', 'Madam', 'Team', 'All', 'Customer', 'Valued', 'Hiring', 'Manager', 'Friends', 'Everyone', 'Support', 'Thanks', 'Thank', 'The', 'Regards', 'Best', 'Kind', 'Warm', 'Sincerely', 'Hi', 'Hello']);

function trimName(name: string): string {
  const words = name.split(/[ ]+/);
  while (words.length > 0 && (NOT_SURNAMES.has(words[words.length - 1]!) || NOT_NAMES.has(words[words.length - 1]!))) words.pop();
  return words.join(' ');
}

function nameAt(text: string, pos: number): string | undefined {
  NAME_AT.lastIndex = pos;
  const m = NAME_AT.exec(text);
  if (!m) return undefined;
  const name = trimName(m[0]);
  if (name.length === 0 || NOT_NAMES.has(name.split(' ')[0]!)) return undefined;
  return name;
}

export function findPersons(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(HONORIFIC)) {
    const name = trimName(m[1]!);
    if (name.length === 0) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ type: 'PERSON', start, end: start + name.length, score: 0.85 });
  }
  for (const m of text.matchAll(STRONG_TRIGGER)) {
    const pos = m.index + m[0].length;
    const name = nameAt(text, pos);
    if (name) out.push({ type: 'PERSON', start: pos, end: pos + name.length, score: 0.85 });
  }
  for (const m of text.matchAll(WEAK_TRIGGER)) {
    const pos = m.index + m[0].length;
    const name = nameAt(text, pos);
    if (name && FIRST_NAMES.has(name.split(' ')[0]!)) out.push({ type: 'PERSON', start: pos, end: pos + name.length, score: 0.8 });
  }
  for (const m of text.matchAll(FULL_NAME)) {
    if (!FIRST_NAMES.has(m[1]!)) continue;
    const name = trimName(m[0]);
    if (!name.includes(' ')) continue;
    out.push({ type: 'PERSON', start: m.index, end: m.index + name.length, score: 0.65 });
  }
  return out;
}
