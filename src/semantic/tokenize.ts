// Word tokenizer for the in-process text models. A hand-written scan instead of regex splitting:
// it runs on every request (4,000-character prompts in well under a millisecond) and allocates
// only the token strings themselves.

export const NUM_TOKEN = '<n>';
export const YEAR_TOKEN = '<year>';

// Function words carry no topic. Prompt filler ("please", "explain") is left to IDF, which
// down-weights it from the training corpus itself.
const STOPWORDS = new Set(
  ('a an the and or but if then else of to in on at by for with from into onto about as is are was were be been ' +
    'being am do does did doing have has had having i me my mine we us our you your yours he him his she her ' +
    'hers it its they them their this that these those there here what which who whom whose when where why how ' +
    'can could would should will shall may might must not no nor so than too very just also only own same such ' +
    'some any each few more most other both all s t d ll m re ve y let lets get got up out over under again ' +
    'once off further while during before after above below between through because until against per via')
    .split(' '),
);

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

// Symbols that say something about the topic on their own (equations, code, money).
// Formal-logic connectives (⊃ ≡ ∨ ·) mark logic exercises, which MMLU files under philosophy.
const SYMBOLS = new Set(['=', '+', '^', '*', '/', '<', '>', '{', '}', ';', '$', '%', '€', '£', '∫', '√', '∑', '≤', '≥', '≠', '±', '→', '⊃', '≡', '∨', '∧', '¬', '↔', '∀', '∃']);

function isWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true; // a-z (input is lower-cased)
  if (c >= 48 && c <= 57) return true;
  if (c >= 65 && c <= 90) return true;
  // Latin-1 letters, Greek, Cyrillic, CJK...; excludes the general-punctuation and symbol blocks.
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f);
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Lower-cased words, numbers folded to `<n>` / `<year>` (a four-digit 1000–2099 number is a strong
 * history/economics cue), and single topic symbols. Expects already lower-cased text.
 */
export function tokenize(lower: string): string[] {
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(lower.charCodeAt(j))) j++;
      const tok = lower.slice(i, j);
      if (isDigits(tok)) {
        const v = tok.length === 4 ? Number(tok) : 0;
        out.push(v >= 1000 && v <= 2099 ? YEAR_TOKEN : NUM_TOKEN);
      } else {
        out.push(tok);
      }
      i = j;
    } else {
      if (c > 32) {
        const ch = lower[i]!;
        if (SYMBOLS.has(ch)) out.push(ch);
      }
      i++;
    }
  }
  return out;
}

/**
 * A deliberately light suffix stripper (plural, -ing, -ed, -ly). Porter would conflate more, but
 * character n-grams already bridge morphology, and over-stemming merges topic words
 * ("organic"/"organ").
 */
export function stem(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  if (w.endsWith('ies') && n > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && n > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && n > 4 && !w.endsWith('eed')) return w.slice(0, -2);
  if (w.endsWith('ly') && n > 5) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && n > 3) return w.slice(0, -1);
  return w;
}
