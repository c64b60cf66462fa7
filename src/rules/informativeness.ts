// How much a sentence says: named actors, numbers and quantities.
import { words } from "../text/tokens.ts";

const UPPER_START = /^\p{Lu}/u;
const TWO_UPPER = /\p{Lu}.*\p{Lu}/u;
const MIXED_OR_ACRONYM = /\p{Ll}\p{Lu}|^\p{Lu}{2,}/u;
const DIGIT = /\d/;

/** Named actors, numbers and quantities: a rough measure of how much a sentence says. */
export function informativeness(text: string, ws: readonly string[] = words(text)): number {
  // One pass over the words, with no array copies: this runs for every sentence of every source.
  const entities = new Set<string>();
  let numbers = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (i > 0 ? UPPER_START.test(w) || TWO_UPPER.test(w) : MIXED_OR_ACRONYM.test(w)) entities.add(w.toLowerCase());
    if (DIGIT.test(w)) numbers++;
  }
  const quantities = (text.match(/\b(hundreds?|thousands?|millions?|billions?|percent|units)\b/gi) ?? []).length;
  return entities.size + 1.5 * numbers + quantities;
}
