// Chooses and orders the points of each section and turns them into the briefing data.
import type { PipelineState } from "../../pipeline/state.ts";
import {
  SECTION_IDS,
  type Briefing,
  type BriefingSection,
  type Claim,
  type Point,
  type SectionId,
} from "../../model/types.ts";

import { slugWithCounter } from "../../text/slug.ts";
import { compileSynonyms, contentTerms, NO_SYNONYMS, type Synonyms } from "../../text/tokens.ts";
import { type TermWeights, restates } from "../../similarity/termWeights.ts";
import { corroboration, byStrength } from "../../rules/strength.ts";
import { pointText, citationsOf } from "../../rules/pointText.ts";
import { isQuestion } from "../../rules/assertion.ts";
import { MAX_POINTS, MORE_SINGLE } from "../../rules/limits.ts";

/** How many of a chosen point's sentences (its clearest) a later point is checked against for restating. */
export const WORDINGS = 5;
const pagesOf = (claim: Claim): number => new Set(claim.members.map((m) => m.source)).size;
const termSet = (claim: Claim, synonyms: Synonyms): Set<string> =>
  new Set(contentTerms(claim.representative.text, synonyms));

/** A section's claims: those it shows, those under "More in …", and how many single-origin claims had no room. */
export interface SectionChoice {
  readonly shown: Claim[];
  readonly more: Claim[];
  readonly cut: number;
}

/**
 * The points of one section: standalone claims, strongest first, at most MAX_POINTS, none restating a
 * stronger one already chosen. Outside Open questions a point must name an actor or give a figure:
 * a sentence with neither is commentary, not news. An open question can be bare ("details have not been announced").
 * Questions, and one source's claim that another source contradicts (`contested`: sentence ids), are shown
 * by Open questions, with the other side, and not again as points of their own.
 */
export function choosePoints(
  claims: readonly Claim[],
  section: SectionId,
  synonyms: Synonyms = NO_SYNONYMS,
  contested: ReadonlySet<string> = new Set(),
  weights?: TermWeights,
): Claim[] {
  return chooseSection(claims, section, synonyms, contested, weights).shown;
}

/**
 * As `choosePoints`, and past the MAX_POINTS shown: every other claim that two or more independent origins back
 * goes under "More in …" (nothing corroborated is dropped for space), and the strongest MORE_SINGLE claims of one
 * origin; the other claims of one origin are cut and counted.
 * A claim that restates one already chosen is not a point again; merging claims is the cluster step's work alone.
 */
export function chooseSection(
  claims: readonly Claim[],
  section: SectionId,
  synonyms: Synonyms = NO_SYNONYMS,
  contested: ReadonlySet<string> = new Set(),
  weights?: TermWeights,
): SectionChoice {
  const chosen: Array<{ claim: Claim; terms: Set<string>; wordings: Array<Set<string>> }> = [];
  const more: Claim[] = [];
  let cut = 0;
  let singles = 0;
  const eligible = claims.filter(
    (c) =>
      c.section === section &&
      c.representative.standalone &&
      (section === "open-questions" ||
        (c.representative.informativeness >= 1 &&
          !isQuestion(c.representative.text) &&
          !(corroboration(c) === 1 && contested.has(c.representative.id)))),
  );
  for (const claim of eligible.sort(byStrength)) {
    const terms = termSet(claim, synonyms);
    // A point restates a chosen one when it restates that point's sentence or one of its other wordings.
    // A claim worded much as a point already shown is listed below the points, not shown again beside it: the cluster
    // step kept it apart, so it says something else (a hedge, a figure, another relation), and it is not dropped.
    const near = chosen.some((c) => c.wordings.some((w) => restates(terms, w, weights)));
    if (near || chosen.length >= MAX_POINTS) {
      // Every claim two origins back is listed; of the rest, the strongest that say something new fill up to
      // MORE_SINGLE places.
      // A claim several pages carry on one origin's word (a company's announcement retold) is news even when it
      // is worded much as a point shown: it counts as one origin, and is not dropped for that.
      if (corroboration(claim) >= 2 || ((!near || pagesOf(claim) >= 2) && singles++ < MORE_SINGLE)) more.push(claim);
      else cut++;
      continue;
    }
    const wordings = [
      terms,
      ...claim.members
        .filter((m) => m !== claim.representative)
        .slice(0, WORDINGS - 1)
        .map((m) => new Set(contentTerms(m.text, synonyms))),
    ];
    chosen.push({ claim, terms, wordings });
  }
  return { shown: chosen.map((c) => c.claim).sort(byStrength), more, cut };
}

