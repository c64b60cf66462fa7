// A claim as the grouping builds it, the tests a sentence or another claim must pass to join it, and the second pass
// that merges claims the greedy first pass split.
import type { Sentence } from "../model/types.ts";
import { addInto, close } from "../similarity/centroid.ts";
import { dotSums, type Sum, type Vector } from "../similarity/tfidf.ts";
import { datesIn, type Reading, readingKey, readingsAgree, rolesSwapped } from "./claimReading.ts";
import { relationsDiffer } from "./predicates.ts";
import type { ClaimShape, Figure } from "./sameClaim.ts";

/**
 * Two sentences state the same claim at or above this TF-IDF cosine similarity of what they claim (their words
 * without who said it, synonyms folded), provided their claim shapes agree (see `rules/sameClaim.ts`).
 */
export const SAME_CLAIM = 0.25;

/**
 * A sentence joins a claim only if it is also this close, as a share of SAME_CLAIM, to the claim's first member:
 * close to the centroid alone, a claim could drift from "GPUs from Nvidia" to "Huawei's accelerators" word by word.
 */
export const FIRST_SIMILARITY = 0.8;

/** Two wordings of one claim share at least this many terms: two generic words in common ("large", "chips") are not a claim. */
export const SHARED_TERMS = 3;

/**
 * Whether two claim shapes give the same telling figure: an exact amount, share or count of a hundred or more that both
 * state ("$2.1 billion", "60,000", "33%"). Two wordings of one figure share few words ("ByteDance has agreed to buy about
 * $2.1 billion worth of the new chips", "Reported ByteDance order: US$2.1bn of Siyuan 690s"); the figure, checked by
 * `shapesAgree` to be the same in both, says more than the words they do not share.
 */
export function sameFigure(a: ClaimShape, b: ClaimShape): boolean {
  return a.figures.some((f) => telling(f) && b.figures.some((g) => telling(g) && sameValue(f, g)));
}
/**
 * Precise to a tenth or better: "about 2 million" could be 1.6 million, "2.1 billion" and "60,000" could not. A
 * process node ("7nm") is no such figure: it names a generation of chips, which many claims about many chips share.
 */
const telling = (f: Figure): boolean =>
  f.tol !== undefined &&
  f.tol <= 0.1 &&
  f.lo === f.hi &&
  f.bound === undefined &&
  (f.unit !== "count" || f.lo >= 100) &&
  f.unit !== "nm";
const sameValue = (f: Figure, g: Figure): boolean =>
  f.unit === g.unit && Math.abs(f.lo - g.lo) <= Math.max(f.tol ?? 0, g.tol ?? 0) * Math.max(f.lo, g.lo);

/** With the same figure, a sentence need share only this much with a claim's first wording (see `sameFigure`). */
export const FIGURE_SIMILARITY = 0.1;

/**
 * How close a wording must be to a claim's first wording: less where both give one precise figure in common (a rare
 * figure says more than shared words do), else a share of `SAME_CLAIM`.
 */
export function firstSimilarity(a: ClaimShape, b: ClaimShape): number {
  return sameFigure(a, b) ? FIGURE_SIMILARITY : FIRST_SIMILARITY * SAME_CLAIM;
}

/** What a claim is bounded by besides its relation and makers: the periods and countries it names (see `rules/sameClaim.ts`). */
export type Scope = Pick<ClaimShape, "periods" | "countries"> & {
  /** The days it names ("d:dec8", see `datesIn`): a release on December 8 and an unveiling on December 3 are two events. */
  readonly days: ReadonlySet<string>;
};
const NO_SCOPE: Scope = { periods: new Set(), countries: new Set(), days: new Set() };

/** The scope of a claim shape: its periods and countries, and the days it names (a weekday or a month alone is no day). */
export function scopeOf(shape: ClaimShape): Scope {
  return {
    periods: shape.periods,
    countries: shape.countries,
    days: new Set(datesIn(shape.core).filter((d) => d.startsWith("d:"))),
  };
}

