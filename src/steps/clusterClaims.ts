// Groups sentences that state the same claim, across sources, so one claim becomes one point.
import type { PipelineState } from "../pipeline.ts";
import { SECTION_IDS, type Claim, type SectionId, type Sentence } from "../types.ts";
import { compileSynonyms, contentTerms, hasWords, NO_SYNONYMS, words, type Synonyms } from "../text/tokens.ts";
import { informativeness, SECTION_THRESHOLD, UNCERTAIN } from "./classifySentences.ts";
import { bandKeys, signature } from "../text/minhash.ts";
import { compareText } from "../text/compare.ts";
import { TermSums } from "../text/termSums.ts";
import { allSentences } from "./sentences.ts";

/** Two sentences state the same claim at or above this TF-IDF cosine similarity. */
export const SAME_CLAIM = 0.36;

/** A sentence's TF-IDF vector: term ids, in the order the terms first occur, and their unit-normalised weights. */
export interface Vector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** A claim's centroid: the sum of its members' vectors, by term id. */
type Sum = TermSums;

/** A named actor counts this many times a plain word: two reports of one claim name the same actors. */
export const NAME_WEIGHT = 2;

/** Terms of the words written with a capital inside the sentence (not its first word): names of actors. */
function nameTerms(text: string, synonyms: Synonyms): Set<string> {
  return new Set(words(text).slice(1).filter((w) => /^\p{Lu}/u.test(w)).flatMap((w) => contentTerms(w, synonyms)));
}

/**
 * The vectors of all distinct wordings in three flat arrays (wording w's entries run from `offsets[w]` to
 * `offsets[w + 1]`), the terms their ids stand for, how many sentences each term occurs in, and which wording each
 * sentence has. Flat rather than one object per vector: at 10,000 seeds there are 400,000 sentences, and as a Map
 * each their vectors were hundreds of megabytes that the garbage collector walked again and again (a fifth of the
 * pipeline's time). Per wording rather than per sentence: three sentences in four repeat an earlier one word for
 * word, and copying their entries, 9 million array pushes, was 1.2 s of the clustering at 10,000 seeds.
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

/** TF-IDF vectors over content terms; rare terms (names, figures) weigh most, and names count NAME_WEIGHT times. */
export function vectorize(sentences: readonly Sentence[], synonyms: Synonyms = NO_SYNONYMS): Vectors {
  const n = sentences.length;
  const terms: string[] = [];
  const idOf = new Map<string, number>();
  const offsets = [0];
  const ids: number[] = [];
  // Term counts until the document frequencies are known, then weights.
  const tf: number[] = [];
  // How many sentences have each wording: they all count towards its terms' document frequencies.
  const uses: number[] = [];
  // A sentence worded exactly as an earlier one takes its wording instead of reading it again (tokenising and
  // stemming were 3.4 s of the clustering at 10,000 seeds).
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
    const names = nameTerms(s.text, synonyms);
    for (const t of contentTerms(s.text, synonyms)) {
      let id = idOf.get(t);
      if (id === undefined) {
        idOf.set(t, (id = terms.length));
        terms.push(t);
      }
      // A sentence has a few dozen terms at most: a linear search over its own entries beats a Map per sentence.
      const at = ids.indexOf(id, start);
      const add = names.has(t) ? NAME_WEIGHT : 1;
      if (at < 0) (ids.push(id), tf.push(add));
      else tf[at] = (tf[at] as number) + add;
    }
    offsets.push(ids.length);
  });
  const df = new Int32Array(terms.length);
  for (let w = 0; w < uses.length; w++) {
    for (let k = offsets[w] as number; k < (offsets[w + 1] as number); k++) df[ids[k] as number] = (df[ids[k] as number] as number) + (uses[w] as number);
  }
  const vectors: Vectors = { offsets: Int32Array.from(offsets), ids: Int32Array.from(ids), weights: Float64Array.from(tf), terms, df, wordings, twins };
  const { weights } = vectors;
  const idf = Float64Array.from(df, (count) => Math.log(1 + n / count));
  for (let w = 0; w < uses.length; w++) {
    const from = offsets[w] as number;
    const to = offsets[w + 1] as number;
    let norm = 0;
    for (let k = from; k < to; k++) {
      const weight = (weights[k] as number) * (idf[ids[k] as number] as number);
      weights[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = from; k < to; k++) weights[k] = (weights[k] as number) / norm;
  }
  return vectors;
}

