// Drops a dispute over figures or a denial that the grouping contradicts: two sentences set against each other that
// the grouping found to state one claim.
import type { DisagreementKind } from "../../model/types.ts";
import type { PipelineState } from "../../pipeline/state.ts";

/**
 * The kinds of dispute the grouping can overrule: it joins two sentences only when they give the same figures and hold
 * the claim the same way (stated, denied, hedged), so where it joined two sentences a figure or a denial set apart,
 * the dispute misread them. Other kinds (what a model was trained on, whether a product is out) turn on extent and
 * time, which the disagreement rules read more closely than the grouping does.
 */
const OVERRULED: ReadonlySet<DisagreementKind> = new Set(["figures", "polarity"]);

/**
 * Pipeline step: the grouping and the disagreement search read the sentences apart (and may run side by side). Where
 * one says two sentences state the same claim and the other that they contradict each other over a figure or a
 * denial, the briefing shows the claim, with its sources, and no dispute it cannot stand behind.
 */
export function reconcileDisagreements(state: PipelineState): void {
  const claimOf = new Map<string, string>();
  for (const claim of state.claims) for (const member of claim.members) claimOf.set(member.id, claim.id);
  state.disagreements = state.disagreements.filter((d) => {
    if (!OVERRULED.has(d.kind)) return true;
    const left = new Set(d.sides[0].map((s) => claimOf.get(s.id)).filter((id) => id !== undefined));
    return !d.sides[1].some((s) => left.has(claimOf.get(s.id) as string));
  });
}
