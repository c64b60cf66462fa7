// How much of the work the chips named do: one source says all of it, another only part, in words next to the chips.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { perText } from "../../util/perText.ts";
import { withoutAttribution } from "../assertion.ts";
import { names, products } from "../mentions.ts";
import { companyOrigins, ORIGIN_WORD, originOf } from "./origin.ts";
import { type DisagreementContext, eitherWay, groupBy, namesBySource, sameSubject, split } from "./sides.ts";
import { supplyOf } from "./supplier.ts";

const HARDWARE = "(?:chips?|processors?|hardware|GPUs?|silicon|accelerators?)";
// The marker must stand beside the chips it qualifies: "mostly on Nvidia hardware", "not … domestic chips for every stage".
const WHOLLY = new RegExp(
  String.raw`\b(?:entirely|exclusively|wholly|solely)\s+on\s+(?:\S+\s+){0,3}${HARDWARE}\b|\b${HARDWARE}\s+(?:\S+\s+){0,3}for every stage\b`,
  "i",
);
const PARTLY = new RegExp(
  String.raw`\b(?:mostly|mainly|largely|partly|in part)\s+on\s+(?:\S+\s+){0,3}${HARDWARE}\b|\b(?:is|are)n['’]t just using\s+(?:\S+\s+){0,2}${HARDWARE}\b|\b${HARDWARE}\s+(?:\S+\s+){0,2}reserved for\b`,
  "i",
);
const EARLIER = /\b(?:earlier|previous|prior|last year)\b/i;

/** One source says the model's work runs only in part on the chips it names, another that it runs entirely on them. */
export function extentDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  const read = perText((text) =>
    EARLIER.test(text) ? null : PARTLY.test(text) ? "partly" : WHOLLY.test(text) ? "wholly" : null,
  );
  const of = (s: Sentence) => read(s.text);
  const wholly = sentences.filter((s) => of(s) === "wholly");
  const partly = sentences.filter((s) => of(s) === "partly");
  const named = [...wholly, ...partly].flatMap((s) => [...products(names(s.text, context.makers))]);
  const topic = named.find((p) => /\d/.test(p))?.toUpperCase() ?? "the model";
  const d = split("training", topic, partly, wholly);
  return d ? [d] : [];
}

// What a product is made of, by where it comes from: "built entirely from Chinese-made components" against "about 80%
// of its components come from Chinese suppliers" or "mostly domestic chips".
const PARTS = `(?:components?|parts?|suppliers?|chips?|cells?|hardware|silicon|materials?|content|technology|processors?|ingredients?|modules?|sensors?|semiconductors?)`;
const ORIGIN_THING = String.raw`(${ORIGIN_WORD})(?:-(?:made|built|designed|sourced))?\s+(?:[\p{L}-]+\s+)?${PARTS}\b`;
const ALL_OF = new RegExp(
  String.raw`\b(?:entirely|exclusively|wholly|solely|completely|fully|100\s*(?:%|percent)|all|only)\s+(?:[\p{L}-]+\s+){0,3}?${ORIGIN_THING}`,
  "iu",
);
const PART_OF = new RegExp(
  String.raw`\b(?:(?:mostly|mainly|largely|partly|partially|in part|predominantly|primarily|majority of|most of|much of|half of|some of)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?|(?:[1-9]\d?(?:\.\d+)?)\s*(?:%|percent|per cent)\s+of\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}?)${ORIGIN_THING}`,
  "iu",
);
// A negated, hoped-for or past extent says nothing of the product now: "not only Chinese parts", "aims to use only".
const NOT_NOW =
  /\b(?:not|n['’]t|never|no longer|may|might|could|would|will|aims?|plans?|hopes?|expected|target|goal|earlier|previous|prior|predecessor|last year|once)\b/i;

interface Share {
  readonly sentence: Sentence;
  readonly whole: boolean;
  readonly origin: string;
  readonly subject: ReadonlySet<string>;
}

/** How much of a product a sentence says comes from one country, or null when it says none. */
function shareOf(text: string, context: DisagreementContext): Omit<Share, "sentence"> | null {
  if (NOT_NOW.test(text)) return null;
  const part = PART_OF.exec(text);
  const all = part ? null : ALL_OF.exec(text);
  const m = part ?? all;
  const origin = m ? originOf(m[1] as string) : null;
  if (!m || !origin) return null;
  const subject = products(names(withoutAttribution(text), context.makers), context.makers);
  return { whole: all !== null, origin, subject };
}

/**
 * How much of a product comes from one country: all of it against part of it, or all of it against a supplier the
 * archive places in another country ("built entirely from Chinese components" against "runs on Tessaro's TS-7", where
 * another sentence calls Tessaro a US chip designer). "Domestic" is never set against a named country.
 */
export function originDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  // Read once per wording, as wire copy repeats; most sentences name no country, which a quick look tells.
  const read = perText((text) => (ORIGIN_IN.test(text) ? shareOf(text, context) : null));
  const shares = sentences.flatMap((s): Share[] => {
    const share = read(s.text);
    return share ? [{ sentence: s, ...share }] : [];
  });
  const wholes = shares.filter((s) => s.whole);
  if (wholes.length === 0) return [];
  const namesOf = namesBySource(sentences, context.makers);
  const about = (a: { subject: ReadonlySet<string>; sentence: Sentence }, b: typeof a) =>
    sameSubject(
      { subject: a.subject, source: a.sentence.source },
      { subject: b.subject, source: b.sentence.source },
      namesOf,
    );
  const topicOf = (rs: readonly Share[]) =>
    [...rs.flatMap((r) => [...r.subject])].find((n) => /\d/.test(n))?.toUpperCase() ?? "the product";
  const countries = companyOrigins(sentences);
  const out: Disagreement[] = [];
  for (const [origin, group] of groupBy(wholes, (w) => [w.origin])) {
    const parts = shares.filter((p) => !p.whole && p.origin === origin && group.some((w) => about(w, p)));
    const againstParts = group.filter((w) => parts.some((p) => about(w, p)));
    const made =
      origin === "domestic" ? "domestically made" : `${origin.charAt(0).toUpperCase()}${origin.slice(1)}-made`;
    const d = split(
      "extent",
      `${topicOf(againstParts)} is ${made}`,
      parts.map((p) => p.sentence),
      againstParts.map((w) => w.sentence),
    );
    if (d) out.push(d);
    if (origin === "domestic") continue;
    const foreign = sentences.flatMap((s) => {
      const supply = /\b(?:on|around|by|from)\b/i.test(s.text) ? supplyOf(s, context) : null;
      const country = supply ? countries.get(supply.supplier) : undefined;
      return supply && country && country !== origin ? [{ ...supply }] : [];
    });
    // Running on a part from another country is having only part of it from this one.
    const against = group.filter((w) => foreign.some((f) => about(w, f)));
    const other = eitherWay(
      "extent",
      `${topicOf(against)} is ${made}`,
      foreign.filter((f) => against.some((w) => about(w, f))).map((f) => f.sentence),
      against.map((w) => w.sentence),
    );
    if (other) out.push(other);
  }
  return out;
}

// A quick look before the full patterns run: most sentences name no country.
const ORIGIN_IN = new RegExp(String.raw`\b(?:${ORIGIN_WORD})`, "i");