/** Dot product of a sentence's vector with a centroid. */
function dot(v: Vector, sum: Sum): number {
  let d = 0;
  for (let k = 0; k < v.ids.length; k++) d += (v.weights[k] as number) * sum.get(v.ids[k] as number);
  return d;
}

/** Dot product of two centroids. */
function dotSums(a: Sum, b: Sum): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let d = 0;
  small.forEach((t, w) => (d += w * large.get(t)));
  return d;
}

/** Sentences worth clustering: classified into a section, not headings, not tiny fragments, not a list's lead-in. */
export function isCandidate(s: Sentence): boolean {
  return s.kind !== "heading" && s.sections.length > 0 && hasWords(s.text, 6) && !/:\s*$/.test(s.text);
}

/** Better first: self-contained, then informative, then early in its article. */
export function byClarity(a: Sentence, b: Sentence): number {
  return (
    Number(b.standalone) - Number(a.standalone) ||
    b.informativeness - a.informativeness ||
    a.position - b.position ||
    compareText(a.id, b.id)
  );
}

/** Words past this count make a sentence harder to take in at a glance. */
export const CLEAR_LENGTH = 25;

/**
 * Who said it, closing a sentence: ", analysts at CLSA said.", ", according to Tech Daily.". The names there tell who
 * reported the claim, not what it is; as a point's wording they would credit one source with what many say.
 */
export const ATTRIBUTION_TAIL = /,\s+(?:according to [^,]{1,60}|[^,]{1,60}?\b(?:said|says|told [^,]{1,40}|reported|wrote))\.["”’]?$/;

/** When one outlet dated the claim: "On Friday, ", "In May, ", "Earlier this month, ". The day names no actor. */
export const DATED_LEAD =
  /^(?:on|in|by|earlier|later|last|this|next|since)\b[^,]{0,20}?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|quarter|today|yesterday)\b[^,]{0,10},\s+/i;

/**
 * How clearly a sentence states its claim: what it says, not counting whom it is attributed to or the day an outlet
 * put on it (a wording without them is preferred), less a little for every word past CLEAR_LENGTH.
 */
export function clarity(s: Sentence): number {
  const tail = ATTRIBUTION_TAIL.exec(s.text);
  const lead = DATED_LEAD.exec(s.text);
  if (!tail && !lead) return s.informativeness - 0.15 * Math.max(0, words(s.text).length - CLEAR_LENGTH);
  const core = `${s.text.slice(lead ? lead[0].length : 0, tail ? tail.index : s.text.length - 1)}.`;
  return informativeness(core) - Number(Boolean(tail)) - Number(Boolean(lead)) - 0.15 * Math.max(0, words(s.text).length - CLEAR_LENGTH);
}

/**
 * A claim's members, the representative first: self-contained, then clearest, then earliest in its article.
 * Each member's clarity is worked out once, not at every comparison (claims of 35,000 members at 10,000 seeds), and
 * once per wording: it depends on the text alone, and most members of a large claim repeat another word for word.
 */
export function representativeFirst(members: readonly Sentence[]): Sentence[] {
  const byText = new Map<string, number>();
  const clarityOf = (s: Sentence): number => {
    let c = byText.get(s.text);
    if (c === undefined) byText.set(s.text, (c = clarity(s)));
    return c;
  };
  return members
    .map((s) => ({ s, clarity: clarityOf(s) }))
    .sort((a, b) => Number(b.s.standalone) - Number(a.s.standalone) || b.clarity - a.clarity || a.s.position - b.s.position || compareText(a.s.id, b.s.id))
    .map(({ s }) => s);
}

/** The section a set of sentences belongs in: the best summed cue score, if it is high enough. */
export function sectionOf(members: readonly Sentence[]): SectionId | null {
  // Plain loops: this reads four scores of each of 400,000 members at 10,000 seeds, and a callback per score was 0.45 s.
  const sums = SECTION_IDS.map(() => 0);
  for (const m of members) {
    const scores = m.scores;
    for (let i = 0; i < SECTION_IDS.length; i++) sums[i] = (sums[i] as number) + scores[SECTION_IDS[i] as SectionId];
  }
  let best: SectionId | null = null;
  let bestScore = 0;
  SECTION_IDS.forEach((id, i) => {
    const score = (sums[i] as number) / members.length;
    if (score > bestScore) [best, bestScore] = [id, score];
  });
  return bestScore >= SECTION_THRESHOLD ? best : null;
}