export type Cluster = {
  members: Sentence[];
  sum: Sum;
  norm2: number;
  /** The shape of its first, clearest member: every member agrees with it. */
  shape: ClaimShape;
  /** Its first member's vector: a sentence must be close to it too, so that a claim cannot drift word by word. */
  first: Vector;
  /**
   * The vectors of its first few members after the first (see EARLY_MEMBERS): the merge pass reads two claims as one
   * when an early member of one is close to an early member of the other, so that a first wording that says more than
   * the claim (a post that gives the order and its price) does not keep the claim from the wordings it gathered.
   */
  early?: Vector[];
  /** Claims of an agreeing shape that share an LSH bucket with this one: what the merge pass compares it with. */
  near: Set<number>;
  /**
   * The relations and the chip makers the claim is about, from its first member that names any (see `joins`): a claim
   * whose first wording names neither takes them from the first member that does.
   */
  relations: ReadonlySet<string>;
  makers: ReadonlySet<string>;
  /**
   * The reporting periods and countries the claim is about, from its first member that names any: members are read
   * against the first only, so a member that names none could otherwise bring "in the third quarter" and "in the
   * fourth quarter", or "the US" and "Japan", into one claim.
   */
  scope: Scope;
  /** Who does what to what, from its first member that reads plainly (see `rules/claimReading.ts`), if any. */
  reading: Reading | null;
};

/**
 * Whether a sentence of these relations and makers may join a claim: it states no relation the claim does not, where
 * both state one, and names no maker the claim does not, where both name one. Read against the whole claim, not only
 * its first wording: "the chips are made by SMIC" may gather "SMIC makes Huawei's chips" or "SMIC makes Cambricon's",
 * never both.
 */
export function joins(
  claim: Cluster,
  relations: ReadonlySet<string>,
  makers: ReadonlySet<string>,
  scope: Scope = NO_SCOPE,
): boolean {
  return (
    !relationsDiffer(claim.relations, relations) &&
    !relationsDiffer(claim.makers, makers) &&
    !relationsDiffer(claim.scope.periods, scope.periods) &&
    !relationsDiffer(claim.scope.countries, scope.countries) &&
    !relationsDiffer(claim.scope.days, scope.days)
  );
}

/** A claim takes the relations, makers, periods and countries of a joining member when it had none. */
export function adopt(
  claim: Cluster,
  relations: ReadonlySet<string>,
  makers: ReadonlySet<string>,
  scope: Scope = NO_SCOPE,
): void {
  if (claim.relations.size === 0) claim.relations = relations;
  if (claim.makers.size === 0) claim.makers = makers;
  if (claim.scope.periods.size === 0 && scope.periods.size > 0)
    claim.scope = { ...claim.scope, periods: scope.periods };
  if (claim.scope.countries.size === 0 && scope.countries.size > 0)
    claim.scope = { ...claim.scope, countries: scope.countries };
  if (claim.scope.days.size === 0 && scope.days.size > 0) claim.scope = { ...claim.scope, days: scope.days };
}

/**
 * A claim that gathers a plan ("plans to ship in the fourth quarter") is held as a plan from then on: its statements
 * in the future tense say the same, but a statement of what happened, which its first wording might have let in, does
 * not.
 */
export function holdAs(claim: Cluster, shape: ClaimShape): void {
  if (shape.stance !== claim.shape.stance && shape.stance.includes(" expected"))
    claim.shape = { ...claim.shape, stance: shape.stance };
  // Likewise a deal: a claim whose first wording does not say where the deal stands ("a 60k-unit order") is, once it
  // gathers "agreed to buy", a deal done, and no longer lets in "in talks to buy".
  if (claim.shape.deal === undefined && shape.deal !== undefined) claim.shape = { ...claim.shape, deal: shape.deal };
  // And a rule: once it gathers "proposed a rule", it no longer lets in "the rule takes effect"; once it gathers "need
  // a licence", no longer "without a licence".
  if (claim.shape.rule === undefined && shape.rule !== undefined) claim.shape = { ...claim.shape, rule: shape.rule };
  if (claim.shape.licence === undefined && shape.licence !== undefined)
    claim.shape = { ...claim.shape, licence: shape.licence };
}

