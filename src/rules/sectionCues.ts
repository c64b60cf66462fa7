// Section cue terms: compiled once per run, then scored against each sentence's terms.
import type { SectionDefinition, SectionId } from "../model/types.ts";
import { terms } from "../text/tokens.ts";

/** A section's cues, compiled to term sequences once per build. */
export interface CompiledSection {
  readonly id: SectionId;
  readonly cues: ReadonlyArray<{
    readonly seq: readonly string[];
    readonly weight: number;
    readonly question: boolean;
  }>;
}

/** Compiles each section's cues to term sequences. */
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

/** Sum of cue weights present in a term sequence; `present` holds the sequence's terms. */
export function cueScore(
  section: CompiledSection,
  seq: readonly string[],
  present: ReadonlySet<string>,
  isQuestion: boolean,
): number {
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
