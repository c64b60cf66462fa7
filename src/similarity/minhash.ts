// MinHash signatures and LSH band keys over sets of normalised terms: finds likely-similar sentences without comparing all pairs.
//
// Why MinHash/LSH: two sentences that state one claim share an unusual share of their content terms (high Jaccard
// similarity), whatever their order. MinHash estimates that similarity from a short signature, and cutting the
// signature into bands gives bucket keys that similar sets are likely to share and dissimilar sets are not. Each
// sentence is then compared only with what shares a bucket, so the work grows with the number of sentences, not
// with its square. A plain term index would not do: a common term (a company name in every sentence) makes its
// posting list as long as the corpus, and the search all-pairs again.

/** Hashes per signature. */
export const SIGNATURE_SIZE = 96;
/** Rows per band: two sets become candidates when they agree on every row of some band. */
export const BAND_ROWS = 2;

// FNV-1a, 32 bits: fast, deterministic, good enough spread for short strings.
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche so that near-identical strings spread apart.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * The MinHash signature of a set of terms: for each of SIGNATURE_SIZE hash functions, the least hash over the set.
 * The hash functions are h1 + i·h2 (double hashing), so each term is hashed only twice.
 */
export function signature(terms: Iterable<string>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const t of new Set(terms)) {
    const h1 = fnv1a(t, 0);
    const h2 = fnv1a(t, 0x9e3779b9) | 1;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = (h1 + Math.imul(i, h2)) >>> 0;
      if (h < (sig[i] as number)) sig[i] = h;
    }
  }
  return sig;
}

/**
 * LSH bucket keys: one per band of BAND_ROWS signature values. With 48 bands of 2 rows, sets with a Jaccard
 * similarity of 0.2 share a key with probability 1 − (1 − 0.2²)⁴⁸ ≈ 0.86, at 0.3 ≈ 0.99, at 0.05 ≈ 0.11.
 * An empty set has no keys.
 */
export function bandKeys(sig: Uint32Array): number[] {
  // No term lowered any value: the set was empty, and all empty sets would otherwise share every key.
  if (sig.every((v) => v === 0xffffffff)) return [];
  const keys: number[] = [];
  for (let b = 0; b + BAND_ROWS <= sig.length; b += BAND_ROWS) keys.push(bandKey(sig, b));
  return keys;
}

// The key of the band starting at row `b`: its rows hashed, with the band's index, into a 53-bit integer. Numbers, not
// strings like `b:v1:v2`: every key of every sentence is looked up in the buckets, and a fresh string would be hashed
// on each lookup. Two bands share a key by chance with odds of 2⁻⁵³;
// even then the cost is one more candidate, which is scored like any other.
function bandKey(sig: Uint32Array, b: number): number {
  let lo = Math.imul(b + 1, 0x9e3779b1) >>> 0;
  let hi = Math.imul(b + 1, 0x85ebca6b) >>> 0;
  for (let r = b; r < b + BAND_ROWS; r++) {
    const v = sig[r] as number;
    lo = mix(lo ^ v);
    hi = mix(hi + Math.imul(v, 0xc2b2ae35));
  }
  return (hi & 0x1fffff) * 0x100000000 + lo;
}

// The 32-bit finaliser of MurmurHash3: spreads every input bit over the output.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
