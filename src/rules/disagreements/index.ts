// Every disagreement among the sentences, and the expectations a later report of the event replaces.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { approvalDisagreements } from "./approval.ts";
import { comparisonDisagreements } from "./comparison.ts";
import { extentDisagreements, originDisagreements } from "./extent.ts";
import { featureDisagreements } from "./features.ts";
import { figureDisagreements } from "./figures.ts";
import { hardwareDisagreements } from "./hardware.ts";
import { planDisagreements } from "./plans.ts";
import { polarityDisagreements } from "./polarity.ts";
import { scheduleDisagreements } from "./schedule.ts";
import { type DisagreementContext, mergeOverlapping } from "./sides.ts";
import { productionDisagreements, statusDisagreements } from "./status.ts";
import { supplierDisagreements } from "./supplier.ts";
import { words } from "../../text/tokens.ts";

export type { DisagreementContext } from "./sides.ts";

/** The detectors, each on its own question; a sentence may take part in several disagreements. */
export function allDisagreements(
  sentences: readonly Sentence[],
  context: DisagreementContext,
): { disagreements: Disagreement[]; superseded: Sentence[] } {
  const status = statusDisagreements(sentences, context);
  const schedule = scheduleDisagreements(sentences, context);
  const approval = approvalDisagreements(sentences, context);
  return {
    disagreements: betweenOutlets(
      withoutRepeats(
        mergeOverlapping([
          ...status.disagreements,
          ...productionDisagreements(sentences, context),
          ...planDisagreements(sentences, context),
          ...schedule.disagreements,
          ...approval.disagreements,
          ...figureDisagreements(sentences, context),
          ...polarityDisagreements(sentences, context),
          ...hardwareDisagreements(sentences, context),
          ...extentDisagreements(sentences, context),
          ...originDisagreements(sentences, context),
          ...supplierDisagreements(sentences, context),
          ...comparisonDisagreements(sentences, context),
          ...featureDisagreements(sentences, context),
        ]),
      ),
      context,
    ),
    superseded: [...status.superseded, ...schedule.superseded, ...approval.superseded],
  };
}

/**
 * The disagreements whose sides are not all one outlet's copy: a wire story run before and after its correction, or
 * before and after an update, says the outlet changed its figure, not that sources dispute it.
 */
function betweenOutlets(found: Disagreement[], context: DisagreementContext): Disagreement[] {
  const outlets = context.outlets;
  if (!outlets) return found;
  return found.filter((d) => new Set(d.sides.flat().map((s) => outlets.get(s.source) ?? `#${s.source}`)).size > 1);
}

/**
 * A denial that a part comes from a supplier, where another dispute over who supplies it shows the same sources: two
 * detectors read one dispute ("The die isn't from SMIC" as a denial, "fabricated by TSMC" as a rival maker of what
 * others say SMIC makes). The denial says nothing the rival supplier does not, and is dropped where the supplier
 * dispute holds its first side's sentences on one side and its second side's sources on the other.
 */
function withoutRepeats(found: Disagreement[]): Disagreement[] {
  const suppliers = found.filter((e) => e.kind === "training");
  if (suppliers.length === 0) return found;
  const holds = (e: Disagreement, d: Disagreement) =>
    [0, 1].some((x) => {
      const ids = new Set(e.sides[x as 0 | 1].map((s) => s.id));
      const sources = new Set(e.sides[(1 - x) as 0 | 1].map((s) => s.source));
      return d.sides[0].every((s) => ids.has(s.id)) && d.sides[1].every((s) => sources.has(s.source));
    });
  const phrase = (text: string) => ` ${words(text).join(" ").toLowerCase()} `;
  const denies = (d: Disagreement, supplier: string) => phrase(d.topic).includes(phrase(supplier));
  return found.filter((d) => d.kind !== "polarity" || !suppliers.some((e) => denies(d, e.topic) && holds(e, d)));
}
