// What changed between two editions of the briefing: points added, removed, re-sourced, and quotes gone stale.
import { comparable, comparableText } from "../text/comparable.ts";
import { perText } from "../util/perText.ts";
import type { Briefing, Changes, Point, PointChange, Source, SourcingChange, StaleQuote } from "../model/types.ts";

interface Located {
  readonly point: Point;
  readonly section: string;
}

const sourcesOf = (p: Point): Set<string> => new Set(p.citations.map((c) => c.source));

/** `comparable`, once per distinct text: a large edition holds many times more quotes than wordings. */
const comparer = (): ((text: string) => string) => perText(comparable);

/** Serialises the briefing as `briefing.json`: a fixed key order and a final newline. */
export function briefingJson(briefing: Briefing): string {
  return `${JSON.stringify(briefing, null, 2)}\n`;
}

/**
 * Compares two editions. A point of one is the same as a point of the other when they share a quoted
 * passage or their text is equal, so a point survives a change of wording in its representative sentence.
 */
export function compareBriefings(previous: Briefing, current: Briefing, sources: readonly Source[]): Changes {
  const comparable = comparer();
  const citationKey = (source: string, quote: string): string => `${source}\0${comparable(quote)}`;
  const located = (b: Briefing): Located[] =>
    b.sections.flatMap((s) => s.points.map((point) => ({ point, section: s.title })));
  const before = located(previous);
  const after = located(current);
  // Points by text first; by quoted passage only once a point of the previous edition is not found by its text.
  // Most points keep their text from one edition to the next, so keying every citation would mostly be wasted.
  // A text key wins over a citation key either way, as the keys differ in form.
  const byKey = new Map<string, Located>();
  for (const l of after) byKey.set(`text\0${comparable(l.point.text)}`, l);
  let citationsIndexed = false;
  const byCitation = (source: string, quote: string): Located | undefined => {
    if (!citationsIndexed) {
      citationsIndexed = true;
      for (const l of after)
        for (const c of l.point.citations)
          if (!byKey.has(citationKey(c.source, c.quote))) byKey.set(citationKey(c.source, c.quote), l);
    }
    return byKey.get(citationKey(source, quote));
  };
  const matched = new Set<Located>();
  const removed: PointChange[] = [];
  const sourcing: SourcingChange[] = [];
  const available = (l: Located | undefined): l is Located => l !== undefined && !matched.has(l);
  for (const old of before) {
    let now = byKey.get(`text\0${comparable(old.point.text)}`);
    if (!available(now)) now = undefined;
    for (let i = 0; !now && i < old.point.citations.length; i++) {
      const c = old.point.citations[i] as (typeof old.point.citations)[number];
      const l = byCitation(c.source, c.quote);
      if (available(l)) now = l;
    }
    if (!now) {
      removed.push({ section: old.section, text: old.point.text });
      continue;
    }
    matched.add(now);
    const was = sourcesOf(old.point);
    const is = sourcesOf(now.point);
    const gained = [...is].filter((s) => !was.has(s)).sort();
    const lost = [...was].filter((s) => !is.has(s)).sort();
    if (gained.length || lost.length) sourcing.push({ section: now.section, text: now.point.text, gained, lost });
  }
  const added = after.filter((l) => !matched.has(l)).map((l) => ({ section: l.section, text: l.point.text }));
  return {
    since: previous.edition ? `the edition of ${previous.edition}` : "the previous build",
    added,
    removed,
    sourcing,
    stale: staleQuotes(previous, sources, comparable),
  };
}

/** Quotes of the previous edition whose seed is still here but no longer contains them: the seed was edited. */
export function staleQuotes(previous: Briefing, sources: readonly Source[], comparable = comparer()): StaleQuote[] {
  // Each source's normalised text is made once per build and shared with the quote check.
  const bodies = new Map(sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const stale: StaleQuote[] = [];
  for (const section of previous.sections) {
    for (const point of section.points) {
      for (const c of point.citations) {
        const source = bodies.get(c.source);
        const quote = comparable(c.quote);
        const key = `${c.source}\0${quote}`;
        if (!source || seen.has(key) || comparableText(source.lines).includes(quote)) continue;
        seen.add(key);
        stale.push({ source: c.source, file: source.file, quote: c.quote, point: point.text });
      }
    }
  }
  return stale;
}

/** True when the report has nothing in it. */
export function isEmpty(changes: Changes): boolean {
  return !changes.added.length && !changes.removed.length && !changes.sourcing.length && !changes.stale.length;
}
