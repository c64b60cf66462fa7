// What every disagreement detector shares: the sentences it reads and how two sides become one disagreement.
import type { Disagreement, DisagreementKind, Sentence } from "../../model/types.ts";
import { compareText } from "../../text/compare.ts";
import type { Makers } from "../mentions.ts";

/** What the detectors know besides the sentences: each source's date and the makers of products. */
export interface DisagreementContext {
  /** Source id → its date (YYYY-MM-DD), or null when undated. */
  readonly dates: ReadonlyMap<string, string | null>;
  readonly makers: Makers;
}

/** One sentence per source on each side, in source order; null unless both sides have a source the other lacks. */
export function split(
  kind: DisagreementKind,
  topic: string,
  a: readonly Sentence[],
  b: readonly Sentence[],
): Disagreement | null {
  const left = perSource(a);
  const leftSources = new Set(left.map((s) => s.source));
  const right = perSource(b.filter((s) => !leftSources.has(s.source)));
  const rightSources = new Set(right.map((s) => s.source));
  const leftOnly = left.filter((s) => !rightSources.has(s.source));
  if (leftOnly.length === 0 || right.length === 0) return null;
  return { kind, topic, sides: [leftOnly, right] };
}

function perSource(sentences: readonly Sentence[]): Sentence[] {
  const seen = new Map<string, Sentence>();
  for (const s of sentences) if (!seen.has(s.source)) seen.set(s.source, s);
  return [...seen.values()].sort((x, y) => compareText(x.source, y.source));
}

/** Groups items under every key `keys` gives them; an item is listed once per key. */
export function groupBy<T>(items: Iterable<T>, keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items)
    for (const k of new Set(keys(item))) {
      const list = index.get(k);
      if (list) list.push(item);
      else index.set(k, [item]);
    }
  return index;
}

/**
 * Disagreements of one kind that share a sentence are one dispute seen from two places: their sides are joined,
 * lined up by the sentences they share, and a sentence found on both sides is dropped.
 */
export function mergeOverlapping(found: readonly Disagreement[]): Disagreement[] {
  const out: Array<{ kind: DisagreementKind; topic: string; unordered: boolean; a: Set<Sentence>; b: Set<Sentence> }> =
    [];
  for (const d of found) {
    const [a, b] = d.sides;
    const hits = (set: Set<Sentence>, side: readonly Sentence[]) => side.some((s) => set.has(s));
    const unordered = d.unordered === true;
    const like = (o: (typeof out)[number]) => o.kind === d.kind && o.unordered === unordered;
    const same = out.find((o) => like(o) && (hits(o.a, a) || hits(o.b, b)));
    const crossed = same ? null : out.find((o) => like(o) && (hits(o.a, b) || hits(o.b, a)));
    if (same) {
      for (const s of a) same.a.add(s);
      for (const s of b) same.b.add(s);
    } else if (crossed) {
      for (const s of b) crossed.a.add(s);
      for (const s of a) crossed.b.add(s);
    } else out.push({ kind: d.kind, topic: d.topic, unordered, a: new Set(a), b: new Set(b) });
  }
  return out.flatMap((o) => {
    const both = new Set([...o.a].filter((s) => o.b.has(s)));
    const d = split(
      o.kind,
      o.topic,
      [...o.a].filter((s) => !both.has(s)),
      [...o.b].filter((s) => !both.has(s)),
    );
    return d ? [o.unordered ? { ...d, unordered: true } : d] : [];
  });
}
