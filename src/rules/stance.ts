// What a sentence does with its claim: asks it, doubts it, or states it.

const QUESTION_END = /\?["”’)\]]?\s*$/;

/** True for a question: it ends in a question mark, perhaps inside closing quotes or a bracket. */
export function isQuestion(text: string): boolean {
  return QUESTION_END.test(text);
}

/**
 * What a source says is not known, confirmed or said: such a sentence is an open question whatever its topic,
 * and never the same claim as a plain statement of the thing it doubts.
 */
export const UNCERTAIN =
  /(?:\b(?:not|never)|n['’]t)\s+(?:yet\s+|publicly\s+|officially\s+|independently\s+)?(?:been\s+|be\s+)?(?:independently\s+|publicly\s+|officially\s+)?(?:confirmed|announced|disclosed|provided (?:any )?(?:information|details)|said whether|said (?:how|when|which|where)|been (?:reproduced|verified|tested)|reproduced|verified)\b|\bremains? (?:limited|unclear|unknown)\b|\b(?:unclear|unconfirmed|unknown|unverified)\b|\bno independent\b|\bis (?:it |not )?clear (?:how|whether|if)\b|\bquestions? (?:about|over|remain\w*) (?:whether|how|if)\b|\b(?:uncertain|unknown) (?:whether|how|if)\b|\bremains? to be seen\b|\b(?:remains?|is still) an open question\b|\bno [\w\s-]{1,30} (?:has|have) (?:yet )?been (?:confirmed|announced|disclosed|set|fixed)\b|\bneither\b[^.;]{1,60}\bnor\b[^.;]{1,60}\b(?:has|have)\s+(?:yet\s+)?(?:confirmed|disclosed|said)\b/i;
