// All sentences of all sources, in source order: what the steps that work across sources start from.
import type { Sentence, Source } from "./types.ts";

/**
 * Every sentence of `sources` in order, those that `keep` accepts when it is given. A loop, not
 * `flatMap(...).filter(...)`: three steps gather every sentence of every source, and the loop makes no
 * intermediate arrays.
 */
export function allSentences(
  sources: ReadonlyArray<Pick<Source, "sentences">>,
  keep?: (sentence: Sentence) => boolean,
): Sentence[] {
  const out: Sentence[] = [];
  for (const source of sources)
    for (const sentence of source.sentences) if (!keep || keep(sentence)) out.push(sentence);
  return out;
}

/** Not a heading: what the disagreement search and Open questions read. */
export const notHeading = (sentence: Sentence): boolean => sentence.kind !== "heading";
