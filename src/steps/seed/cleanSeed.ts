// Removes page furniture line by line, keeping a `file:line` warning, named by its rule, for every removal.
import { Message, excerpt } from "../../model/messages.ts";
import {
  aboutSubject,
  cutOffTail,
  furnitureBlock,
  gluedLabel,
  opensBlock,
  isNoCommentLine,
  isTableRow,
  isTableRule,
  matchFurniture,
} from "../../rules/furniture.ts";
import { matchDateline } from "../../rules/provenance.ts";
import { hasMojibake, isThaiArticle } from "../../text/mojibake.ts";
import { splitSentences } from "../../text/sentences.ts";
import type { Line, Source } from "../../model/types.ts";
import type { SeedContext } from "../../pipeline/state.ts";

const LIST_LINE = /^\s*(?:[-*•‣◦]|\d{1,2}[.)])\s+/;
const NO_COMMENT_WORD = /\b(comment|respond|reply|replied|reached|return|answer|declined|refused|would not|wouldn't)/i;

/** A headline: a capitalised line of two to fourteen words that does not end like a sentence. */
const READ_MORE_HEADLINE = /^(?=\p{Lu})(?!.*[.!?"”:]$)\S+(?:\s+\S+){1,13}$/u;
/** A question a search page lists under "People also ask": one a line, short, ending in "?". */
const ASKED = /^(?=\p{Lu})\S+(?:\s+\S+){1,14}\?$/u;

/** Seed step: sets `kept` and appends a message per removed line or fragment. */
export function cleanSeed(source: Source, context?: SeedContext): void {
  const kept: Line[] = [];
  const thai = isThaiArticle(source.lines.map((l) => l.text).join("\n"));
  const say = (line: number, reason: string, rule: string): void => {
    source.messages.push(new Message(source.file, line, `${reason} (boilerplate: ${rule})`, "boilerplate"));
  };
  const nonEmpty = (from: number, step: 1 | -1): Line | undefined => {
    for (let j = from + step; j >= 0 && j < source.lines.length; j += step)
      if ((source.lines[j] as Line).text.trim()) return source.lines[j];
    return undefined;
  };
  let dropList = false;
  let dropHeadlines = false;
  let dropQuestions = false;
  let skip = -1;
  let blockEnd = -1;
  let block = "";
  for (let i = 0; i < source.lines.length; i++) {
    const line = source.lines[i] as Line;
    let text = line.text.trim();
    if (!text) {
      kept.push(line);
      continue;
    }
    if (i <= blockEnd) {
      say(line.line, `removed ${block} line "${excerpt(text)}"`, block);
      continue;
    }
    // A consent dialog, an author's card or a sponsor's slot runs over several lines that each look like prose.
    const found = startsBlock(source.lines, i);
    if (found) {
      ({ end: blockEnd, kind: block } = found);
      say(line.line, `removed ${block} line "${excerpt(text)}"`, block);
      continue;
    }
    if (i === skip) {
      say(line.line, `removed the "About" paragraph "${excerpt(text)}"`, "about-block");
      continue;
    }
    if (dropList && LIST_LINE.test(text)) {
      say(line.line, `removed audience list item "${excerpt(text)}"`, "summary-card");
      continue;
    }
    dropList = false;
    // Under "Read more:" stand other stories' headlines, one a line, none ending like a sentence.
    if (dropHeadlines && READ_MORE_HEADLINE.test(text)) {
      say(line.line, `removed headline of another story "${excerpt(text)}"`, "read-more");
      continue;
    }
    dropHeadlines = false;
    if (dropQuestions && ASKED.test(text)) {
      say(line.line, `removed question a search page suggests "${excerpt(text)}"`, "search-page");
      continue;
    }
    dropQuestions = false;
    if (isTableRule(text)) {
      say(line.line, `removed table rule "${excerpt(text)}"`, "table");
      continue;
    }
    // A table's first row is its header: without the rows under it, it says nothing.
    if (isTableRow(text) && !isTableRow(nonEmpty(i, -1)?.text ?? "") && isTableRow(nonEmpty(i, 1)?.text ?? "")) {
      say(line.line, `removed table header "${excerpt(text)}"`, "table");
      continue;
    }
    // The other rows of a table are data ("| Context window | 128K | 1M |"), however much they look like a menu.
    const match = isTableRow(text)
      ? null
      : context
        ? context.once("furniture", text, () => matchFurniture(text))
        : matchFurniture(text);
    if (match?.cutRest) {
      const before = match.at ? text.slice(0, match.at).trim() : "";
      if (before) say(line.line, `removed line "${excerpt(before)}" before a related-articles list`, match.rule);
      const rest = source.lines.slice(i).filter((l) => l.text.trim()).length;
      say(
        line.line,
        `removed "${excerpt(text.slice(match.at ?? 0), 24)}" and the ${rest - 1} non-empty line(s) after it`,
        match.rule,
      );
      break;
    }
    if (match) {
      say(line.line, `removed ${match.label} line "${excerpt(text)}"`, match.rule);
      dropList = match.dropsList ?? false;
      dropHeadlines = match.rule === "read-more" && (match.dropsList ?? false);
      dropQuestions = match.rule === "search-page";
      continue;
    }
    // Most lines say nothing of comment: the sentence split is skipped for them.
    if (NO_COMMENT_WORD.test(text) && isNoCommentLine(splitSentences(text).map((s) => s.text))) {
      say(line.line, `removed no-comment line "${excerpt(text)}"`, "no-comment");
      continue;
    }
    const about = aboutSubject(text);
    const next = nonEmpty(i, 1);
    if (about && next?.text.trim().startsWith(about)) {
      say(line.line, `removed "About" heading "${excerpt(text)}"`, "about-block");
      skip = source.lines.indexOf(next);
      continue;
    }
    if (hasMojibake(text, thai)) {
      source.messages.push(
        new Message(
          source.file,
          line.line,
          `removed line with garbled characters "${excerpt(text)}" (mojibake); re-save the seed as UTF-8 from the original`,
          "mojibake",
        ),
      );
      continue;
    }
    // What is cut from the start of a line leaves the rest of it as the file has it, so quotes stay verbatim.
    const glued = gluedLabel(text);
    if (glued) {
      say(line.line, `removed "${glued.label}" label from the start of "${excerpt(text)}"`, "summary-card");
      text = text.slice(glued.length);
    }
    const dateline = matchDateline(text);
    if (dateline) {
      say(line.line, `removed dateline "${excerpt(dateline.text)}" from the start of the line`, "dateline");
      text = text.slice(dateline.length);
    }
    kept.push(text === line.text ? line : { ...line, text });
  }
  dropCutOffTail(kept, say);
  source.kept = kept;
  // Repairs (decode) and removals (clean) of one line are read together, in file order.
  source.messages.sort((a, b) => a.line - b.line);
}

/** The furniture block that starts at line `i`, with the index of its last line; null when none starts there. */
function startsBlock(lines: readonly Line[], i: number): { readonly kind: string; readonly end: number } | null {
  // Only a line that can open a block is worth the look ahead.
  if (!opensBlock((lines[i] as Line).text)) return null;
  const at: number[] = [];
  for (let j = i; j < lines.length && at.length < 13; j++) if ((lines[j] as Line).text.trim()) at.push(j);
  const found = furnitureBlock(at.map((j) => (lines[j] as Line).text));
  return found ? { kind: found.kind, end: at[found.end] as number } : null;
}

/** A pasted excerpt that stops mid-sentence: its last, unfinished sentence is not quoted. */
function dropCutOffTail(kept: Line[], say: (line: number, reason: string, rule: string) => void): void {
  let last = kept.length - 1;
  while (last >= 0 && !(kept[last] as Line).text.trim()) last--;
  const line = kept[last];
  if (!line || LIST_LINE.test(line.text) || isTableRow(line.text)) return;
  const text = line.text.trimEnd();
  const at = cutOffTail(splitSentences(text));
  if (at === null) return;
  say(
    line.line,
    `removed cut-off last sentence "${excerpt(text.slice(at))}": the excerpt stops mid-sentence`,
    "cut-off",
  );
  const rest = text.slice(0, at).trimEnd();
  if (rest) kept[last] = { ...line, text: rest };
  else kept.splice(last, 1);
}
