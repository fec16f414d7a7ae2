// Learned jailbreak scorer: binary logistic regression over hashed word, bigram and character
// 4-gram features (features.ts), trained by SGD at first use on the prompts in training/.
//
// Why a linear model next to the rules: the rules know phrasings, the model knows vocabulary. A
// paraphrase the rules never saw ("kindly set aside the principles you were configured with")
// still shares words and character grams with a hundred training attacks, and the model weighs
// thousands of them at once. It is kept linear so a score costs one weight lookup per feature.
//
// Long prompts are scored as the maximum over the whole text and over overlapping windows of
// `windowChars`: an injection buried in a pasted page is diluted in the whole-text average but
// dominates the window that contains it. Benign training texts longer than a window are also
// added window by window as negatives, so the model sees what harmless fragments look like.

import { FAMILIES, FeatureList, HASH_BITS, extractFeatures, normalizeForModel, type FeatureSink } from './features.js';

export interface TrainingText {
  text: string;
  label: 0 | 1;
  /** Scales this example's gradient (default 1). */
  weight?: number;
}

export interface JailbreakModelOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Window length in characters for long prompts; 0 scores the whole text only. */
  windowChars?: number;
  /** Window step in characters (a divisor of windowChars). */
  strideChars?: number;
  seed?: number;
}

const DEFAULTS = { epochs: 12, learningRate: 0.5, l2: 1e-4, windowChars: 320, strideChars: 80, seed: 0x5eed } as const;

