// The cleaned text of a source page as HTML, built here: as a Nunjucks loop it would be compiled again for every page.
import type { Block } from "../model/types.ts";
import type { TextPart } from "./sourceText.ts";

/** What a source page shows of one block: its anchor number, kind, first line and text cut around quotes. */
export interface BlockParts {
  readonly n: number;
  readonly kind: Block["kind"];
  readonly line: number;
  /** One list of parts, or one per list item. */
  readonly parts: readonly (readonly TextPart[])[];
  /** True when a mojibake repair changed a line of it: marked, since the file does not read this way. */
  readonly repaired?: boolean;
}

// Seed text is untrusted. The same characters and entities as Nunjucks' autoescape, so moving markup here changes no byte.
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "&#92;",
};
export const escapeHtml = (value: string | number): string =>
  String(value).replace(/[&"'<>\\]/g, (ch) => ENTITIES[ch] as string);

/** A run of text, or a quoted sentence marked with the points that cite it and a link to it at the original. */
function partHtml(part: TextPart): string {
  if (!part.cited) return escapeHtml(part.text);
  const by = part.cited.by
    .map(
      (b) =>
        `<a href="../../index.html#point-${escapeHtml(b.point)}" title="${escapeHtml(b.text)}">${escapeHtml(b.label)}</a>`,
    )
    .join("; ");
  const original = part.cited.original
    ? `; <a class="original" href="${escapeHtml(part.cited.original)}" rel="noopener noreferrer nofollow">at the original</a>`
    : "";
  return `<mark class="cited" id="${escapeHtml(part.cited.id)}">${escapeHtml(part.text)}</mark><span class="cited-by"> (cited in ${by}${original})</span>`;
}

const partsHtml = (parts: readonly TextPart[] | undefined): string => (parts ?? []).map(partHtml).join("");

/** One block as its element, anchored `p<n>` and carrying its first line number. */
export function blockHtml(block: BlockParts): string {
  const repaired = block.repaired
    ? ' class="repaired" title="Garbled characters in the file were repaired here by a best guess: not quoted"'
    : "";
  const attrs = `id="p${escapeHtml(block.n)}" data-line="${escapeHtml(block.line)}"${repaired}`;
  const note = block.repaired ? '<span class="repaired-note"> (repaired, not quoted)</span>' : "";
  if (block.kind === "heading") return `<h2 ${attrs}>${partsHtml(block.parts[0])}${note}</h2>`;
  if (block.kind === "list")
    return `<ul ${attrs}>${block.parts.map((item) => `<li>${partsHtml(item)}</li>`).join("")}</ul>${note}`;
  return `<p ${attrs}>${partsHtml(block.parts[0])}${note}</p>`;
}

/** Every block of a source, one to a line. */
export function sourceTextHtml(blocks: readonly BlockParts[]): string {
  return blocks.map(blockHtml).join("\n");
}
