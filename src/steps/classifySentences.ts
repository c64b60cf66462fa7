// Scores each sentence against the section cue terms and judges whether it can stand alone as a point.
import type { PipelineState } from "../pipeline.ts";
import { SECTION_IDS, type SectionDefinition, type SectionId, type Sentence, type Source } from "../types.ts";
import { term, terms, words } from "../text/tokens.ts";

/** A section's cues, compiled to term sequences once per build. */
export interface CompiledSection {
  readonly id: SectionId;
  readonly cues: ReadonlyArray<{ readonly seq: readonly string[]; readonly weight: number; readonly question: boolean }>;
}

export function compileSections(sections: readonly SectionDefinition[]): CompiledSection[] {
  return sections.map((s) => {
    // Cues that reduce to the same terms ("rewrote", "rewritten") count once, at the highest weight given.
    const bySeq = new Map<string, { seq: string[]; weight: number; question: boolean }>();
    for (const [cue, weight] of Object.entries(s.cues)) {
      const seq = terms(cue);
      const question = cue.trim() === "?";
      const key = question ? "?" : seq.join(" ");
      const known = bySeq.get(key);
      if (!known || weight > known.weight) bySeq.set(key, { seq, weight, question });
    }
    return { id: s.id, cues: [...bySeq.values()] };
  });
}

/** Leading discourse connectives: dropped before judging (and showing) a sentence. */
export const CONNECTIVE =
  /^(?:but|and|so|yet|still|also|however|instead|meanwhile|moreover|furthermore|now|at the same time|on the other hand|in addition|more importantly|behind the scenes|for years|in other words|as a result|globally|previously|unlike[^,]{0,80}|according to (?:the )?reports?),\s*|^(?:but|and|so|yet)\s+/i;

// Openers that refer back to something said before: the sentence cannot be read on its own.
const ANAPHORIC =
  /^(?:this|that|these|those|it|it's|its|they|their|them|he|she|his|her|such|here|the other|the former|the latter|there(?:'s| is| are)|the (?:company|move|decision|result|change|partnership|model|firm|startup|shift|development|announcement|step|plan|deal|report|trend|level|scale|move|approach))\b/i;