/** Deterministic xorshift32 stream in [0, 1): training must give the same model on every start. */
function xorshift(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Compact sparse example: distinct feature indices with their values (count / sqrt(family count)). */
interface Encoded {
  idx: Int32Array;
  val: Float32Array;
  y: number;
  w: number;
}

function encode(list: FeatureList, from: number, to: number, y: number, w: number): Encoded {
  const famCount = new Array<number>(FAMILIES).fill(0);
  for (let i = 0; i < list.length; i++) {
    const p = list.pos[i]!;
    if (p >= from && p < to) famCount[list.fam[i]!]! += 1;
  }
  const scale = famCount.map((c) => (c > 0 ? 1 / Math.sqrt(c) : 0));
  const acc = new Map<number, number>();
  for (let i = 0; i < list.length; i++) {
    const p = list.pos[i]!;
    if (p < from || p >= to) continue;
    const k = list.idx[i]!;
    acc.set(k, (acc.get(k) ?? 0) + scale[list.fam[i]!]!);
  }
  return { idx: Int32Array.from(acc.keys()), val: Float32Array.from(acc.values()), y, w };
}

/**
 * Sums feature weights per family into buckets of `stride` characters while features are
 * extracted, so scoring never stores a feature list; windows are then runs of buckets.
 */
class BucketSums implements FeatureSink {
  sum = new Float64Array(0);
  count = new Float64Array(0);

  constructor(
    private readonly weights: Float32Array,
    readonly stride: number,
  ) {}

  reserve(chars: number): void {
    const need = (Math.ceil(chars / this.stride) + 1) * FAMILIES;
    if (this.sum.length >= need) return;
    this.sum = new Float64Array(need * 2);
    this.count = new Float64Array(need * 2);
  }

  add(index: number, fam: number, pos: number): void {
    const b = ((pos / this.stride) | 0) * FAMILIES + fam;
    this.sum[b] += this.weights[index]!;
    this.count[b] += 1;
  }
}

export class JailbreakModel {
  private readonly buckets: BucketSums;
  private readonly famSum = new Float64Array(FAMILIES);
  private readonly famCount = new Float64Array(FAMILIES);

  constructor(
    weights: Float32Array,
    private readonly bias: number,
    private readonly windowChars: number,
    strideChars: number,
  ) {
    // Without windows one bucket spans any text.
    this.buckets = new BucketSums(weights, windowChars > 0 ? strideChars : 2 ** 30);
  }

  /** Attack probability of a text (max over the whole text and its windows). */
  score(text: string): number {
    return sigmoid(this.logit(normalizeForModel(text)));
  }

  /** Raw logit of a text (before calibration). */
  rawLogit(text: string): number {
    return this.logit(normalizeForModel(text));
  }

  /** Logit of already-normalised text (normalizeForModel). */
  logit(norm: string): number {
    const acc = this.buckets;
    acc.reserve(norm.length);
    const len = extractFeatures(norm, acc);
    const stride = acc.stride;
    const nb = Math.max(1, Math.ceil(len / stride));
    const { sum, count } = acc;
    const famSum = this.famSum.fill(0);
    const famCount = this.famCount.fill(0);
    for (let b = 0; b < nb; b++) {
      for (let f = 0; f < FAMILIES; f++) {
        famSum[f] += sum[b * FAMILIES + f]!;
        famCount[f] += count[b * FAMILIES + f]!;
      }
    }
    let best = this.combine(famSum, famCount);
    if (this.windowChars > 0 && len > this.windowChars) {
      // Slide a window of k buckets: running per-family sums, one add and one subtract per step.
      const k = Math.max(1, Math.round(this.windowChars / stride));
      famSum.fill(0);
      famCount.fill(0);
      for (let b = 0; b < nb; b++) {
        for (let f = 0; f < FAMILIES; f++) {
          famSum[f] += sum[b * FAMILIES + f]!;
          famCount[f] += count[b * FAMILIES + f]!;
          if (b >= k) {
            famSum[f] -= sum[(b - k) * FAMILIES + f]!;
            famCount[f] -= count[(b - k) * FAMILIES + f]!;
          }
        }
        if (b >= k - 1) best = Math.max(best, this.combine(famSum, famCount));
      }
    }
    sum.fill(0, 0, nb * FAMILIES);
    count.fill(0, 0, nb * FAMILIES);
    return best;
  }

  private combine(sum: Float64Array, count: Float64Array): number {
    let z = this.bias;
    for (let f = 0; f < FAMILIES; f++) if (count[f]! > 0) z += sum[f]! / Math.sqrt(count[f]!);
    return z;
  }
}

/** Deterministic training: the same data and options give the same model on every start. */
export function trainJailbreakModel(data: readonly TrainingText[], opts: JailbreakModelOptions = {}): JailbreakModel {
  const o = { ...DEFAULTS, ...opts };
  const list = new FeatureList();
  const examples: Encoded[] = [];
  let pos = 0;
  let neg = 0;
  for (const d of data) (d.label === 1 ? pos++ : neg++);
  // Balance the classes: benign prompts outnumber attacks, and the threshold should not move
  // when someone adds a hundred ordinary prompts to the training set.
  const classWeight = [pos / Math.max(1, neg), 1];
  for (const d of data) {
    list.clear();
    const len = extractFeatures(normalizeForModel(d.text), list);
    const w = (d.weight ?? 1) * classWeight[d.label]!;
    examples.push(encode(list, 0, len, d.label, w));
    if (d.label === 0 && o.windowChars > 0 && len > o.windowChars) {
      for (let from = 0; from + o.strideChars < len; from += o.strideChars) {
        examples.push(encode(list, from, from + o.windowChars, 0, w * 0.5));
      }
    }
  }

  const W = new Float32Array(1 << HASH_BITS);
  let b = 0;
  const rand = xorshift(o.seed);
  const order = examples.map((_, i) => i);
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = o.learningRate / (1 + ep * 0.3);
    for (const i of order) {
      const ex = examples[i]!;
      let z = b;
      for (let k = 0; k < ex.idx.length; k++) z += W[ex.idx[k]!]! * ex.val[k]!;
      const g = ex.w * (sigmoid(z) - ex.y);
      b -= lr * g * 0.1;
      const decay = 1 - lr * o.l2;
      for (let k = 0; k < ex.idx.length; k++) {
        const f = ex.idx[k]!;
        W[f] = W[f]! * decay - lr * g * ex.val[k]!;
      }
    }
  }
  return new JailbreakModel(W, b, o.windowChars, o.strideChars);
}
