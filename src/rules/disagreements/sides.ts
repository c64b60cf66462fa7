// What every disagreement detector shares: the sentences it reads and how two sides become one disagreement.
import type { Disagreement, DisagreementKind, Sentence } from "../../model/types.ts";
import { compareText } from "../../text/compare.ts";
import { type Makers, names } from "../mentions.ts";

/** What the detectors know besides the sentences: each source's date and the makers of products. */
export interface DisagreementContext {
  /** Source id → its date (YYYY-MM-DD), or null when undated. */
  readonly dates: ReadonlyMap<string, string | null>;
  readonly makers: Makers;
  /**
   * Source id → the key of the outlet whose reporting it is (its publisher, or the wire whose copy it runs), where
   * known: two copies of one outlet's story that differ are a correction or an update, not sources in dispute.
   */
  readonly outlets?: ReadonlyMap<string, string | null>;
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

/**
 * As `split`, but a source with a sentence on each side stays on the side that would otherwise have none: the story
 * that sets out both accounts ("state media say it is all Chinese" and "it runs on a US chip") shows both.
 */
export function eitherWay(
  kind: DisagreementKind,
  topic: string,
  a: readonly Sentence[],
  b: readonly Sentence[],
): Disagreement | null {
  const d = split(kind, topic, a, b);
  if (d) return d;
  const turned = split(kind, topic, b, a);
  return turned ? { ...turned, sides: [turned.sides[1], turned.sides[0]] } : null;
}

function perSource(sentences: readonly Sentence[]): Sentence[] {
  const seen = new Map<string, Sentence>();
  for (const s of sentences) if (!seen.has(s.source)) seen.set(s.source, s);
  return [...seen.values()].sort((x, y) => compareText(x.source, y.source));
}

/**
 * Whether two statements are about the same thing, given the names each puts in its subject. A statement with no
 * name there ("It trails …", "The cells come from …") stands for a thing its own source names elsewhere: it is about
 * the other statement's subject only when its source names that subject somewhere.
 */
export function sameSubject(
  a: { readonly subject: ReadonlySet<string>; readonly source: string },
  b: { readonly subject: ReadonlySet<string>; readonly source: string },
  namesOf: (source: string) => ReadonlySet<string>,
): boolean {
  const some = (xs: ReadonlySet<string>, ys: ReadonlySet<string>) => [...xs].some((x) => ys.has(x));
  if (a.subject.size === 0 && b.subject.size === 0) return true;
  if (a.subject.size === 0) return some(b.subject, namesOf(a.source));
  if (b.subject.size === 0) return some(a.subject, namesOf(b.source));
  return some(a.subject, b.subject);
}

/** The names each source uses in any of its sentences, read once per source when first asked for. */
export function namesBySource(sentences: readonly Sentence[], makers: Makers): (source: string) => ReadonlySet<string> {
  let bySource: Map<string, Sentence[]> | null = null;
  const found = new Map<string, Set<string>>();
  return (source) => {
    let known = found.get(source);
    if (known) return known;
    bySource ??= groupBy(sentences, (s) => [s.source]);
    known = new Set((bySource.get(source) ?? []).flatMap((s) => [...names(s.text, makers)]));
    found.set(source, known);
    return known;
  };
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
  type Group = { kind: DisagreementKind; topic: string; unordered: boolean; a: Set<Sentence>; b: Set<Sentence> };
  const out: Group[] = [];
  // Where each sentence already stands, per kind: a lookup, not a scan of every group for every disagreement. Keyed by
  // the sentence itself (one object per sentence id), not by a string built for every sentence of every side.
  const placedByKind = new Map<string, Map<Sentence, { group: Group; side: "a" | "b" }>>();
  for (const d of found) {
    const kindKey = `${d.kind}\u0000${d.unordered === true}`;
    let placed = placedByKind.get(kindKey);
    if (!placed) placedByKind.set(kindKey, (placed = new Map()));
    const [a, b] = d.sides;
    const hit = (side: readonly Sentence[]) => side.map((s) => placed.get(s)).find((p) => p !== undefined);
    const fromA = hit(a);
    const fromB = fromA ? undefined : hit(b);
    let group: Group;
    let crossed = false;
    if (fromA) {
      group = fromA.group;
      crossed = fromA.side === "b";
    } else if (fromB) {
      group = fromB.group;
      crossed = fromB.side === "a";
    } else {
      group = { kind: d.kind, topic: d.topic, unordered: d.unordered === true, a: new Set(), b: new Set() };
      out.push(group);
    }
    const [left, right] = crossed ? [b, a] : [a, b];
    for (const s of left) {
      group.a.add(s);
      if (!placed.has(s)) placed.set(s, { group, side: "a" });
    }
    for (const s of right) {
      group.b.add(s);
      if (!placed.has(s)) placed.set(s, { group, side: "b" });
    }
  }
  return out.flatMap((o) => {
    const both = new Set([...o.a].filter((s) => o.b.has(s)));
    const a = [...o.a].filter((s) => !both.has(s));
    const b = [...o.b].filter((s) => !both.has(s));
    // A source some detector put on the second side sets out both accounts (it credits one to someone): it stays there,
    // where seen from another place it stood on the first.
    const second = new Set(b.map((s) => s.source));
    const d =
      split(
        o.kind,
        o.topic,
        a.filter((s) => !second.has(s.source)),
        b,
      ) ?? split(o.kind, o.topic, a, b);
    return d ? [o.unordered ? { ...d, unordered: true } : d] : [];
  });
}
