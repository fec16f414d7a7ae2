// The learned half of the jailbreak score: the linear model (model.ts) trained on training/ when
// this module loads, and its logit mapped to a probability that is combined with the rule signals
// by noisy-OR in ../jailbreak.ts.
//
// Training at load instead of shipping weights: ~0.15 s of CPU once per process, no generated
// file to keep in step with the data, and the same model on every start (seeded SGD).
//
// Hyperparameters and calibration were chosen by 5-fold cross-validation on the training set plus
// the dev splits eval/data/jailbreak{,-fresh,-holdout,-blind}.jsonl (never blind2):
//   l2 0.02, 20 epochs, learning rate 1  -> out-of-fold AUC 0.946 (model alone)
//   probability = sigmoid(SLOPE * logit + OFFSET): the steepest mapping that kept out-of-fold
//   false positives on the hard negatives at or under ~2.5% once OR-ed with the rules.

import { trainJailbreakModel, type JailbreakModel, type JailbreakModelOptions } from './model.js';
import { trainingSet } from './training/index.js';

export const LEARNED_OPTIONS: JailbreakModelOptions = { l2: 0.02, epochs: 20, learningRate: 1 };
const SLOPE = 3;
const OFFSET = -1;

let model: JailbreakModel | undefined;

export function warmLearnedModel(): void {
  model ??= trainJailbreakModel(trainingSet(), LEARNED_OPTIONS);
}

/**
 * Calibrated attack probability according to the learned model alone, of text already NFKC-folded,
 * stripped of invisible characters and lower-cased (features.ts normalizeForModel; the detector
 * has that string at hand, and normalising 4,000 characters twice would cost more than scoring).
 */
export function learnedProbability(normalized: string): number {
  warmLearnedModel();
  return 1 / (1 + Math.exp(-(SLOPE * model!.logit(normalized) + OFFSET)));
}
