// What a point says of its claim, and which passages it cites.
import type { Claim, Citation, Sentence } from "../model/types.ts";
import { standaloneText, withoutConnective } from "./standalone.ts";

/** One citation per source: the representative for its own source, otherwise that source's clearest member. */
export function citationsOf(claim: Claim): Citation[] {
  const bySource = new Map<string, Sentence>();
  for (const m of [claim.representative, ...claim.members]) if (!bySource.has(m.source)) bySource.set(m.source, m);
  return [...bySource.values()].map((s) => ({ source: s.source, paragraph: s.paragraph, line: s.line, quote: s.text }));
}

/**
 * Point text: the representative sentence (or its main clause after a colon, when only that stands alone),
 * without a leading connective or pasted spaces before punctuation.
 */
export function pointText(claim: Claim): string {
  const text = standaloneText(claim.representative) ?? withoutConnective(claim.representative.text);
  // Pasted web text often keeps a space where a link ended ("cited by Reuters , said"); the quote keeps it, the point need not.
  return text.replace(/\s+([,.;:!?])/g, "$1");
}
