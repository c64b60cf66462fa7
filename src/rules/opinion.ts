// Whether a sentence gives its writer's judgement rather than reports what happened: the briefing then names who judges.

/** The writer reads a meaning into events: "shows that…", "signals how…", "shows China is moving…". */
const INTERPRETS =
  /\b(?:shows?|showed|signals?|signall?ed|suggests?|suggested|indicates?|indicated|underscores?|underlines?|highlights?|demonstrates?|illustrates?|proves?|means)\s+(?:that|how|why)\b|\b(?:shows?|signals?|suggests?|indicates?|means)\s+(?:[\p{L}'’-]+\s+){1,4}(?:is|are|has|have|may|might|could|can|will)\b/iu;

/** Words of praise, blame or weight that a report of facts does without. */
const EVALUATES =
  /\b(?:right|wrong) direction\b|\b(?:significant|dramatic|remarkable|impressive|crucial|pivotal|historic|landmark) (?:shift|step|moment|milestone|change|win|blow|achievement)\b|\bturning point\b|\bgame[- ]changer\b|\bwake-up call\b|\b(?:faster|sooner|better|worse) than (?:anticipated|expected|many expected)\b|\bhow (?:serious|determined|far)\b/i;

/** Speculation in the writer's own voice about what something will bring. */
const SPECULATES = /\bcould (?:mean|signal|spell|mark|reshape|upend|encourage|change)\b/i;

/** The sentence already says whose view it is: it needs no second attribution. */
const ATTRIBUTED =
  /\b(?:according to|said|says|told|reported|reports|reportedly|writes|wrote|argued|argues|believes?|analysts?|experts?|in (?:his|her|their) view)\b/i;

/**
 * True when the sentence is its writer's opinion or interpretation and does not say whose it is: "The deal shows the
 * company is moving in the right direction". A plain report ("Sales rose 5%"), a question, or an opinion already
 * attributed ("analysts say…") is not. Where the rule cannot tell, it says no: attribution is added, never removed.
 */
export function isOpinion(text: string): boolean {
  if (/\?\s*["”’)]?\s*$/.test(text) || ATTRIBUTED.test(text)) return false;
  return INTERPRETS.test(text) || EVALUATES.test(text) || SPECULATES.test(text);
}
