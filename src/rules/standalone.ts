// Whether a sentence can be read on its own as a point, and the words a point shows of it.
import type { Sentence } from "../model/types.ts";
import { words } from "../text/tokens.ts";

/** Leading discourse connectives: dropped before judging (and showing) a sentence. */
export const CONNECTIVE =
  /^(?:but|and|so|yet|still|also|however|instead|meanwhile|moreover|furthermore|now|at the same time|on the other hand|in addition|more importantly|behind the scenes|for years|in other words|as a result|globally|previously|unlike[^,]{0,80}|according to (?:the )?reports?),\s*|^(?:but|and|so|yet)\s+/i;

// Openers that refer back to something said before: the sentence cannot be read on its own.
const ANAPHORIC =
  /^(?:this|that|these|those|it|it's|its|they|their|them|he|she|his|her|such|here|the other|the former|the latter|there(?:'s| is| are)|the (?:company|move|decision|result|change|partnership|model|firm|startup|shift|development|announcement|step|plan|deal|report|trend|level|scale|move|approach))\b/i;
const PERSONAL = /\b(?:we|our|you|your|i|me|my)\b/i;
// A subordinate opener ("If it works, …") hides a back-reference just as well as a bare pronoun does.
const SUBORDINATE = /^(?:if|when|while|as|because|although|once|unless)\s+(?:it|they|he|she)\b/i;
// A main clause that opens on a pronoun after an introductory phrase ("Through its new model, it is showing …").
const LATE_PRONOUN = /^[^,]{1,80},(?:[^,]{1,120},)?\s*(?:it|they|he|she|this|these|those)\s/i;
// A subordinate clause that names its subject before the pronoun ("While DeepSeek has …, it has …"): the
// pronoun points forward to that name, not back to an earlier sentence.
const NAMED_LEAD =
  /^(?:While|Although|Though|After|Since|Because|When)\s+(?:\p{Lu}[\p{L}\p{N}’'-]*\s+)+(?:has|have|had|is|was|were|did|does|said|says)\b[^,]*,\s*(?:it|they|he|she)\s/u;
// A definite "the shift"/"the episode" anywhere points back to a change named earlier.
const BACK_REFERENCE = /\bthe (?:shift|episode)\b|\b(?:moves?|steps?|changes?|decisions?) like (?:this|that|these)\b/i;
// A conditional ("If V4 delivers, …") speculates rather than reports. A doubt about claims ("if these results
// hold up") is kept: Open questions quotes it with the claims it doubts.
const CONDITIONAL = /^if\b(?!.*\bhold up\b)/i;
// Who a person is ("Lena Voss covers semiconductors at Harborline Research"): an introduction, not a claim.
const BIO =
  /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} (?:covers|reports on|writes about|is an? (?:[\p{L}-]+ ){0,2}(?:analyst|reporter|correspondent|editor|writer|researcher|journalist|columnist|host|partner))\b/u;
// Prescriptive commentary ("must be taken into account") is the writer's advice, not a report.
const PRESCRIPTIVE = /\b(?:must|ought to) (?:be|not)\b|\btaken into account\b/i;

// Reporting formulas that record a non-answer: they say nothing a reader can use as a point.
const NO_COMMENT =
  /\b(?:declined to comment|(?:did not|didn't) (?:immediately )?(?:respond|reply) to (?:a |multiple )?requests? for comment|could not be reached for comment)\b/i;

// A transcript's speaker label: "LENA VOSS: …". The point shows what was said; the quote keeps who said it.
const SPEAKER = /^\p{Lu}[\p{Lu} .'’-]{1,40}:\s+/u;
// A live blog's or transcript's time stamp before the entry: "(21:30) ", "[00:03:40] ", "09:15 — ".
// A time alone that opens a sentence is its subject ("10:00 is when the market opens"): only a bracketed one, or one
// set off by a dash or a bar, is a stamp.
const TIME_STAMP =
  /^(?:[([]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?[)\]]\s*|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s*[-–—|·]\s*)(?=\S)/;

/** The sentence with a time stamp, a speaker label and a leading connective removed and its first letter capitalised. */
export function withoutConnective(text: string): string {
  const rest = text.replace(TIME_STAMP, "").replace(SPEAKER, "").replace(CONNECTIVE, "");
  return rest === text ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** True when a text reads as a full sentence on its own. */
function readsAlone(text: string): boolean {
  const n = words(text).length;
  if (n < 6 || n > 60) return false;
  // Without a full stop it is a fragment, a bullet's label ("Cost advantage: …") as much as a heading.
  if (!/[.!?]["”’)]?$/.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"“]/u.test(text)) return false;
  if (ANAPHORIC.test(text) || SUBORDINATE.test(text) || PERSONAL.test(text) || NO_COMMENT.test(text) || BIO.test(text))
    return false;
  if (LATE_PRONOUN.test(text) && !NAMED_LEAD.test(text)) return false;
  return !BACK_REFERENCE.test(text) && !CONDITIONAL.test(text) && !PRESCRIPTIVE.test(text);
}

/**
 * What a point may say of a sentence: the sentence without a leading connective when that reads on its own;
 * else, when a lead-in that points back ends in a colon ("This also shows a bigger trend: …"), the clause
 * after the colon, if that reads on its own; else null.
 */
export function standaloneText(sentence: Pick<Sentence, "text" | "kind">): string | null {
  if (sentence.kind === "heading") return null;
  const text = withoutConnective(sentence.text);
  if (readsAlone(text)) return text;
  const colon = text.indexOf(": ");
  if (colon < 0) return null;
  const clause = text.slice(colon + 2);
  const shown = clause.charAt(0).toUpperCase() + clause.slice(1);
  return readsAlone(shown) ? shown : null;
}

/** True when a sentence, or its main clause after a colon, makes sense without the sentence before it. */
export function isStandalone(sentence: Pick<Sentence, "text" | "kind">): boolean {
  return standaloneText(sentence) !== null;
}
