// Chooses and orders the points of each section and turns them into the briefing data.
import type { PipelineState } from "../pipeline.ts";
import { SECTION_IDS, type Briefing, type BriefingSection, type Citation, type Claim, type Point, type SectionId, type Sentence } from "../types.ts";
import { standaloneText, withoutConnective } from "./classifySentences.ts";
import { byClarity } from "./clusterClaims.ts";
import { slugWithCounter } from "../text/slug.ts";
import { compileSynonyms, contentTerms, NO_SYNONYMS, type Synonyms } from "../text/tokens.ts";
import { compareText } from "../text/compare.ts";

export const MIN_POINTS = 3;
export const MAX_POINTS = 8;

// Ranking sorts ask for a claim's corroboration at every comparison: count each claim's sources once.
const CORROBORATION = new WeakMap<readonly Sentence[], number>();

/** How many different sources back a claim. */
export function corroboration(claim: Claim): number {
  let known = CORROBORATION.get(claim.members);
  if (known === undefined) CORROBORATION.set(claim.members, (known = new Set(claim.members.map((m) => m.source)).size));
  return known;
}

// Habitual or past framing: background a reader may need, but not what is new.
const BACKGROUND = /\b(?:usually|typically|traditionally|historically)\b|^(?:previously|in the past|unlike previous)\b/i;

