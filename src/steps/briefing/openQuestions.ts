// Rebuilds Open questions from questions and their answers, disagreements between sources and hedged claims.
import type { PipelineState } from "../../pipeline/state.ts";
import type {
  Briefing,
  BriefingSection,
  Citation,
  Claim,
  Point,
  PointSide,
  Sentence,
  Disagreement,
  DisagreementKind,
} from "../../model/types.ts";
import { words } from "../../text/tokens.ts";
import { slugWithCounter } from "../../text/slug.ts";

import { pairQuestions } from "../../rules/questionPairs.ts";
import { comparable, comparableText } from "../../text/comparable.ts";
import { MAX_POINTS, MORE_SINGLE } from "../../rules/limits.ts";

import { allSentences, notHeading } from "../../model/sentences.ts";
import { UNCERTAIN, isQuestion, readAssertion } from "../../rules/assertion.ts";
import { withoutConnective } from "../../rules/standalone.ts";
import { isBoilerplate } from "../../rules/boilerplate.ts";
import { doubters, cite, disagreementText, questionSideLabels, sideLabels } from "../../rules/wording.ts";

export const OPEN_QUESTIONS = "open-questions";

/**
 * A claim its source hedges, expects or credits to unnamed people: worth reading as unconfirmed. A doubt ("has not
 * confirmed", "it is unclear") says so in its own words and needs no "One source says".
 */
export function isHedged(text: string): boolean {
  if (UNCERTAIN.test(text)) return false;
  const { certainty, unnamed } = readAssertion(text);
  return certainty === "hedged" || certainty === "expected" || unnamed;
}
/**
 * How open a point leaves its matter, most open first: 0, sources that disagree on what is so; 1, a doubt, or a
 * question answered only with a doubt, or that another source doubts too; 1.5, a question nobody answers, which
 * says less than a doubt that names what is unknown; 2, a question its source answers, or sources that only
 * sound more or less sure of the same thing ("will" versus "may").
 */
export type Openness = 0 | 1 | 1.5 | 2;

/** An Open questions point before ids are given: its text, what it cites and how open it is. */
export interface OpenDraft {
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly openness: Openness;
  /** For a disagreement, what kind: figures, status, certainty… */
  readonly kind?: DisagreementKind;
  /** Which citations stand on which side, when the point sets sources against each other. */
  readonly sides?: readonly PointSide[];
  /** The independent origins of what it states, when it states one claim (see `Point.origins`). */
  readonly origins?: readonly string[];
}

/**
 * Question points: the question, the answer its source gives, and other sources' doubts on the same matter.
 * Questions that cluster as one claim are one point: the first asker's wording, with everyone's answers cited.
 */
function questionPoints(sentences: readonly Sentence[], claims: readonly Claim[]): OpenDraft[] {
  // A question followed by a credit line ("… on Ascend? A summary … Source: long post by …") is a page's headline.
  const asked = pairQuestions(sentences).filter(
    (p) => words(p.question.text).length >= 4 && !isBoilerplate(p.question) && !(p.answer && isBoilerplate(p.answer)),
  );
  // The claim of each question: a map of every member of every claim was 420,000 entries at 10,000 seeds.
  const questions = new Set(asked.map((p) => p.question.id));
  const claimOf = new Map<string, string>();
  // Until every question is placed: when sources ask none, no member is looked at.
  for (let i = 0; i < claims.length && claimOf.size < questions.size; i++) {
    const c = claims[i] as Claim;
    for (const m of c.members) if (questions.has(m.id)) claimOf.set(m.id, c.id);
  }
  const groups = new Map<string, ReturnType<typeof pairQuestions>>();
  for (const pair of asked) {
    const key = claimOf.get(pair.question.id) ?? pair.question.id;
    // Appended in place: a question an archive repeats in thousands of articles is one group of thousands.
    const group = groups.get(key);
    if (group) group.push(pair);
    else groups.set(key, [pair]);
  }
  return [...groups.values()].map((pairs) => {
    const [{ question, answer }] = pairs as [(typeof pairs)[number]];
    const askers = new Set(pairs.map((p) => p.question.source));
    const related = [...new Set(pairs.flatMap((p) => p.related))].filter((r) => !askers.has(r.source));
    const others = askers.size - 1;
    const asked = pairs.flatMap((p) => [p.question, ...(p.answer ? [p.answer] : [])]);
    const [askLabel, doubtLabel] = questionSideLabels(
      asked,
      pairs.some((p) => p.answer !== null),
      related,
    );
    return {
      text: [
        withoutConnective(question.text),
        answer ? `The source answers: ${withoutConnective(answer.text)}` : "No source answers it.",
        others === 0 ? "" : others === 1 ? "Another source asks the same." : `${others} other sources ask the same.`,
        doubters(related),
      ]
        .filter(Boolean)
        .join(" "),
      citations: asked.concat(related).map(cite),
      ...(related.length > 0
        ? {
            sides: [
              { label: askLabel, citations: asked.map(cite) },
              { label: doubtLabel, citations: related.map(cite) },
            ],
          }
        : {}),
      openness:
        !answer && related.length === 0 ? 1.5 : answer && !UNCERTAIN.test(answer.text) && related.length === 0 ? 2 : 1,
    };
  });
}

