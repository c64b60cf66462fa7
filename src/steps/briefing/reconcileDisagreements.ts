// Drops a dispute the briefing cannot stand behind: one the grouping contradicts, or one between sentences about two
// different subjects.
import type { Disagreement, DisagreementKind } from "../../model/types.ts";
import type { PipelineState } from "../../pipeline/state.ts";
import { type Makers, names, openingActor } from "../../rules/mentions.ts";

/**
 * The kinds of dispute the grouping can overrule: it joins two sentences only when they give the same figures and hold
 * the claim the same way (stated, denied, hedged), so where it joined two sentences a figure or a denial set apart,
 * the dispute misread them. Other kinds (what a model was trained on, whether a product is out) turn on extent and
 * time, which the disagreement rules read more closely than the grouping does.
 */
const OVERRULED: ReadonlySet<DisagreementKind> = new Set(["figures", "polarity"]);

/** Whether the grouping put a sentence of each side in one claim. */
function joinedByGrouping(d: Disagreement, claimOf: ReadonlyMap<string, string>): boolean {
  const left = new Set(d.sides[0].map((s) => claimOf.get(s.id)).filter((id) => id !== undefined));
  return d.sides[1].some((s) => left.has(claimOf.get(s.id) as string));
}

/**
 * Whether the two sides are about two subjects: every sentence opens on a name, and no side names any name the other
 * side's sentences open on ("Tencent has ordered 30,000 T7 Pros" and "Baidu has tested the T7 but has not ordered").
 * A report and the denial of it share their subject ("Reuters reported ByteDance ordered…", "ByteDance denied…").
 */
function aboutTwoSubjects(d: Disagreement, makers: Makers): boolean {
  const actors = d.sides.map((side) => side.map((s) => openingActor(s.text, makers)));
  if (actors.some((side) => side.some((a) => a === null))) return false;
  const named = d.sides.map((side) => new Set(side.flatMap((s) => [...names(s.text, makers)])));
  return actors.every((side, i) => !side.some((a) => named[1 - i]?.has(a as string)));
}

/**
 * Pipeline step: the grouping and the disagreement search read the sentences apart (and may run side by side). Where
 * one says two sentences state the same claim and the other that they contradict each other over a figure or a
 * denial, or where the two sides are about two subjects, the briefing shows the claims, with their sources, and no
 * dispute it cannot stand behind.
 */
export function reconcileDisagreements(state: PipelineState): void {
  const makers = state.config.makers ?? new Map();
  const claimOf = new Map<string, string>();
  for (const claim of state.claims) for (const member of claim.members) claimOf.set(member.id, claim.id);
  state.disagreements = state.disagreements.filter(
    (d) => !(OVERRULED.has(d.kind) && joinedByGrouping(d, claimOf)) && !aboutTwoSubjects(d, makers),
  );
}
