// Checks every quote against the seed text it claims to come from; a point never quotes what its source does not say.
import { Message } from "../messages.ts";
import type { PipelineState } from "../pipeline.ts";
import type { Briefing, BriefingSection, Source } from "../types.ts";
import { collapseSpaces } from "../text/spacing.ts";

/** Same text modulo typography: Unicode compatibility forms, curly quotes, runs of white space. */
export function comparable(text: string): string {
  return collapseSpaces(
    text
      .normalize("NFKC")
      .replace(/[\u2018\u2019\u02BC]/g, "'")
      .replace(/[\u201C\u201D]/g, '"'),
  ).trim();
}

// Open questions and this check both compare quotes with each source's whole text; normalising 10,000 texts
// took 0.7 s each time, so each source's is made once per build and kept with the source object.
const comparableTexts = new WeakMap<Source, string>();

/** A source's body, read for comparison (`comparable`), made once per source. */
export function comparableText(source: Source): string {
  let text = comparableTexts.get(source);
  if (text === undefined) comparableTexts.set(source, (text = comparable(source.lines.map((l) => l.text).join("\n"))));
  return text;
}

/** Drops citations whose quote is not in the source's body; points left without one are dropped too. */
export function checkBriefingQuotes(briefing: Briefing, sources: readonly Source[], problems: Message[]): Briefing {
  const texts = new Map(sources.map((s) => [s.id, comparableText(s)]));
  const files = new Map(sources.map((s) => [s.id, s.file]));
  const sections: BriefingSection[] = briefing.sections.map((section) => ({
    ...section,
    points: section.points
      .map((point) => ({
        ...point,
        citations: point.citations.filter((c) => {
          const ok = texts.get(c.source)?.includes(comparable(c.quote)) ?? false;
          if (!ok) problems.push(new Message(files.get(c.source) ?? c.source, c.line, `quote not found verbatim, citation dropped: "${c.quote.slice(0, 40)}…"`, "quote-check"));
          return ok;
        }),
      }))
      .filter((point) => point.citations.length > 0),
  }));
  return { ...briefing, sections };
}

/** Pipeline step: verifies every quote of `state.briefing`. */
export function checkQuotes(state: PipelineState): void {
  if (state.briefing) state.briefing = checkBriefingQuotes(state.briefing, state.sources, state.notes);
}
