// Splits a source's blocks into plain runs and cited sentences, so the source page can mark what the briefing quotes.
import type { Block, Line } from "../model/types.ts";

import { textFragmentUrl } from "./links.ts";
import { listItemText } from "../text/blocks.ts";

/** A point that quotes a sentence: where it is in the briefing and how to name it. */
export interface CitingPoint {
  readonly point: string;
  /** Reads like "Orders, point 2". */
  readonly label: string;
  readonly text: string;
}

/** A run of a block's text; `cited` when the briefing quotes it. */
export interface TextPart {
  readonly text: string;
  readonly cited: null | {
    /** Element id of the sentence on the source page: `p4-q1`. */
    readonly id: string;
    readonly by: readonly CitingPoint[];
    /** The original article, scrolled to this sentence; null when the source has no web address. */
    readonly original: string | null;
  };
}

/** One quote the briefing makes from a source paragraph. */
export interface QuoteUse {
  readonly paragraph: number;
  readonly quote: string;
  readonly by: CitingPoint;
}

/** Text of a block as the source page shows it: a paragraph's lines joined, or a list's items. */
export function blockTexts(block: Block): string[] {
  if (block.kind === "list") return block.lines.map((l) => listItemText(l.text));
  return [block.lines.map((l: Line) => l.text.trim()).join(" ")];
}

/**
 * Cuts `text` around each quoted sentence found in it, in order of appearance.
 * A quote not found verbatim (white space or quote marks differ) is left unmarked: the paragraph is still highlighted.
 */
export function splitCited(
  text: string,
  quotes: ReadonlyMap<string, readonly CitingPoint[]>,
  idPrefix: string,
  url: string | null,
): TextPart[] {
  const hits: Array<{ start: number; end: number; quote: string }> = [];
  for (const quote of quotes.keys()) {
    const start = text.indexOf(quote);
    if (start >= 0 && quote.length > 0) hits.push({ start, end: start + quote.length, quote });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: TextPart[] = [];
  let at = 0;
  let k = 0;
  for (const hit of hits) {
    if (hit.start < at) continue; // overlapping quotes: the first one wins
    if (hit.start > at) parts.push({ text: text.slice(at, hit.start), cited: null });
    k += 1;
    parts.push({
      text: hit.quote,
      cited: { id: `${idPrefix}-q${k}`, by: quotes.get(hit.quote) ?? [], original: textFragmentUrl(url, hit.quote) },
    });
    at = hit.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), cited: null });
  return parts;
}

/** For each text of a block (one, or one per list item), its parts. */
export function blockParts(block: Block, uses: readonly QuoteUse[], url: string | null): TextPart[][] {
  const quotes = new Map<string, CitingPoint[]>();
  for (const use of uses) {
    if (use.paragraph !== block.n) continue;
    const list = quotes.get(use.quote) ?? [];
    if (!list.some((c) => c.point === use.by.point)) list.push(use.by);
    quotes.set(use.quote, list);
  }
  return blockTexts(block).map((text, i) =>
    splitCited(text, quotes, block.kind === "list" ? `p${block.n}-${i + 1}` : `p${block.n}`, url),
  );
}
