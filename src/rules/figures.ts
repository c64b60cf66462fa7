// Pairs sentences whose figures contradict (two shared names, ranges apart) and picks the odd figure out, without comparing every pair.
import type { Sentence } from "../model/types.ts";
import { compareText } from "../text/compare.ts";

/** A sentence whose figure the `others` contradict, each from another source. */
export interface OddFigure {
  readonly sentence: Sentence;
  readonly others: readonly Sentence[];
}

/** A figure's range and what it counts. */
type Range = readonly [number, number, string];

// Sentences with the same names and the same figures contradict exactly the same others, so they are compared once,
// as one class: at scale most figure sentences restate a few facts, and comparing sentence by sentence grew as n².
interface FigureClass {
  readonly names: readonly string[];
  readonly ranges: readonly Range[];
  readonly members: Sentence[];
  /** Members per source: a sentence never contradicts its own source. */
  readonly perSource: Map<string, number>;
  /** Classes whose figures contradict this one's, with the rank of the first name they share. */
  readonly partners: Array<{ readonly cls: FigureClass; readonly firstShared: number }>;
  /** Members not yet given to a disagreement, in sentence order. */
  readonly unused: Set<Sentence>;
}

/** True when the two sentences count the same thing with figures that cannot both be right: every pair of figures of the same unit is apart, and there is one. */
function apart(a: readonly Range[], b: readonly Range[]): boolean {
  let compared = false;
  for (const [lo, hi, unit] of a) {
    for (const [lo2, hi2, unit2] of b) {
      if (unit !== unit2) continue;
      if (!(hi < lo2 || hi2 < lo)) return false;
      compared = true;
    }
  }
  return compared;
}

/** Sentences by class; names and ranges are read from a sentence's text, so a repeated text is classed once. */
function classify(
  sentences: readonly Sentence[],
  names: (s: Sentence) => readonly string[],
  ranges: (s: Sentence) => readonly Range[],
): Map<Sentence, FigureClass> {
  const classes = new Map<string, FigureClass>();
  const byText = new Map<string, FigureClass>();
  const of = new Map<Sentence, FigureClass>();
  for (const s of sentences) {
    let cls = byText.get(s.text);
    if (!cls) {
      const ns = names(s);
      const rs = ranges(s);
      const key = JSON.stringify([[...ns].sort(), rs]);
      cls = classes.get(key);
      if (!cls)
        classes.set(
          key,
          (cls = { names: ns, ranges: rs, members: [], perSource: new Map(), partners: [], unused: new Set() }),
        );
      byText.set(s.text, cls);
    }
    cls.members.push(s);
    cls.unused.add(s);
    cls.perSource.set(s.source, (cls.perSource.get(s.source) ?? 0) + 1);
    of.set(s, cls);
  }
  return of;
}

/**
 * A pair of names shared by more figure classes than this is left out of the candidate search. Like a common term in
 * clustering, a pair that thousands of sentences with different figures share ("Huawei" and "Ascend" across an
 * archive) says little about whether two figures count the same thing, and comparing within it grows as n².
 * Classes that also share a rarer pair are still compared.
 */
export const FIGURE_PAIR_MAX = 64;

/** Links classes that share at least two names and whose figures are apart; candidates come from shared name pairs only. */
function linkPartners(classes: readonly FigureClass[], rank: ReadonlyMap<string, number>): void {
  // A pair's key is a number made of the two names' ranks: a string per pair would be most of this function's work.
  const byPair = new Map<number, FigureClass[]>();
  for (const cls of classes) {
    const ns = [...new Set(cls.names.map((n) => rank.get(n) as number))].sort((a, b) => a - b);
    for (let i = 0; i < ns.length; i++)
      for (let j = i + 1; j < ns.length; j++) {
        const key = (ns[i] as number) * rank.size + (ns[j] as number);
        const list = byPair.get(key);
        if (list) list.push(cls);
        else byPair.set(key, [cls]);
      }
  }
  const index = new Map(classes.map((c, i) => [c, i]));
  const seen = new Set<number>();
  for (const list of byPair.values()) {
    if (list.length > FIGURE_PAIR_MAX) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as FigureClass;
        const b = list[j] as FigureClass;
        const ia = index.get(a) as number;
        const ib = index.get(b) as number;
        const id = ia < ib ? ia * classes.length + ib : ib * classes.length + ia;
        if (seen.has(id)) continue;
        seen.add(id);
        if (!apart(a.ranges, b.ranges)) continue;
        const shared = a.names.filter((n) => b.names.includes(n)).map((n) => rank.get(n) as number);
        const firstShared = Math.min(...shared);
        a.partners.push({ cls: b, firstShared });
        b.partners.push({ cls: a, firstShared });
      }
  }
}

/**
 * The figure disagreements among `sentences` (each has at least one range): the sentence most others contradict first,
 * against all of them not yet used. Gives the same result, in the same order, as comparing every pair of sentences that
 * share a name, with names grouped in order of first appearance. `names` and `ranges` must depend on a sentence's text
 * alone: sentences of one text are classed together.
 */
export function contradictingFigures(
  sentences: readonly Sentence[],
  names: (s: Sentence) => readonly string[],
  ranges: (s: Sentence) => readonly Range[],
): OddFigure[] {
  const position = new Map(sentences.map((s, i) => [s, i]));
  // Names ranked by first appearance: the order in which the pairwise comparison met its groups.
  const rank = new Map<string, number>();
  for (const s of sentences) for (const n of names(s)) if (!rank.has(n)) rank.set(n, rank.size);
  const classOf = classify(sentences, names, ranges);
  linkPartners([...new Set(classOf.values())], rank);
  const count = (s: Sentence): number =>
    (classOf.get(s) as FigureClass).partners.reduce(
      (sum, { cls }) => sum + cls.members.length - (cls.perSource.get(s.source) ?? 0),
      0,
    );
  const counts = new Map(sentences.map((s) => [s, count(s)]));
  const ranked = sentences
    .filter((s) => (counts.get(s) as number) > 0)
    .sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || compareText(a.id, b.id));
  const used = new Set<Sentence>();
  const out: OddFigure[] = [];
  for (const s of ranked) {
    if (used.has(s)) continue;
    const found: Array<{ o: Sentence; key: readonly number[] }> = [];
    for (const { cls, firstShared } of (classOf.get(s) as FigureClass).partners) {
      for (const o of cls.unused)
        if (o.source !== s.source) found.push({ o, key: meetingOrder(s, o, firstShared, position) });
    }
    if (found.length === 0) continue;
    // The order the pairwise comparison would have met each partner: it decides which sentence stands for a source.
    found.sort((x, y) => x.key[0]! - y.key[0]! || x.key[1]! - y.key[1]! || x.key[2]! - y.key[2]!);
    const others = found.map((f) => f.o);
    for (const x of [s, ...others]) {
      used.add(x);
      (classOf.get(x) as FigureClass).unused.delete(x);
    }
    out.push({ sentence: s, others });
  }
  return out;
}

/** When a pairwise scan over name groups would first have met the pair: group, then the lower source's sentence, then the other's. */
function meetingOrder(
  s: Sentence,
  o: Sentence,
  firstShared: number,
  position: ReadonlyMap<Sentence, number>,
): readonly number[] {
  const [a, b] = s.source < o.source ? [s, o] : [o, s];
  return [firstShared, position.get(a) as number, position.get(b) as number];
}
