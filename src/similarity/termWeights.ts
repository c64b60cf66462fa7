// How telling a shared term is (inverse document frequency), and how much two term sets share by that weight.
import { type Synonyms, NO_SYNONYMS, contentTerms } from "../text/tokens.ts";

/** A point restates another when this weighted share of the smaller one's content terms is in both. */
export const RESTATES = 0.5;

/** At this share, the weaker claim is the same claim in other words: its sources back the stronger point. */
export const SAME_WORDING = 0.6;

/** Two points share at least this many content terms before one can restate the other. */
export const RESTATES_MIN_TERMS = 3;

/** Inverse document frequency of a term found in `df` of `n` texts: rare terms tell most. */
export function idf(n: number, df: number): number {
  return Math.log(1 + n / df);
}

/** Term -> weight: how telling a shared term is. Without weights every term counts 1. */
export type TermWeights = ReadonlyMap<string, number>;

/**
 * Inverse document frequency over a set of texts (the sentences of all claims): a term most sentences use (the story's
 * protagonists, "Reuters") says little about whether two points say the same thing.
 */
export function termWeights(texts: Iterable<string>, synonyms: Synonyms = NO_SYNONYMS): TermWeights {
  const df = new Map<string, number>();
  let n = 0;
  for (const text of texts) {
    n++;
    for (const t of new Set(contentTerms(text, synonyms))) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return new Map([...df].map(([t, count]) => [t, idf(n, count)]));
}

/**
 * The weighted share of the shorter term set that is in the other, or 0 when they share fewer than
 * RESTATES_MIN_TERMS terms: two shared words ("Huawei chips") would otherwise let a short question swallow
 * every point on its topic.
 */
export function overlap(a: Set<string>, b: Set<string>, weights?: TermWeights): number {
  const w = (t: string): number => (weights ? (weights.get(t) ?? 1) : 1);
  let both = 0;
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const t of a) {
    wa += w(t);
    if (b.has(t)) {
      both++;
      shared += w(t);
    }
  }
  for (const t of b) wb += w(t);
  return both >= RESTATES_MIN_TERMS ? shared / (Math.min(wa, wb) || 1) : 0;
}

/** True when two claims' representatives say much the same. */
export function restates(a: Set<string>, b: Set<string>, weights?: TermWeights): boolean {
  return overlap(a, b, weights) >= RESTATES;
}
