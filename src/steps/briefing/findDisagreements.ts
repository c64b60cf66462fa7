// Finds where sources contradict each other, for Open questions and for choosing points.
import { allSentences, notHeading } from "../../model/sentences.ts";
import type { PipelineState } from "../../pipeline/state.ts";
import { allDisagreements } from "../../rules/disagreements.ts";

/** Briefing step: sets `state.disagreements` from all sentences and the claims. */
export function findDisagreements(state: PipelineState): void {
  state.disagreements = allDisagreements(allSentences(state.sources, notHeading), state.claims);
}
