// Groups sentences that state the same claim, across sources, so one claim becomes one point.
import type { PipelineState } from "../../pipeline/state.ts";
import { SECTION_IDS, type Claim, type SectionId, type Sentence } from "../../model/types.ts";

export { FIRST_SIMILARITY, SAME_CLAIM, SHARED_TERMS } from "../../rules/claimClusters.ts";
import { compileSynonyms, hasWords, NO_SYNONYMS, type Synonyms } from "../../text/tokens.ts";
import { TermSums } from "../../similarity/termSums.ts";
import { allSentences } from "../../model/sentences.ts";
import { SECTION_THRESHOLD } from "../../rules/sectionCues.ts";
import { type ClaimShape, claimShape, elidableDesignators, figureWords, shapesAgree } from "../../rules/sameClaim.ts";
import {
  earlierReports,
  employerOf,
  executivesIn,
  laterCredits,
  type OriginSource,
  originsOf,
  speakerCredits,
  termsOf,
} from "../../rules/origins.ts";
import { creditsAnOutlet, creditsTheCompany } from "../../rules/assertion.ts";
import { carriedOutletOf } from "../../rules/provenance.ts";
import { type Makers, makersIn } from "../../rules/mentions.ts";
import { perText } from "../../util/perText.ts";
import { isBoilerplate } from "../../rules/boilerplate.ts";
import { vectorize, vectorAt } from "../../similarity/tfidf.ts";
import { addInto, centroidSimilarity, close } from "../../similarity/centroid.ts";
import {
  adopt,
  type Cluster,
  EARLY_MEMBERS,
  firstSimilarity,
  holdAs,
  joins,
  mergeClose,
  ReadingIndex,
  SAME_CLAIM,
  SHARED_TERMS,
  scopeOf,
} from "../../rules/claimClusters.ts";
import { byClarity, representativeFirst } from "../../rules/clarity.ts";
import { commonTerms, Buckets, candidateKeys } from "../../similarity/lshIndex.ts";
import { idf } from "../../similarity/termWeights.ts";
import { type Reading, readingsAgree, readShape, rolesSwapped } from "../../rules/claimReading.ts";
import {
  type FigureReading,
  figureClaimKeys,
  readFigures,
  sameFigureClaim,
} from "../../rules/disagreements/figures.ts";

/** A sentence of fewer words is a fragment or a label more often than a claim ("V4 is expected within weeks." has five). */
export const MIN_WORDS = 5;

/**
 * Sentences worth clustering: not headings, not tiny fragments, not a list's lead-in. A sentence no section's cues
 * pick out is clustered too: it may say in other words what a classified one says, and then it corroborates it.
 */
export function isCandidate(s: Sentence): boolean {
  return s.kind !== "heading" && hasWords(s.text, MIN_WORDS) && !/:\s*$/.test(s.text) && !isBoilerplate(s);
}

/**
 * The section a set of sentences belongs in: the best summed cue score of the members that some section picks out,
 * if it is high enough. Members no section picks out corroborate the claim without diluting where it belongs.
 */
export function sectionOf(members: readonly Sentence[]): SectionId | null {
  // Plain loops, no callback per score: this reads every section score of every member of every claim.
  const sums = SECTION_IDS.map(() => 0);
  let counted = 0;
  for (const m of members) {
    if (m.sections.length === 0) continue;
    counted++;
    const scores = m.scores;
    for (let i = 0; i < SECTION_IDS.length; i++) sums[i] = (sums[i] as number) + scores[SECTION_IDS[i] as SectionId];
  }
  let best: SectionId | null = null;
  let bestScore = 0;
  SECTION_IDS.forEach((id, i) => {
    const score = (sums[i] as number) / (counted || 1);
    if (score > bestScore) [best, bestScore] = [id, score];
  });
  return bestScore >= SECTION_THRESHOLD ? best : null;
}

/**
 * Greedy clustering: each sentence, clearest first, joins the claim whose centroid it is most similar to,
 * or starts a new one. Comparing with the centroid rather than with the nearest member keeps chains of
 * loosely related sentences from merging into one claim. Candidate claims come from MinHash/LSH buckets
 * over the sentences' content terms (see `text/minhash.ts`), so a sentence is scored only against claims
 * that likely share much of its wording, never against all of them.
 */
export function clusterSentences(
  sentences: readonly Sentence[],
  synonyms: Synonyms = NO_SYNONYMS,
  sources: ReadonlyMap<string, OriginSource> = new Map(),
  makers: Makers = new Map(),
  dates: ReadonlyMap<string, string | null> = new Map(),
): Claim[] {
  return clusterWithWeights(sentences, synonyms, sources, makers, dates).claims;
}

