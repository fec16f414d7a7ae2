// Hashed features for the learned jailbreak scorer (model.ts). Unlike the category vectorizer this
// keeps function words and punctuation: "you are now", "from now on", "your instructions",
// "system:" and "###" carry most of the signal in an attack, and they are exactly what a topic
// model throws away.
//
// Three families, each scored separately and normalised by the square root of its own count:
//   0  word unigrams (numbers folded to one token)
//   1  word bigrams
//   2  character 4-grams over the whitespace-collapsed text, across word boundaries, so they see
//      short phrases ("e you", "ur ru"), role markers ("em:\n") and inflections in any language.
// Every feature also records the character offset where it starts, so the scorer can look at a
// window of a long prompt (an injection in the middle of a pasted document) without re-hashing.

export const FAMILIES = 3;
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;
const CHAR_N = 4;

const SEEDS = [0x811c9dc5, 0x9e3779b9, 0x7f4a7c15];
const NUMBER_HASH = 0x2545f491;

// Zero-width and bidi controls split words invisibly ("ig\u200bnore"); soft hyphen too.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** NFKC, invisible characters removed, lower case (whitespace is collapsed during extraction). */
export function normalizeForModel(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}

function isWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c >= 48 && c <= 57) return true;
  // Latin-1 letters and every script beyond; excludes general punctuation and symbol blocks.
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Receives each feature as it is extracted: training stores them, scoring sums weights at once. */
export interface FeatureSink {
  add(index: number, fam: number, pos: number): void;
}

/** Features of one text, in order of position. Reused buffers: read before the next extraction. */
export class FeatureList implements FeatureSink {
  /** Hashed feature index (already masked to HASH_BITS). */
  idx = new Int32Array(4096);
  fam = new Uint8Array(4096);
  /** Character offset in the normalised text where the feature starts. */
  pos = new Int32Array(4096);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  add(index: number, fam: number, pos: number): void {
    if (this.length === this.idx.length) this.grow();
    const i = this.length++;
    this.idx[i] = index;
    this.fam[i] = fam;
    this.pos[i] = pos;
  }

  private grow(): void {
    const n = this.idx.length * 2;
    const idx = new Int32Array(n);
    const fam = new Uint8Array(n);
    const pos = new Int32Array(n);
    idx.set(this.idx);
    fam.set(this.fam);
    pos.set(this.pos);
    this.idx = idx;
    this.fam = fam;
    this.pos = pos;
  }
}

// Character codes of the text with every whitespace run collapsed to one space; grown on demand.
let codes = new Uint16Array(8192);

const slot = (h: number): number => (h ^ (h >>> 16)) & MASK;

/**
 * Features of already-normalised text (normalizeForModel) into `out`, positions counted in the
 * whitespace-collapsed text, whose length is returned. Words and character grams are
 * interleaved; consumers only rely on positions being non-decreasing within a family.
 */
export function extractFeatures(text: string, out: FeatureSink): number {
  if (codes.length < text.length) codes = new Uint16Array(text.length * 2);
  let n = 0;
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (!lastSpace) codes[n++] = 32;
      lastSpace = true;
    } else {
      codes[n++] = c;
      lastSpace = false;
    }
  }
  let prevWord = 0;
  let havePrev = false;
  const w0 = SEEDS[0]!;
  const w1 = SEEDS[1]!;
  let i = 0;
  while (i < n) {
    if (!isWordChar(codes[i]!)) {
      i++;
      continue;
    }
    let h = w0;
    let digits = true;
    let j = i;
    for (; j < n; j++) {
      const c = codes[j]!;
      if (!isWordChar(c)) break;
      if (c < 48 || c > 57) digits = false;
      h = Math.imul(h ^ c, 16777619);
    }
    if (digits) h = NUMBER_HASH;
    out.add(slot(h), 0, i);
    if (havePrev) out.add(slot(Math.imul(prevWord ^ w1, 0x01000193) ^ h), 1, i);
    prevWord = h;
    havePrev = true;
    i = j;
  }
  // Character 4-grams, each hashed from scratch (FNV-1a does not roll; four multiplies are cheap).
  const seed = SEEDS[2]!;
  for (let s = 0; s + CHAR_N <= n; s++) {
    let h = seed;
    for (let k = s; k < s + CHAR_N; k++) h = Math.imul(h ^ codes[k]!, 16777619);
    out.add(slot(h), 2, s);
  }
  return n;
}
