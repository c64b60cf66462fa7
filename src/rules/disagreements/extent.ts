// How much of the work the chips named do: one source says all of it, another only part, in words next to the chips.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { names, products } from "../mentions.ts";
import { perText } from "../../util/perText.ts";
import { type DisagreementContext, split } from "./sides.ts";

const HARDWARE = "(?:chips?|processors?|hardware|GPUs?|silicon|accelerators?)";
// The marker must stand beside the chips it qualifies: "mostly on Nvidia hardware", "not … domestic chips for every stage".
const WHOLLY = new RegExp(
  String.raw`\b(?:entirely|exclusively|wholly|solely)\s+on\s+(?:\S+\s+){0,3}${HARDWARE}\b|\b${HARDWARE}\s+(?:\S+\s+){0,3}for every stage\b`,
  "i",
);
const PARTLY = new RegExp(
  String.raw`\b(?:mostly|mainly|largely|partly|in part)\s+on\s+(?:\S+\s+){0,3}${HARDWARE}\b|\b(?:is|are)n['’]t just using\s+(?:\S+\s+){0,2}${HARDWARE}\b|\b${HARDWARE}\s+(?:\S+\s+){0,2}reserved for\b`,
  "i",
);
const EARLIER = /\b(?:earlier|previous|prior|last year)\b/i;

/** One source says the model's work runs only in part on the chips it names, another that it runs entirely on them. */
export function extentDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  const read = perText((text) =>
    EARLIER.test(text) ? null : PARTLY.test(text) ? "partly" : WHOLLY.test(text) ? "wholly" : null,
  );
  const of = (s: Sentence) => read(s.text);
  const wholly = sentences.filter((s) => of(s) === "wholly");
  const partly = sentences.filter((s) => of(s) === "partly");
  const named = [...wholly, ...partly].flatMap((s) => [...products(names(s.text, context.makers))]);
  const topic = named.find((p) => /\d/.test(p))?.toUpperCase() ?? "the model";
  const d = split("training", topic, partly, wholly);
  return d ? [d] : [];
}
