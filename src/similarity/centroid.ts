// A claim's centroid: vectors added into it, and how close a sentence is to it or to another sentence.
import { dot, type Sum, type Vector } from "./tfidf.ts";

/**
 * Adds a vector into a centroid and returns the centroid's new squared norm, updated from `norm2` term by term:
 * summing the whole centroid again for every candidate would be the clustering's largest cost (claims repeated by
 * hundreds of sources have centroids of thousands of terms).
 */
export function addInto(into: Sum, norm2: number, ids: ArrayLike<number>, weights: ArrayLike<number>): number {
  for (let k = 0; k < ids.length; k++) {
    const t = ids[k] as number;
    const w = weights[k] as number;
    const old = into.add(t, w);
    norm2 += (old + w) * (old + w) - old * old;
  }
  return norm2;
}

/**
 * Whether two sentence vectors (unit length) are close enough to state one claim: a cosine of at least `min`, over at
 * least `minShared` terms in common. A few dozen terms each, so a plain double loop.
 */
export function close(a: Vector, b: Vector, min: number, minShared: number): boolean {
  let d = 0;
  let shared = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const t = a.ids[i] as number;
    for (let j = 0; j < b.ids.length; j++)
      if (b.ids[j] === t) {
        d += (a.weights[i] as number) * (b.weights[j] as number);
        shared++;
        break;
      }
  }
  return d >= min && shared >= minShared;
}

/** Cosine of `v` with a claim's centroid (of squared norm `norm2`). */
export function centroidSimilarity(v: Vector, sum: Sum, norm2: number): number {
  return norm2 > 0 ? dot(v, sum) / Math.sqrt(norm2) : 0;
}
