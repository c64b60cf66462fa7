// Whether a page is an aggregator, whose claims count as no one's corroboration: read from its sentences, once the
// segment step has split them, and from the furniture the clean step found.
import { Message } from "../../model/messages.ts";
import type { Line, Source } from "../../model/types.ts";
import type { SeedContext } from "../../pipeline/state.ts";
import { type FurnitureMatch, gluedLabel, matchFurniture } from "../../rules/furniture.ts";
import { attributionProfile, retellsOthers } from "../../rules/provenance.ts";
import { hasWords } from "../../text/tokens.ts";

const RETELLING_WORD = /\b(report|according to|per|cited|citing)/i;
/** A link river's credit line: "Clara Voss / Tidemark Wire:", the outlet whose story the next line gives. */
export const RIVER_CREDIT =
  /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+\/\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+[\p{L}\p{N}&.'’-]+){0,4}):\s*$/u;

/** A card deck's counter: "CARD 2 of 3", "Slide 4/7". */
const CARD_COUNTER = /^\s*(?:card|slide)\s+\d{1,2}\s*(?:of|\/)\s*\d{1,2}\s*$/i;

/** A list item: "• …", "- …", "* …", "1. …". */
const BULLET = /^\s*(?:[•·▪◦*–-]|\d{1,2}[.)])\s+\S/u;
/**
 * A list item that ends on its credit, the outlet or document it points to: "… (h/t Tidemark Wire)", "… (via
 * @chipnotes)", "… (Federal Register)", "… (Quarry Research, paywalled)".
 */
const ITEM_CREDIT =
  /\((?:(?:h\/t|hat tip|via|source:?|from)\s+)?(?:@[\w.]{2,30}|\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+[\p{L}\p{N}&.'’-]+){0,4})(?:,\s*[\p{L}\p{N} ]{2,20})?\)[.!]?\s*$/u;
/** How many credited list items make a roundup of links, and what share of its list items they must be. */
const ROUNDUP_ITEMS = 3;

/** Seed step: marks a page that labels itself AI-generated, is a summary card, or only retells others as an aggregator. */
export function findKind(source: Source, context?: Pick<SeedContext, "once">): void {
  const why = aggregatorReason(source, context);
  if (!why) return;
  source.kind = "aggregator";
  source.messages.push(
    new Message(
      source.file,
      why.line,
      `marked as an aggregator: ${why.reason}; its claims do not count as independent corroboration`,
      "metadata",
      "info",
    ),
  );
  source.messages.sort((a, b) => a.line - b.line);
}

/** Why a page is an aggregator: it labels itself AI-generated, it is a summary card, or it only retells others. */
function aggregatorReason(
  source: Source,
  context: Pick<SeedContext, "once"> | undefined,
): { line: number; reason: string } | null {
  const lines = source.lines.filter((l) => l.text.trim());
  // The clean step matched these same lines: a wording met before in the run is not matched again.
  const furniture = (text: string): FurnitureMatch | null =>
    context ? context.once("furniture", text.trim(), () => matchFurniture(text)) : matchFurniture(text);
  const rules = lines.map((l) => furniture(l.text)?.rule);
  for (const [i, l] of lines.entries()) {
    if (rules[i] === "ai-generated" || /^ai/i.test(gluedLabel(l.text.trim())?.label ?? ""))
      return { line: l.line, reason: "it labels itself AI-generated" };
  }
  // A link river: each item under "Author / Outlet:", a line of another outlet's story.
  const river = lines.filter((l) => RIVER_CREDIT.test(l.text));
  if (river.length >= 2)
    return { line: (river[0] as Line).line, reason: "it is a link river of other outlets' stories" };
  const cardLabels = lines.filter((_, i) => rules[i] === "summary-card" || CARD_COUNTER.test(lines[i]?.text ?? ""));
  // Its sources listed once ("Sources: Granite Wire, Jinling Business Daily"), or one under each card.
  const sourceLines = lines.filter((_, i) => rules[i] === "sources");
  const sources = sourceLines.some((l) => l.text.includes(",")) || sourceLines.length >= 2;
  if (cardLabels.length >= 2 && sources)
    return { line: (cardLabels[0] as Line).line, reason: "it is a summary card of other outlets' reporting" };
  // A roundup of links: most of its list items end on the outlet they point to, and none is its own reporting.
  const items = lines.filter((l) => BULLET.test(l.text));
  const credited = items.filter((l) => ITEM_CREDIT.test(l.text));
  if (
    credited.length >= ROUNDUP_ITEMS &&
    credited.length * 2 >= items.length &&
    !attributionProfile(
      lines.map((l) => l.text),
      source.meta.publisher,
    ).own
  )
    return { line: (credited[0] as Line).line, reason: "it is a roundup of links to other outlets' stories" };
  // Most pages credit no other outlet at all.
  if (!source.kept.some((l) => RETELLING_WORD.test(l.text))) return null;
  // The page's own sentences, as the segment step split them: split again here, line by line, they cost the
  // analysis a second pass of the sentence splitter over every page that names a report.
  const kept = source.sentences.map((s) => s.text).filter((s) => hasWords(s, 6));
  const profile = attributionProfile(kept, source.meta.publisher);
  // Outreach ("did not respond to a request for comment") is removed as furniture, yet shows reporting of its own.
  const keptAt = new Set(source.kept.map((l) => l.line));
  const removed = lines.filter((l) => !keptAt.has(l.line)).map((l) => l.text.trim());
  if (retellsOthers(profile, kept.length) && !profile.own && !attributionProfile(removed, source.meta.publisher).own)
    return {
      line: (source.kept.find((l) => l.text.trim()) ?? lines[0] ?? { line: 1 }).line,
      reason: `${profile.others} of its sentences retell other outlets' reporting and none is its own`,
    };
  return null;
}
