// Flags every point that rests on one source and states a number, a date or a named deal.
import type { PipelineState } from "../../pipeline/state.ts";
import type { Point } from "../../model/types.ts";
import { isSingleSource } from "../../rules/singleSource.ts";

/** Briefing step: sets `singleSource` on every point. */
export function flagSingleSource(state: PipelineState): void {
  const briefing = state.briefing;
  if (!briefing) return;
  const flag = (points: readonly Point[]): Point[] => points.map((p) => ({ ...p, singleSource: isSingleSource(p) }));
  const sections = briefing.sections.map((section) =>
    section.more
      ? { ...section, points: flag(section.points), more: flag(section.more) }
      : { ...section, points: flag(section.points) },
  );
  state.briefing = { ...briefing, sections };
}
