// Finds where sources contradict each other, and which expectations a later report of the event replaces.
import { allSentences, notHeading } from "../../model/sentences.ts";
import type { Source } from "../../model/types.ts";
import type { PipelineState } from "../../pipeline/state.ts";
import { allDisagreements } from "../../rules/disagreements/index.ts";
import { outletKeyOf } from "../../rules/origins.ts";
import { carriedOutletOf } from "../../rules/provenance.ts";

/** What the step reads (each source's date, outlet and sentences; the settings' makers) and what it sets. */
export interface DisagreementState extends Pick<PipelineState, "config" | "disagreements" | "superseded"> {
  readonly sources: ReadonlyArray<Pick<Source, "id" | "meta" | "lines" | "sentences">>;
}

/** Briefing step: sets `state.disagreements` and `state.superseded` from all sentences and each source's date. */
export function findDisagreements(state: DisagreementState): void {
  const dates = new Map(state.sources.map((s) => [s.id, s.meta.published?.slice(0, 10) ?? null]));
  const outlets = new Map(state.sources.map((s) => [s.id, outletKeyOf(s.meta.publisher, carriedOutletOf(s.lines))]));
  const found = allDisagreements(allSentences(state.sources, notHeading), {
    dates,
    makers: state.config.makers ?? new Map(),
    outlets,
  });
  state.disagreements = found.disagreements;
  state.superseded = new Set(found.superseded.map((s) => s.id));
}
