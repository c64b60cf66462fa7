// Treats HTML pasted into a seed as text: tags and template code stripped, script and comment bodies dropped, entities decoded.
import { decodeHTMLStrict } from "entities";
import { Message } from "../model/messages.ts";
import type { Line } from "../model/types.ts";

// Elements whose content is code or markup, never reading text; may span lines.
const HIDDEN = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)|<!--[\s\S]*?(-->|$)/gi;
// A start or end tag: "<" right before a letter, so "revenue < $5bn" and "<3" stay text.
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
// Template and interpolation syntax ({{ }}, {% %}, ${ }) is never article text: pasted from a page's source.
const TEMPLATE = /\{%[^\n]*?%\}|\{\{[^\n]*?\}\}|\$\{[^}\n]*\}/g;
// A Markdown link keeps its words; its target (maybe "javascript:") is dropped.
const MARKDOWN_LINK = /\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*\)/g;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
// The characters a tag, a Markdown link, template code or an entity starts with.
const MARKUP_START = /[<[{$&]/;

/**
 * Strips HTML from body lines, keeping each line's number; says which lines it changed.
 * Entities are decoded everywhere, since "&amp;" in a pasted page means "&".
 */
export function stripHtml(lines: readonly Line[], file: string): { lines: Line[]; messages: Message[] } {
  const messages: Message[] = [];
  // Hidden blocks can span lines: blank them out as one text, keeping the line breaks inside them.
  const joined = lines.map((l) => l.text).join("\n");
  const unhidden = joined.replace(HIDDEN, (m) => m.replace(/[^\n]/g, ""));
  const texts = unhidden.split("\n");
  const out = lines.map((line, i) => {
    const before = texts[i] ?? "";
    // Most lines hold no character any of the patterns below starts with: nothing to strip or decode.
    if (before.length === line.text.length && !MARKUP_START.test(before)) return { ...line, text: before };
    const kinds = new Set<string>();
    if (before.length !== line.text.length) kinds.add("script or comment");
    const stripped = before
      .replace(TAG, (tag) => {
        kinds.add(`<${(/^<\/?([a-z0-9-]+)/i.exec(tag)?.[1] ?? "").toLowerCase()}>`);
        return " ";
      })
      .replace(MARKDOWN_LINK, (_, words: string) => {
        kinds.add("Markdown link");
        return words;
      })
      .replace(TEMPLATE, () => {
        kinds.add("template code");
        return " ";
      });
    const text = kinds.size
      ? stripped
          .replace(/\s{2,}/g, " ")
          .replace(/\s+([.,;:!?])/g, "$1")
          .trim()
      : stripped;
    if (kinds.size)
      messages.push(
        new Message(
          file,
          line.line,
          `removed ${[...kinds].some((k) => k.startsWith("<") || k.startsWith("script")) ? "HTML " : ""}${[...kinds].slice(0, 4).join(", ")} from the text; paste the article as plain text to silence this`,
          "html",
        ),
      );
    return { ...line, text: text.replace(ENTITY, (e) => decodeHTMLStrict(e)) };
  });
  return { lines: out, messages };
}
