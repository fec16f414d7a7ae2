// PII finding shape and type names. Type names follow Microsoft Presidio so that policies written
// for other gateways (allowed_types: [EMAIL_ADDRESS]) carry over unchanged.

export const PII_TYPES = [
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'CREDIT_CARD',
  'US_SSN',
  'IP_ADDRESS',
  'IBAN_CODE',
  'PERSON',
  'STREET_ADDRESS',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** Checksum- or format-validated types; PERSON and STREET_ADDRESS are heuristic. */
export const STRUCTURED_PII_TYPES: readonly PiiType[] = PII_TYPES.filter((t) => t !== 'PERSON' && t !== 'STREET_ADDRESS');

export interface PiiFinding {
  type: PiiType;
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  /** 0..1: format-only matches score lower than checksum- or context-confirmed ones. */
  score: number;
}

/** One type family's detector. */
export type PiiRecognizer = (text: string) => PiiFinding[];