export const GLANCE_MIN = 3;
export const GLANCE_MAX = 5;

/**
 * "At a glance": the most corroborated points across all sections, strongest first, none restating another.
 * Points backed by two or more sources come first; single-source points only fill up to GLANCE_MIN.
 */
export function chooseGlance(
  chosen: ReadonlyArray<{ readonly claim: Claim; readonly point: Point }>,
  synonyms: Synonyms = NO_SYNONYMS,
): string[] {
  // Sections may each hold one wording of a story's main claim; the summary says it once.
  const seen: Array<Set<string>> = [];
  const ranked = [...chosen]
    .sort((a, b) => byStrength(a.claim, b.claim))
    .filter(({ claim }) => {
      const terms = termSet(claim, synonyms);
      // Unweighted here: across sections, one event framed two ways shares mostly the story's common words.
      if (seen.some((t) => restates(terms, t))) return false;
      seen.push(terms);
      return true;
    });
  const corroborated = ranked.filter((c) => corroboration(c.claim) >= 2).slice(0, GLANCE_MAX);
  const picked = corroborated.length >= GLANCE_MIN ? corroborated : ranked.slice(0, GLANCE_MIN);
  return picked.map((c) => c.point.id);
}

/** Pipeline step: builds `state.briefing` from the claims. */
export function assembleBriefing(state: PipelineState): void {
  const slug = slugWithCounter();
  const synonyms = compileSynonyms(state.config.synonyms ?? []);
  const contested = new Set((state.disagreements ?? []).flatMap((d) => d.sides.flat().map((s) => s.id)));
  const weights = state.termWeights;
  const chosen: Array<{ claim: Claim; point: Point }> = [];
  // An expectation a later report of the event replaced is not news any more.
  const current = state.claims.filter((c) => !c.members.every((m) => state.superseded.has(m.id)));
  const toPoint = (claim: Claim): Point => ({
    id: slug(pointText(claim)),
    text: pointText(claim),
    citations: citationsOf(claim),
    ...(claim.origins ? { origins: claim.origins } : {}),
  });
  let cut = 0;
  const choices = state.config.sections.map((def) => {
    const choice = chooseSection(current, def.id, synonyms, contested, weights);
    cut += choice.cut;
    const points = choice.shown.map((claim) => {
      const point = toPoint(claim);
      chosen.push({ claim, point });
      return point;
    });
    return { def, points, more: choice.more };
  });
  // "More" points take their ids after every shown point has its own: a shown point's id does not depend on them.
  const sections: BriefingSection[] = choices.map(({ def, points, more }) => {
    const section: BriefingSection = { id: def.id, title: def.title, description: def.description, points };
    return more.length > 0 ? { ...section, more: more.map(toPoint) } : section;
  });
  state.cut = cut;
  // Claims no section's cues pick out are in no section, however many origins back them: counted, so that the build
  // summary can say so and the maintainer can add cue terms for them.
  state.unplaced = current.filter((c) => c.section === null && corroboration(c) >= 2).length;
  const dates = state.sources
    .map((s) => s.meta.published)
    .filter((d): d is string => d !== null)
    .sort();
  const briefing: Briefing = {
    schemaVersion: 1,
    title: state.config.title,
    edition: state.config.edition ?? dates.at(-1) ?? null,
    sources: state.sources.map((s) => ({
      id: s.id,
      file: s.file,
      title: s.title,
      publisher: s.meta.publisher,
      author: s.meta.author,
      url: s.meta.url,
      published: s.meta.published,
      kind: s.kind,
      warnings: s.messages.map(String),
    })),
    sections: SECTION_IDS.map((id) => sections.find((s) => s.id === id) as BriefingSection),
    glance: chooseGlance(chosen, synonyms),
  };
  state.briefing = briefing;
}
