// A claim's centroid: summed weights by term id, in an open-addressing table of typed arrays.

const EMPTY = -1;

/**
 * Term id -> summed weight. Clustering looks up every term of every candidate sentence in a claim's sums, in
 * centroids of thousands of terms: tens of millions of lookups in a large archive. Linear probing over two typed
 * arrays keeps a lookup to a cache line or two, where a `Map` hashes and chases pointers.
 * Term ids are non-negative integers.
 */
export class TermSums {
  private keys: Int32Array;
  private values: Float64Array;
  private mask: number;
  /** How many terms have a sum. */
  size = 0;

  constructor(capacity = 16) {
    let slots = 8;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Int32Array(slots).fill(EMPTY);
    this.values = new Float64Array(slots);
    this.mask = slots - 1;
  }

  /** The slot holding `id`, or the empty slot where it would go. */
  private slot(id: number): number {
    // Multiplicative hashing spreads consecutive ids (terms are numbered as first met) over the table.
    let i = Math.imul(id, 0x9e3779b1) & this.mask;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === id || k === EMPTY) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The sum for `id`; 0 when it has none. */
  get(id: number): number {
    const i = this.slot(id);
    return this.keys[i] === id ? (this.values[i] as number) : 0;
  }

  /** Adds `weight` to the sum for `id` and returns the sum before. */
  add(id: number, weight: number): number {
    let i = this.slot(id);
    if (this.keys[i] === id) {
      const old = this.values[i] as number;
      this.values[i] = old + weight;
      return old;
    }
    // At most half full, so that probes stay short.
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow();
      i = this.slot(id);
    }
    this.keys[i] = id;
    this.values[i] = weight;
    this.size++;
    return 0;
  }

  /** Calls `f` with each term id and its sum, in no particular order. */
  forEach(f: (id: number, sum: number) => void): void {
    for (let i = 0; i < this.keys.length; i++)
      if (this.keys[i] !== EMPTY) f(this.keys[i] as number, this.values[i] as number);
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.values = new Float64Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const j = this.slot(keys[i] as number);
      this.keys[j] = keys[i] as number;
      this.values[j] = values[i] as number;
    }
  }
}
