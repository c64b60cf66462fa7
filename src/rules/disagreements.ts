// Where sources contradict each other: release status, certainty, figures, capabilities and extent, each a detector.
import type { Claim, Sentence, DisagreementKind, Disagreement } from "../model/types.ts";
import { contentTerms, isStopWord, term, words } from "../text/tokens.ts";
import { contradictingFigures } from "./figures.ts";
import { compareText } from "../text/compare.ts";
import { perText } from "../util/perText.ts";

const PRODUCT = /\b[A-Z][A-Za-z]?\d[\w.]*\b/g;
const RELEASED =
  /\b(?:has|have) (?:now )?(?:released|launched|unveiled|shipped|rolled out|put out)\b|\bput out an? [\w\s-]{0,20}(?:preview|build|version)\b|\blaunch of the [\w\s-]{0,20}(?:preview|version)\b|\bis now available\b|\b(?:is|it['’]s) (?:now |already )?out\b/i;
const UPCOMING =
  /\bupcoming\b|\bgearing up to (?:launch|release)\b|\bahead of (?:the|its) launch\b|\bis expected to (?:launch|arrive|be released)\b|\bcould arrive\b|\bnot (?:yet )?been released\b|\bnext[\w\s,-]{0,30}\bmodel\b|\bin the coming weeks\b|\bwhen [\w\s]{0,20}will (?:launch|be released|ship)\b|\breadies\b|\bgets? ready to (?:launch|release)\b|\bforthcoming\b/i;
const MODAL = /\b(will|may|might|could)\s+(?:probably\s+|also\s+)?(\w+)((?:\s+[\w'’]+){0,4})/gi;
// "not to support X", "doesn't have X", "lacks X features", "without X capabilities": X is the missing feature.
const MISSING =
  /\b(?:not|n't|never)\s+(?:to\s+)?(?:support|have|include|offer)\s+(?:any\s+)?([\w-]+)|\b(?:lacks?|lacking|without)\s+([\w-]+)\s+(?:capabilit|feature|function|support)/gi;
const FEATURE_TALK = /\b(?:capabilit\w*|features?|functions?|support\w*)\b/i;

/** The product names a sentence mentions (`V4`, `R1`): what status and certainty claims are about. */
export function products(text: string): string[] {
  return [...new Set(text.match(PRODUCT) ?? [])];
}

/** Index sentence -> key; returns groups of sentences sharing a key, so pairs are never enumerated blindly. */
function groupBy(sentences: readonly Sentence[], keys: (s: Sentence) => readonly string[]): Map<string, Sentence[]> {
  const index = new Map<string, Sentence[]>();
  // Appended in place: copying the list on every sentence would make a common key cost n².
  for (const s of sentences)
    for (const k of keys(s)) {
      const list = index.get(k);
      if (list) list.push(s);
      else index.set(k, [s]);
    }
  return index;
}

/** One side per source: the first sentence of each source, in source order. */
function perSource(sentences: readonly Sentence[]): Sentence[] {
  const seen = new Map<string, Sentence>();
  for (const s of sentences) if (!seen.has(s.source)) seen.set(s.source, s);
  return [...seen.values()].sort((a, b) => compareText(a.source, b.source));
}

/** Both sides present and from different sources: a real disagreement rather than one source's nuance. */
function split(
  kind: DisagreementKind,
  topic: string,
  a: readonly Sentence[],
  b: readonly Sentence[],
): Disagreement | null {
  const left = perSource(a);
  // Sets of sources, not scans: both sides can hold thousands of sources at scale.
  const leftSources = new Set(left.map((l) => l.source));
  const right = perSource(b.filter((s) => !leftSources.has(s.source)));
  const rightSources = new Set(right.map((r) => r.source));
  const leftOnly = left.filter((s) => !rightSources.has(s.source));
  if (leftOnly.length === 0 || right.length === 0) return null;
  return { kind, topic, sides: [leftOnly, right] };
}

/** Released versus upcoming, per product. */
export function statusDisagreements(sentences: readonly Sentence[]): Disagreement[] {
  // Per text: whether it says released, and whether it says so of this product ("has released its previous models"
  // says nothing about this product's status); null when it speaks of no status at all.
  const status = perText((text) => {
    const released = RELEASED.test(text);
    return released || UPCOMING.test(text)
      ? { released, ofThis: released && !/\b(?:previous|earlier|prior|past)\b/i.test(text), products: products(text) }
      : null;
  });
  const relevant = sentences.filter((s) => status(s.text) !== null);
  const out: Disagreement[] = [];
  const of = (s: Sentence) => status(s.text) as NonNullable<ReturnType<typeof status>>;
  for (const [product, group] of groupBy(relevant, (s) => of(s).products)) {
    const d = split(
      "status",
      product,
      group.filter((s) => of(s).ofThis),
      group.filter((s) => !of(s).released),
    );
    if (d) out.push(d);
  }
  return out;
}

/** "will run on X" versus "may run on X" about the same product. */
export function certaintyDisagreements(sentences: readonly Sentence[]): Disagreement[] {
  const keysOf = perText((text) => {
    const keys: { key: string; sure: boolean }[] = [];
    for (const m of text.matchAll(MODAL)) {
      const action = [m[2] as string, ...contentTerms(m[3] ?? "").slice(0, 2)].join(" ").toLowerCase();
      for (const p of products(text))
        keys.push({ key: `${p}: ${action}`, sure: (m[1] as string).toLowerCase() === "will" });
    }
    return keys;
  });
  const keyed = new Map<Sentence, { key: string; sure: boolean }[]>();
  for (const s of sentences) {
    const keys = keysOf(s.text);
    if (keys.length > 0) keyed.set(s, keys);
  }
  const out: Disagreement[] = [];
  for (const [key, group] of groupBy([...keyed.keys()], (s) => (keyed.get(s) ?? []).map((k) => k.key))) {
    const sure = (s: Sentence): boolean => (keyed.get(s) ?? []).some((k) => k.key === key && k.sure);
    const d = split(
      "certainty",
      key,
      group.filter(sure),
      group.filter((s) => !sure(s)),
    );
    if (d) out.push(d);
  }
  return out;
}

/** The first quantity phrase of a text, as written: "about 50,000", "hundreds of thousands". */
export function quantityPhrase(text: string): string {
  const m = text.match(
    /\b(?:about |around |some |nearly |over |more than )?(?:(?:hundreds|tens|thousands|millions)(?: of (?:thousands|millions))?|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?: (?:thousand|million|billion))?)/i,
  );
  return m ? m[0] : text;
}

/** A figure: the range it stands for and what it counts (`chip`, `engin`), as a term; "" when no noun follows it. */
export type Figure = [low: number, high: number, unit: string];

/**
 * What a figure counts: the first common noun after it, within four words, past "of", "its", names and model numbers
 * ("hundreds of thousands of X9 units", "600,000 Ascend 910C chips"). Two figures are compared only when they count the
 * same thing: "480 engineers" says nothing against "hundreds of thousands of chips" in another article.
 */
function unitAfter(text: string, end: number): string {
  for (const w of words(text.slice(end, end + 80)).slice(0, 4)) {
    if (isStopWord(w) || /^\p{Lu}|\d/u.test(w)) continue;
    return term(w);
  }
  return "";
}

/** The figures of a text: "about 50,000 units", "hundreds of thousands of chips"; years and small numbers are not. */
export function quantities(text: string): Figure[] {
  const out: Figure[] = [];
  const scale: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
  for (const m of text.matchAll(/\b(hundreds|tens|thousands|millions)(?: of (thousands|millions))?\b/gi)) {
    const unit = ({ hundreds: 100, tens: 10, thousands: 1e3, millions: 1e6 } as Record<string, number>)[
      (m[1] as string).toLowerCase()
    ] as number;
    const times = m[2] ? (scale[(m[2] as string).toLowerCase().replace(/s$/, "")] as number) : 1;
    out.push([2 * unit * times, 10 * unit * times, unitAfter(text, (m.index ?? 0) + m[0].length)]);
  }
  for (const m of text.matchAll(/\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion))?\b(?!\s*%)/gi)) {
    const value =
      Number((m[1] as string).replace(/,/g, "")) * (m[2] ? (scale[(m[2] as string).toLowerCase()] as number) : 1);
    if (!m[2] && value >= 1900 && value <= 2100 && !(m[1] as string).includes(",")) continue; // a year, not a figure
    if (value >= 100) out.push([value * 0.8, value * 1.2, unitAfter(text, (m.index ?? 0) + m[0].length)]);
  }
  return out;
}

/** Two figures for the same thing (sharing two named actors and a term) whose ranges do not overlap. */
export function figureDisagreements(sentences: readonly Sentence[]): Disagreement[] {
  // Each text's figures and names are read once: the comparison below asks for them again and again.
  const figures = perText(quantities);
  const withFigures = sentences.filter((s) => figures(s.text).length > 0);
  // Named actors and products; a capitalised function word only starts the sentence.
  const namesOf = perText((text) =>
    [...new Set((text.match(/\b[A-Z][\w’'-]*/g) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, "")))].filter(
      (w) => w.length > 1 && contentTerms(w).length > 0,
    ),
  );
  const names = (s: Sentence): string[] => namesOf(s.text);
  // The odd one out first: the figure most others contradict is one disagreement against all of them.
  const out: Disagreement[] = [];
  for (const { sentence, others } of contradictingFigures(withFigures, names, (s) => figures(s.text))) {
    const d = split("figures", names(sentence)[0] ?? "figures", [sentence], others);
    if (d) out.push(d);
  }
  return out;
}

/** Capability claims: one source says a feature is missing, another expects or states it. */
export function capabilityDisagreements(sentences: readonly Sentence[]): Disagreement[] {
  const missing = perText((text) => [...text.matchAll(MISSING)].flatMap((m) => contentTerms(m[1] ?? m[2] ?? "")));
  const negated = new Map<Sentence, string[]>();
  for (const s of sentences) {
    const features = missing(s.text);
    if (features.length > 0) negated.set(s, features);
  }
  const out: Disagreement[] = [];
  // Only sentences that talk of features can be the other side, so only they are indexed by term, not every
  // sentence.
  const featureTerms = perText((text) => (FEATURE_TALK.test(text) ? contentTerms(text) : []));
  const byTerm = negated.size === 0 ? new Map<string, Sentence[]>() : groupBy(sentences, (s) => featureTerms(s.text));
  // Sentences that talk of a feature without denying it, found once per feature rather than once per denial.
  const talk = new Map<string, Sentence[]>();
  const talkOf = (feature: string): Sentence[] => {
    let list = talk.get(feature);
    if (!list)
      talk.set(feature, (list = (byTerm.get(feature) ?? []).filter((o) => !negated.get(o)?.includes(feature))));
    return list;
  };
  for (const [s, features] of negated) {
    for (const feature of features) {
      // A topic already reported is not reported twice, so there is nothing to look up.
      if (out.some((e) => e.topic === feature)) continue;
      const positive = talkOf(feature).filter((o) => o.source !== s.source);
      const d = split("capability", feature, positive, [s]);
      if (d && !out.some((e) => e.topic === feature)) out.push(d);
    }
  }
  return out;
}

// How much of the work the chips named do: "runs entirely on Huawei chips" versus "trained mostly on Nvidia hardware".
const WHOLLY = /\b(?:entirely|exclusively|wholly|whole|every stage|training included)\b/i;
const PARTLY = /\b(?:mostly|mainly|largely|partly|in part|(?:is|are)n't just using|reserved for)\b/i;
const HARDWARE_TALK = /\b(?:chips?|processors?|hardware|GPUs?|silicon|cards?|accelerators?)\b/i;

/** Whether a sentence says the chips do all of the work, only part of it, or neither; the first marker decides. */
function extent(text: string): "wholly" | "partly" | null {
  if (!HARDWARE_TALK.test(text)) return null;
  const whole = text.search(WHOLLY);
  const part = text.search(PARTLY);
  if (whole < 0 && part < 0) return null;
  return part < 0 || (whole >= 0 && whole < part) ? "wholly" : "partly";
}

/** One source says the model runs only in part on the chips named, another that it runs entirely on them. */
export function extentDisagreements(sentences: readonly Sentence[]): Disagreement[] {
  const extentOf = perText(extent);
  const wholly = sentences.filter((s) => extentOf(s.text) === "wholly");
  const partly = sentences.filter((s) => extentOf(s.text) === "partly");
  // The product both sides are about: the one they name most often.
  const named = new Map<string, number>();
  for (const s of [...wholly, ...partly]) for (const p of products(s.text)) named.set(p, (named.get(p) ?? 0) + 1);
  const topic = [...named].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0] ?? "the model";
  // The doubting side leads, as the claim whose scope is open.
  const d = split("extent", topic, partly, wholly);
  return d ? [d] : [];
}

const WILL = /\bwill\b/i;
const MAY = /\b(?:may|might|could)\b/i;

/** Every disagreement among the sentences, plus those between members of one claim cluster. */
export function allDisagreements(sentences: readonly Sentence[], claims: readonly Claim[] = []): Disagreement[] {
  const found = [
    ...statusDisagreements(sentences),
    ...certaintyDisagreements(sentences),
    ...figureDisagreements(sentences),
    ...capabilityDisagreements(sentences),
    ...extentDisagreements(sentences),
  ];
  // Within a cluster the members already state the same claim, so a certainty split needs no shared wording.
  // One pass over each claim's members, two tests per member (a large archive has hundreds of thousands), and the topics
  // already split on in a list of their own rather than a scan of everything found for every claim.
  const certain = found.filter((f) => f.kind === "certainty").map((f) => f.topic);
  // Per text: 1 when it says "will" and no "may", -1 the other way round, 0 otherwise.
  const certainty = perText((text) => {
    const will = WILL.test(text);
    return will === MAY.test(text) ? 0 : will ? 1 : -1;
  });
  for (const claim of claims) {
    const sure: Sentence[] = [];
    const unsure: Sentence[] = [];
    for (const m of claim.members) {
      const c = certainty(m.text);
      if (c !== 0) (c > 0 ? sure : unsure).push(m);
    }
    if (sure.length === 0 || unsure.length === 0) continue;
    const d = split("certainty", products(claim.representative.text)[0] ?? "the claim", sure, unsure);
    if (d && !certain.some((topic) => topic.startsWith(d.topic))) {
      found.push(d);
      certain.push(d.topic);
    }
  }
  return found;
}
