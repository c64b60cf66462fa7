// What a model can take in or do: one source says it lacks a feature, another that it has it.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { perText } from "../../util/perText.ts";
import { type DisagreementContext, split } from "./sides.ts";

// The kinds of input or output a model may or may not have.
const FEATURES: ReadonlyArray<readonly [string, RegExp]> = [
  ["image", /\b(?:images?|vision|pictures?|photos?)\b/i],
  ["audio", /\b(?:audio|voice|speech)\b/i],
  ["video", /\bvideos?\b/i],
];
const MULTIMODAL = /\bmulti-?modal\b/i;
const TEXT_ONLY = /\btext[- ]only\b|\btext only\b|\bonly (?:accepts|takes|handles) text\b/i;
const LACKS = /\b(?:no|not|n['’]t|never|without|lacks?|lacking|missing)\b/i;
const HAS =
  /\b(?:supports?|accepts?|takes?|handles?|reads?|send|sends|process(?:es)?|understands?|can (?:read|see|take|handle|process))\b/i;
const HEDGE = /\b(?:may|might|could|reportedly|rumou?red|expected|plans?|will)\b/i;

/** The features a sentence says the model has (true) or lacks (false). */
function stance(text: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  if (HEDGE.test(text)) return out;
  const textOnly = TEXT_ONLY.test(text);
  const lacks = LACKS.test(text);
  if (textOnly || (lacks && MULTIMODAL.test(text))) for (const [f] of FEATURES) out.set(f, false);
  for (const [f, re] of FEATURES) {
    if (!re.test(text)) continue;
    if (lacks) out.set(f, false);
    else if (HAS.test(text) && !textOnly) out.set(f, true);
  }
  if (!lacks && !textOnly && MULTIMODAL.test(text) && /\b(?:is|now)\b/.test(text))
    for (const [f] of FEATURES) if (!out.has(f)) out.set(f, true);
  return out;
}

/** Per feature, sentences that say it is missing against those from other sources that say it is there. */
export function featureDisagreements(sentences: readonly Sentence[], _context: DisagreementContext): Disagreement[] {
  const stanceOf = perText(stance);
  const read = sentences.map((s) => ({ sentence: s, stance: stanceOf(s.text) })).filter((r) => r.stance.size > 0);
  const out: Disagreement[] = [];
  const used = new Set<Sentence>();
  for (const [feature] of FEATURES) {
    const lack = read.filter((r) => r.stance.get(feature) === false && !used.has(r.sentence));
    const has = read.filter((r) => r.stance.get(feature) === true && !used.has(r.sentence));
    const d = split(
      "capability",
      `${feature} input`,
      lack.map((r) => r.sentence),
      has.map((r) => r.sentence),
    );
    if (d) {
      for (const s of d.sides.flat()) used.add(s);
      out.push(d);
    }
  }
  return out;
}
