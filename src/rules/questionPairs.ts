// Pairs the questions sources ask outright with the answer they give, and with other sources' doubts on the same matter.
import type { Sentence } from "../model/types.ts";
import { contentTerms } from "../text/tokens.ts";
import { compareText } from "../text/compare.ts";
import { isQuestion } from "./stance.ts";

/** A question a source asks, the sentence that answers it (if any), and related doubts from other sources. */
export interface QuestionPair {
  readonly question: Sentence;
  readonly answer: Sentence | null;
  readonly related: readonly Sentence[];
}

/** Doubts stated as open: "there are still questions about whether…", "it is unclear whether…". */
export const DOUBT =
  /\b(?:questions? (?:about|over|remain\w*) (?:whether|how|if)|(?:unclear|uncertain|unknown) (?:whether|how|if)|remains? to be seen)\b/i;

/** A question asked in the text: a heading that ends in "?" names a topic, it does not ask. */
function asks(s: Sentence): boolean {
  return s.kind !== "heading" && isQuestion(s.text);
}

/**
 * Whether a sentence can be an answer: it ends as a sentence does ("Yes.", "Not yet, the company says.") or runs to a
 * few words. A forum poster's name on its own line under a thread's question ("kernel_panic_42") answers nothing.
 */
function answers(s: Sentence): boolean {
  return s.kind !== "heading" && (/[.!?…"”’)]$/.test(s.text.trim()) || s.text.trim().split(/\s+/).length >= 4);
}

/**
 * Questions with their answer, and doubts sharing two terms with them. The answer is the next sentence of the
 * question's paragraph; when the question ends its paragraph (an interview, a transcript, an FAQ), it is the
 * first sentence of the next paragraph.
 */
export function pairQuestions(sentences: readonly Sentence[]): QuestionPair[] {
  const questions = sentences.filter(asks);
  const next = followers(sentences, questions);
  const doubts = sentences.filter((s) => !asks(s) && DOUBT.test(s.text));
  const byTerm = doubtsByTerm(doubts);
  return questions.map((question) => {
    const after = next.get(question) ?? null;
    const answer = after && !asks(after) && answers(after) ? after : null;
    // How many of the question's terms each doubt shares, counted from the index rather than by reading every doubt.
    const overlaps = new Map<Sentence, number>();
    for (const t of new Set(contentTerms(question.text)))
      for (const d of byTerm.get(t) ?? []) overlaps.set(d, (overlaps.get(d) ?? 0) + 1);
    const overlap = (d: Sentence): number => overlaps.get(d) ?? 0;
    // Closest doubt first, so a source with several doubts is quoted by its most pertinent one.
    const related = [...overlaps.keys()]
      .filter((d) => d.source !== question.source && overlap(d) >= 2)
      .sort((a, b) => overlap(b) - overlap(a) || compareText(a.id, b.id));
    return { question, answer, related };
  });
}

/** Each content term to the doubts that use it, each doubt listed once per term. */
function doubtsByTerm(doubts: readonly Sentence[]): Map<string, Sentence[]> {
  const index = new Map<string, Sentence[]>();
  for (const d of doubts) {
    for (const t of new Set(contentTerms(d.text))) {
      const list = index.get(t);
      if (list) list.push(d);
      else index.set(t, [d]);
    }
  }
  return index;
}

/**
 * For each question, the sentence after it in its paragraph, else the first sentence of the next paragraph (the
 * last one listed, should two claim the place). Only the places after questions are looked up: a key string for
 * every sentence would cost more than all the questions' work.
 */
function followers(sentences: readonly Sentence[], questions: readonly Sentence[]): Map<Sentence, Sentence> {
  const wanted = new Map<string, Map<number, Set<number>>>();
  const want = (source: string, paragraph: number, index: number): void => {
    let paragraphs = wanted.get(source);
    if (!paragraphs) wanted.set(source, (paragraphs = new Map()));
    let indexes = paragraphs.get(paragraph);
    if (!indexes) paragraphs.set(paragraph, (indexes = new Set()));
    indexes.add(index);
  };
  for (const q of questions) {
    want(q.source, q.paragraph, q.index + 1);
    want(q.source, q.paragraph + 1, 1);
  }
  const at = new Map<string, Sentence>();
  for (const s of sentences)
    if (wanted.get(s.source)?.get(s.paragraph)?.has(s.index))
      at.set(`${s.source}\u0000${s.paragraph}\u0000${s.index}`, s);
  const out = new Map<Sentence, Sentence>();
  for (const q of questions) {
    const s =
      at.get(`${q.source}\u0000${q.paragraph}\u0000${q.index + 1}`) ??
      at.get(`${q.source}\u0000${q.paragraph + 1}\u00001`);
    if (s) out.set(q, s);
  }
  return out;
}
