// What a sentence names: actors, products and their makers, and which of them a disagreement can be about.
import { isStopWord } from "../text/tokens.ts";
import { withoutAttribution } from "./assertion.ts";

/** Product or brand (lower case) → the company that makes it (lower case), from `makers:` in briefing.yaml. */
export type Makers = ReadonlyMap<string, string>;

const CALENDAR = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug sep
  sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

// A capitalised word, an acronym, or a model name with digits ("H200", "V4-Pro", "950", "MX-300", "Yunjing-5");
// "V4.1" is not "V4".
const NAME =
  /\b(?:\p{Lu}[\p{L}\p{N}]*(?:\.\d+(?!\w*%))*(?:[-.]\p{L}[\p{L}\p{N}]*)*(?:-\d[\p{L}\p{N}]*(?:\.\d+)*)?|\p{L}*\d[\p{L}\p{N}]*(?:\.\d+)*(?:-\p{L}+)?)\b/gu;
// A year after a hyphen dates the word, it does not name a model: "Mid-2025", "Pre-2020".
const DATED = /-(?:19|20)\d\d$/;
// Quarters, halves and fiscal years carry a digit but are periods, not products: "Q4", "H1", "FY2025", "3Q".
const PERIOD = /^(?:q[1-4]|h[12]|[1-4]q|[12]h|fy\d{2}(?:\d{2})?)$/;

// Units written with a capital are not names: "GWh", "TB".
const UNITS = /^(?:[kmgt]?wh|[kmgt]b|[kmg]w|tops|tflops|mah)$/;

/** The names a sentence mentions, lower case: "Nvidia's" is `nvidia`, "V4-Pro" is `v4`; a product stands for its maker too. */
export function names(text: string, makers: Makers): Set<string> {
  const out = new Set<string>();
  const opening = text.search(/\S/);
  for (const m of text.matchAll(NAME)) {
    // The first word is capitalised because it opens the sentence: a plural or an adverb there ("Prices start at …",
    // "Shares of …", "Separately, …") is a common word, not a name.
    if (m.index === opening && /^\p{Lu}\p{Ll}+(?:[^s'aiu]s|ly|ing)$/u.test(m[0])) continue;
    // "MX-300s" and "H800s" are MX-300 and H800 chips; "1990s" is a decade, as "1990" is a year.
    const lower = m[0].toLowerCase();
    let name = (lower.endsWith("s") ? lower.replace(/['’]s$/, "").replace(/(?<=\d)s$/, "") : lower).replace(DATED, "");
    if (UNITS.test(name)) continue;
    // "V4-Pro" is the V4; "TS-7" and "MX-300" are names of their own.
    const dash = name.indexOf("-");
    if (dash >= 0 && /\d/.test(name.slice(0, dash))) name = name.slice(0, dash);
    if (
      name.length < 2 ||
      (name.includes("-") ? name.split("-").some((part) => CALENDAR.has(part)) : CALENDAR.has(name))
    )
      continue;
    if (isStopWord(name) || /^\d{4}$/.test(name)) continue;
    // A number names a product after a capitalised name ("Ascend 950"), never after a month ("June 12").
    if (/^\d+(?:\.\d+)*$/.test(name)) {
      const before = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(0, m.index));
      if (!before || CALENDAR.has((before[1] as string).toLowerCase())) continue;
    }
    out.add(name);
    const maker = makers.get(name);
    if (maker) out.add(maker);
  }
  return out;
}

/** A transcript's time stamp and speaker label ("[00:03:40] MAYA ODUYA: …", "Lou: …"): who speaks, not whom about. */
const SPEAKER_LABEL = /^\s*(?:\[[\d:]{4,8}\]\s*)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}:\s+/u;

/**
 * Who a sentence is about: the name it opens on once who said it (a credit, a speaker's label) is taken out ("Tencent has placed an order…",
 * "Separately, the Baidu unit…" is Baidu), or whose order, purchase or deal it states ("This newspaper has learned
 * that Huawei's order with Hexin is…"). Null when it opens on no name.
 */
export function openingActor(text: string, makers: Makers): string | null {
  const rest = withoutAttribution(text)
    .replace(SPEAKER_LABEL, "")
    .replace(
      /^[\s,;:—–-]*(?:\([^)]{0,12}\)\s*)?(?:(?:separately|meanwhile|also|and|but|still|however|instead),?\s+)*/i,
      "",
    );
  const opening = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*)/u.exec(rest)?.[1];
  const first = opening ? [...names(opening, makers)][0] : undefined;
  if (first) return first;
  const owner =
    /\b((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,2}\p{Lu}[\p{L}\p{N}&.-]*)['’]s?\s+(?:[\p{L}-]+\s+)?(?:order|orders|purchase|purchases|deal)\b/u.exec(
      rest,
    )?.[1];
  return owner ? ([...names(owner, makers)][0] ?? null) : null;
}

// The work and what it ran on or was built on: "trained entirely on", "runs on", "built using", "powered by".
const RAN_ON =
  /\b(?:(?:pre-?|post-?)?train(?:s|ed|ing)?|fine-?tun(?:es|ed|ing)|built|runs?|ran|running|powered|serve[sd]?|serving|deployed)\s+(?:[\p{L}-]+\s+){0,2}?(?:on|using|with|by|across)\s/giu;
const CHIP_WORD = /^(?:chips?|accelerators?|processors?|GPUs?|NPUs?|silicon|hardware|clusters?)$/i;

/**
 * The names a sentence gives to what the work ran on ("trained on Dunmore's DX-500 chips", "runs on Ascend 950s"): the
 * hardware or base it names, which is not what the sentence is about. Up to the word for chips, or four words, within
 * the clause.
 */
export function ranOn(text: string, makers: Makers): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(RAN_ON)) {
    const clause = /^[^,;:.()]*/u.exec(text.slice(m.index + m[0].length))?.[0] ?? "";
    const ws = clause.split(/\s+/).slice(0, 6);
    const stop = ws.findIndex((w) => CHIP_WORD.test(w));
    for (const n of names(ws.slice(0, stop >= 0 ? stop + 1 : 4).join(" "), makers)) out.add(n);
  }
  return out;
}

/**
 * Product names: names with a digit ("v4", "h200", "950", "mx-300") and the products `makers:` lists ("ascend"); a
 * period ("q4", "h1") is none.
 */
export function products(found: ReadonlySet<string>, makers: Makers = new Map()): Set<string> {
  return new Set([...found].filter((n) => (/\d/.test(n) && !PERIOD.test(n)) || makers.has(n)));
}

/** The makers a text names, directly or through one of their products. */
export function makersIn(text: string, makers: Makers): Set<string> {
  const companies = new Set(makers.values());
  return new Set([...names(text, makers)].filter((n) => companies.has(n)));
}

/** True when the two sets share a member. */
export function overlaps<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
