// Scores each sentence against the section cue terms and judges whether it can stand alone as a point.
import { SECTION_IDS, type Sentence, type Source } from "../../model/types.ts";
import type { SeedContext } from "../../pipeline/state.ts";
import { informativeness } from "../../rules/informativeness.ts";
import { type CompiledSection, cueScore, SECTION_THRESHOLD } from "../../rules/sectionCues.ts";
import { isStandalone } from "../../rules/standalone.ts";
import { isQuestion, UNCERTAIN } from "../../rules/stance.ts";
import { term, terms, words } from "../../text/tokens.ts";

/** What classifying decides of a sentence, which depends on its wording and heading alone. */
type Verdict = Pick<Sentence, "scores" | "sections" | "standalone" | "informativeness">;

/** Classifies one sentence in place. */
export function classifySentence(sentence: Sentence, sections: readonly CompiledSection[]): void {
  const verdict = judge(sentence, sections);
  sentence.scores = verdict.scores;
  // A repaired sentence is shown on its source page but belongs to no section: no point may quote it.
  sentence.sections = sentence.repaired ? [] : verdict.sections;
  sentence.standalone = verdict.standalone;
  sentence.informativeness = verdict.informativeness;
}

function judge(
  sentence: Pick<Sentence, "text" | "heading" | "kind" | "scores">,
  sections: readonly CompiledSection[],
): Verdict {
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
  return {
    scores,
    sections: SECTION_IDS.filter((id) => scores[id] >= SECTION_THRESHOLD && scores[id] >= best / 2),
    standalone: isStandalone(sentence),
    informativeness: informativeness(sentence.text, ws),
  };
}

/** Seed step: classifies every sentence of the source. */
export function classifySentences(source: Source, context: Pick<SeedContext, "sections" | "once">): void {
  for (const sentence of source.sentences) {
    // The same wording under the same heading, as a list item or not, is judged once: the verdict is shared.
    const key = `${sentence.kind}\u0000${sentence.heading ?? ""}\u0000${sentence.text}`;
    const verdict = context.once("verdict", key, () => judge(sentence, context.sections));
    sentence.scores = verdict.scores;
    sentence.sections = sentence.repaired ? [] : verdict.sections;
    sentence.standalone = verdict.standalone;
    sentence.informativeness = verdict.informativeness;
  }
}
