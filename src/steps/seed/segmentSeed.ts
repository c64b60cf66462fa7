// Splits cleaned lines into the paragraphs shown on the source page (p1…pn) and those into sentences.
import type { Block, BlockKind, Line, Sentence, Source } from "../../model/types.ts";
import { listItemText, paragraphPosition, toBlocks } from "../../text/blocks.ts";
import { comparable } from "../../text/comparable.ts";
import { splitSentences } from "../../text/sentences.ts";
import type { SeedContext } from "../../pipeline/state.ts";

// What a sentence has until it is classified: one shared, frozen pair for all of them.
const UNSCORED: Sentence["scores"] = Object.freeze({
  "hardware-shift": 0,
  orders: 0,
  geopolitics: 0,
  "open-questions": 0,
});
const NO_SECTIONS: Sentence["sections"] = Object.freeze([]);

/** Seed step: blocks and sentences of the kept lines; the first heading becomes the title when none is given. */
export function segmentSeed(source: Source, context?: Pick<SeedContext, "once">): void {
  let raw = toBlocks(source.kept);
  const first = raw[0];
  let title = source.meta.title;
  const firstText = first?.lines.map((l) => l.text.trim()).join(" ");
  // A first heading is the title, or repeats it: shown once, as the title. A headline that reads as a sentence stays
  // in the text too, since it may state the news ("China tells tech firms to pause H200 orders").
  if (first?.kind === "heading" && (!title || firstText === title.trim())) {
    title ??= (first.lines[0] as Line).text.trim();
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
      const original = unit.some((l) => l.original !== undefined)
        ? comparable(unit.map((l) => l.original ?? l.text).join(" "))
        : null;
      // A paragraph worded as one met before splits the same way.
      const split = context ? context.once("sentences", text, () => splitSentences(text)) : splitSentences(text);
      for (const s of split) {
        index++;
        sentences.push({
          // A sentence the repair touched is not in the file in these words; one it left alone still is.
          ...(original !== null && !original.includes(comparable(s.text)) ? { repaired: true } : {}),
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
  source.title = title ?? fallbackTitle(sentences, source);
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

/**
 * Without a headline or front matter: a short first sentence whole, else "Publisher, date". A long first sentence
 * cut off would read as a headline the page never had.
 */
function fallbackTitle(sentences: readonly Sentence[], source: Source): string {
  const first = sentences[0]?.text.replace(/[.!?]+$/, "");
  if (first && first.split(/\s+/).length <= 12) return first;
  const { publisher, published } = source.meta;
  if (publisher) return published ? `${publisher}, ${published}` : publisher;
  return published ? `Untitled source ${source.id}, ${published}` : `Untitled source ${source.id}`;
}
