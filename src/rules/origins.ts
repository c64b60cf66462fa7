// Who a claim comes from: the outlets and people its sources credit, not how many pages repeat it.
import type { SourceKind } from "../model/types.ts";
import type { Sentence } from "../model/types.ts";
import { creditsEarlierReport, originKey } from "./assertion.ts";

/** What the origin rule needs to know of a source. */
export interface OriginSource {
  readonly id: string;
  readonly kind: SourceKind;
  /** Its own outlet: "two people told Lantern Wire" in Lantern Wire's own story is that story's own reporting. */
  readonly publisher: string | null;
}

/** One member of a claim: its source, and the named outlets or people the sentence credits (see `attributionOf`). */
export interface OriginMember {
  readonly source: string;
  readonly attribution: readonly string[];
}

/**
 * The independent origins of a claim: the names credited, in order of first mention, then the sources that credit no
 * one. A source that credits the claim to someone, in any of its sentences that state it, relays their report: its
 * origins are those names ("Reuters", "Jensen Huang"). A source that credits no one named (or only its own outlet, or
 * unnamed people) is an origin itself, by its id, unless its outlet is one the others credit (Reuters' own story of
 * what other pages say "Reuters reported"). An aggregator that credits no
 * one adds itself only when nothing else backs the claim: it retells others' reporting.
 * Names are compared without case or a leading "the": "the Financial Times" and "Financial Times" are one origin.
 */
export function originsOf(members: readonly OriginMember[], sources: ReadonlyMap<string, OriginSource>): string[] {
  const credited = new Map<string, string[]>();
  const order: string[] = [];
  for (const m of members) {
    let names = credited.get(m.source);
    if (!names) {
      credited.set(m.source, (names = []));
      order.push(m.source);
    }
    const own = sources.get(m.source)?.publisher;
    for (const name of m.attribution) if (!own || originKey(name) !== originKey(own)) names.push(name);
  }
  const out = new Map<string, string>();
  const aggregators: string[] = [];
  // Sources that credit no one, with the key of their outlet: an outlet's own report, which pages crediting that outlet
  // relay, is one origin with theirs.
  const own = new Map<string, string | null>();
  for (const id of order) {
    const names = credited.get(id) as string[];
    if (names.length === 0) {
      const source = sources.get(id);
      if (source?.kind === "aggregator") aggregators.push(id);
      else {
        own.set(id, source?.publisher ? originKey(source.publisher) : null);
      }
      continue;
    }
    for (const name of names) {
      const key = originKey(name);
      const known = out.has(key) ? key : otherFormOf(key, out.keys());
      // Two forms of one name ("Hanul", "Hanul Energy") are one origin, shown by its fuller form.
      if (known === undefined) out.set(key, name);
      else if (name.length > (out.get(known) as string).length) out.set(known, name);
    }
  }
  const credits = [...out.keys()];
  for (const [id, outlet] of own)
    if (outlet === null || !(credits.includes(outlet) || otherFormOf(outlet, credits) !== undefined)) out.set(id, id);
  if (out.size === 0) for (const id of aggregators.slice(0, 1)) out.set(id, id);
  return [...out.values()];
}

/** A country that may stand before an institution's name: "the US Commerce Department" is the Commerce Department. */
const COUNTRY = /^(?:us|u\.s\.?|american|chinese|china['’]s)\s+/;

/**
 * The key of `keys` that is `key` in a shorter or longer form: "hanul" and "hanul energy" (one name's words begin the
 * other's), "us commerce department" and "commerce department" (one is the other after its country).
 */
function otherFormOf(key: string, keys: Iterable<string>): string | undefined {
  for (const other of keys)
    if (
      other.startsWith(`${key} `) ||
      key.startsWith(`${other} `) ||
      other.replace(COUNTRY, "") === key ||
      key.replace(COUNTRY, "") === other
    )
      return other;
  return undefined;
}

/**
 * Sentences that credit "the report" their article named before, with that report's names: the latest named credit of
 * an earlier sentence of the same source. A sentence with no earlier credit in its article keeps its own.
 * `attribution` gives the names a sentence credits itself.
 */
export function earlierReports(
  sentences: readonly Sentence[],
  attribution: (text: string) => readonly string[],
): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  let source = "";
  let last: readonly string[] = [];
  for (const s of sentences) {
    if (s.source !== source) [source, last] = [s.source, []];
    const own = attribution(s.text);
    if (own.length > 0) last = own;
    else if (last.length > 0 && creditsEarlierReport(s.text)) out.set(s.id, last);
  }
  return out;
}