/**
 * Adds a vector into a centroid and returns the centroid's new squared norm, updated from `norm2` term by term:
 * summing the whole centroid again for every candidate was the clustering's largest cost (claims repeated by
 * hundreds of sources have centroids of thousands of terms).
 */
function addInto(into: Sum, norm2: number, ids: ArrayLike<number>, weights: ArrayLike<number>): number {
  for (let k = 0; k < ids.length; k++) {
    const t = ids[k] as number;
    const w = weights[k] as number;
    const old = into.add(t, w);
    norm2 += (old + w) * (old + w) - old * old;
  }
  return norm2;
}

/** Cosine of `v` with a claim's centroid (of squared norm `norm2`). */
function centroidSimilarity(v: Vector, sum: Sum, norm2: number): number {
  return norm2 > 0 ? dot(v, sum) / Math.sqrt(norm2) : 0;
}

/** A term in more than this share of sentences is left out of the LSH shingles. */
export const COMMON_SHARE = 0.3;

/** A term in at most this many sentences is rare: sentences sharing it are always compared. */
export const RARE_COUNT = 6;

/**
 * Terms so frequent that they say nothing about which claim a sentence states (the story's protagonists).
 * Left in, they would make most sentences share LSH buckets and the candidate search all-pairs again;
 * they still count, at their low TF-IDF weight, when candidates are scored.
 */
function commonTerms(df: Int32Array, n: number): Uint8Array {
  const limit = Math.max(3, COMMON_SHARE * n);
  const common = new Uint8Array(df.length);
  df.forEach((count, id) => (common[id] = count > limit ? 1 : 0));
  return common;
}

/**
 * Candidate keys of a sentence: its LSH band keys, plus one key per rare term ("CANN", "Cambricon"). MinHash
 * misses some pairs of short sentences that share few words but telling ones; a rare term's posting list is
 * at most RARE_COUNT long, so indexing rare terms adds a bounded number of candidates, never all pairs.
 * Band keys are non-negative; a rare term's key is −(its id + 1).
 */
function candidateKeys(v: Vector, { terms, df }: Vectors, common: Uint8Array): Key[] {
  const shingles: string[] = [];
  const rare: Key[] = [];
  for (const id of v.ids) {
    if (!common[id]) shingles.push(terms[id] as string);
    const count = df[id] as number;
    if (count <= RARE_COUNT && count > 1) rare.push(-(id + 1));
  }
  return [...bandKeys(signature(shingles), shingles.length === 0), ...rare];
}

/** A bucket key: an LSH band key, or a rare term's. */
type Key = number;

type Stance = "question" | "doubt" | "statement";
type Cluster = {
  members: Sentence[];
  sum: Sum;
  norm2: number;
  stance: Stance;
  /** Claims of the same stance that share an LSH bucket with this one: what the merge pass compares it with. */
  near: Set<number>;
};

/**
 * A bucket shared by more claims than this is dropped: like a common term, a band key that many different claims
 * share says little about which claim a sentence states, and keeping it would make every sentence that has it a
 * candidate for all of them. With distinct sentences (400,000 at 10,000 seeds of real prose, most of them claims of
 * their own) such buckets made the candidate search grow with the square of the corpus.
 */
export const BUCKET_MAX = 48;

/**
 * A sentence is scored against at most this many candidate claims: those that share the most of its keys, the
 * likeliest to share its wording. Sentences that state one claim share many bands; a claim met in one band of 48
 * is rarely the best match. A bound on the worst case rather than a saving on the bench corpus, where a searched
 * sentence met 13 candidates on average at 10,000 seeds; without it one sentence could meet 48 claims in each of
 * its buckets.
 */
export const MAX_CANDIDATES = 32;

/**
 * LSH buckets: band key -> the claim that has a member with that key, or the claims (in order of arrival), or null
 * once more than BUCKET_MAX do. Most buckets hold one claim, so they hold it as a bare number: a Set for each of
 * 48 keys per sentence was most of the clustering's memory and time on distinct sentences.
 */