/**
 * A hedged claim with its attribution; a conditional ("if these … hold up") brings the claims it doubts, and is
 * quoted itself: it is what makes them untested.
 */
export function hedgedPoint(point: Point, sentences: readonly Sentence[]): OpenDraft {
  const sources = point.origins?.length ?? new Set(point.citations.map((c) => c.source)).size;
  const who = sources === 1 ? "One source says" : "Several sources say";
  const first = point.citations[0];
  if (first && /^if (?:these|those|the)\b/i.test(point.text)) {
    const doubted = sentences.filter(
      (s) =>
        s.source === first.source &&
        s.paragraph < first.paragraph &&
        s.paragraph >= first.paragraph - 2 &&
        /\b(?:claims?|says)\b/.test(s.text),
    );
    // The claims are quoted, and so is the conditional that calls them untested, after them as in the article.
    const claims = doubted.filter((s) => s.paragraph === doubted[0]?.paragraph);
    if (claims.length > 0)
      return {
        text: `Untested claims: ${claims.map((s) => s.text).join(" ")} ${who} these results have yet to hold up to further testing.`,
        citations: [...claims.map(cite), ...point.citations],
        openness: 1,
        ...(point.origins ? { origins: point.origins } : {}),
      };
  }
  return {
    text: isHedged(point.text) ? `${who}: ${point.text}` : point.text,
    citations: [...point.citations],
    openness: 1,
    ...(point.origins ? { origins: point.origins } : {}),
  };
}

/** The new Open questions points, given the sentences, claims and the points assembled so far. */
export function openQuestionPoints(
  state: Pick<PipelineState, "sources" | "claims" | "disagreements" | "superseded">,
  assembled: readonly Point[],
): OpenDraft[] {
  const sentences = allSentences(state.sources, notHeading);
  const questions = questionPoints(sentences, state.claims);
  // A page's credit line or its publisher's boilerplate is no source's claim: it is left out of its side, and a
  // disagreement with a side left empty is none.
  const disagreements = state.disagreements
    .map((d): Disagreement => {
      const [a, b] = d.sides;
      return { ...d, sides: [a.filter((s) => !isBoilerplate(s)), b.filter((s) => !isBoilerplate(s))] };
    })
    .filter((d) => d.sides.every((side) => side.length > 0))
    .map((d): OpenDraft => {
      const labels = sideLabels(d);
      return {
        text: disagreementText(d),
        citations: d.sides.flat().map(cite),
        openness: 0,
        kind: d.kind,
        sides: d.sides.map((side, i) => ({ label: labels[i] as string, citations: side.map(cite) })),
      };
    });
  const used = new Set([...questions, ...disagreements].flatMap((p) => p.citations.map((c) => c.quote)));
  const replaced = new Set(
    sentences.filter((s) => state.superseded.has(s.id)).map((s) => `${s.source}\u0000${s.text}`),
  );
  const rest = assembled
    .filter((p) => !p.citations.every((c) => replaced.has(`${c.source}\u0000${c.quote}`)))
    .filter((p) => !p.citations.some((c) => used.has(c.quote)) && !isQuestion(p.text))
    .map((p) => hedgedPoint(p, sentences));
  return [...questions, ...disagreements, ...rest];
}

/**
 * A source's passages that stand next to each other in its text (a question and its answer) become one quote;
 * other passages of the same source stay citations of their own, so that everything the point says is cited.
 */
