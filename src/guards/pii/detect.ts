import type { Classifier } from '../../semantic/classifier.js';
import { findCreditCards } from './credit-card.js';
import { findEmails } from './email.js';
import { findIbans } from './iban.js';
import { findIpAddresses } from './ip-address.js';
import { findPersons } from './person.js';
import { findPhones } from './phone.js';
import { findStreetAddresses } from './street-address.js';
import { PII_TYPES, STRUCTURED_PII_TYPES, type PiiFinding, type PiiRecognizer, type PiiType } from './types.js';
import { findSsns } from './us-ssn.js';

const RECOGNIZERS: ReadonlyArray<[PiiType, PiiRecognizer]> = [
  ['EMAIL_ADDRESS', findEmails],
  ['IBAN_CODE', findIbans],
  ['CREDIT_CARD', findCreditCards],
  ['US_SSN', findSsns],
  ['PHONE_NUMBER', findPhones],
  ['IP_ADDRESS', findIpAddresses],
  ['STREET_ADDRESS', findStreetAddresses],
  ['PERSON', findPersons],
];

export interface PiiOptions {
  /** Findings scoring below this are dropped (default 0.5). */
  minScore?: number;
  /** Only these types (default: all). */
  types?: readonly PiiType[];
}

const STRUCTURED = new Set<PiiType>(STRUCTURED_PII_TYPES);

// Where two findings overlap keep one: higher score wins, then checksum/format types over
// heuristic ones, then the longer span. (An IBAN's digits also parse as a card-like run; a
// street address's house number must not become half a phone number.)
function better(a: PiiFinding, b: PiiFinding): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const sa = STRUCTURED.has(a.type);
  if (sa !== STRUCTURED.has(b.type)) return sa;
  return a.end - a.start > b.end - b.start;
}

function resolveOverlaps(findings: PiiFinding[]): PiiFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PiiFinding[] = [];
  for (const f of findings) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (better(f, last)) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/** PII findings in a text, sorted by position, non-overlapping. */
export function detectPii(text: string, opts: PiiOptions = {}): PiiFinding[] {
  const minScore = opts.minScore ?? 0.5;
  const wanted = opts.types ? new Set(opts.types) : undefined;
  const all: PiiFinding[] = [];
  for (const [type, find] of RECOGNIZERS) {
    if (wanted && !wanted.has(type)) continue;
    for (const f of find(text)) if (f.score >= minScore) all.push({ ...f, score: Math.round(f.score * 100) / 100 });
  }
  return resolveOverlaps(all);
}

/** Distinct types among findings, in canonical order (for x-switchyard-pii-types). */
export function piiTypesOf(findings: readonly PiiFinding[]): PiiType[] {
  const present = new Set(findings.map((f) => f.type));
  return PII_TYPES.filter((t) => present.has(t));
}

export function createPiiClassifier(opts: PiiOptions = {}): Classifier<string, PiiFinding[]> {
  return { name: 'pii', classify: (text: string) => detectPii(text, opts) };
}
