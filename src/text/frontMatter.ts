// Splits optional YAML front matter (`---` fenced) from a seed and validates its fields.
import { LineCounter, parseDocument, isMap, isScalar, type Node } from "yaml";
import { SeedError } from "../model/errors.ts";
import { Message, excerpt } from "../model/messages.ts";
import type { SeedMeta } from "../model/types.ts";

const FIELDS = ["title", "publisher", "url", "published"] as const;

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

function parseMeta(yamlText: string, file: string, firstLine: number, messages: Message[]): SeedMeta {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
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
      const date = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === "string" ? raw.trim() : "";
      if (!/^\d{4}-\d{2}-\d{2}/.test(date) || Number.isNaN(Date.parse(date.slice(0, 10))))
        throw new SeedError(file, at(valueNode), `published "${String(raw)}" is not a date`, "Write it as YYYY-MM-DD.");
      meta.published = date.slice(0, 10);
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
