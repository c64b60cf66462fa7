// Groups sentences that state the same claim, across sources, so one claim becomes one point.
import type { PipelineState } from "../pipeline.ts";
import { SECTION_IDS, type Claim, type SectionId, type Sentence } from "../types.ts";
import { compileSynonyms, contentTerms, NO_SYNONYMS, words, type Synonyms } from "../text/tokens.ts";
import { SECTION_THRESHOLD, UNCERTAIN } from "./classifySentences.ts";
import { bandKeys, signature } from "../text/minhash.ts";

/** Two sentences state the same claim at or above this TF-IDF cosine similarity. */
export const SAME_CLAIM = 0.36;

type Vector = Map<string, number>;

/** A named actor counts this many times a plain word: two reports of one claim name the same actors. */
export const NAME_WEIGHT = 2;

/** Terms of the words written with a capital inside the sentence (not its first word): names of actors. */
function nameTerms(text: string, synonyms: Synonyms): Set<string> {
  return new Set(words(text).slice(1).filter((w) => /^\p{Lu}/u.test(w)).flatMap((w) => contentTerms(w, synonyms)));
}

/** TF-IDF vectors over content terms; rare terms (names, figures) weigh most, and names count NAME_WEIGHT times. */
export function vectorize(sentences: readonly Sentence[], synonyms: Synonyms = NO_SYNONYMS): Vector[] {
  const bags = sentences.map((s) => {
    const names = nameTerms(s.text, synonyms);
    return contentTerms(s.text, synonyms).flatMap((t) => (names.has(t) ? Array<string>(NAME_WEIGHT).fill(t) : [t]));
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of new Set(bag)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return bags.map((bag) => {
    const v: Vector = new Map();
    for (const t of bag) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, tf] of v) {
      const w = tf * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

/** Sentences worth clustering: classified into a section, not headings, not tiny fragments, not a list's lead-in. */
export function isCandidate(s: Sentence): boolean {
  return s.kind !== "heading" && s.sections.length > 0 && words(s.text).length >= 6 && !/:\s*$/.test(s.text);
}

/** Better first: self-contained, then informative, then early in its article. */
export function byClarity(a: Sentence, b: Sentence): number {
  return (
    Number(b.standalone) - Number(a.standalone) ||
    b.informativeness - a.informativeness ||
    a.position - b.position ||
    a.id.localeCompare(b.id)
  );
}

/** Words past this count make a sentence harder to take in at a glance. */
export const CLEAR_LENGTH = 25;

/** How clearly a sentence states its claim: what it says, less a little for every word past CLEAR_LENGTH. */
export function clarity(s: Sentence): number {
  return s.informativeness - 0.15 * Math.max(0, words(s.text).length - CLEAR_LENGTH);
}

/** The representative first: self-contained, then clearest, then earliest in its article. */
export function byRepresentative(a: Sentence, b: Sentence): number {
  return Number(b.standalone) - Number(a.standalone) || clarity(b) - clarity(a) || a.position - b.position || a.id.localeCompare(b.id);
}

/** The section a set of sentences belongs in: the best summed cue score, if it is high enough. */
export function sectionOf(members: readonly Sentence[]): SectionId | null {
  let best: SectionId | null = null;
  let bestScore = 0;
  for (const id of SECTION_IDS) {
    const score = members.reduce((sum, m) => sum + m.scores[id], 0) / members.length;
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return bestScore >= SECTION_THRESHOLD ? best : null;
}

/**
 * Adds `v` into the running sum `into` and returns the sum's new squared norm, updated from `norm2` term by term:
 * summing the whole centroid again for every candidate was the clustering's largest cost (claims repeated by
 * hundreds of sources have centroids of thousands of terms).
 */
function addInto(into: Vector, norm2: number, v: Vector): number {
  for (const [t, w] of v) {
    const old = into.get(t) ?? 0;
    into.set(t, old + w);
    norm2 += (old + w) * (old + w) - old * old;
  }
  return norm2;
}

/** Cosine of `v` with a claim's centroid (the sum of its members' vectors, of squared norm `norm2`). */
function centroidSimilarity(v: Vector, sum: Vector, norm2: number): number {
  return norm2 > 0 ? cosine(v, sum) / Math.sqrt(norm2) : 0;
}

/** A term in more than this share of sentences is left out of the LSH shingles. */
export const COMMON_SHARE = 0.3;

/** A term in at most this many sentences is rare: sentences sharing it are always compared. */
export const RARE_COUNT = 6;

/** How many sentences each term occurs in. */
function documentFrequency(vectors: readonly Vector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const v of vectors) for (const t of v.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * Terms so frequent that they say nothing about which claim a sentence states (the story's protagonists).
 * Left in, they would make most sentences share LSH buckets and the candidate search all-pairs again;
 * they still count, at their low TF-IDF weight, when candidates are scored.
 */
function commonTerms(df: ReadonlyMap<string, number>, n: number): Set<string> {
  const limit = Math.max(3, COMMON_SHARE * n);
  return new Set([...df].filter(([, count]) => count > limit).map(([t]) => t));
}

/**
 * Candidate keys of a sentence: its LSH band keys, plus one key per rare term ("CANN", "Cambricon"). MinHash
 * misses some pairs of short sentences that share few words but telling ones; a rare term's posting list is
 * at most RARE_COUNT long, so indexing rare terms adds a bounded number of candidates, never all pairs.
 */
function candidateKeys(terms: readonly string[], df: ReadonlyMap<string, number>, common: ReadonlySet<string>): Key[] {
  const shingles = terms.filter((t) => !common.has(t));
  const rare = terms.filter((t) => (df.get(t) ?? 0) <= RARE_COUNT && (df.get(t) ?? 0) > 1).map((t) => `term:${t}`);
  return [...bandKeys(signature(shingles), shingles.length === 0), ...rare];
}

/** A bucket key: an LSH band key (a number) or a rare term (`term:CANN`). */
type Key = number | string;

type Stance = "question" | "doubt" | "statement";
type Cluster = { members: Sentence[]; sum: Vector; norm2: number; keys: Set<Key>; stance: Stance };

/** LSH buckets: band key -> the claims that have a member with that key. */
class Buckets {
  private readonly map = new Map<Key, Set<number>>();
  add(keys: Iterable<Key>, claim: number): void {
    for (const k of keys) {
      let set = this.map.get(k);
      if (!set) this.map.set(k, (set = new Set()));
      set.add(claim);
    }
  }
  near(keys: Iterable<Key>): number[] {
    const found = new Set<number>();
    for (const k of keys) for (const c of this.map.get(k) ?? []) found.add(c);
    return [...found].sort((a, b) => a - b);
  }
}

/**
 * Greedy clustering: each sentence, clearest first, joins the claim whose centroid it is most similar to,
 * or starts a new one. Comparing with the centroid rather than with the nearest member keeps chains of
 * loosely related sentences from merging into one claim. Candidate claims come from MinHash/LSH buckets
 * over the sentences' content terms (see `text/minhash.ts`), so a sentence is scored only against claims
 * that likely share much of its wording, never against all of them.
 */
export function clusterSentences(sentences: readonly Sentence[], synonyms: Synonyms = NO_SYNONYMS): Claim[] {
  return clusterWithWeights(sentences, synonyms).claims;
}

/** The claims, and each content term's inverse document frequency over the clustered sentences. */
export function clusterWithWeights(sentences: readonly Sentence[], synonyms: Synonyms = NO_SYNONYMS): { claims: Claim[]; weights: Map<string, number> } {
  const ordered = sentences.filter(isCandidate).sort(byClarity);
  const vectors = vectorize(ordered, synonyms);
  const df = documentFrequency(vectors);
  const weights = new Map([...df].map(([t, count]) => [t, Math.log(1 + vectors.length / count)]));
  const common = commonTerms(df, vectors.length);
  const claims: Cluster[] = [];
  const buckets = new Buckets();
  ordered.forEach((sentence, i) => {
    const v = vectors[i] as Vector;
    const keys = candidateKeys([...v.keys()], df, common);
    const own = stance(sentence);
    let bestClaim = -1;
    let bestSim = SAME_CLAIM;
    for (const c of buckets.near(keys)) {
      const claim = claims[c] as Cluster;
      // A question, a doubt and a statement are never the same claim, however many words they share.
      if (claim.stance !== own) continue;
      const sim = centroidSimilarity(v, claim.sum, claim.norm2);
      if (sim >= bestSim) [bestClaim, bestSim] = [c, sim];
    }
    if (bestClaim < 0) {
      bestClaim = claims.length;
      claims.push({ members: [], sum: new Map(), norm2: 0, keys: new Set(), stance: own });
    }
    const claim = claims[bestClaim] as Cluster;
    claim.members.push(sentence);
    claim.norm2 = addInto(claim.sum, claim.norm2, v);
    for (const k of keys) claim.keys.add(k);
    buckets.add(keys, bestClaim);
  });
  const merged = mergeClose(claims).map(({ members }): Claim => {
    const sorted = [...members].sort(byRepresentative);
    const representative = sorted[0] as Sentence;
    return { id: representative.id, representative, members: sorted, section: sectionOf(sorted) };
  });
  return { claims: merged, weights };
}

/**
 * A second pass: two claims whose centroids are as similar as a sentence must be to join one are merged.
 * Greedy assignment can split one claim in two when its first sentences share few words
 * ("worked with Huawei and Cambricon" vs "rewriting parts of the code"). Only claims that share an LSH
 * bucket are compared.
 */
function mergeClose(claims: Cluster[]): Cluster[] {
  const alive = claims.map((c) => ({ ...c }));
  const buckets = new Buckets();
  alive.forEach((c, i) => buckets.add(c.keys, i));
  for (let i = 0; i < alive.length; i++) {
    const a = alive[i];
    if (!a || a.members.length === 0) continue;
    const queue = buckets.near(a.keys).filter((j) => j > i);
    const seen = new Set(queue);
    while (queue.length > 0) {
      const b = alive[queue.shift() as number];
      if (!b || b.members.length === 0 || a.stance !== b.stance) continue;
      if (cosine(a.sum, b.sum) / Math.sqrt(a.norm2 * b.norm2 || 1) < SAME_CLAIM) continue;
      a.members.push(...b.members);
      a.norm2 = addInto(a.sum, a.norm2, b.sum);
      // What the absorbed claim was near is now near this one too.
      for (const j of buckets.near(b.keys)) if (j > i && !seen.has(j)) (seen.add(j), queue.push(j));
      for (const k of b.keys) a.keys.add(k);
      b.members = [];
    }
  }
  return alive.filter((c) => c.members.length > 0);
}

/** How a sentence holds its claim: asks it, says it is not known or confirmed, or states it. */
function stance(s: Sentence): Stance {
  return /\?["”’)]?$/.test(s.text) ? "question" : UNCERTAIN.test(s.text) ? "doubt" : "statement";
}

/** Pipeline step: clusters all sentences of all sources into claims. */
export function clusterClaims(state: PipelineState): void {
  const { claims, weights } = clusterWithWeights(state.sources.flatMap((s) => s.sentences), compileSynonyms(state.config.synonyms ?? []));
  state.claims = claims;
  state.termWeights = weights;
}
