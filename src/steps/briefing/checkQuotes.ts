// Checks every quote against the seed text it claims to come from; a point never quotes what its source does not say.
import { Message } from "../../model/messages.ts";
import type { PipelineState } from "../../pipeline/state.ts";
import type { Briefing, BriefingSection, Point, Source } from "../../model/types.ts";
import { comparable, comparableText } from "../../text/comparable.ts";

/**
 * Drops citations whose quote is not in the source's body; points left without one are dropped too. The "More in …"
 * points are checked as the others are.
 */
export function checkBriefingQuotes(briefing: Briefing, sources: readonly Source[], problems: Message[]): Briefing {
  // What the file says: a line as it was before any mojibake repair, so a repaired quote is never passed.
  const texts = new Map(
    sources.map((s) => [s.id, comparableText(s.lines.map((l) => ({ text: l.original ?? l.text })))]),
  );
  const files = new Map(sources.map((s) => [s.id, s.file]));
  // A source that credits no one is its own origin: once its quote is dropped, it backs the point no more. An origin
  // named by several sources ("Reuters") stays: which of them a dropped quote came from does not say it is gone.
  const withoutDropped = (point: Point, cited: ReadonlySet<string>): Point => {
    if (!point.origins) return point;
    const kept = point.origins.filter((o) => !files.has(o) || cited.has(o));
    return { ...point, origins: kept.length > 0 ? kept : [...cited] };
  };
  const check = (points: readonly Point[]): Point[] =>
    points
      .map((point) => ({
        ...point,
        citations: point.citations.filter((c) => {
          const ok = texts.get(c.source)?.includes(comparable(c.quote)) ?? false;
          if (!ok)
            problems.push(
              new Message(
                files.get(c.source) ?? c.source,
                c.line,
                `quote not found verbatim, citation dropped: "${c.quote.slice(0, 40)}…"`,
                "quote-check",
              ),
            );
          return ok;
        }),
      }))
      .filter((point) => point.citations.length > 0)
      .map((point) => withoutDropped(point, new Set(point.citations.map((c) => c.source))));
  const sections: BriefingSection[] = briefing.sections.map((section) =>
    section.more
      ? { ...section, points: check(section.points), more: check(section.more) }
      : { ...section, points: check(section.points) },
  );
  return { ...briefing, sections };
}

/** Pipeline step: verifies every quote of `state.briefing`. */
export function checkQuotes(state: PipelineState): void {
  if (state.briefing) state.briefing = checkBriefingQuotes(state.briefing, state.sources, state.notes);
}
