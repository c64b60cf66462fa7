// Pairs the questions sources ask outright with the answer they give, and with other sources' doubts on the same matter.
import type { Sentence } from "../types.ts";
import { contentTerms } from "../text/tokens.ts";

/** A question a source asks, the sentence that answers it (if any), and related doubts from other sources. */
export interface QuestionPair {
  readonly question: Sentence;
  readonly answer: Sentence | null;
  readonly related: readonly Sentence[];
}

/** Doubts stated as open: "there are still questions about whether…", "it is unclear whether…". */
export const DOUBT = /\b(?:questions? (?:about|over|remain\w*) (?:whether|how|if)|(?:unclear|uncertain|unknown) (?:whether|how|if)|remains? to be seen)\b/i;

function isQuestion(s: Sentence): boolean {
  return s.kind !== "heading" && s.text.trim().endsWith("?");
}

/**
 * Questions with their answer, and doubts sharing two terms with them. The answer is the next sentence of the
 * question's paragraph; when the question ends its paragraph (an interview, a transcript, an FAQ), it is the
 * first sentence of the next paragraph.
 */
export function pairQuestions(sentences: readonly Sentence[]): QuestionPair[] {
  const next = new Map(sentences.map((s) => [`${s.source}-${s.paragraph}-${s.index}`, s]));
  const doubts = sentences.filter((s) => !isQuestion(s) && DOUBT.test(s.text));
  return sentences.filter(isQuestion).map((question) => {
    const after =
      next.get(`${question.source}-${question.paragraph}-${question.index + 1}`) ?? next.get(`${question.source}-${question.paragraph + 1}-1`) ?? null;
    const answer = after && !isQuestion(after) ? after : null;
    const asked = new Set(contentTerms(question.text));
    const overlap = (d: Sentence): number => new Set(contentTerms(d.text).filter((t) => asked.has(t))).size;
    // Closest doubt first, so a source with several doubts is quoted by its most pertinent one.
    const related = doubts.filter((d) => d.source !== question.source && overlap(d) >= 2).sort((a, b) => overlap(b) - overlap(a) || a.id.localeCompare(b.id));
    return { question, answer, related };
  });
}
