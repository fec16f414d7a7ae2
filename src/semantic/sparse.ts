// Sparse vectors over a hashed feature space. Indices are unsorted: the consumers (linear scoring
// and cosine against a dense scratch) never need order, and sorting 15k features per request
// would cost more than the scoring itself.

export interface SparseVector {
  readonly idx: Int32Array;
  readonly val: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { idx: new Int32Array(0), val: new Float32Array(0) };

export function norm(v: SparseVector): number {
  let s = 0;
  for (let i = 0; i < v.val.length; i++) s += v.val[i]! * v.val[i]!;
  return Math.sqrt(s);
}

/**
 * Dot products of many vectors against one: the query is scattered once into a dense array, then
 * each candidate costs one pass over its own entries.
 */
export class DenseScratch {
  private readonly dense: Float32Array;
  private loaded: SparseVector = EMPTY_VECTOR;

  constructor(dims: number) {
    this.dense = new Float32Array(dims);
  }

  load(v: SparseVector): void {
    this.clear();
    for (let i = 0; i < v.idx.length; i++) this.dense[v.idx[i]!] = v.val[i]!;
    this.loaded = v;
  }

  dot(v: SparseVector): number {
    let s = 0;
    const d = this.dense;
    for (let i = 0; i < v.idx.length; i++) s += d[v.idx[i]!]! * v.val[i]!;
    return s;
  }

  clear(): void {
    const idx = this.loaded.idx;
    for (let i = 0; i < idx.length; i++) this.dense[idx[i]!] = 0;
    this.loaded = EMPTY_VECTOR;
  }
}

/** Cosine of two L2-normalised vectors. */
export function cosine(a: SparseVector, b: SparseVector, scratch: DenseScratch): number {
  scratch.load(a.idx.length >= b.idx.length ? b : a);
  const s = scratch.dot(a.idx.length >= b.idx.length ? a : b);
  scratch.clear();
  return s;
}
