// The data's journey, in order: per seed from file to classified sentences, then across seeds to the briefing.
import { applyEditorial } from "../steps/briefing/applyEditorial.ts";
import { assembleBriefing } from "../steps/briefing/assembleBriefing.ts";
import { checkQuotes } from "../steps/briefing/checkQuotes.ts";
import { clusterClaims } from "../steps/briefing/clusterClaims.ts";
import { compareEditions } from "../steps/briefing/compareEditions.ts";
import { reconcileDisagreements } from "../steps/briefing/reconcileDisagreements.ts";
import { findDisagreements } from "../steps/briefing/findDisagreements.ts";
import { flagSingleSource } from "../steps/briefing/flagSingleSource.ts";
import { numberFootnotes } from "../steps/briefing/numberFootnotes.ts";
import { openQuestions } from "../steps/briefing/openQuestions.ts";
import { refuseDuplicates } from "../steps/briefing/refuseDuplicates.ts";
import { classifySentences } from "../steps/seed/classifySentences.ts";
import { cleanSeed } from "../steps/seed/cleanSeed.ts";
import { decodeSeed } from "../steps/seed/decodeSeed.ts";
import { findKind } from "../steps/seed/findKind.ts";
import { findMetadata } from "../steps/seed/findMetadata.ts";
import { loadSeed } from "../steps/seed/loadSeed.ts";
import { requireSentences } from "../steps/seed/requireSentences.ts";
import { segmentSeed } from "../steps/seed/segmentSeed.ts";
import type { BriefingStep, SeedStep } from "./state.ts";

/** Run once per seed: file → bytes → text → kept lines → who and when → paragraphs and sentences → section scores. */
export const SEED_STEPS: ReadonlyArray<readonly [name: string, step: SeedStep]> = [
  ["load", loadSeed], // size, readability, binary content
  ["decode", decodeSeed], // encoding, front matter, pasted HTML, numbered lines
  ["clean", cleanSeed], // page furniture and garbled lines, each a file:line message
  ["metadata", findMetadata], // publisher, author, date and title from the page when front matter is silent
  ["segment", segmentSeed], // paragraphs (p1…pn) and sentences that keep seed, paragraph and line
  ["kind", findKind], // an aggregator: AI-labelled, a summary card, or a page that only retells others
  ["require", requireSentences], // refuse a seed with nothing left to cite
  ["classify", classifySentences], // cue scores, standalone, informativeness
];

/** Run once over all sources: sentences → claims → points → checked, numbered briefing. */
export const BRIEFING_STEPS: ReadonlyArray<readonly [name: string, step: BriefingStep]> = [
  ["refuse-duplicates", refuseDuplicates], // two seeds with one text would count one article twice
  ["cluster", clusterClaims], // sentences that state the same claim become one claim
  ["disagree", findDisagreements], // where sources contradict each other
  ["reconcile", reconcileDisagreements], // no dispute between sentences that state one claim
  ["assemble", assembleBriefing], // the points of each section and "At a glance"
  ["open-questions", openQuestions], // questions, disagreements and hedged claims
  ["single-source", flagSingleSource], // points that rest on one source and state a number, date or deal
  ["editorial", applyEditorial], // the maintainer's pins, hides and moves
  ["check", checkQuotes], // every quote is in its seed, word for word
  ["footnote", numberFootnotes], // notes numbered in reading order
  ["compare", compareEditions], // what changed since the previous edition
];
