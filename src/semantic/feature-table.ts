// Maps hashed feature indices (sparse, up to 2^18) to dense row numbers of a weight matrix. Only
// features seen in training can carry weight, so a compact table keeps a 14-class model at a few
// MB instead of a 15 MB dense matrix. Open addressing on Int32Array: lookups allocate nothing.

export class FeatureTable {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap <<= 1;
    this.keys = new Int32Array(cap).fill(-1);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Row of a feature, or -1 when the feature was never added. */
  get(feature: number): number {
    let slot = Math.imul(feature, 0x9e3779b1) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === feature) return this.rows[slot]!;
      if (k === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Row of a feature, adding it with the next free row when new. */
  intern(feature: number): number {
    const found = this.get(feature);
    if (found !== -1) return found;
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.place(feature, this.count);
    return this.count++;
  }

  private place(feature: number, row: number): void {
    let slot = Math.imul(feature, 0x9e3779b1) & this.mask;
    while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
    this.keys[slot] = feature;
    this.rows[slot] = row;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Int32Array(oldKeys.length * 2).fill(-1);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== -1) this.place(oldKeys[i]!, oldRows[i]!);
  }
}
