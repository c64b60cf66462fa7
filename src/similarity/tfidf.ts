// TF-IDF vectors of sentences over their content terms, stored flat, one per distinct wording.
import type { TermSums } from "./termSums.ts";
import { type Synonyms, words, contentTerms, NO_SYNONYMS } from "../text/tokens.ts";
import { idf } from "./termWeights.ts";

/** A sentence's TF-IDF vector: term ids, in the order the terms first occur, and their unit-normalised weights. */
export interface Vector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** A claim's centroid: the sum of its members' vectors, by term id. */
export type Sum = TermSums;

/** A named actor counts this many times a plain word: two reports of one claim name the same actors. */
export const NAME_WEIGHT = 2;

const NO_NAMES: ReadonlySet<string> = new Set();

/** Terms of the words written with a capital inside the sentence (not its first word): names of actors. */
function nameTerms(text: string, synonyms: Synonyms): Set<string> {
  return new Set(
    words(text)
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .flatMap((w) => contentTerms(w, synonyms)),
  );
}

/**
 * The vectors of all distinct wordings in three flat arrays (wording w's entries run from `offsets[w]` to
 * `offsets[w + 1]`), the terms their ids stand for, how many sentences each term occurs in, and which wording each
 * sentence has. Flat rather than one object per vector: a large archive has hundreds of thousands of sentences, and
 * a Map each would be hundreds of megabytes that the garbage collector walks again and again. Per wording rather
 * than per sentence: most sentences of a large archive repeat an earlier one word for word, and their entries
 * would be copies.
 */
export interface Vectors {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly terms: string[];
  readonly df: Int32Array;
  /** For each sentence, the index of its wording in `offsets`. */
  readonly wordings: Int32Array;
  /** For each sentence, the first sentence worded exactly as it is, or −1 when it is that first one. */
  readonly twins: Int32Array;
}

/** Sentence i's vector (its wording's), as views into the flat arrays. */
export function vectorAt(vectors: Vectors, i: number): Vector {
  const w = vectors.wordings[i] as number;
  const from = vectors.offsets[w] as number;
  const to = vectors.offsets[w + 1] as number;
  return { ids: vectors.ids.subarray(from, to), weights: vectors.weights.subarray(from, to) };
}

/** TF-IDF vectors over content terms; rare terms (names, figures) weigh most, and names count `nameWeight` times. */
export function vectorize(
  sentences: ReadonlyArray<{ readonly text: string }>,
  synonyms: Synonyms = NO_SYNONYMS,
  nameWeight: number = NAME_WEIGHT,
): Vectors {
  const n = sentences.length;
  const terms: string[] = [];
  const idOf = new Map<string, number>();
  const offsets = [0];
  const ids: number[] = [];
  // Term counts until the document frequencies are known, then weights.
  const tf: number[] = [];
  // How many sentences have each wording: they all count towards its terms' document frequencies.
  const uses: number[] = [];
  // A sentence worded exactly as an earlier one takes its wording instead of reading it again: tokenising and
  // stemming are the costly part.
  const firstAt = new Map<string, number>();
  const wordings = new Int32Array(n);
  const twins = new Int32Array(n).fill(-1);
  sentences.forEach((s, i) => {
    const twin = firstAt.get(s.text);
    if (twin !== undefined) {
      const w = wordings[twin] as number;
      twins[i] = twin;
      wordings[i] = w;
      uses[w] = (uses[w] as number) + 1;
      return;
    }
    firstAt.set(s.text, i);
    wordings[i] = uses.length;
    uses.push(1);
    const start = ids.length;
    const names = nameWeight === 1 ? NO_NAMES : nameTerms(s.text, synonyms);
    for (const t of contentTerms(s.text, synonyms)) {
      let id = idOf.get(t);
      if (id === undefined) {
        idOf.set(t, (id = terms.length));
        terms.push(t);
      }
      // A sentence has a few dozen terms at most: a linear search over its own entries beats a Map per sentence.
      const at = ids.indexOf(id, start);
      const add = names.has(t) ? nameWeight : 1;
      if (at < 0) {
        ids.push(id);
        tf.push(add);
      } else tf[at] = (tf[at] as number) + add;
    }
    offsets.push(ids.length);
  });
  const df = new Int32Array(terms.length);
  for (let w = 0; w < uses.length; w++) {
    for (let k = offsets[w] as number; k < (offsets[w + 1] as number); k++)
      df[ids[k] as number] = (df[ids[k] as number] as number) + (uses[w] as number);
  }
  const vectors: Vectors = {
    offsets: Int32Array.from(offsets),
    ids: Int32Array.from(ids),
    weights: Float64Array.from(tf),
    terms,
    df,
    wordings,
    twins,
  };
  const { weights } = vectors;
  const idfs = Float64Array.from(df, (count) => idf(n, count));
  for (let w = 0; w < uses.length; w++) {
    const from = offsets[w] as number;
    const to = offsets[w + 1] as number;
    let norm = 0;
    for (let k = from; k < to; k++) {
      const weight = (weights[k] as number) * (idfs[ids[k] as number] as number);
      weights[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = from; k < to; k++) weights[k] = (weights[k] as number) / norm;
  }
  return vectors;
}

/** Dot product of a sentence's vector with a centroid. */
export function dot(v: Vector, sum: Sum): number {
  let d = 0;
  for (let k = 0; k < v.ids.length; k++) d += (v.weights[k] as number) * sum.get(v.ids[k] as number);
  return d;
}

/** Dot product of two centroids. */
export function dotSums(a: Sum, b: Sum): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let d = 0;
  small.forEach((t, w) => {
    d += w * large.get(t);
  });
  return d;
}
