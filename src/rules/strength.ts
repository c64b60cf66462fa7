// How strong a claim is as a point: how many sources back it, whether it is news, how much it says.
import type { Sentence, Claim, SectionId } from "../model/types.ts";
import { compareText } from "../text/compare.ts";

// Ranking sorts ask for a claim's corroboration at every comparison: count each claim's sources once.
const CORROBORATION = new WeakMap<readonly Sentence[], number>();

/**
 * How many independent origins back a claim (its `origins`: five pages that all cite one wire report are one), or
 * without them, how many different sources.
 */
export function corroboration(claim: Claim): number {
  if (claim.origins) return claim.origins.length;
  let known = CORROBORATION.get(claim.members);
  if (known === undefined) CORROBORATION.set(claim.members, (known = new Set(claim.members.map((m) => m.source)).size));
  return known;
}

// Habitual or past framing: background a reader may need, but not what is new.
const BACKGROUND =
  /\b(?:usually|typically|traditionally|historically)\b|^(?:previously|in the past|unlike previous)\b/i;

// A short subject described with "is/are (still) the/a …" states how things stand, not what happened.
const DESCRIPTION = /^(?:[\p{L}\p{N}’'-]+\s+){1,4}(?:is|are)\s+(?:still\s+)?(?:the|a|an)\s/u;

/** True when a claim's sentence gives background ("AI developers usually …", "Nvidia GPUs are the platform of choice …") rather than news. */
export function isBackground(claim: Claim): boolean {
  const text = claim.representative.text;
  return BACKGROUND.test(text) || DESCRIPTION.test(text);
}

/**
 * How much a claim says for a section: its named actors, numbers and quantities, plus how squarely it is
 * about the section (its cue score there). Without a section, the score in the claim's own section.
 */
export function says(claim: Claim, section: SectionId | null = claim.section): number {
  const r = claim.representative;
  return (r.informativeness + (section ? (r.scores[section] ?? 0) : 0)) * (1 - 0.6 * r.position);
}

/** Most corroborated first; then news before background; then what says more; then the earlier in its article. */
export function byStrength(a: Claim, b: Claim): number {
  return (
    corroboration(b) - corroboration(a) ||
    Number(isBackground(a)) - Number(isBackground(b)) ||
    says(b) - says(a) ||
    a.representative.position - b.representative.position ||
    compareText(a.id, b.id)
  );
}
