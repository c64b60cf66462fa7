// Splits optional YAML front matter (`---` fenced) from a seed and validates its fields.
import { LineCounter, parseDocument, isMap, isScalar, type Node } from "yaml";
import { SeedError } from "../model/errors.ts";
import { Message, excerpt } from "../model/messages.ts";
import type { SeedMeta } from "../model/types.ts";
import { isCalendarDate } from "./dates.ts";

const FIELDS = ["title", "publisher", "author", "url", "published"] as const;

export interface FrontMatter {
  readonly meta: SeedMeta;
  /** 1-based line number of the first body line. */
  readonly bodyLine: number;
  readonly body: string;
  /** Fields that were ignored or dropped, as `file:line` warnings. */
  readonly messages: readonly Message[];
}

/** Reads front matter if the text opens with `---`; problems are SeedErrors at `file:line`. */
export function splitFrontMatter(text: string, file: string): FrontMatter {
  const empty: SeedMeta = { title: null, publisher: null, author: null, url: null, published: null };
  const lines = text.split("\n");
  if (lines[0]?.trim() !== "---") return { meta: empty, bodyLine: 1, body: text, messages: [] };
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close < 0)
    throw new SeedError(
      file,
      1,
      "front matter opened with --- is never closed",
      "Add a line with --- after the last field.",
    );
  const yamlText = lines.slice(1, close).join("\n");
  const messages: Message[] = [];
  const meta = parseMeta(yamlText, file, 2, messages);
  return { meta, bodyLine: close + 2, body: lines.slice(close + 1).join("\n"), messages };
}

/**
 * A pasted title often holds a colon ("title: Hexin's HBM4: the numbers that matter"), which YAML reads as a nested
 * key. Where the front matter does not parse, a known field's unquoted value with ": " in it is quoted, as the writer
 * meant; the lines changed are noted. Anything else that does not parse stays an error.
 */
function quoteColons(yamlText: string, file: string, firstLine: number, messages: Message[]): string {
  const fields = FIELDS.join("|");
  return yamlText
    .split("\n")
    .map((line, i) => {
      const m = new RegExp(`^(${fields}):[ \\t]+(.*\\S)\\s*$`).exec(line);
      const value = m?.[2];
      if (!m || !value || !/:\s/.test(value) || /^["'|>]/.test(value)) return line;
      messages.push(
        new Message(
          file,
          firstLine + i,
          `front matter ${m[1]} holds ": " and was read as one text; put the value in quotes to say so`,
          "front-matter",
        ),
      );
      return `${m[1]}: ${JSON.stringify(value)}`;
    })
    .join("\n");
}

function parseMeta(yamlText: string, file: string, firstLine: number, messages: Message[]): SeedMeta {
  const counter = new LineCounter();
  let doc = parseDocument(yamlText, { lineCounter: counter });
  if (doc.errors.length > 0) {
    const noted: Message[] = [];
    const quoted = quoteColons(yamlText, file, firstLine, noted);
    const again = quoted === yamlText ? null : parseDocument(quoted, { lineCounter: new LineCounter() });
    if (again && again.errors.length === 0) {
      doc = parseDocument(quoted, { lineCounter: counter });
      messages.push(...noted);
    }
  }
  const at = (node: Node | null | undefined): number =>
    node?.range ? counter.linePos(node.range[0]).line + firstLine - 1 : firstLine;
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 1) + firstLine - 1;
    throw new SeedError(
      file,
      line,
      `front matter is not valid YAML (${error.message.split("\n")[0]})`,
      "Fix the syntax, or quote the value.",
    );
  }
  const meta: SeedMeta = { title: null, publisher: null, author: null, url: null, published: null };
  if (doc.contents === null) return meta;
  if (!isMap(doc.contents))
    throw new SeedError(
      file,
      at(doc.contents),
      "front matter must be key: value lines",
      `Use the keys ${FIELDS.join(", ")}.`,
    );
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : "";
    const valueNode = pair.value as Node | null;
    // Pasted front matter often carries extra keys (author, tags): ignored with a note rather than fatal.
    if (!(FIELDS as readonly string[]).includes(key)) {
      messages.push(
        new Message(
          file,
          at(keyNode),
          `ignored unknown front matter key "${key}" (sourcebrief reads ${FIELDS.join(", ")})`,
          "front-matter",
        ),
      );
      continue;
    }
    const raw = isScalar(valueNode) ? valueNode.value : valueNode === null ? null : undefined;
    if (raw === null) continue;
    const field = key as (typeof FIELDS)[number];
    if (field === "published") {
      // The value as written: a YAML timestamp would already have rolled 2026-02-30 over into March.
      const written = isScalar(valueNode) && typeof valueNode.source === "string" ? valueNode.source : String(raw);
      meta.published = publishedDate(written.trim(), file, at(valueNode));
      continue;
    }
    if (typeof raw !== "string" && typeof raw !== "number")
      throw new SeedError(file, at(valueNode), `${field} must be text`, `Write ${field}: "…" on one line.`);
    const value = String(raw).trim();
    // An address that is not http(s) (javascript:, data:) must never become a link: dropped with a warning.
    if (field === "url" && !/^https?:\/\/[^\s<>"]+$/i.test(value)) {
      messages.push(
        new Message(
          file,
          at(valueNode),
          `dropped url "${excerpt(value)}": not an http(s) address; give the article's web address, starting with https://`,
          "front-matter",
        ),
      );
      continue;
    }
    meta[field] = value || null;
  }
  return meta;
}

// A date, optionally with a time of day and a zone: "2026-04-05", "2026-04-05T09:30", "2026-04-05 09:30:00+08:00".
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?$/;

/** `published` as YYYY-MM-DD; an impossible date, time or anything after it stops the build at its line. */
export function publishedDate(written: string, file: string, line: number): string {
  const value = written.replace(/^(["'])(.*)\1$/, "$2").trim();
  const m = DATE_TIME.exec(value);
  const fix = (why: string): SeedError =>
    new SeedError(
      file,
      line,
      `published "${excerpt(value)}" ${why}`,
      `Write the day the article came out as YYYY-MM-DD${m ? `, e.g. published: ${value.slice(0, 7)}-01` : ", e.g. published: 2026-04-05"}.`,
    );
  if (!m) {
    const lead = /^\d{4}-\d{2}-\d{2}/.exec(value);
    throw lead
      ? new SeedError(
          file,
          line,
          `published "${excerpt(value)}" has "${excerpt(value.slice(10).trim())}" after the date`,
          `Write only the date, published: ${lead[0]}, and put anything else in the article text.`,
        )
      : fix("is not a date");
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDate(year, month, day)) throw fix("is not a day of the calendar");
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59))
    throw new SeedError(
      file,
      line,
      `published "${excerpt(value)}" has an impossible time of day`,
      `Write the date alone, published: ${value.slice(0, 10)}, or a time from 00:00 to 23:59.`,
    );
  return value.slice(0, 10);
}