/** The claims, and each content term's inverse document frequency over the clustered sentences. */
export function clusterWithWeights(
  sentences: readonly Sentence[],
  synonyms: Synonyms = NO_SYNONYMS,
  sources: ReadonlyMap<string, OriginSource> = new Map(),
  makers: Makers = new Map(),
  dates: ReadonlyMap<string, string | null> = new Map(),
): { claims: Claim[]; weights: Map<string, number> } {
  const ordered = sentences.filter(isCandidate).sort(byClarity);
  // Shapes are read once per wording; a sentence worded as an earlier one has its shape.
  const shapeOf = new Map<string, ClaimShape>();
  const shapes = ordered.map((s) => {
    let shape = shapeOf.get(s.text);
    if (!shape) shapeOf.set(s.text, (shape = claimShape(s.text)));
    return shape;
  });
  const elidable = elidableDesignators(shapes);
  const claims: Cluster[] = [];
  const makersOf = perText((core: string) => makersIn(core, makers));
  const readingOf = new Map<ClaimShape, Reading | null>();
  const readings = shapes.map((shape) => {
    let reading = readingOf.get(shape);
    if (reading === undefined) readingOf.set(shape, (reading = readShape(shape, makers)));
    return reading;
  });
  // Claims by what they assert (relation and what it bears on): a sentence that says the same thing in other words
  // finds its claim here when it shares too few words with it.
  const byReading = new ReadingIndex(claims);
  // Claims by the figures they give, of what and when: "Xihe-3 has 1.2 trillion parameters" finds "The model card lists
  // 1.2T parameters in total" here, though they share few words.
  const byFigure = new Map<string, Array<{ claim: number; reading: FigureReading }>>();
  const figureReadings = new Map<string, FigureReading | null>();
  const figureReadingOf = (s: Sentence): FigureReading | null => {
    const key = `${dates.get(s.source) ?? ""}|${s.text}`;
    let r = figureReadings.get(key);
    if (r === undefined) figureReadings.set(key, (r = readFigures(s.text, dates.get(s.source) ?? null)));
    return r;
  };
  const attributionOfText = (text: string): readonly string[] => shapeOf.get(text)?.attribution ?? [];
  const credited = new Map([
    ...speakerCredits(sentences, attributionOfText),
    ...laterCredits(sentences, attributionOfText),
    ...earlierReports(sentences, attributionOfText),
  ]);
  const executives = executivesIn(sentences);
  const agree = (a: ClaimShape, b: ClaimShape): boolean => shapesAgree(a, b, elidable);
  // What an article said before a sentence: where "the company" it credits was named.
  const bySource = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = bySource.get(s.source);
    if (list) list.push(s);
    else bySource.set(s.source, [s]);
  }
  const textBefore = (m: Sentence): string => {
    const all = bySource.get(m.source) ?? [];
    return all
      .slice(0, all.indexOf(m))
      .map((s) => s.text)
      .join(" ");
  };
  // Vectors of what is claimed: "Reuters reported" in two sentences says nothing about whether they claim one thing.
  // Names weigh as any word: two claims about one chip share its name, and that alone does not make them one.
  const vectorized = vectorize(
    shapes.map((shape) => ({ text: `${shape.core} ${figureWords(shape)}` })),
    synonyms,
    1,
  );
  const { terms, df } = vectorized;
  const weights = new Map(terms.map((t, id) => [t, idf(ordered.length, df[id] as number)]));
  const common = commonTerms(df, ordered.length);
  const buckets = new Buckets();
  // The claim each sentence joined: a sentence worded exactly as an earlier one (wire copy, a quote repeated,
  // boilerplate) states the same claim, so it joins its twin's claim without a search. In a large archive most
  // sentences repeat an earlier one, so this spares most of the search. The twins come from `vectorize`, which
  // matched the wordings already: a second lookup by text would cost a string hash per sentence.
  const claimOf = new Int32Array(ordered.length);
  ordered.forEach((sentence, i) => {
    const v = vectorAt(vectorized, i);
    const twin = vectorized.twins[i] as number;
    if (twin >= 0) {
      const claim = claims[claimOf[twin] as number] as Cluster;
      claim.members.push(sentence);
      claim.norm2 = addInto(claim.sum, claim.norm2, v.ids, v.weights);
      return;
    }
    const keys = candidateKeys(v, vectorized, common);
    const own = shapes[i] as ClaimShape;
    let bestClaim = -1;
    let bestSim = SAME_CLAIM;
    // A denial, a hedge, a question and a statement are never the same claim, however many words they share; nor are
    // two figures, or two models of one family.
    const ownMakers = makersOf(own.core);
    const ownScope = scopeOf(own);
    const reading = readings[i] as Reading | null;
    // Words shared in another order ("Kestrel beat Vantor", "Vantor beat Kestrel") are not one claim.
    const candidates = buckets.near(keys, claims.length).filter((c) => {
      const claim = claims[c] as Cluster;
      return (
        agree(claim.shape, own) &&
        joins(claim, own.predicates, ownMakers, ownScope) &&
        !rolesSwapped(claim.reading, reading)
      );
    });
    for (const c of candidates) {
      const claim = claims[c] as Cluster;
      const sim = centroidSimilarity(v, claim.sum, claim.norm2);
      if (sim >= bestSim && close(v, claim.first, firstSimilarity(claim.shape, own), SHARED_TERMS))
        [bestClaim, bestSim] = [c, sim];
    }
    if (bestClaim < 0 && reading) {
      for (const c of byReading.sharing(reading)) {
        const claim = claims[c] as Cluster;
        if (
          claim.reading &&
          readingsAgree(claim.reading, reading) &&
          agree(claim.shape, own) &&
          joins(claim, own.predicates, ownMakers, ownScope)
        ) {
          bestClaim = c;
          break;
        }
      }
    }
    // Read only for a sentence no other path placed, and only where its shape found a figure: most sentences give none,
    // and most of the rest join a claim by their words.
    const figureReading = bestClaim < 0 && own.figures.length > 0 ? figureReadingOf(sentence) : null;
    const figureKeys = figureReading ? figureClaimKeys(figureReading) : [];
    if (figureReading)
      search: for (const key of figureKeys)
        for (const { claim: c, reading: theirs } of byFigure.get(key) ?? []) {
          const claim = claims[c] as Cluster;
          if (
            sameFigureClaim(theirs, figureReading, key) &&
            agree(claim.shape, own) &&
            joins(claim, own.predicates, ownMakers, ownScope) &&
            !rolesSwapped(claim.reading, reading)
          ) {
            bestClaim = c;
            break search;
          }
        }
    if (bestClaim < 0) {
      bestClaim = claims.length;
      claims.push({
        members: [],
        sum: new TermSums(v.ids.length),
        norm2: 0,
        shape: own,
        first: v,
        near: new Set(),
        relations: own.predicates,
        makers: ownMakers,
        scope: ownScope,
        reading: null,
      });
    }
    const claim = claims[bestClaim] as Cluster;
    adopt(claim, own.predicates, ownMakers, ownScope);
    holdAs(claim, own);
    if (!claim.reading && reading) {
      claim.reading = reading;
      byReading.add(bestClaim);
    }
    if (claim.members.length > 0 && (claim.early ??= []).length < EARLY_MEMBERS) claim.early.push(v);
    claim.members.push(sentence);
    claim.norm2 = addInto(claim.sum, claim.norm2, v.ids, v.weights);
    buckets.add(keys, bestClaim);
    // A claim is found by the figures of the wording that opened it.
    if (figureReading && bestClaim === claims.length - 1 && claim.members.length === 1)
      for (const key of figureKeys) {
        const list = byFigure.get(key);
        if (list) list.push({ claim: bestClaim, reading: figureReading });
        else byFigure.set(key, [{ claim: bestClaim, reading: figureReading }]);
      }
    claimOf[i] = bestClaim;
    // Two claims share a bucket exactly when a sentence joining one found the other among its candidates
    // (whichever of the two sentences with the shared key came later did): recording those pairs here spares
    // keeping every member's keys for the merge pass, millions of set entries in a large archive.
    for (const c of candidates) {
      if (c === bestClaim) continue;
      claim.near.add(c);
      (claims[c] as Cluster).near.add(bestClaim);
    }
  });
  const merged = mergeClose(claims, agree).map(({ members }): Claim => {
    // What the point says is a sentence some section picks out, when the claim has one: a sentence none does (an
    // "About us" line a cleaner missed) may corroborate a claim but is not its wording.
    const ranked = representativeFirst(members);
    const classified = ranked.find((m) => m.sections.length > 0);
    const sorted = classified ? [classified, ...ranked.filter((m) => m !== classified)] : ranked;
    const representative = sorted[0] as Sentence;
    const origins = originsOf(
      sorted.map((m) => {
        const attribution = credited.get(m.id) ?? (shapeOf.get(m.text) as ClaimShape).attribution;
        // "The company said" and "another outlet said" count only where the sentence names no one.
        if (attribution.length > 0) return { source: m.source, attribution };
        const terms = termsOf(m.text);
        return {
          source: m.source,
          attribution,
          ...(creditsTheCompany(m.text) ? { company: textBefore(m) } : {}),
          ...(creditsAnOutlet(m.text) ? { relayed: true } : {}),
          ...(terms ? { terms } : {}),
        };
      }),
      sources,
      executives,
    );
    return { id: representative.id, representative, members: sorted, section: sectionOf(sorted), origins };
  });
  return { claims: merged, weights };
}

/** Pipeline step: clusters all sentences of all sources into claims. */
export function clusterClaims(state: PipelineState): void {
  const sources = new Map(
    state.sources.map((s): [string, OriginSource] => {
      const source = { id: s.id, kind: s.kind, publisher: s.meta.publisher, carries: carriedOutletOf(s.lines) };
      return [s.id, { ...source, speaksFor: employerOf(s.lines) }];
    }),
  );
  const { claims, weights } = clusterWithWeights(
    allSentences(state.sources),
    compileSynonyms(state.config.synonyms ?? []),
    sources,
    state.config.makers ?? new Map(),
    new Map(state.sources.map((s) => [s.id, s.meta.published?.slice(0, 10) ?? null])),
  );
  state.claims = claims;
  state.termWeights = weights;
}
