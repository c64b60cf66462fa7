// Where things come from: the country a sentence says parts come from, and the country of the companies an archive names.
import type { Sentence } from "../../model/types.ts";

// Country and nationality words, each to one adjective: "US", "U.S.", "American" and "the United States" are one origin.
const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ["chinese", `chinese|china|mainland`],
  ["american", String.raw`american|u\.?s\.?|united states|america`],
  ["korean", `(?:south )?korean?`],
  ["japanese", `japanese|japan`],
  ["taiwanese", `taiwanese|taiwan`],
  ["german", `german|germany`],
  ["french", `french|france`],
  ["british", String.raw`british|britain|uk|u\.k\.`],
  ["dutch", `dutch|netherlands`],
  ["indian", `indian|india`],
  ["european", `european|europe|eu`],
  // Said of the story's own country; never matched with a named one, which would need to know where the story is.
  ["domestic", `domestic|home-?grown|indigenous|locally[- ]made|local`],
];
export const ORIGIN_WORD = COUNTRIES.map(([, re]) => re).join("|");
const ORIGIN_ALONE = new RegExp(`^(?:${ORIGIN_WORD})$`, "i");

/** The one origin a country or nationality word stands for: "U.S." is american, "home-grown" is domestic. */
export function originOf(word: string): string | null {
  // "us" in lower case is the pronoun ("lent us one"), never the country.
  if (/^us$/.test(word)) return null;
  const w = word.toLowerCase().replace(/['’]s$/, "");
  if (!ORIGIN_ALONE.test(w)) return null;
  for (const [origin, re] of COUNTRIES) if (new RegExp(`^(?:${re})$`, "i").test(w)) return origin;
  return null;
}

const COMPANY = String.raw`(?:[\p{Ll}-]+\s+){0,2}(?:designer|maker|chipmaker|company|firm|supplier|manufacturer|group|foundry|start-?up|giant|rival|carmaker|automaker|brand|developer|lab|producer)`;
// "US chip designer Tessaro", "South Korea's Daebo Semiconductor", "Tessaro, a US chip designer".
const ORIGIN_OF_COMPANY = [
  new RegExp(String.raw`\b(${ORIGIN_WORD})\s+${COMPANY}\s+(\p{Lu}[\p{L}\p{N}-]*)`, "giu"),
  new RegExp(String.raw`\b(${ORIGIN_WORD})['’]s\s+(\p{Lu}[\p{L}\p{N}-]*)`, "giu"),
  new RegExp(
    String.raw`\b(\p{Lu}[\p{L}\p{N}-]*)(?:\s+\p{Lu}[\p{L}-]*)?,\s+an?\s+(${ORIGIN_WORD})\s+${COMPANY}\b`,
    "giu",
  ),
];

/**
 * The country of each company the sentences introduce with one ("US chip designer Tessaro"), lower case. A company
 * given two countries is left out: the archive does not say which is right.
 */
export function companyOrigins(sentences: readonly Sentence[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const add = (name: string, word: string) => {
    const origin = originOf(word);
    if (!origin || origin === "domestic" || originOf(name)) return;
    const key = name.toLowerCase().replace(/['’]s$/, "");
    const set = seen.get(key) ?? new Set<string>();
    set.add(origin);
    seen.set(key, set);
  };
  for (const text of new Set(sentences.map((s) => s.text))) {
    if (
      !/\p{Lu}[\p{L}-]*['’]s\s|\b(?:designer|maker|company|firm|supplier|manufacturer|group|foundry|start-?up|giant|rival|brand|developer|lab|producer)\b/iu.test(
        text,
      )
    )
      continue;
    const [byWord, byCountry, byApposition] = ORIGIN_OF_COMPANY as [RegExp, RegExp, RegExp];
    for (const m of text.matchAll(byWord)) add(m[2] as string, m[1] as string);
    for (const m of text.matchAll(byCountry)) add(m[2] as string, m[1] as string);
    for (const m of text.matchAll(byApposition)) add(m[1] as string, m[2] as string);
  }
  return new Map([...seen].filter(([, set]) => set.size === 1).map(([name, set]) => [name, [...set][0] as string]));
}
