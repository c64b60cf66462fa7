// Candidate search for clustering: MinHash/LSH buckets and rare terms, so no step compares all pairs of sentences.
import type { Vector, Vectors } from "./tfidf.ts";
import { bandKeys, signature } from "./minhash.ts";

/** A term in more than this share of sentences is left out of the LSH shingles. */
export const COMMON_SHARE = 0.3;

/** A term in at most this many sentences is rare: sentences sharing it are always compared. */
export const RARE_COUNT = 6;

/**
 * Terms so frequent that they say nothing about which claim a sentence states (the story's protagonists).
 * Left in, they would make most sentences share LSH buckets and the candidate search all-pairs again;
 * they still count, at their low TF-IDF weight, when candidates are scored.
 */
export function commonTerms(df: Int32Array, n: number): Uint8Array {
  const limit = Math.max(3, COMMON_SHARE * n);
  const common = new Uint8Array(df.length);
  df.forEach((count, id) => {
    common[id] = count > limit ? 1 : 0;
  });
  return common;
}

/**
 * Candidate keys of a sentence: its LSH band keys, plus one key per rare term ("CANN", "Cambricon"). MinHash
 * misses some pairs of short sentences that share few words but telling ones; a rare term's posting list is
 * at most RARE_COUNT long, so indexing rare terms adds a bounded number of candidates, never all pairs.
 * Band keys are non-negative; a rare term's key is −(its id + 1).
 */
export function candidateKeys(v: Vector, { terms, df }: Vectors, common: Uint8Array): Key[] {
  const shingles: string[] = [];
  const rare: Key[] = [];
  for (const id of v.ids) {
    if (!common[id]) shingles.push(terms[id] as string);
    const count = df[id] as number;
    if (count <= RARE_COUNT && count > 1) rare.push(-(id + 1));
  }
  return [...bandKeys(signature(shingles)), ...rare];
}

/** A bucket key: an LSH band key, or a rare term's. */
export type Key = number;

/**
 * A bucket shared by more claims than this is dropped: like a common term, a band key that many different claims
 * share says little about which claim a sentence states, and keeping it would make every sentence that has it a
 * candidate for all of them. With distinct sentences (real prose, most of them claims of their own) such buckets
 * would make the candidate search grow with the square of the corpus.
 */
export const BUCKET_MAX = 48;

/**
 * A sentence is scored against at most this many candidate claims: those that share the most of its keys, the
 * likeliest to share its wording. Sentences that state one claim share many bands; a claim met in one band of 48
 * is rarely the best match. A bound on the worst case, where one sentence could meet 48 claims in each of its
 * buckets; most sentences meet far fewer.
 */
export const MAX_CANDIDATES = 32;

/**
 * LSH buckets: band key -> the claim that has a member with that key, or the claims (in order of arrival), or null
 * once more than BUCKET_MAX do. Most buckets hold one claim, so they hold it as a bare number: a Set for each of
 * 48 keys per sentence would be most of the clustering's memory and time on distinct sentences.
 */
export class Buckets {
  private readonly map = new Map<Key, number | number[] | null>();
  add(keys: Iterable<Key>, claim: number): void {
    for (const k of keys) {
      const bucket = this.map.get(k);
      if (bucket === undefined) this.map.set(k, claim);
      else if (typeof bucket === "number") {
        if (bucket !== claim) this.map.set(k, [bucket, claim]);
      } else if (bucket !== null && !bucket.includes(claim)) {
        if (bucket.length >= BUCKET_MAX) this.map.set(k, null);
        else bucket.push(claim);
      }
    }
  }
  /** For each claim, the sentence it was last counted for and how many of that sentence's keys it shares. */
  private marks = new Uint32Array(1024);
  private shared = new Uint16Array(1024);
  private mark = 0;
  /**
   * The claims that share a bucket with these keys, the MAX_CANDIDATES that share the most keys, in claim order.
   * Counting in arrays indexed by claim rather than a Set per sentence: this runs for every sentence.
   */
  near(keys: Iterable<Key>, claims: number): number[] {
    if (this.marks.length < claims) {
      const size = Math.max(claims, this.marks.length * 2);
      const marks = new Uint32Array(size);
      marks.set(this.marks);
      this.marks = marks;
      this.shared = new Uint16Array(size);
    }
    const mark = ++this.mark;
    const marks = this.marks;
    const shared = this.shared;
    const found: number[] = [];
    for (const k of keys) {
      const bucket = this.map.get(k);
      if (bucket === undefined || bucket === null) continue;
      if (typeof bucket === "number") {
        if (marks[bucket] === mark) shared[bucket] = (shared[bucket] as number) + 1;
        else {
          marks[bucket] = mark;
          shared[bucket] = 1;
          found.push(bucket);
        }
      } else
        for (const c of bucket) {
          if (marks[c] === mark) shared[c] = (shared[c] as number) + 1;
          else {
            marks[c] = mark;
            shared[c] = 1;
            found.push(c);
          }
        }
    }
    return found.length > MAX_CANDIDATES ? mostShared(found, shared) : found.sort((x, y) => x - y);
  }
}

/**
 * The MAX_CANDIDATES claims of `found` that share the most keys (the lower claim first among equals), in claim
 * order: the least count that still takes MAX_CANDIDATES claims is found by counting, then one pass in claim order
 * takes every claim above it and the lowest claims at it. One numeric sort, no comparison callback: this runs for
 * every sentence that meets many claims.
 */
export function mostShared(found: readonly number[], shared: Uint16Array): number[] {
  let max = 0;
  for (const c of found) max = Math.max(max, shared[c] as number);
  const counts: number[] = new Array(max + 1).fill(0);
  for (const c of found) {
    const count = shared[c] as number;
    counts[count] = (counts[count] as number) + 1;
  }
  let least = max;
  let atLeast = counts[max] as number;
  while (atLeast < MAX_CANDIDATES) atLeast += counts[--least] as number;
  let ties = MAX_CANDIDATES - (atLeast - (counts[least] as number));
  const best: number[] = [];
  for (const c of Uint32Array.from(found).sort()) {
    const count = shared[c] as number;
    if (count > least) best.push(c);
    else if (count === least && ties > 0) {
      best.push(c);
      ties--;
    }
  }
  return best;
}
