// Blocks of an article: paragraphs, headings and list items, as lines are grouped on the source page.
import type { BlockKind, Line } from "../model/types.ts";
import { words } from "./tokens.ts";

const LIST_ITEM = /^\s*(?:[-*•‣◦]|\d{1,2}[.)])\s+/;
// A row of a table pasted as text ("| Context window | 128K | 1M |"): one item each, never run into one sentence.
const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** Lines at least this long may be a hard-wrapped paragraph's: wrapping tools break at 60 to 80 characters. */
const WRAP_WIDTH = 50;
// A line that stops on a conjunction, an article or a preposition that needs its object goes on in the next line.
const OPEN_END = /\b(?:and|or|but|the|a|an|of|to|from|with|for|by|that|as)$/i;

/**
 * Whether a line without a full stop goes on in the next line: it is as long as wrapped lines are, or ends open. A line
 * that ends in characters the paste lost (U+FFFD) may have lost its full stop with them, and one that ends in an emoji
 * or an arrow points at what follows: neither goes on into a capitalised line.
 */
function continues(line: string): boolean {
  // Lost characters, an emoji or an arrow ("… this week 👇") end what the line says.
  if (/[\uFFFD\p{Extended_Pictographic}←→↓↑▲▼]$/u.test(line)) return false;
  return line.length >= WRAP_WIDTH || OPEN_END.test(line);
}
const TERMINAL = /[.!?:;,…"”'’)\]]$/;

/**
 * Two to four capitalised words and nothing else, or with a date or a read time after a bar: a person's name set on its
 * own line ("Dmitri Halloran", "Bram Oosterhuis | Oct 16, 2026 11:32 AM EDT").
 */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+[|·•]\s+.{1,60})?$/u;

/**
 * Whether a line may be the rest of the paragraph above it. Wrapped text goes on in lower case, or in a capitalised
 * line that is itself long or ends the sentence; a short capitalised line with no full stop is a label or a heading
 * ("Posts on X", "Frequently asked"), a line in capitals a headline or a flash, and one that opens on an emoji a
 * section head or a reaction row.
 */
function goesOn(text: string): boolean {
  if (/^\p{Extended_Pictographic}/u.test(text) || isShouted(text)) return false;
  if (!/^\p{Lu}/u.test(text)) return true;
  return text.length >= WRAP_WIDTH || TERMINAL.test(text);
}

/** A line in capitals, three words or more: a headline or a terminal's flash ("*US TO REQUIRE LICENCES…"). */
function isShouted(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text) && text.trim().split(/\s+/).length >= 3;
}

/** The item text of a list line, without its marker. */
export function listItemText(text: string): string {
  return text.replace(LIST_ITEM, "").trim();
}

/** A heading: a short line with no closing punctuation, or a short question in title case. */
export function isHeading(text: string): boolean {
  const t = text.trim();
  // A Markdown heading ("## Is it any good?") is a heading whatever it says.
  if (/^#{1,6}\s+\S/.test(t)) return true;
  // An FAQ's question ("Q: Will it run on Huawei chips?") heads its answer.
  if (/^Q\s*[:.]\s+\S.*\?$/.test(t)) return true;
  if (!t || LIST_ITEM.test(t) || !/^[\p{Lu}\p{N}"“'‘]/u.test(t)) return false;
  // A line that ends a sentence is no heading unless it ends on "?" or ":": most lines are prose, so this is decided
  // before the line is split into words.
  const asks = t.endsWith("?");
  const leads = t.endsWith(":");
  if (!asks && !leads && TERMINAL.test(t)) return false;
  const ws = words(t);
  if (ws.length === 0) return false;
  const capitalised = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / ws.length;
  if (asks) return ws.length <= 8 && capitalised >= 0.5;
  // A short label that introduces what follows ("V4 at a glance:", "Model assumptions (FY2026E):").
  if (leads) return ws.length <= 6;
  // A line that stops on a word like "and" or "the" is a wrapped sentence, not a heading.
  if (/\b(and|or|but|the|a|an|of|to|from|with|in|on|for|by|that|as)$/i.test(t)) return false;
  return ws.length <= 8 || (ws.length <= 20 && capitalised >= 0.6);
}

/**
 * A short question alone on its line, answered by the line after it: an explainer's or an FAQ's heading ("When do
 * Huawei's new chips arrive?"), not a question the story leaves open.
 */
function isAnsweredQuestion(text: string, next: string | undefined): boolean {
  return (
    text.endsWith("?") &&
    words(text).length <= 12 &&
    !/[.!?]\s+\S/.test(text.slice(0, -1)) &&
    next !== undefined &&
    /^[\p{Lu}"“]/u.test(next) &&
    !next.trim().endsWith("?")
  );
}

/** Groups kept lines into blocks: each line a paragraph, runs of list items one list, hard wraps joined. */
export function toBlocks(lines: readonly Line[]): Array<{ kind: BlockKind; lines: Line[] }> {
  const blocks: Array<{ kind: BlockKind; lines: Line[] }> = [];
  const filled = lines.filter((l) => l.text.trim());
  const nextOf = new Map(filled.map((l, i) => [l, filled[i + 1]?.text.trim()]));
  // An article set out as questions and answers: two answered questions at least. One alone may be the story's own.
  const faq = filled.filter((l) => isAnsweredQuestion(l.text.trim(), nextOf.get(l))).length >= 2;
  let previousBlank = true;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) {
      previousBlank = true;
      continue;
    }
    const last = blocks.at(-1);
    const next = nextOf.get(line);
    const kind: BlockKind =
      LIST_ITEM.test(text) || TABLE_ROW.test(text)
        ? "list"
        : isHeading(text) || (faq && isAnsweredQuestion(text, next))
          ? "heading"
          : "paragraph";
    if (kind === "list" && last?.kind === "list" && !previousBlank) last.lines.push(line);
    else if (
      // A hard-wrapped paragraph: the previous line stops mid-sentence and this one goes straight on.
      last?.kind === "paragraph" &&
      !previousBlank &&
      kind !== "list" &&
      // Across removed lines (a byline under a headline) only a line that goes on in lower case continues the text.
      (line.line === (last.lines.at(-1) as Line).line + 1 || /^\p{Ll}/u.test(text)) &&
      !TERMINAL.test((last.lines.at(-1) as Line).text.trim()) &&
      // Text wrapped by a mail client or an editor breaks long lines; a short line without a full stop followed by a
      // capitalised one is a label or a sub-heading ("Velto's Ardent 7, two weeks in"), not the start of a sentence.
      (continues((last.lines.at(-1) as Line).text.trim()) || !/^\p{Lu}/u.test(text)) &&
      goesOn(text) &&
      !isShouted((last.lines.at(-1) as Line).text.trim()) &&
      // A name alone on its line under a headline is a byline, not the rest of the headline.
      !NAME_LINE.test(text)
    )
      last.lines.push(line);
    else blocks.push({ kind, lines: [line] });
    previousBlank = false;
  }
  return blocks;
}

/** Where paragraph `n` of `count` stands in its article: 0 for the first, 1 for the last. */
export function paragraphPosition(n: number, count: number): number {
  return count > 1 ? (n - 1) / (count - 1) : 0;
}