export function joinAdjacent(citations: readonly Citation[], texts: ReadonlyMap<string, string>): Citation[] {
  const out: Citation[] = [];
  // What `out` holds, counted by source, line and quote, and where each source's last citation in it is: a point can
  // cite thousands of passages ("in one, … in 2,000 others"), and scanning `out` for every citation grew as their square.
  const held = new Map<string, number>();
  const key = (c: Citation): string => `${c.source}\u0000${c.line}\u0000${c.quote}`;
  const lastOf = new Map<string, number>();
  for (const c of citations) {
    if (held.has(key(c))) continue;
    const at = lastOf.get(c.source);
    const prior = at === undefined ? undefined : out[at];
    if (
      at !== undefined &&
      prior &&
      c.paragraph === prior.paragraph &&
      texts.get(c.source)?.includes(comparable(`${prior.quote} ${c.quote}`))
    ) {
      const joined = { ...prior, quote: `${prior.quote} ${c.quote}` };
      release(held, key(prior));
      held.set(key(joined), (held.get(key(joined)) ?? 0) + 1);
      out[at] = joined;
    } else {
      held.set(key(c), (held.get(key(c)) ?? 0) + 1);
      lastOf.set(c.source, out.push(c) - 1);
    }
  }
  return out;
}

function release(counts: Map<string, number>, key: string): void {
  const n = (counts.get(key) ?? 0) - 1;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

const sourcesOf = (p: { readonly citations: readonly Citation[]; readonly origins?: readonly string[] }): number =>
  p.origins?.length ?? new Set(p.citations.map((c) => c.source)).size;

/** The openness of a matter left open: a hedged claim, or a question whose answer says it is not known. */
const OPEN = 1;

/** One kind of disagreement takes at most this share of the section while other open matters wait. */
export const KIND_SHARE = 0.5;

/**
 * The first `max` of the ranked drafts, with at most KIND_SHARE of them of one disagreement kind while other drafts
 * remain; slots left over are filled in rank order. At 1,000 seeds the figure comparison alone found hundreds of
 * disagreements, ranked first as disagreements are, and the section showed nothing else.
 */
export function mixed(ranked: readonly OpenDraft[], max: number): OpenDraft[] {
  const cap = Math.max(1, Math.floor(max * KIND_SHARE));
  const picked = new Set<OpenDraft>();
  const perKind = new Map<DisagreementKind, number>();
  for (const d of ranked) {
    if (picked.size >= max) break;
    const n = d.kind ? (perKind.get(d.kind) ?? 0) : 0;
    if (d.kind && n >= cap) continue;
    picked.add(d);
    if (d.kind) perKind.set(d.kind, n + 1);
  }
  for (const d of ranked) if (picked.size < max) picked.add(d);
  return ranked.filter((d) => picked.has(d));
}

/** Briefing step: replaces the Open questions points, and its "More in …" list. */
export function openQuestions(state: PipelineState): void {
  const briefing = state.briefing;
  if (!briefing) return;
  const slug = slugWithCounter();
  const texts = new Map(state.sources.map((s) => [s.id, comparableText(s.lines)]));
  for (const section of briefing.sections)
    if (section.id !== OPEN_QUESTIONS) for (const p of [...section.points, ...(section.more ?? [])]) slug(p.id);
  const toPoint = (p: OpenDraft): Point => ({
    id: slug(p.text),
    text: p.text,
    citations: p.citations,
    ...(p.origins ? { origins: p.origins } : {}),
    ...(p.sides ? { sides: p.sides } : {}),
  });
  const sections = briefing.sections.map((section): BriefingSection => {
    if (section.id !== OPEN_QUESTIONS) return section;
    const ranked = openQuestionPoints(state, [...section.points, ...(section.more ?? [])])
      .map((p) => {
        const citations = joinAdjacent(p.citations, texts);
        return { draft: { ...p, citations }, sources: sourcesOf({ citations, origins: p.origins }) };
      })
      // The matters left most open come first; among them, as in every section, those more sources back.
      .sort((a, b) => a.draft.openness - b.draft.openness || b.sources - a.sources);
    const drafts = ranked.map(({ draft }) => draft);
    const shown = mixed(drafts, MAX_POINTS);
    const picked = new Set(shown);
    // What did not fit: claims two or more origins back go under "More in …", and the strongest MORE_SINGLE of one
    // origin; the rest are cut and counted. A disagreement sets two or more sources against each other: it is never
    // cut for space. Questions past the first are not claims of their own, but one its source leaves open (an answer
    // that says it is not known or confirmed, or another source's doubt) is an open matter, as a hedged claim is.
    const rest = ranked.filter(
      ({ draft }) => !picked.has(draft) && (draft.origins || draft.kind || draft.openness <= OPEN),
    );
    let singles = 0;
    const more = rest.filter(({ sources }) => sources >= 2 || singles++ < MORE_SINGLE).map(({ draft }) => draft);
    state.cut = (state.cut ?? 0) + rest.length - more.length;
    const { more: _more, ...kept } = section;
    const points = shown.map(toPoint);
    return more.length > 0 ? { ...kept, points, more: more.map(toPoint) } : { ...kept, points };
  });
  state.briefing = { ...briefing, sections } satisfies Briefing;
}
