// Scores each sentence against the section cue terms and judges whether it can stand alone as a point.
import { SECTION_IDS, type Sentence, type Source } from "../../model/types.ts";
import type { SeedContext } from "../../pipeline/state.ts";
import { informativeness } from "../../rules/informativeness.ts";
import { type CompiledSection, cueScore, SECTION_THRESHOLD } from "../../rules/sectionCues.ts";
import { isStandalone } from "../../rules/standalone.ts";
import { isQuestion, UNCERTAIN } from "../../rules/stance.ts";
import { term, terms, words } from "../../text/tokens.ts";

/** Classifies one sentence in place. */
export function classifySentence(sentence: Sentence, sections: readonly CompiledSection[]): void {
  // The words are split once and shared by the cue terms and informativeness.
  const ws = words(sentence.text);
  const seq = ws.map(term);
  const headingSeq = sentence.heading ? terms(sentence.heading) : [];
  const question = isQuestion(sentence.text);
  const present = new Set(seq);
  const headingPresent = new Set(headingSeq);
  const scores = { ...sentence.scores };
  for (const section of sections) {
    // A heading above the paragraph is evidence too, at half weight.
    scores[section.id] =
      cueScore(section, seq, present, question) + 0.5 * cueScore(section, headingSeq, headingPresent, false);
  }
  let best = Math.max(...SECTION_IDS.map((id) => scores[id]));
  if (UNCERTAIN.test(sentence.text)) {
    // What is not known outranks what it is about: the point is that it is open.
    scores["open-questions"] = best = Math.max(best, SECTION_THRESHOLD) + 1;
  }
  sentence.scores = scores;
  // A repaired sentence is shown on its source page but belongs to no section: no point may quote it.
  sentence.sections = sentence.repaired
    ? []
    : SECTION_IDS.filter((id) => scores[id] >= SECTION_THRESHOLD && scores[id] >= best / 2);
  sentence.standalone = isStandalone(sentence);
  sentence.informativeness = informativeness(sentence.text, ws);
}

/** Seed step: classifies every sentence of the source. */
export function classifySentences(source: Source, context: Pick<SeedContext, "sections">): void {
  for (const sentence of source.sentences) classifySentence(sentence, context.sections);
}