class Buckets {
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
    const found: number[] = [];
    const see = (c: number): void => {
      if (this.marks[c] === mark) this.shared[c] = (this.shared[c] as number) + 1;
      else (this.marks[c] = mark), (this.shared[c] = 1), found.push(c);
    };
    for (const k of keys) {
      const bucket = this.map.get(k);
      if (typeof bucket === "number") see(bucket);
      else if (bucket) for (const c of bucket) see(c);
    }
    if (found.length > MAX_CANDIDATES) {
      const shared = this.shared;
      found.sort((x, y) => (shared[y] as number) - (shared[x] as number) || x - y);
      found.length = MAX_CANDIDATES;
    }
    return found.sort((x, y) => x - y);
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
  const vectorized = vectorize(ordered, synonyms);
  const { terms, df } = vectorized;
  const weights = new Map(terms.map((t, id) => [t, Math.log(1 + ordered.length / (df[id] as number))]));
  const common = commonTerms(df, ordered.length);
  const claims: Cluster[] = [];
  const buckets = new Buckets();
  // The claim each sentence joined: a sentence worded exactly as an earlier one (wire copy, a quote repeated,
  // boilerplate) states the same claim, so it joins its twin's claim without a search. Three sentences in four of
  // the bench corpus repeat an earlier one, and their search was most of the clustering's time. The twins come from
  // `vectorize`, which matched the wordings already: a second lookup by text cost a string hash per sentence.
  const claimOf = new Int32Array(ordered.length);
  ordered.forEach((sentence, i) => {
    const v = vectorAt(vectorized, i);
    const twin = vectorized.twins[i] as number;
    if (twin >= 0) {
      const claim = claims[claimOf[twin] as number] as Cluster;
      claim.members.push(sentence);
      claim.norm2 = addInto(claim.sum, claim.norm2, v.ids, v.weights);
      return;
    }
    const keys = candidateKeys(v, vectorized, common);
    const own = stance(sentence);
    let bestClaim = -1;
    let bestSim = SAME_CLAIM;
    // A question, a doubt and a statement are never the same claim, however many words they share.
    const candidates = buckets.near(keys, claims.length).filter((c) => (claims[c] as Cluster).stance === own);
    for (const c of candidates) {
      const claim = claims[c] as Cluster;
      const sim = centroidSimilarity(v, claim.sum, claim.norm2);
      if (sim >= bestSim) [bestClaim, bestSim] = [c, sim];
    }
    if (bestClaim < 0) {
      bestClaim = claims.length;
      claims.push({ members: [], sum: new TermSums(v.ids.length), norm2: 0, stance: own, near: new Set() });
    }
    const claim = claims[bestClaim] as Cluster;
    claim.members.push(sentence);
    claim.norm2 = addInto(claim.sum, claim.norm2, v.ids, v.weights);
    buckets.add(keys, bestClaim);
    claimOf[i] = bestClaim;
    // Two claims share a bucket exactly when a sentence joining one found the other among its candidates
    // (whichever of the two sentences with the shared key came later did): recording those pairs here spares
    // keeping every member's keys for the merge pass, which at 10,000 seeds were millions of set entries.
    for (const c of candidates) {
      if (c === bestClaim) continue;
      claim.near.add(c);
      (claims[c] as Cluster).near.add(bestClaim);
    }
  });
  const merged = mergeClose(claims).map(({ members }): Claim => {
    const sorted = representativeFirst(members);
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
  const later = (near: ReadonlySet<number>, i: number): number[] => [...near].filter((j) => j > i).sort((x, y) => x - y);
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i] as Cluster;
    if (a.members.length === 0) continue;
    const queue = later(a.near, i);
    const seen = new Set(queue);
    while (queue.length > 0) {
      const b = claims[queue.shift() as number] as Cluster;
      if (b.members.length === 0) continue;
      if (dotSums(a.sum, b.sum) / Math.sqrt(a.norm2 * b.norm2 || 1) < SAME_CLAIM) continue;
      a.members.push(...b.members);
      const ids: number[] = [];
      const weights: number[] = [];
      b.sum.forEach((t, w) => (ids.push(t), weights.push(w)));
      a.norm2 = addInto(a.sum, a.norm2, ids, weights);
      // What the absorbed claim was near is now near this one too.
      for (const j of later(b.near, i)) if (!seen.has(j)) (seen.add(j), queue.push(j));
      b.members = [];
    }
  }
  return claims.filter((c) => c.members.length > 0);
}

/** How a sentence holds its claim: asks it, says it is not known or confirmed, or states it. */
function stance(s: Sentence): Stance {
  return /\?["”’)]?$/.test(s.text) ? "question" : UNCERTAIN.test(s.text) ? "doubt" : "statement";
}

/** Pipeline step: clusters all sentences of all sources into claims. */
export function clusterClaims(state: PipelineState): void {
  const { claims, weights } = clusterWithWeights(allSentences(state.sources), compileSynonyms(state.config.synonyms ?? []));
  state.claims = claims;
  state.termWeights = weights;
}
