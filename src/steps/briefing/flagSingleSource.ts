// Flags every point that rests on one source and states a number, a date or a named deal.
import type { PipelineState } from "../../pipeline/state.ts";
import { isSingleSource } from "../../rules/singleSource.ts";

/** Briefing step: sets `singleSource` on every point. */
export function flagSingleSource(state: PipelineState): void {
  const briefing = state.briefing;
  if (!briefing) return;
  const sections = briefing.sections.map((section) => ({
    ...section,
    points: section.points.map((p) => ({ ...p, singleSource: isSingleSource(p) })),
  }));
  state.briefing = { ...briefing, sections };
}