const PERSONAL = /\b(?:we|our|you|your|i|me|my)\b/i;
// A subordinate opener ("If it works, …") hides a back-reference just as well as a bare pronoun does.
const SUBORDINATE = /^(?:if|when|while|as|because|although|once|unless)\s+(?:it|they|he|she)\b/i;
// A main clause that opens on a pronoun after an introductory phrase ("Through its new model, it is showing …").
const LATE_PRONOUN = /^[^,]{1,80},(?:[^,]{1,120},)?\s*(?:it|they|he|she|this|these|those)\s/i;
// A subordinate clause that names its subject before the pronoun ("While DeepSeek has …, it has …"): the
// pronoun points forward to that name, not back to an earlier sentence.
const NAMED_LEAD = /^(?:While|Although|Though|After|Since|Because|When)\s+(?:\p{Lu}[\p{L}\p{N}’'-]*\s+)+(?:has|have|had|is|was|were|did|does|said|says)\b[^,]*,\s*(?:it|they|he|she)\s/u;
// A definite "the shift"/"the episode" anywhere points back to a change named earlier.
const BACK_REFERENCE = /\bthe (?:shift|episode)\b|\b(?:moves?|steps?|changes?|decisions?) like (?:this|that|these)\b/i;
// A conditional ("If V4 delivers, …") speculates rather than reports. A doubt about claims ("if these results
// hold up") is kept: Open questions quotes it with the claims it doubts.
const CONDITIONAL = /^if\b(?!.*\bhold up\b)/i;
// Who a person is ("Lena Voss covers semiconductors at Harborline Research"): an introduction, not a claim.
const BIO = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} (?:covers|reports on|writes about|is an? (?:[\p{L}-]+ ){0,2}(?:analyst|reporter|correspondent|editor|writer|researcher|journalist|columnist|host|partner))\b/u;
// Prescriptive commentary ("must be taken into account") is the writer's advice, not a report.
const PRESCRIPTIVE = /\b(?:must|ought to) (?:be|not)\b|\btaken into account\b/i;
/**
 * What a source says is not known, confirmed or said: such a sentence is an open question whatever its topic,
 * and never the same claim as a plain statement of the thing it doubts.
 */
export const UNCERTAIN =
  /(?:\b(?:not|never)|n['’]t)\s+(?:yet\s+|publicly\s+|officially\s+|independently\s+)?(?:been\s+|be\s+)?(?:independently\s+|publicly\s+|officially\s+)?(?:confirmed|announced|disclosed|provided (?:any )?(?:information|details)|said whether|said (?:how|when|which|where)|been (?:reproduced|verified|tested)|reproduced|verified)\b|\bremains? (?:limited|unclear|unknown)\b|\b(?:unclear|unconfirmed|unknown|unverified)\b|\bno independent\b|\bis (?:it |not )?clear (?:how|whether|if)\b|\bquestions? (?:about|over|remain\w*) (?:whether|how|if)\b|\b(?:uncertain|unknown) (?:whether|how|if)\b|\bremains? to be seen\b|\b(?:remains?|is still) an open question\b|\bno [\w\s-]{1,30} (?:has|have) (?:yet )?been (?:confirmed|announced|disclosed|set|fixed)\b|\bneither\b[^.;]{1,60}\bnor\b[^.;]{1,60}\b(?:has|have)\s+(?:yet\s+)?(?:confirmed|disclosed|said)\b/i;
// Reporting formulas that record a non-answer: they say nothing a reader can use as a point.
const NO_COMMENT = /\b(?:declined to comment|(?:did not|didn't) (?:immediately )?(?:respond|reply) to (?:a |multiple )?requests? for comment|could not be reached for comment)\b/i;

// A transcript's speaker label: "LENA VOSS: …". The point shows what was said; the quote keeps who said it.
const SPEAKER = /^\p{Lu}[\p{Lu} .'’-]{1,40}:\s+/u;

/** The sentence with a speaker label and a leading connective removed and its first letter capitalised. */
export function withoutConnective(text: string): string {
  const rest = text.replace(SPEAKER, "").replace(CONNECTIVE, "");
  return rest === text ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** True when a text reads as a full sentence on its own. */
function readsAlone(text: string): boolean {
  const n = words(text).length;
  if (n < 6 || n > 60) return false;
  // Without a full stop it is a fragment, a bullet's label ("Cost advantage: …") as much as a heading.
  if (!/[.!?]["”’)]?$/.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"“]/u.test(text)) return false;
  if (ANAPHORIC.test(text) || SUBORDINATE.test(text) || PERSONAL.test(text) || NO_COMMENT.test(text) || BIO.test(text)) return false;
  if (LATE_PRONOUN.test(text) && !NAMED_LEAD.test(text)) return false;
  return !BACK_REFERENCE.test(text) && !CONDITIONAL.test(text) && !PRESCRIPTIVE.test(text);
}

/**
 * What a point may say of a sentence: the sentence without a leading connective when that reads on its own;
 * else, when a lead-in that points back ends in a colon ("This also shows a bigger trend: …"), the clause
 * after the colon, if that reads on its own; else null.
 */
export function standaloneText(sentence: Pick<Sentence, "text" | "kind">): string | null {
  if (sentence.kind === "heading") return null;
  const text = withoutConnective(sentence.text);
  if (readsAlone(text)) return text;
  const colon = text.indexOf(": ");
  if (colon < 0) return null;
  const clause = text.slice(colon + 2);
  const shown = clause.charAt(0).toUpperCase() + clause.slice(1);
  return readsAlone(shown) ? shown : null;
}

/** True when a sentence, or its main clause after a colon, makes sense without the sentence before it. */
export function isStandalone(sentence: Pick<Sentence, "text" | "kind">): boolean {
  return standaloneText(sentence) !== null;
}

const UPPER_START = /^\p{Lu}/u;
const TWO_UPPER = /\p{Lu}.*\p{Lu}/u;
const MIXED_OR_ACRONYM = /\p{Ll}\p{Lu}|^\p{Lu}{2,}/u;
const DIGIT = /\d/;

/** Named actors, numbers and quantities: a rough measure of how much a sentence says. */
export function informativeness(text: string, ws: readonly string[] = words(text)): number {
  // One pass over the words: this ran for each of 820,662 sentences at 10,000 seeds, with three array copies each.
  const entities = new Set<string>();
  let numbers = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (i > 0 ? UPPER_START.test(w) || TWO_UPPER.test(w) : MIXED_OR_ACRONYM.test(w)) entities.add(w.toLowerCase());
    if (DIGIT.test(w)) numbers++;
  }
  const quantities = (text.match(/\b(hundreds?|thousands?|millions?|billions?|percent|units)\b/gi) ?? []).length;
  return entities.size + 1.5 * numbers + quantities;
}

/** Sum of cue weights present in a term sequence; `present` holds the sequence's terms. */
function cueScore(section: CompiledSection, seq: readonly string[], present: ReadonlySet<string>, isQuestion: boolean): number {
  let score = 0;
  for (const cue of section.cues) {
    if (cue.question) {
      if (isQuestion) score += cue.weight;
      // Most cues are absent from most sentences: a set lookup rules them out before any scan.
    } else if (present.has(cue.seq[0] as string) && containsSeq(seq, cue.seq)) score += cue.weight;
  }
  return score;
}

function containsSeq(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A section is assigned when it scores at least this and at least half the sentence's best score. */
export const SECTION_THRESHOLD = 2;

/** Classifies one sentence in place. */
export function classifySentence(sentence: Sentence, sections: readonly CompiledSection[]): void {
  // The words are split once and shared by the cue terms and informativeness.
  const ws = words(sentence.text);
  const seq = ws.map(term);
  const headingSeq = sentence.heading ? terms(sentence.heading) : [];
  const question = /\?["”’)]?$/.test(sentence.text);
  const present = new Set(seq);
  const headingPresent = new Set(headingSeq);
  const scores = { ...sentence.scores };
  for (const section of sections) {
    // A heading above the paragraph is evidence too, at half weight.
    scores[section.id] = cueScore(section, seq, present, question) + 0.5 * cueScore(section, headingSeq, headingPresent, false);
  }
  let best = Math.max(...SECTION_IDS.map((id) => scores[id]));
  if (UNCERTAIN.test(sentence.text)) {
    // What is not known outranks what it is about: the point is that it is open.
    scores["open-questions"] = best = Math.max(best, SECTION_THRESHOLD) + 1;
  }
  sentence.scores = scores;
  sentence.sections = SECTION_IDS.filter((id) => scores[id] >= SECTION_THRESHOLD && scores[id] >= best / 2);
  sentence.standalone = isStandalone(sentence);
  sentence.informativeness = informativeness(sentence.text, ws);
}

/** What classifying a sentence decides, which depends on its text and heading alone. */
type Verdict = Pick<Sentence, "scores" | "sections" | "standalone" | "informativeness">;

/**
 * Verdicts given so far, by heading ("" for none) and then by text; cleared when full, so memory stays bounded. Two
 * levels rather than one key made of both: building and hashing that key, a new string per sentence, was 0.17 s
 * for the 66,000 sentences of 1,000 seeds, while a sentence's own text is hashed once and keeps its hash.
 */
class Verdicts {
  private readonly byHeading = new Map<string, Map<string, Verdict>>();
  private size = 0;

  get(heading: string, text: string): Verdict | undefined {
    return this.byHeading.get(heading)?.get(text);
  }

  set(heading: string, text: string, verdict: Verdict): void {
    if (this.size >= VERDICTS_LIMIT) {
      this.byHeading.clear();
      this.size = 0;
    }
    let byText = this.byHeading.get(heading);
    if (!byText) this.byHeading.set(heading, (byText = new Map()));
    byText.set(text, verdict);
    this.size++;
  }
}

/** Verdicts per compiled sections. */
const VERDICTS = new WeakMap<readonly CompiledSection[], Verdicts>();
const VERDICTS_LIMIT = 100_000;

/**
 * Classifies a source's sentences in place. A sentence worded exactly as one classified before, under the same
 * heading, gets that one's verdict: wire copy, stock phrases and quoted lines recur across an archive (three in
 * five sentences of the bench corpus, heading included), and classifying was the largest part of the per-seed analysis.
 */
export function classifySource(source: Source, sections: readonly CompiledSection[]): void {
  let verdicts = VERDICTS.get(sections);
  if (!verdicts) VERDICTS.set(sections, (verdicts = new Verdicts()));
  for (const sentence of source.sentences) {
    const heading = sentence.heading ?? "";
    const known = verdicts.get(heading, sentence.text);
    if (known) {
      // Shared, not copied: nothing changes a verdict once given (frozen, so nothing can), and two objects fewer
      // for each of 400,000 repeated sentences at 10,000 seeds are two fewer for the garbage collector to move.
      sentence.scores = known.scores;
      sentence.sections = known.sections;
      sentence.standalone = known.standalone;
      sentence.informativeness = known.informativeness;
      continue;
    }
    classifySentence(sentence, sections);
    verdicts.set(heading, sentence.text, { scores: Object.freeze(sentence.scores), sections: Object.freeze(sentence.sections), standalone: sentence.standalone, informativeness: sentence.informativeness });
  }
}

/** Sections compiled once per settings object: a worker classifies batch after batch under the same settings. */
const COMPILED = new WeakMap<readonly SectionDefinition[], CompiledSection[]>();

/** Pipeline step: classifies every sentence of every source. */
export function classifySentences(state: PipelineState): void {
  let sections = COMPILED.get(state.config.sections);
  if (!sections) COMPILED.set(state.config.sections, (sections = compileSections(state.config.sections)));
  for (const source of state.sources) classifySource(source, sections);
}
