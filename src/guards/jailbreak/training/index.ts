// The jailbreak model's training set: attacks (label 1) and benign prompts (label 0) written for
// this project, plus the built-in category examples and topic-free chat as ordinary traffic.
// Nothing here may appear in eval/data/jailbreak*.jsonl (test/guards/jailbreak-training.test.ts).

import { BACKGROUND_PROMPTS } from '../../../semantic/background-prompts.js';
import { BUILTIN_CATEGORIES } from '../../../semantic/builtin-categories.js';
import type { TrainingText } from '../model.js';
import { DOCUMENT_INJECTION, OBFUSCATED, ROLE_MARKERS } from './attacks-injected.js';
import { AUTHORITY, EXTRACTION, OVERRIDE, REFUSAL_SUPPRESSION } from './attacks-instructions.js';
import { MULTILINGUAL_ATTACKS } from './attacks-multilingual.js';
import { EXTRACTION_AND_INJECTION, FRAMED_HARM, PARAPHRASED } from './attacks-paraphrased.js';
import { FICTION_HARM, LONG_ROLEPLAY, MANIPULATION, PERSONA } from './attacks-personas.js';
import { DOCUMENTS, EVERYDAY, MULTILINGUAL_BENIGN, TRIGGER_WORDS } from './benign-everyday.js';
import { HOW_TO, NEAR_MISSES, PLAY_AND_TRANSLATE, STYLE_RULES } from './benign-near-misses.js';
import { ACT_AS, DEVELOPER_PROMPTS, FICTION, FORMAT_INSTRUCTIONS } from './benign-roleplay.js';
import { CTF, SECURITY_QUESTIONS, TECH } from './benign-security.js';

export const TRAINING_ATTACKS: readonly string[] = [
  ...OVERRIDE,
  ...AUTHORITY,
  ...EXTRACTION,
  ...REFUSAL_SUPPRESSION,
  ...PERSONA,
  ...LONG_ROLEPLAY,
  ...FICTION_HARM,
  ...MANIPULATION,
  ...DOCUMENT_INJECTION,
  ...ROLE_MARKERS,
  ...OBFUSCATED,
  ...MULTILINGUAL_ATTACKS,
  ...PARAPHRASED,
  ...FRAMED_HARM,
  ...EXTRACTION_AND_INJECTION,
];

/** Benign prompts written as hard negatives (they share vocabulary with attacks). */
export const TRAINING_HARD_NEGATIVES: readonly string[] = [
  ...SECURITY_QUESTIONS,
  ...CTF,
  ...TECH,
  ...ACT_AS,
  ...FICTION,
  ...DEVELOPER_PROMPTS,
  ...FORMAT_INSTRUCTIONS,
  ...TRIGGER_WORDS,
  ...DOCUMENTS,
  ...EVERYDAY,
  ...MULTILINGUAL_BENIGN,
  ...NEAR_MISSES,
  ...HOW_TO,
  ...STYLE_RULES,
  ...PLAY_AND_TRANSLATE,
];

/** Ordinary traffic: the category examples and topic-free chat ("thanks", "make it shorter"). */
export const TRAINING_ORDINARY: readonly string[] = [...BUILTIN_CATEGORIES.flatMap((c) => c.examples), ...BACKGROUND_PROMPTS];

export function trainingSet(ordinaryWeight = 0.5): TrainingText[] {
  return [
    ...TRAINING_ATTACKS.map((text): TrainingText => ({ text, label: 1 })),
    ...TRAINING_HARD_NEGATIVES.map((text): TrainingText => ({ text, label: 0 })),
    ...TRAINING_ORDINARY.map((text): TrainingText => ({ text, label: 0, weight: ordinaryWeight })),
  ];
}
