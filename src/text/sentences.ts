// Sentence boundaries in one run of text: ICU's, with the few breaks it misses or adds in news prose.
import { hasWords } from "./tokens.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// ICU does not break before a name that starts in lower case ("… in July. iFlytek has hired …"). Such a name has a
// capital inside it; the word before the full stop must be a real word or a number, not an abbreviation ("e.g.").
const LOWER_NAME_START = /(?<=[\p{L}\p{N}]{3}[.!?]["”’)]?)\s+(?=\p{Ll}+\p{Lu})/gu;

// Abbreviations that never end a sentence: a figure, name or date follows them ("approx. 1 million", "Dr. Wang",
// "Feb. 20"). ICU breaks after them before a capital, a currency or a digit.
const OPEN_ABBREVIATION =
  /(?:^|[\s(])(?:approx|appr|est|ca|circa|vs|cf|incl|excl|e\.g|i\.e|Dr|Prof|Mr|Mrs|Ms|Mt|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/i;
/**
 * How much text one segmenter call is given. V8's segment iterator takes time in proportion to the length of the whole
 * string at every step, so one long line (a seed pasted without line breaks) costs the square of its length; cut into
 * windows of bounded length, it costs the sum of theirs.
 */
export const SEGMENT_WINDOW = { size: 2048, margin: 256 } as const;

/**
 * ICU's sentence segments of `text`, the same as one call over all of it would give. A long text is segmented a window
 * at a time; a boundary is kept only when at least `margin` characters follow it in the window (ICU decides a boundary
 * by looking ahead past spaces and punctuation to the next letter), and the next window starts at the first boundary
 * not kept. A window with no boundary to keep (one very long sentence) is doubled until it has one, and then gives
 * only that sentence, so that the short ones after it are not segmented in a long window.
 */
export function* icuSegments(
  text: string,
  window: { size: number; margin: number } = SEGMENT_WINDOW,
): Generator<{ segment: string; index: number }> {
  let start = 0;
  let size = window.size;
  for (;;) {
    const end = Math.min(text.length, start + size);
    const last = end === text.length;
    const part = start === 0 && last ? text : text.slice(start, end);
    // Where the next window starts, relative to this one: 0 to grow this one, -1 when the text is done.
    let cut = -1;
    for (const seg of segmenter.segment(part)) {
      const nearEnd = !last && seg.index + seg.segment.length + window.margin >= part.length;
      if (seg.index > 0 && (nearEnd || size > window.size)) {
        cut = seg.index;
        break;
      }
      if (nearEnd) {
        cut = 0;
        break;
      }
      yield start === 0 ? seg : { segment: seg.segment, index: start + seg.index };
    }
    if (cut < 0) return;
    if (cut === 0) size *= 2;
    else {
      start += cut;
      size = window.size;
    }
  }
}

/** ICU's sentence segments, split again before a sentence that opens on a lower-case name. */
function* segments(text: string): Generator<{ segment: string; index: number }> {
  for (const seg of icuSegments(text)) {
    let from = 0;
    for (const m of seg.segment.matchAll(LOWER_NAME_START)) {
      yield { segment: seg.segment.slice(from, m.index), index: seg.index + from };
      from = m.index as number;
    }
    yield from === 0 ? seg : { segment: seg.segment.slice(from), index: seg.index + from };
  }
}

/** Sentences of one line of text, trimmed, with their offsets. */
export function splitSentences(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  for (const seg of segments(text)) {
    const trimmed = seg.segment.trim();
    if (!trimmed) continue;
    const offset = seg.index + seg.segment.indexOf(trimmed);
    const prev = out.at(-1);
    // ICU breaks after an abbreviation before a capital ("U.S. Chipmakers"); a fragment under three words rejoins.
    if (
      prev &&
      (/\b(?:[A-Z]\.){2,}$/.test(prev.text) || !hasWords(prev.text, 2) || OPEN_ABBREVIATION.test(prev.text)) &&
      !/[?!]$/.test(prev.text)
    ) {
      prev.text = text.slice(prev.offset, offset + trimmed.length);
      continue;
    }
    out.push({ text: trimmed, offset });
  }
  return out;
}
