// Splits cleaned lines into the paragraphs shown on the source page (p1…pn) and those into sentences.
import type { PipelineState } from "../pipeline.ts";
import type { Block, BlockKind, Line, Sentence, Source } from "../types.ts";
import { hasWords, words } from "../text/tokens.ts";

const LIST_ITEM = /^\s*(?:[-*•‣◦]|\d{1,2}[.)])\s+/;
const TERMINAL = /[.!?:;,…"”'’)\]]$/;

/** The item text of a list line, without its marker. */
export function listItemText(text: string): string {
  return text.replace(LIST_ITEM, "").trim();
}

/** A heading: a short line with no closing punctuation, or a short question in title case. */
export function isHeading(text: string): boolean {
  const t = text.trim();
  // A Markdown heading ("## Is it any good?") is a heading whatever it says.
  if (/^#{1,6}\s+\S/.test(t)) return true;
  if (!t || LIST_ITEM.test(t) || !/^[\p{Lu}\p{N}"“'‘]/u.test(t)) return false;
  const ws = words(t);
  if (ws.length === 0) return false;
  const capitalised = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / ws.length;
  if (t.endsWith("?")) return ws.length <= 8 && capitalised >= 0.5;
  if (TERMINAL.test(t)) return false;
  // A line that stops on a word like "and" or "the" is a wrapped sentence, not a heading.
  if (/\b(and|or|but|the|a|an|of|to|from|with|in|on|for|by|that|as)$/i.test(t)) return false;
  return ws.length <= 8 || (ws.length <= 20 && capitalised >= 0.6);
}

/** Groups kept lines into blocks: each line a paragraph, runs of list items one list, hard wraps joined. */
export function toBlocks(lines: readonly Line[]): Array<{ kind: BlockKind; lines: Line[] }> {
  const blocks: Array<{ kind: BlockKind; lines: Line[] }> = [];
  let previousBlank = true;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) {
      previousBlank = true;
      continue;
    }
    const last = blocks.at(-1);
    const kind: BlockKind = LIST_ITEM.test(text) ? "list" : isHeading(text) ? "heading" : "paragraph";
    if (kind === "list" && last?.kind === "list" && !previousBlank) last.lines.push(line);
    else if (
      // A hard-wrapped paragraph: the previous line stops mid-sentence and this one goes straight on.
      last?.kind === "paragraph" && !previousBlank && kind !== "list" &&
      !TERMINAL.test((last.lines.at(-1) as Line).text.trim())
    ) last.lines.push(line);
    else blocks.push({ kind, lines: [line] });
    previousBlank = false;
  }
  return blocks;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// ICU does not break before a name that starts in lower case ("… in July. iFlytek has hired …"). Such a name has a
// capital inside it; the word before the full stop must be a real word or a number, not an abbreviation ("e.g.").
const LOWER_NAME_START = /(?<=[\p{L}\p{N}]{3}[.!?]["”’)]?)\s+(?=\p{Ll}+\p{Lu})/gu;

/** ICU's sentence segments, split again before a sentence that opens on a lower-case name. */
function* segments(text: string): Generator<{ segment: string; index: number }> {
  for (const seg of segmenter.segment(text)) {
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
    if (prev && (/\b(?:[A-Z]\.){2,}$/.test(prev.text) || !hasWords(prev.text, 2)) && !/[?!]$/.test(prev.text)) {
      prev.text = text.slice(prev.offset, offset + trimmed.length);
      continue;
    }
    out.push({ text: trimmed, offset });
  }
  return out;
}

/** Where paragraph `n` of `count` stands in its article: 0 for the first, 1 for the last. */
export function paragraphPosition(n: number, count: number): number {
  return count > 1 ? (n - 1) / (count - 1) : 0;
}

// What a sentence has until it is classified: one shared, frozen pair for all of them.
const UNSCORED: Sentence["scores"] = Object.freeze({ "hardware-shift": 0, orders: 0, geopolitics: 0, "open-questions": 0 });
const NO_SECTIONS: Sentence["sections"] = Object.freeze([]);

/** Segments one source into blocks and sentences; the first heading becomes the title when none is given. */
export function segmentSource(source: Source): void {
  let raw = toBlocks(source.kept);
  const first = raw[0];
  let title = source.meta.title;
  if (!title && first?.kind === "heading") {
    title = (first.lines[0] as Line).text.trim();
    raw = raw.slice(1);
  }
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let heading: string | null = null;
  raw.forEach((b, i) => {
    const n = i + 1;
    const block: Block = { n, kind: b.kind, lines: b.lines, heading };
    blocks.push(block);
    if (b.kind === "heading") heading = (b.lines[0] as Line).text.trim();
    // A list holds one sentence unit per item; a paragraph is one run of text, however many lines.
    const units = b.kind === "list" ? b.lines.map((l) => [l]) : [b.lines];
    let index = 0;
    for (const unit of units) {
      const text = unit.map((l) => (b.kind === "list" ? listItemText(l.text) : l.text.trim())).join(" ");
      const starts = lineStarts(unit, b.kind);
      for (const s of splitSentences(text)) {
        index++;
        sentences.push({
          id: `${source.id}-p${n}-s${index}`,
          source: source.id,
          paragraph: n,
          line: lineAt(starts, s.offset),
          index,
          text: s.text,
          kind: b.kind,
          heading: block.heading,
          position: paragraphPosition(n, raw.length),
          standalone: false,
          informativeness: 0,
          scores: UNSCORED,
          sections: NO_SECTIONS,
        });
      }
    }
  });
  source.blocks = blocks;
  source.sentences = sentences;
  source.title = title ?? fallbackTitle(sentences, source.id);
}

function lineStarts(unit: readonly Line[], kind: BlockKind): Array<{ offset: number; line: number }> {
  let offset = 0;
  return unit.map((l) => {
    const start = { offset, line: l.line };
    offset += (kind === "list" ? listItemText(l.text) : l.text.trim()).length + 1;
    return start;
  });
}

function lineAt(starts: ReadonlyArray<{ offset: number; line: number }>, offset: number): number {
  let line = starts[0]?.line ?? 1;
  for (const s of starts) if (s.offset <= offset) line = s.line;
  return line;
}

/** Without a heading or front matter: the first sentence, cut to twelve words. */
function fallbackTitle(sentences: readonly Sentence[], id: string): string {
  const first = sentences[0]?.text.replace(/[.!?]+$/, "");
  if (!first) return `Source ${id}`;
  const ws = first.split(/\s+/);
  return ws.length <= 12 ? first : `${ws.slice(0, 12).join(" ")}…`;
}

/** Pipeline step: segments every source. */
export function segmentSeeds(state: PipelineState): void {
  for (const source of state.sources) segmentSource(source);
}
