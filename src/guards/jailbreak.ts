// Jailbreak / prompt-injection detector: weighted signals (signals.ts, harm.ts) found in the
// normalised text and in its de-obfuscated variants, plus the calibrated probability of a learned
// linear model (jailbreak/model.ts), combined by noisy-OR into a 0..1 score.
// Questions *about* attacks (security education) are discounted when the attack phrase is only
// quoted or named, so "what is a prompt injection attack" passes while the attack itself does not.
//
// Why both: on eval/data/jailbreak-blind2.jsonl (written before the model, run once at the end)
// the rules alone catch 36.5% of attacks, the model alone 82.4%, both 87.8% at 1.3% false
// positives: the model generalises over vocabulary, the rules read what it cannot (base64,
// leetspeak, spaced letters) and pin the canonical families (eval/README.md has the ablation).

import type { Classifier } from '../semantic/classifier.js';
import { stripInvisible } from '../semantic/text.js';
import { concatenationEdits, decodeBase64Runs, editedWindows, hasInvisible, homoglyphEdits, leetEdits, spacedEdits, type Edit } from './jailbreak/deobfuscate.js';
import { harmSignal } from './jailbreak/harm.js';
import { proximitySignals } from './jailbreak/proximity.js';
import { benignScope } from './jailbreak/scope.js';
import { AnchorIndex } from './jailbreak/anchor-index.js';
import { learnedProbability, warmLearnedModel } from './jailbreak/learned.js';
import { SIGNALS } from './jailbreak/signals.js';

export interface JailbreakResult {
  detected: boolean;
  score: number;
  /** Ids of the signals that contributed, e.g. "override_instructions", "obfuscation:base64". */
  signals: string[];
}

export interface JailbreakOptions {
  /** Score at or above which `detected` is true (default 0.7). */
  threshold?: number;
}

export const DEFAULT_JAILBREAK_THRESHOLD = 0.7;

const EDU_QUESTION =
  /(?:^|[.?!:\n]\s*)(?:what (?:is|are|was|were|does|do)|how (?:does|do|can|could|should|would|to)|why (?:does|do|is|are|would)|explain|describe|define|is it|are there|can you (?:explain|list|describe|tell)|list|write (?:a|an) (?:short )?(?:policy|guide|article|post|summary)|help me (?:understand|write|build|design)|our red team)\b/;
const EDU_TOPIC =
  /\b(?:prompt injections?|injection|jailbreak(?:s|ing|ed)?|adversarial|red[- ]team\w*|security|defen[cs]e|defend|protect\w*|prevent\w*|mitigat\w*|detect\w*|classif\w*|filter\w*|sanitiz\w*|guardrails?|owasp|risks?)\b/;
const MENTION_BEFORE = /(?:\blike|such as|e\.g\.|for example|called|phrases?|the words|strings?|saying|["“'‘`])\s*["“'‘`]?\s*$/;

type Found = Map<string, number>;

const WIDE_SPACE = /[\t\f\v\u00a0]| {2}/;

function collapse(text: string): string {
  return WIDE_SPACE.test(text) ? text.replace(/[ \t\f\v\u00a0]+/g, ' ') : text;
}

function add(found: Found, id: string, weight: number): void {
  if (weight > (found.get(id) ?? 0)) found.set(id, weight);
}

// Train at start-up (~0.15 s CPU) rather than on the first request: the gateway imports this
// module when it starts, and a first request should not wait for training.
warmLearnedModel();

const ANCHORS = new AnchorIndex(SIGNALS.map((s) => s.anchors));

function scan(text: string, questioning: boolean): Found {
  const found: Found = new Map();
  const active = ANCHORS.active(text);
  for (let i = 0; i < SIGNALS.length; i++) {
    if (!active[i]) continue;
    const s = SIGNALS[i]!;
    const m = s.re.exec(text);
    if (!m) continue;
    let w = s.weight;
    // Mention, not use: the phrase is quoted or introduced as an example in a question about attacks.
    if (questioning && s.mentionable && MENTION_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) w *= 0.3;
    if (s.mentionable && benignScope(text, m.index, m.index + m[0].length)) w *= 0.3;
    add(found, s.id, w);
  }
  for (const p of proximitySignals(text)) add(found, p.id, p.weight);
  const harm = harmSignal(text);
  if (harm) add(found, harm.id, harm.weight);
  return found;
}

function merge(into: Found, from: Found, obfuscation: string): void {
  let added = false;
  for (const [id, w] of from) {
    if (w > (into.get(id) ?? 0)) {
      into.set(id, w);
      added = true;
    }
  }
  if (added) add(into, obfuscation, 0.3);
}

/** The two halves of the score, for evaluation (eval/jailbreak.ts ablation). */
export interface JailbreakComponents {
  /** Noisy-OR of the rule signals, after the security-education discount. */
  rules: number;
  /** Calibrated probability of the learned model, after the same discount. */
  model: number;
  signals: string[];
}

export function detectJailbreak(text: string, opts: JailbreakOptions = {}): JailbreakResult {
  const threshold = opts.threshold ?? DEFAULT_JAILBREAK_THRESHOLD;
  const c = jailbreakComponents(text);
  const score = Math.round((1 - (1 - c.rules) * (1 - c.model)) * 1000) / 1000;
  return { detected: score >= threshold, score, signals: c.signals };
}

export function jailbreakComponents(text: string): JailbreakComponents {
  const raw = stripInvisible(text.normalize('NFKC')).toLowerCase();
  const base = collapse(raw);
  const questioning = EDU_QUESTION.test(base);
  const educational = questioning && EDU_TOPIC.test(base);
  const found = scan(base, questioning);

  const variants: Array<[string, string, Edit[]]> = [
    ['obfuscation:homoglyph', base, homoglyphEdits(base)],
    ['obfuscation:leetspeak', base, leetEdits(base)],
    ['obfuscation:spaced', raw, spacedEdits(raw)],
    ['obfuscation:concatenation', base, concatenationEdits(base)],
  ];
  for (const [signal, source, edits] of variants) {
    if (edits.length > 0) merge(found, scan(collapse(editedWindows(source, edits)), questioning), signal);
  }
  for (const decoded of decodeBase64Runs(text)) {
    const lower = decoded.toLowerCase();
    const inner = scan(lower, false);
    const leet = leetEdits(lower);
    if (leet.length > 0) merge(inner, scan(editedWindows(lower, leet), false), 'obfuscation:leetspeak');
    merge(found, inner, 'obfuscation:base64');
  }
  if (found.size > 0 && hasInvisible(text)) add(found, 'obfuscation:zero_width', 0.3);

  const discount = educational && !found.has('hypothetical_harm') ? 0.6 : 1;
  let keep = 1;
  for (const [id, w] of found) keep *= 1 - (id.startsWith('obfuscation:') ? w : w * discount);
  const model = learnedProbability(raw) * discount;
  const signals = [...found.keys()];
  // Listed only when it matters on its own, so signals stay readable on ordinary prompts.
  if (model >= LEARNED_SIGNAL_MIN) signals.push('learned_model');
  return { rules: 1 - keep, model, signals: signals.sort() };
}

const LEARNED_SIGNAL_MIN = 0.3;

export function createJailbreakClassifier(opts: JailbreakOptions = {}): Classifier<string, JailbreakResult> {
  return { name: 'jailbreak', classify: (text: string) => detectJailbreak(text, opts) };
}