/**
 * Claims by what they assert (relation and what it bears on), so that a sentence finds the claims its reading agrees
 * with without comparing all of them. A claim is listed once it has a reading; claims whose readings agree are marked
 * near each other for the merge pass.
 */
export class ReadingIndex {
  private readonly byKey = new Map<string, number[]>();
  constructor(private readonly claims: readonly Cluster[]) {}

  /** Lists claim `c` under its reading, and marks it near the claims listed there whose readings agree. */
  add(c: number): void {
    const claim = this.claims[c] as Cluster;
    if (!claim.reading) return;
    const key = readingKey(claim.reading);
    const list = this.byKey.get(key) ?? [];
    for (const other of list) {
      const o = this.claims[other] as Cluster;
      if (o.reading && readingsAgree(o.reading, claim.reading)) {
        o.near.add(c);
        claim.near.add(other);
      }
    }
    list.push(c);
    this.byKey.set(key, list);
  }

  /** The claims listed under a reading's key, in the order they were listed. */
  sharing(reading: Reading): readonly number[] {
    return this.byKey.get(readingKey(reading)) ?? [];
  }
}

/** How many members after the first a claim keeps the vectors of, for the merge pass (see `Cluster.early`). */
export const EARLY_MEMBERS = 2;

/** Whether some early member of one claim is as close to some early member of the other as a wording must be to join. */
function earlyClose(a: Cluster, b: Cluster): boolean {
  const min = firstSimilarity(a.shape, b.shape);
  if (close(a.first, b.first, min, SHARED_TERMS)) return true;
  // An early member stands in for a first wording only where the firsts share some words and the early pair is as close as a
  // wording must be to a claim's centroid: the test a merge of two claims on one first wording's say-so would skip.
  if (!close(a.first, b.first, 0, 2)) return false;
  for (const x of [a.first, ...(a.early ?? [])])
    for (const y of [b.first, ...(b.early ?? [])])
      if (close(x, y, Math.max(min, SAME_CLAIM * 1.5), SHARED_TERMS + 1)) return true;
  return false;
}

/**
 * A second pass: two claims whose centroids are as similar as a sentence must be to join one are merged.
 * Greedy assignment can split one claim in two when its first sentences share few words
 * ("worked with Huawei and Cambricon" vs "rewriting parts of the code"). Only claims that share an LSH
 * bucket are compared.
 */
export function mergeClose(claims: Cluster[], agree: (a: ClaimShape, b: ClaimShape) => boolean): Cluster[] {
  const later = (near: ReadonlySet<number>, i: number): number[] =>
    [...near].filter((j) => j > i).sort((x, y) => x - y);
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i] as Cluster;
    if (a.members.length === 0) continue;
    const queue = later(a.near, i);
    const seen = new Set(queue);
    while (queue.length > 0) {
      const b = claims[queue.shift() as number] as Cluster;
      if (b.members.length === 0 || !agree(a.shape, b.shape) || !joins(a, b.relations, b.makers, b.scope)) continue;
      if (rolesSwapped(a.reading, b.reading)) continue;
      const sameReading = a.reading !== null && b.reading !== null && readingsAgree(a.reading, b.reading);
      if (!sameReading) {
        if (dotSums(a.sum, b.sum) / Math.sqrt(a.norm2 * b.norm2 || 1) < SAME_CLAIM) continue;
        if (!earlyClose(a, b)) continue;
      }
      a.members.push(...b.members);
      adopt(a, b.relations, b.makers, b.scope);
      holdAs(a, b.shape);
      const ids: number[] = [];
      const weights: number[] = [];
      b.sum.forEach((t, w) => {
        ids.push(t);
        weights.push(w);
      });
      a.norm2 = addInto(a.sum, a.norm2, ids, weights);
      // What the absorbed claim was near is now near this one too.
      for (const j of later(b.near, i)) {
        if (seen.has(j)) continue;
        seen.add(j);
        queue.push(j);
      }
      b.members = [];
    }
  }
  return claims.filter((c) => c.members.length > 0);
}