// A short subject described with "is/are (still) the/a …" states how things stand, not what happened.
const DESCRIPTION = /^(?:[\p{L}\p{N}’'-]+\s+){1,4}(?:is|are)\s+(?:still\s+)?(?:the|a|an)\s/u;

/** True when a claim's sentence gives background ("AI developers usually …", "Nvidia GPUs are the platform of choice …") rather than news. */
export function isBackground(claim: Claim): boolean {
  const text = claim.representative.text;
  return BACKGROUND.test(text) || DESCRIPTION.test(text);
}

/**
 * How much a claim says for a section: its named actors, numbers and quantities, plus how squarely it is
 * about the section (its cue score there). Without a section, the score in the claim's own section.
 */
export function says(claim: Claim, section: SectionId | null = claim.section): number {
  const r = claim.representative;
  return (r.informativeness + (section ? (r.scores[section] ?? 0) : 0)) * (1 - 0.6 * r.position);
}

/** Most corroborated first; then news before background; then what says more; then the earlier in its article. */
export function byStrength(a: Claim, b: Claim): number {
  return (
    corroboration(b) - corroboration(a) ||
    Number(isBackground(a)) - Number(isBackground(b)) ||
    says(b) - says(a) ||
    a.representative.position - b.representative.position ||
    compareText(a.id, b.id)
  );
}

/** One citation per source: the representative for its own source, otherwise that source's clearest member. */
export function citationsOf(claim: Claim): Citation[] {
  const bySource = new Map<string, Sentence>();
  for (const m of [claim.representative, ...claim.members]) if (!bySource.has(m.source)) bySource.set(m.source, m);
  return [...bySource.values()].map((s) => ({ source: s.source, paragraph: s.paragraph, line: s.line, quote: s.text }));
}

/**
 * Point text: the representative sentence (or its main clause after a colon, when only that stands alone),
 * without a leading connective or pasted spaces before punctuation.
 */
export function pointText(claim: Claim): string {
  const text = standaloneText(claim.representative) ?? withoutConnective(claim.representative.text);
  // Pasted web text often keeps a space where a link ended ("cited by Reuters , said"); the quote keeps it, the point need not.
  return text.replace(/\s+([,.;:!?])/g, "$1");
}

/** A point restates another when this weighted share of the smaller one's content terms is in both. */
export const RESTATES = 0.5;
/** At this share, the weaker claim is the same claim in other words: its sources back the stronger point. */
export const SAME_WORDING = 0.6;
/** How many of a chosen point's sentences (its clearest) a later point is checked against for restating. */
export const WORDINGS = 5;
/** Two points share at least this many content terms before one can restate the other. */
export const RESTATES_MIN_TERMS = 3;

const termSet = (claim: Claim, synonyms: Synonyms): Set<string> => new Set(contentTerms(claim.representative.text, synonyms));

/** Term -> weight: how telling a shared term is. Without weights every term counts 1. */
export type TermWeights = ReadonlyMap<string, number>;

/**
 * Inverse document frequency over the sentences of all claims: a term most sentences use (the story's
 * protagonists, "Reuters") says little about whether two points say the same thing.
 */
export function termWeights(claims: readonly Claim[], synonyms: Synonyms = NO_SYNONYMS): TermWeights {
  const df = new Map<string, number>();
  let n = 0;
  for (const c of claims) {
    for (const m of c.members) {
      n++;
      for (const t of new Set(contentTerms(m.text, synonyms))) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  return new Map([...df].map(([t, count]) => [t, Math.log(1 + n / count)]));
}

/**
 * The weighted share of the shorter term set that is in the other, or 0 when they share fewer than
 * RESTATES_MIN_TERMS terms: two shared words ("Huawei chips") would otherwise let a short question swallow
 * every point on its topic.
 */
export function overlap(a: Set<string>, b: Set<string>, weights?: TermWeights): number {
  const w = (t: string): number => (weights ? (weights.get(t) ?? 1) : 1);
  let both = 0;
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const t of a) {
    wa += w(t);
    if (b.has(t)) (both++, (shared += w(t)));
  }
  for (const t of b) wb += w(t);
  return both >= RESTATES_MIN_TERMS ? shared / (Math.min(wa, wb) || 1) : 0;
}

/** True when two claims' representatives say much the same. */
export function restates(a: Set<string>, b: Set<string>, weights?: TermWeights): boolean {
  return overlap(a, b, weights) >= RESTATES;
}

const isQuestion = (claim: Claim): boolean => /\?["”’)]?$/.test(claim.representative.text);

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
  const chosen: Array<{ claim: Claim; terms: Set<string>; wordings: Array<Set<string>> }> = [];
  const eligible = claims.filter(
    (c) =>
      c.section === section &&
      c.representative.standalone &&
      (section === "open-questions" || (c.representative.informativeness >= 1 && !isQuestion(c) && !(corroboration(c) === 1 && contested.has(c.representative.id)))),
  );
  for (const claim of eligible.sort(byStrength)) {
    const terms = termSet(claim, synonyms);
    // A point restates a chosen one when it restates that point's sentence or one of its other wordings.
    const near = chosen.find((c) => c.wordings.some((w) => restates(terms, w, weights)));
    if (near) {
      // Said in nearly the same words, it is the same claim: its sources back the point already chosen.
      if (overlap(terms, near.terms, weights) >= SAME_WORDING) near.claim = { ...near.claim, members: [...near.claim.members, ...claim.members].sort(byClarity) };
    } else if (chosen.length < MAX_POINTS) {
      const wordings = [terms, ...claim.members.filter((m) => m !== claim.representative).slice(0, WORDINGS - 1).map((m) => new Set(contentTerms(m.text, synonyms)))];
      chosen.push({ claim, terms, wordings });
    }
  }
  return chosen.map((c) => c.claim).sort(byStrength);
}

export const GLANCE_MIN = 3;
export const GLANCE_MAX = 5;

/**
 * "At a glance": the most corroborated points across all sections, strongest first, none restating another.
 * Points backed by two or more sources come first; single-source points only fill up to GLANCE_MIN.
 */
export function chooseGlance(chosen: ReadonlyArray<{ readonly claim: Claim; readonly point: Point }>, synonyms: Synonyms = NO_SYNONYMS): string[] {
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
  const weights = state.termWeights ?? termWeights(state.claims, synonyms);
  const chosen: Array<{ claim: Claim; point: Point }> = [];
  const sections: BriefingSection[] = state.config.sections.map((def) => {
    const points: Point[] = choosePoints(state.claims, def.id, synonyms, contested, weights).map((claim) => {
      const point = { id: slug(pointText(claim)), text: pointText(claim), citations: citationsOf(claim) };
      chosen.push({ claim, point });
      return point;
    });
    return { id: def.id, title: def.title, description: def.description, points };
  });
  const dates = state.sources.map((s) => s.meta.published).filter((d): d is string => d !== null).sort();
  const briefing: Briefing = {
    schemaVersion: 1,
    title: state.config.title,
    edition: state.config.edition ?? dates.at(-1) ?? null,
    sources: state.sources.map((s) => ({
      id: s.id,
      file: s.file,
      title: s.title,
      publisher: s.meta.publisher,
      url: s.meta.url,
      published: s.meta.published,
      warnings: s.messages.map(String),
    })),
    sections: SECTION_IDS.map((id) => sections.find((s) => s.id === id) as BriefingSection),
    glance: chooseGlance(chosen, synonyms),
  };
  state.briefing = briefing;
}
