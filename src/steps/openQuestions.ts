// Rebuilds Open questions from questions and their answers, disagreements between sources and hedged claims; marks single-source facts.
import type { PipelineState } from "../pipeline.ts";
import type { Briefing, Citation, Point, Sentence } from "../types.ts";
import { words, term } from "../text/tokens.ts";
import { slugWithCounter } from "../text/slug.ts";
import { findDisagreements, quantityPhrase, type Disagreement } from "./findDisagreements.ts";
import { pairQuestions } from "./pairQuestions.ts";
import { comparable, comparableText } from "./checkQuotes.ts";

export const OPEN_QUESTIONS = "open-questions";
/** Claims a source hedges: worth reading as unconfirmed. */
export const HEDGE = /\b(?:rumou?red|reportedly|allegedly|unconfirmed|is expected to|are expected to|if (?:these|those|the) [\w\s]{0,30}hold up)\b/i;
/** What makes a one-source claim matter: a number, a date or a named deal. */
const CONSEQUENTIAL = /(?<![\p{L}-])\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:deals?|orders?|ordered|contracts?|agreements?|partnerships?|acquisitions?)\b/u;

const cite = (s: Sentence): Citation => ({ source: s.source, paragraph: s.paragraph, line: s.line, quote: s.text });
const count = (n: number, one: string, many: string): string => (n === 1 ? `one ${one}` : `${n} ${many}`);

/** The reader-facing wording of a disagreement; only the quotes are verbatim. */
export function disagreementText(d: Disagreement): string {
  const [a, b] = d.sides;
  switch (d.kind) {
    case "status":
      return `Sources differ on whether ${d.topic} has shipped: ${count(a.length, "source says it is out", "sources say it is out")}, ${count(b.length, "calls it upcoming", "call it upcoming")}.`;
    case "certainty":
    {
      const action = a[0]?.text.match(/\bwill\s+(\w+(?:\s+(?!according\b)[\w'’]+){0,3})/i)?.[1] ?? "go ahead";
      return `Sources differ on how certain it is that ${d.topic.split(":")[0]} will ${action.replace(/[,.;]$/, "")}: ${count(a.length, "says it will", "say it will")}, ${count(b.length, "only that it may", "only that it may")}.`;
    }
    case "figures":
      return `Sources give different figures: "${quantityPhrase(a[0]?.text ?? "")}" in one, "${quantityPhrase(b[0]?.text ?? "")}" in ${b.length === 1 ? "another" : `${b.length} others`}.`;
    case "capability": {
      const shown = words(b[0]?.text ?? "").find((w) => term(w) === d.topic) ?? d.topic;
      return `Sources differ on ${shown} features: ${count(a.length, "source expects them", "sources expect them")}, another reportedly says they are missing.`;
    }
  }
}

function doubters(related: readonly Sentence[]): string {
  const n = new Set(related.map((s) => s.source)).size;
  return n === 0 ? "" : n === 1 ? "Another source also doubts it." : `${n} other sources also doubt it.`;
}

/** Question points: the question, the answer its source gives, and other sources' doubts on the same matter. */
function questionPoints(sentences: readonly Sentence[]): Array<{ text: string; citations: Citation[] }> {
  return pairQuestions(sentences)
    .filter((p) => words(p.question.text).length >= 4)
    .map(({ question, answer, related }) => ({
      text: [
        question.text,
        answer ? `The source answers: ${answer.text}` : "No source answers it.",
        doubters(related),
      ].join(" ").trim(),
      citations: [question, ...(answer ? [answer] : []), ...related].map(cite),
    }));
}

/** A hedged claim with its attribution; a conditional ("if these … hold up") brings the claim it doubts. */
function hedgedPoint(point: Point, sentences: readonly Sentence[]): { text: string; citations: Citation[] } {
  const sources = new Set(point.citations.map((c) => c.source)).size;
  const who = sources === 1 ? "One source says" : "Several sources say";
  const first = point.citations[0];
  if (first && /^if (?:these|those|the)\b/i.test(point.text)) {
    const doubted = sentences.filter((s) => s.source === first.source && s.paragraph < first.paragraph && s.paragraph >= first.paragraph - 2 && /\b(?:claims?|says)\b/.test(s.text));
    // The claims are quoted; the doubt is said in our words, since a point quotes one passage per source.
    const claims = doubted.filter((s) => s.paragraph === doubted[0]?.paragraph);
    if (claims.length > 0) return { text: `Untested claims: ${claims.map((s) => s.text).join(" ")} ${who} these results have yet to hold up to further testing.`, citations: claims.map(cite) };
  }
  return { text: HEDGE.test(point.text) ? `${who}: ${point.text}` : point.text, citations: [...point.citations] };
}

/** The new Open questions points, given the sentences, claims and the points assembled so far. */
export function openQuestionPoints(state: Pick<PipelineState, "sources" | "claims">, assembled: readonly Point[]): Array<{ text: string; citations: Citation[] }> {
  const sentences = state.sources.flatMap((s) => s.sentences).filter((s) => s.kind !== "heading");
  const questions = questionPoints(sentences);
  const disagreements = findDisagreements(sentences, state.claims).map((d) => ({ text: disagreementText(d), citations: d.sides.flat().map(cite) }));
  const used = new Set([...questions, ...disagreements].flatMap((p) => p.citations.map((c) => c.quote)));
  const rest = assembled.filter((p) => !p.citations.some((c) => used.has(c.quote)) && !p.text.trim().endsWith("?")).map((p) => hedgedPoint(p, sentences));
  return [...questions, ...disagreements, ...rest];
}

/**
 * One citation per source, as elsewhere in the briefing: a source's passages that stand next to each other
 * in its text (a question and its answer) become one quote; otherwise its first passage is kept.
 */
export function onePerSource(citations: readonly Citation[], texts: ReadonlyMap<string, string>): Citation[] {
  const out: Citation[] = [];
  for (const c of citations) {
    const at = out.findIndex((o) => o.source === c.source);
    const prior = out[at];
    if (!prior) out.push(c);
    else if (c.paragraph === prior.paragraph && texts.get(c.source)?.includes(comparable(`${prior.quote} ${c.quote}`))) out[at] = { ...prior, quote: `${prior.quote} ${c.quote}` };
  }
  return out;
}

/** Whether a point rests on one source and states a number, a date or a named deal. */
export function isSingleSource(point: Pick<Point, "text" | "citations">): boolean {
  return new Set(point.citations.map((c) => c.source)).size === 1 && CONSEQUENTIAL.test(point.text);
}

/** Pipeline step: replaces the Open questions points and sets `singleSource` on every point. */
export function openQuestions(state: PipelineState): void {
  const briefing = state.briefing;
  if (!briefing) return;
  const slug = slugWithCounter();
  const texts = new Map(state.sources.map((s) => [s.id, comparableText(s)]));
  for (const section of briefing.sections) if (section.id !== OPEN_QUESTIONS) for (const p of section.points) slug(p.id);
  const sections = briefing.sections.map((section) => {
    const points =
      section.id === OPEN_QUESTIONS
        ? openQuestionPoints(state, section.points)
            .map((p) => ({ id: slug(p.text), text: p.text, citations: onePerSource(p.citations, texts) }))
            // Like every section: the points more sources back come first.
            .sort((a, b) => b.citations.length - a.citations.length)
        : section.points;
    return { ...section, points: points.map((p) => ({ ...p, singleSource: isSingleSource(p) })) };
  });
  state.briefing = { ...briefing, sections } satisfies Briefing;
}
