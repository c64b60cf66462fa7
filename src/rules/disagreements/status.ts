// Released versus still expected: a dispute only when a report dated after the release still calls it upcoming. In mass
// production versus still sampling: a dispute when the sampling report is not dated before the production one.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { names, products, ranOn } from "../mentions.ts";
import { perText } from "../../util/perText.ts";
import { designatorsOf } from "../sameClaim.ts";
import { type DisagreementContext, groupBy, split } from "./sides.ts";

// The release as an event that happened: "released", "launched", "shipped", "went live", "is out" (not "will be released").
const RELEASED =
  /(?<!\b(?:be|been|to|not|n['’]t|will|would|could|may|might|yet to)\s+(?:\w+\s+)?)\b(?:released|launched|unveiled|shipped|rolled out|put out|pushed\b[^.]{0,30}\blive|went live|arrived|went on sale|put\b[^.]{0,40}\bon sale|(?:has|have) been on sale|on sale since)\b|\bis now available\b|\b(?:is|it['’]s) (?:now |already )?out\b/i;
// Samples shipped, or goods shipped to a named or counted buyer, are a delivery, not the product's release: "has already
// shipped samples of its B30A to several Chinese cloud companies", "shipped the first units to ByteDance". "The Q9
// shipped to customers last week" still reports the release.
const SHIPPED_TO =
  /\b(?:shipped|sent)\s+(?:[\w'’-]+\s+){0,3}?samples?\b|\bshipped\b(?:\s+[\w'’-]+){0,6}?\s+to\s+(?:(?:its|their|the)\s+)?(?:(?:several|some|a few|two|three|four|five|first|\d+)\b|\p{Lu})/u;

// The release as still to come: expected, due, not yet released. "Its upcoming model" alone describes, it does not claim.
const UPCOMING =
  /\b(?:is|are|was|were) (?:widely )?(?:expected|due|set|slated|poised|preparing|gearing up|getting ready) (?:to (?:launch|release|arrive|debut|ship|be released|come out)|for release|in|within|around)\b|\b(?:expected|due) (?:within|in|around)\b|\bin the coming weeks\b|\b(?:has|have|had) (?:not|yet to) (?:yet )?(?:been )?(?:release|launch)|\bnot (?:yet )?been released\b|\bwould arrive\b|\bpreparing to (?:release|launch)\b|\breadies\b|\bdue to (?:reach|arrive|launch|go on sale|hit|ship)\b|\bahead of (?:the|its) (?:launch|release|debut)\b/i;
// A release of something before this product ("its previous models", "V3 was released in December") says nothing of it.
const EARLIER = /\b(?:previous|earlier|prior|past|predecessor)\b/i;

// Calling the product "upcoming" describes it as unreleased without claiming when it comes: evidence for an open
// matter, never a reason to set the sentence aside.
const DESCRIBED_UPCOMING = /\b(?:upcoming|forthcoming|unreleased|yet-to-be-released)\b/i;

/**
 * A product named with its tier is another product: "the T7 Pro, which is due in the second quarter" says nothing of
 * whether the T7 is out.
 */
function withTiers(found: Set<string>, text: string): Set<string> {
  for (const ids of designatorsOf(text).values())
    for (const id of ids) {
      const [model, tier] = id.split(" ");
      if (tier && model && found.has(model)) {
        found.delete(model);
        found.add(id);
      }
    }
  return found;
}

/** Whether a sentence reports the release, expects it, only calls it upcoming, or none of these. */
export function releaseStatus(text: string): "released" | "expected" | "described" | null {
  if (UPCOMING.test(text)) return "expected";
  if (RELEASED.test(text) && !EARLIER.test(text) && !SHIPPED_TO.test(text)) return "released";
  if (DESCRIBED_UPCOMING.test(text)) return "described";
  return null;
}

/**
 * Per product: sentences that report the release against those that expect it. An expectation published before the
 * first dated report of the release is superseded, not disputed. One whose date is unknown cannot be shown to be
 * current either: it is not a point of its own, and the two sides are shown as unordered. Only an expectation dated
 * after the release was reported is a disagreement.
 */
export function statusDisagreements(
  sentences: readonly Sentence[],
  context: DisagreementContext,
): { disagreements: Disagreement[]; superseded: Sentence[] } {
  const status = new Map<Sentence, "released" | "expected" | "described">();
  const statusOf = perText(releaseStatus);
  for (const s of sentences) {
    const st = statusOf(s.text);
    if (st) status.set(s, st);
  }
  const disagreements: Disagreement[] = [];
  const superseded: Sentence[] = [];
  // What a sentence says the model ran on is not what was released: "X, trained on DX-500 chips, was released" says
  // nothing of whether the DX-500 is out.
  const hardwareOf = perText((text) => ranOn(text, context.makers));
  const subjectOf = perText((text) => {
    const hw = hardwareOf(text);
    return new Set([...products(names(text, context.makers))].filter((p) => !hw.has(p)));
  });
  // A sentence that names no product ("its new AI model") is about the story's model: it joins every product's group
  // but that of the chips it says the model ran on.
  const named = new Set([...status.keys()].flatMap((s) => [...subjectOf(s.text)]));
  const productsOf = (s: Sentence) => {
    const own = withTiers(new Set(subjectOf(s.text)), s.text);
    if (own.size > 0) return own;
    const others = [...named].filter((p) => !hardwareOf(s.text).has(p));
    return others.length > 0 ? others : named.size > 0 ? [] : ["the model"];
  };
  for (const [product, group] of groupBy(status.keys(), productsOf)) {
    const released = group.filter((s) => status.get(s) === "released");
    const expected = group.filter((s) => status.get(s) !== "released");
    const releaseDates = released.map((s) => context.dates.get(s.source)).filter((d): d is string => Boolean(d));
    if (released.length === 0 || expected.length === 0) continue;
    const firstReport = releaseDates.sort()[0];
    const later = expected.filter((s) => {
      const date = context.dates.get(s.source);
      return firstReport !== undefined && date !== null && date !== undefined && date > firstReport;
    });
    superseded.push(...expected.filter((s) => !later.includes(s) && status.get(s) === "expected"));
    const d = split("status", product.toUpperCase(), released, later);
    if (d) disagreements.push(d);
    // Undated expectations cannot be placed before or after the release: an open matter, not a dispute.
    const undated = expected.filter((s) => !context.dates.get(s.source));
    const open = split("status", product.toUpperCase(), released, undated);
    if (open) disagreements.push({ ...open, unordered: true });
  }
  return { disagreements, superseded };
}

// A product made in volume: "was in mass production", "entered full mass production", "has been shipping in volume".
const IN_PRODUCTION =
  /\b(?:(?:is|are|was|were|now|be|been)\s+in\s+(?:full(?:-scale)?\s+)?(?:mass|volume)\s+production|(?:entered|began|begun|started|reached|moved into)\s+(?:full(?:-scale)?\s+)?(?:mass|volume)\s+production|(?:is|are|was|were|been|has been|have been)\s+(?:mass-producing|shipping in volume)|(?:has|have)\s+shipped in volume)\b/i;
// A product still in samples: "is still sampling", "only engineering samples of", "remains at the sampling stage".
const SAMPLING =
  /\b(?:still|only)\s+sampling\b|\b(?:still\s+)?(?:receiving|getting|shipping|sending|seen|received)\s+only\s+(?:engineering\s+)?samples\b|\bonly\s+(?:engineering\s+)?samples\s+of\b|\b(?:remains?|still|is)\s+(?:at|in)\s+the\s+sampling\s+stage\b/i;
// A plan or a denial is not the product's state: "plans to be in mass production", "is not in mass production".
const NOT_STATED =
  /\b(?:not|n['’]t|never|yet to|plans?|planned|aims?|expects?|expected|will|would|could|may|might|targets?|hopes?)\b/i;

/** Whether a sentence says a product is made in volume, still only sampled, or neither. */
export function productionStage(text: string): "production" | "sampling" | null {
  if (SAMPLING.test(text)) return "sampling";
  if (IN_PRODUCTION.test(text) && !NOT_STATED.test(text.slice(0, IN_PRODUCTION.exec(text)?.index ?? 0).slice(-40)))
    return "production";
  return null;
}

/**
 * Per product it names: sentences that say it is in mass production against those that say it is still sampling. A
 * sampling report dated before the first production report tells an earlier stage, not a dispute; one of the same day
 * or later disputes it; an undated one is shown as unordered. A sentence that names no product is left out: "the chip
 * is still sampling" may be of any chip.
 */
export function productionDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  const stageOf = perText(productionStage);
  const staged = sentences.filter((s) => stageOf(s.text) !== null);
  if (staged.length === 0) return [];
  const productsOf = perText((text) => [...withTiers(products(names(text, context.makers)), text)]);
  const out: Disagreement[] = [];
  for (const [product, group] of groupBy(staged, (s) => productsOf(s.text))) {
    const made = group.filter((s) => stageOf(s.text) === "production");
    const sampled = group.filter((s) => stageOf(s.text) === "sampling");
    if (made.length === 0 || sampled.length === 0) continue;
    const first = made
      .map((s) => context.dates.get(s.source))
      .filter((d): d is string => Boolean(d))
      .sort()[0];
    const dated = sampled.filter((s) => {
      const date = context.dates.get(s.source);
      return first !== undefined && !!date && date >= first;
    });
    const d = split("stage", product.toUpperCase(), made, dated);
    if (d) out.push(d);
    const open = split(
      "stage",
      product.toUpperCase(),
      made,
      sampled.filter((s) => !context.dates.get(s.source)),
    );
    if (open) out.push({ ...open, unordered: true });
  }
  return out;
}
