// Figures in a sentence, typed by what they measure (a share, a parameter count, units, money), and when two contradict.
import { isStopWord, term, words } from "../text/tokens.ts";

/** What a figure measures: figures are compared only within one kind and one unit. */
export type FigureKind = "share" | "parameters" | "count" | "money" | "measure";

// Units of measure: a figure in one of them is a measurement whatever its size ("98 kWh", "640 km"); a rate ("100 km/h",
// "150 kW per car") is not one of them.
export const MEASURE =
  /^\s*(k?wh|[mgt]wh|km|kilomet(?:re|er)s?|miles|kg|kilograms?|tonnes|tons|nm|nanomet(?:re|er)s?|gb|gigabytes?|tb|terabytes?|mah|kw|mw|gw|kilowatt[- ]hours?|gigawatt[- ]hours?|kilowatts?|megawatts?|gigawatts?|volts?|hours|minutes|seconds|fps|tops|tflops|teraflops?|pflops|petaflops?)\b(?!\s*(?:\/|per (?:hour|second|minute)\b|an hour\b))/i;

// Units written out, by the short form they are compared as: "128 gigabytes" is "128GB".
const UNIT_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^kilomet/, "km"],
  [/^nanomet/, "nm"],
  [/^kilogram/, "kg"],
  [/^gigabyte/, "gb"],
  [/^terabyte/, "tb"],
  [/^kilowatt[- ]hour/, "kwh"],
  [/^gigawatt[- ]hour/, "gwh"],
  [/^kilowatt/, "kw"],
  [/^megawatt/, "mw"],
  [/^gigawatt/, "gw"],
  [/^teraflop/, "tflops"],
  [/^petaflop/, "pflops"],
  [/^volt/, "volt"],
];

/** The unit a measure is compared in: lower case, written-out names as their short form. */
export function unitName(raw: string): string {
  const lower = raw.toLowerCase();
  return UNIT_NAMES.find(([re]) => re.test(lower))?.[1] ?? lower;
}

/** A figure as read: the range it stands for, what it measures and in which unit (the counted noun, as a term). */
export interface Figure {
  readonly kind: FigureKind;
  readonly low: number;
  readonly high: number;
  readonly unit: string;
  /** The words as written: "about 50,000", "hundreds of thousands", "nearly zero". */
  readonly phrase: string;
  /**
   * Which amount of the thing it is, when the words beside it say: "tested" for a car as tested or with options,
   * "net" for a price after subsidies, "average" for an average over many ("average selling price"); "" for a plain or
   * a base figure ("starts at"), which are compared.
   */
  readonly basis: Basis;
}

export type Basis = "" | "tested" | "net" | "average";

// Words beside a figure that make it a different amount of the same thing: a price as tested is not the base price.
const TESTED =
  /\b(?:as (?:tested|reviewed|driven|equipped|specified|specced|optioned)|with (?:(?:all|its|the)\s+)?(?:options|extras|optional \w+)|fully[- ](?:loaded|optioned)|optioned|including (?:options|extras)|top[- ](?:trim|spec))\b/i;
const NET =
  /\b(?:after|net of|minus|less|with)\s+(?:(?:the|all|government|state|local|federal)\s+)*(?:subsid(?:y|ies)|incentives?|rebates?|tax credits?|discounts?)\b/i;

// An average over many sales or units is not the price or the figure of one: "average selling price", "ASP".
const AVERAGE = /\b(?:average|mean|median|typical|ASP)\b/i;
/** The label of a "Key: value" line, which says what its figure is. */
const LABEL = /^\s*([^:|]{1,40}):\s/;

/** The basis the words within a clause of the figure give it, or the label of its line. */
function basisAt(text: string, start: number, end: number): Basis {
  const before =
    text
      .slice(Math.max(0, start - 60), start)
      .split(/[.;:!?]\s|\|\s*\|/)
      .pop() ?? "";
  const after = text.slice(end, end + 40).split(/[.;:!?](?:\s|$)|\|/)[0] ?? "";
  const near = `${LABEL.exec(text)?.[1] ?? ""} ${before} ${after}`;
  if (TESTED.test(near)) return "tested";
  if (NET.test(near)) return "net";
  if (AVERAGE.test(near)) return "average";
  return "";
}

const SCALE: Readonly<Record<string, number>> = {
  // "54 hundred million yuan", as translations of Chinese figures put 5.4 billion.
  "hundred million": 1e8,
  "hundred thousand": 1e5,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  b: 1e9,
  bn: 1e9,
  t: 1e12,
};
const VAGUE: Readonly<Record<string, number>> = { tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6 };
const APPROX = String.raw`(?:about|around|roughly|some|nearly|almost|over|more than|fewer than|less than|up to|at least|at most|approximately|close to|closer to|nearer|near|an estimated|no more than|just|only about|only)\s+`;

// A number is part of a name when a capitalised word or a letter is glued before it ("Ascend 950", "H200", "V4") or
// it is a year, a day of a month or a clock time: such numbers are never figures.
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const NAMED_NUMBER = /(?:\b\p{Lu}[\p{L}-]*\s+|\b\p{L}+-?)$/u;
const DATE_BEFORE = new RegExp(String.raw`\b${MONTH}\s*$`, "i");
const DATE_AFTER = new RegExp(String.raw`^\s*(?:${MONTH}\b|(?:st|nd|rd|th)\b|:\d)`, "i");
// Words that put a figure in the past or give where it came from, not what it is now: "fell from 95% to 50%".
// A part of a count given before ("Of those, 610 finished the trial") or of a whole ("with a first phase of 50 megawatts")
// is another quantity, not a rival figure.
const SUBSET =
  /\b(?:of|among)\s+(?:those|them|these|which|whom)\s*,?\s*$|\b(?:first|initial|second|third|next|final)\s+(?:phase|stage|tranche|batch)\s+of\s+$/i;
const PAST_MARK = /\b(?:from|once|previously|formerly|down from|up from|peak of|as high as)\s+(?:\S+\s+){0,2}$/i;

const NUMBER = new RegExp(
  String.raw`(?:${APPROX})?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[\s-]*(hundred\s+(?:million|thousand)|trillion|billion|million|thousand|bn|[kmbt](?![\p{L}\p{N}]))?`,
  "giu",
);
// A range the writer gives in full: "between 30,000 and 40,000 units", "$1.5-2 billion", "30,000–40,000 chips". Its
// ends are the bounds of the figure; the scale or currency of the second end is the first's where it has none.
const DIGITS = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(trillion|billion|million|thousand|bn|[kmbt](?![\p{L}\p{N}]))?`;
const RANGE = new RegExp(
  String.raw`\bbetween\s+[$€£¥]?${DIGITS}\s+and\s+[$€£¥]?${DIGITS}|(?<![\p{L}\p{N}.,-])${DIGITS}\s*[-–]\s*[$€£¥]?${DIGITS}(?![\p{N}-])`,
  "giu",
);
const RANGE_HINT = /\d\s*[-–]\s*[$€£¥]?\d|\bbetween\b/i;
const VAGUE_NUMBER =
  /\b(?:(?:several|a few)\s+hundred\s+thousand|(hundreds|tens|thousands|millions)(?:\s+of\s+(thousands|millions))?)\b/gi;
const MARKET_SHARE =
  /\bmarket share\b|\bshare of\b|['’]s (?:\w+\s+){0,3}share\b(?!\s+(?:price|prices|count|sale|sales|buyback|issue|offering|listing)\b)|\b(?:its|their|the company['’]s) (?:\w+\s+){0,3}share\b(?!\s+(?:price|prices|count|sale|sales|buyback|issue|offering|listing)\b)|(?:%|\bhalf|\bthirds?|\bquarters?)\s+of\s+(?:\S+\s+){0,4}(?:market|demand)\b/i;
// A share in words: "more than half of China's AI chip demand", "about a third of the market".
const FRACTION =
  /\b(?:(more than|over|at least|almost|nearly|under|less than|about|roughly|around)\s+)?(half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters)\s+of\b/gi;
/** The share a fraction in words stands for, in percent: "a third" is 33. */
export const FRACTION_VALUE: Readonly<Record<string, number>> = {
  half: 50,
  "a third": 33,
  "one third": 33,
  "two thirds": 67,
  "a quarter": 25,
  "one quarter": 25,
  "three quarters": 75,
};

/** A share written in words, as a range of percent: "more than half" is 50 to 75, "about a third" 28 to 38. */
function fractionShare(qualifier: string | undefined, word: string): [number, number] {
  const v = FRACTION_VALUE[word.toLowerCase().replace("-", " ")] ?? 50;
  const q = (qualifier ?? "").toLowerCase();
  if (/more than|over|at least/.test(q)) return [v, v * 1.5];
  if (/almost|nearly|under|less than/.test(q)) return [v * 0.7, v];
  return [v * 0.85, v * 1.15];
}
const ZERO = /\b(?:(?:effectively|essentially|nearly|almost|close to|practically)\s+)?(?:zero|nothing|nil)\b/gi;

/** Numbers written as words, one to ten. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  "one two three four five six seven eight nine ten".split(" ").map((w, i) => [w, i + 1]),
);
const SMALL_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, a: 1, "half a": 0.5 };
const WORD_NUMBER =
  /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|half a)[\s-]+(thousand|million|billion|trillion)\b/gi;

/**
 * How far a hedged figure ("about 500", "roughly 2 million", "nearly 2 million") is read from itself: a tenth either
 * side. A writer who hedges a round number rounds what they know to it; one who knew 1.6 million or 380 would have
 * written that, so "about 2 million" is 1.8 to 2.2 million and "about $500" is $450 to $550, while "1.9 million" stays
 * within it. A bare number is read within half a unit of its last significant digit, never wider than a hedged one.
 */
const HEDGED_SPREAD = 0.1;
/**
 * A hedged figure given to more digits reaches two units of its last digit, as a share of half a unit (see
 * `rounding`): "about 5.4 billion" is 5.2 to 5.6 billion, as one who knew 4.9 billion would have written that, while
 * "about 2 million" keeps its tenth.
 */
const HEDGED_DIGITS = 4;

// Bounds and hedges that stand before a currency sign, or that the number pattern does not take: "under ¥50,000".
const BOUND_BEFORE = new RegExp(
  String.raw`\b((?:${APPROX.slice(3, -4)})|under|below|above|north of|upwards of|in excess of)\s*(?:[$€£¥]|(?:US|HK|CN)\$|RMB|CNY|USD|EUR)?\s*$`,
  "i",
);

/** The figures of a text, each typed; names, model numbers, years and dates are left out. */
export function figures(text: string): Figure[] {
  const out: Figure[] = [];
  const taken: Array<[number, number]> = [];
  const free = (from: number, to: number): boolean => taken.every(([a, b]) => to <= a || from >= b);
  // A round number in words: "one million tokens", "a billion dollars", "two-trillion-parameter".
  for (const m of text.matchAll(WORD_NUMBER)) {
    const at = m.index ?? 0;
    taken.push([at, at + m[0].length]);
    if (past(text, at)) continue;
    const value =
      (SMALL_WORDS[(m[1] as string).toLowerCase()] as number) * (SCALE[(m[2] as string).toLowerCase()] as number);
    const figure = typed(text, at + m[0].length, value * 0.95, value * 1.05, m[0]);
    if (figure) out.push(figure);
  }
  // Most sentences give no range: a quick look before the full pattern runs.
  for (const m of RANGE_HINT.test(text) ? text.matchAll(RANGE) : []) {
    // The figure starts at its first digit: "between $" and a currency sign stay before it, where they are read.
    const at = (m.index ?? 0) + m[0].search(/\d/);
    const [lowRaw, lowScale, highRaw, highScale] = m[1] ? m.slice(1, 5) : m.slice(5, 9);
    const scale = (w: string | undefined) => (w ? (SCALE[w.toLowerCase()] as number) : undefined);
    const highTimes = scale(highScale) ?? 1;
    const high = Number((highRaw as string).replace(/,/g, "")) * highTimes;
    let low = Number((lowRaw as string).replace(/,/g, "")) * (scale(lowScale) ?? highTimes);
    // "20-30,000 yuan": the thousands of the second end are the first's too (20,000 to 30,000, not 20 to 30,000).
    if (!lowScale && !highScale && /,\d{3}$/.test(highRaw as string) && !(lowRaw as string).includes(","))
      while (low > 0 && low * 10 < high) low *= 1000;
    // Years ("2024-2025") and ranges that run backwards are not figures of one amount.
    const year = (v: number) => Number.isInteger(v) && v >= 1900 && v <= 2100 && !highScale && !lowScale;
    if (!(low < high) || year(low) || year(high) || past(text, at)) continue;
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    taken.push([at, end]);
    const figure = typed(text, end, low, high, text.slice(at, end));
    if (figure) out.push(figure);
  }
  for (const m of text.matchAll(VAGUE_NUMBER)) {
    const at = m.index ?? 0;
    const several = /^(?:several|a few)/i.test(m[0]);
    const unit = several ? 1e5 : (VAGUE[(m[1] as string).toLowerCase()] as number);
    const times = m[2] ? (VAGUE[(m[2] as string).toLowerCase()] as number) : 1;
    taken.push([at, at + m[0].length]);
    if (past(text, at)) continue;
    const figure = typed(text, at + m[0].length, 2 * unit * times, 9.99 * unit * times, m[0]);
    if (figure) out.push(figure);
  }
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index ?? 0;
    if (!free(at, at + m[0].length)) continue;
    const digitsAt = at + m[0].indexOf(m[1] as string);
    const before = text.slice(Math.max(0, digitsAt - 24), digitsAt);
    const after = text.slice(at + m[0].length, at + m[0].length + 8);
    const raw = m[1] as string;
    const scale = m[2] ? (SCALE[(m[2] as string).toLowerCase().replace(/\s+/g, " ")] as number) : 1;
    const value = Number(raw.replace(/,/g, "")) * scale;
    const year = !m[2] && !raw.includes(",") && !raw.includes(".") && value >= 1900 && value <= 2100;
    // A number after "about" or "more than" belongs to no name: "About 30,000" opening a sentence is a figure, where
    // "Ascend 950" is a name.
    const named = digitsAt === at && NAMED_NUMBER.test(before) && !CODE_BEFORE.test(before);
    if (named || DATE_BEFORE.test(before) || DATE_AFTER.test(after) || year) continue;
    if (past(text, at)) continue;
    // The words that qualify the number: those the match begins with, or those before its currency sign ("less than
    // $5 billion", "under ¥50,000") or before it where they are not in the list the match takes ("under 50,000").
    const lead = /^\D/.test(m[0].trim()) ? m[0].trim() : (BOUND_BEFORE.exec(before)?.[1] ?? "");
    const approximate = lead !== "";
    // "More than 50%" is at least 50; "no more than 200,000" at most 200,000.
    const floor = /^(?:over|more than|at least|above|north of|upwards of|in excess of)(?:\s|$)/i.test(lead);
    const ceiling = /^(?:fewer than|less than|under|below|up to|at most|no more than)(?:\s|$)/i.test(lead);
    // A round number is read within a tenth of itself at most (see HEDGED_SPREAD): "100,000" is written for 95,000 or
    // 105,000, not for 80,000, though its one significant digit would allow it.
    const spread = Math.min(HEDGED_SPREAD, approximate ? HEDGED_DIGITS * rounding(raw) : Math.max(0.01, rounding(raw)));
    const low = floor ? value : ceiling ? value * 0.5 : value * (1 - spread);
    // A floor reaches to twice itself: "more than 1 million" is written of 1.6 million as well as of 1.1 million.
    const high = floor ? value * 2 : ceiling ? value : value * (1 + spread);
    // The match may end in the spaces before a scale word that is not there: the figure ends at its last digit.
    const figure = typed(text, at + m[0].trimEnd().length, low, high, m[0].trim());
    if (figure) out.push(figure);
  }
  if (MARKET_SHARE.test(text))
    for (const m of text.matchAll(FRACTION)) {
      if (past(text, m.index ?? 0)) continue;
      const [low, high] = fractionShare(m[1], m[2] as string);
      out.push({ kind: "share", low, high, unit: "percent", phrase: m[0].replace(/\s+of$/i, ""), basis: "" });
    }
  // "About a third of the fleet sits idle", "one in three of its accelerators is unused": the share in use is the rest.
  // "Two thirds of its racks are in use" is that share itself.
  if (USAGE.test(text))
    for (const m of text.matchAll(USAGE_FRACTION)) {
      const said = USAGE_AFTER.exec(text.slice((m.index ?? 0) + m[0].length));
      if (past(text, m.index ?? 0) || !said) continue;
      const [low, high] = m[3]
        ? oneIn(m[1], NUMBER_WORDS[(m[3] as string).toLowerCase()] ?? 2)
        : fractionShare(m[1], m[2] as string);
      const idle = IDLE_WORD.test(said[0]);
      // The words as written up to "idle" or "in use", so that the reader sees which share it is.
      out.push({
        kind: "share",
        low: idle ? 100 - high : low,
        high: idle ? 100 - low : high,
        unit: "utilisation",
        phrase: m[0] + said[0],
        basis: "",
      });
    }
  for (const m of text.matchAll(ZERO)) {
    if (past(text, m.index ?? 0)) continue;
    // "Zero" is a figure only as a share: "its share is now effectively zero".
    if (MARKET_SHARE.test(text)) out.push({ kind: "share", low: 0, high: 3, unit: "percent", phrase: m[0], basis: "" });
  }
  return out;
}

/** How far a number as written may be from the true value: half a unit of its last significant digit, as a share. */
export function rounding(raw: string): number {
  const digits = raw.replace(/,/g, "");
  const [whole = "", fraction = ""] = digits.split(".");
  const value = Number(digits);
  if (!value) return 0;
  const unit = fraction ? 10 ** -fraction.length : 10 ** (whole.length - (whole.replace(/0+$/, "").length || 1));
  return unit / 2 / value;
}

function past(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  return PAST_MARK.test(before) || SUBSET.test(before);
}

// Amounts are compared only in one currency: 54.9 million won and 5,999 yuan are not two figures for one price. A
// currency is written before the number as a sign ("$5", "HK$5", "CN¥5") or a code, glued or not ("RMB4.6 billion",
// "USD 3m"); a dollar of another country is its own currency.
const CURRENCY_BEFORE = /(?:(?:\b(US|HK|NT|CN|JP|NZ|[ACS]))?([$¥])|([€£])|\b(RMB|CNY|USD|EUR|GBP|JPY|HKD)\s?)\s*$/;
/** A currency code glued before a number: "RMB4.6" is an amount, where "Ascend 950" is a name. */
const CODE_BEFORE = /\b(?:RMB|CNY|USD|EUR|GBP|JPY|HKD)\s?$/;
const CURRENCY_AFTER = /^\s*(dollars|yuan|euros|usd|rmb|cny|won|yen|pounds|rupees|francs|pesos|baht|rupiah)\b/i;
const CURRENCIES: Readonly<Record<string, string>> = {
  $: "dollar",
  us$: "dollar",
  usd: "dollar",
  dollars: "dollar",
  "€": "euro",
  eur: "euro",
  euros: "euro",
  "£": "pound",
  gbp: "pound",
  pounds: "pound",
  rmb: "yuan",
  cny: "yuan",
  "cn¥": "yuan",
  "jp¥": "yen",
  jpy: "yen",
  hkd: "hk$",
};

/**
 * The currency written before an amount, as its unit. A bare "¥" is the yuan's sign as often as the yen's: it is read
 * as yen only where the sentence says yen or Japan, else as yuan.
 */
function currencyBefore(before: string, text: string): string | undefined {
  const m = CURRENCY_BEFORE.exec(before);
  if (!m) return undefined;
  const sign = m[2] ? `${m[1] ?? ""}${m[2]}`.toLowerCase() : (m[3] ?? (m[4] as string).toLowerCase());
  if (sign === "¥") return /\b(?:yen|JPY|Japan(?:ese)?)\b/i.test(text) ? "yen" : "yuan";
  return CURRENCIES[sign] ?? sign;
}

/** Types a number by what follows it: a percent sign, "parameters", a currency, or a counted noun. */
function typed(text: string, end: number, low: number, high: number, phrase: string): Figure | null {
  const basis = basisAt(text, end - phrase.length, end);
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, end - phrase.length - 8), end - phrase.length);
  // A percentage is compared only as a market share or a production yield: price moves and cuts of proceeds change from
  // day to day and deal to deal.
  if (/^\s*(?:%|percent\b|per cent\b|percentage points?\b)/i.test(after)) {
    if (MARKET_SHARE.test(text)) return { kind: "share", low, high, unit: "percent", phrase: `${phrase}%`, basis };
    return (
      relativeFigure(text, end - phrase.length, end, phrase, basis) ??
      yieldFigure(text, end - phrase.length, end, phrase, basis) ??
      usageFigure(text, end - phrase.length, end, phrase, basis) ??
      scoreFigure(text, end - phrase.length, phrase, basis)
    );
  }
  // "~0.6x an H100 in training": a multiple of a rival's performance, compared as the percentage it is.
  if (/^\s*(?:[x×]|times)\s/i.test(after)) return relativeFigure(text, end - phrase.length, end, phrase, basis);
  if (
    /^[\s-]*(?:total\s+)?parameters?\b/i.test(after) ||
    (/^\s*(?:B|T)\b/.test(text.slice(end - 1, end + 2)) && /\bparameters?\b/i.test(text))
  )
    return { kind: "parameters", low, high, unit: "parameters", phrase, basis };
  // A difference ("3 million won less", "40 GWh more in Korea") is not an amount anyone else reports; "50,000 more
  // WY-7s" is an amount of what follows.
  const comparative =
    /^\s*(?:\p{L}+\s+)?(?:less|more|cheaper|dearer|higher|lower|fewer)\b(?!\s+than\b)\s*([\p{L}\p{N}'’-]*)/iu.exec(
      after,
    );
  const added =
    /^more\b/i.test(after.trim()) &&
    comparative?.[1] &&
    !isStopWord(comparative[1]) &&
    !/\bthan\b/i.test(after.split(/[,;.]/)[0] ?? "");
  if (comparative && !added) return null;
  const after_ = CURRENCY_AFTER.exec(after)?.[1]?.toLowerCase();
  const currency = currencyBefore(before, text) ?? (after_ ? (CURRENCIES[after_] ?? after_) : undefined);
  if (currency) return { kind: "money", low, high, unit: currency, phrase, basis };
  // A rate ("100 km/h", "3 GB/s") measures speed, not an amount.
  if (/^\s*\p{L}{1,4}\s*\/\s*\p{L}/u.test(after)) return null;
  const measure = MEASURE.exec(after);
  if (measure)
    return {
      kind: "measure",
      low,
      high,
      unit: unitName(measure[1] as string),
      phrase: `${phrase} ${measure[1]}`,
      basis,
    };
  const unit = countedNoun(after);
  // Small bare numbers ("two companies", "3 models") are not figures anyone disputes.
  if (!unit || high < 100) return null;
  return { kind: "count", low, high, unit, phrase, basis };
}

// A production yield, the share of good dies: "yields on the T7 had reached 65%", "a yield of roughly 70%", "65% yields".
// Not a bond's or a dividend's yield, nor the verb ("the new process yields 20% more dies").
const YIELD_BEFORE =
  /\byields?\b(?!\s+(?:(?:a|an|more|less|fewer|about|around|roughly|some)\b|\d))(?:(?!\byields?\b)(?:[^;.!?]|\.(?=\d)))*$/i;
const YIELD_AFTER = /^\s*(?:%|percent|per cent)\s+(?:(?:production|manufacturing|wafer|die)\s+)?yields?\b/i;
const NOT_PRODUCTION = /\b(?:bond|dividend|treasury|coupon|earnings|debt|gilt|\d+-year|investment)\s+yields?\b/i;
// The share that failed a test is what the yield leaves out: "30% of the dies failed final testing" is a yield of 70%.
const FAILED =
  /^\s*(?:%|percent|per cent)\s+(?:of\s+(?:[\w'’()-]+\s+){0,7})?(?:(?:have|had|has|were|was|are|is)\s+)?(?:failed|failing|fail|did not pass|didn['’]t pass|do not pass|don['’]t pass)\b/i;
// Bounds before a percentage: "above 80%", "north of 80%", "has exceeded 80 per cent" are at least 80.
const FLOOR =
  /\b(?:over|more than|at least|above|north of|upwards of|in excess of|exceed(?:ed|s)?|surpass(?:ed|es)?|topped|tops|passed)\s+$/i;
const CEILING = /\b(?:fewer than|less than|under|up to|at most|no more than|below)\s+$/i;
const DIFFERENCE = /^\s*(?:%|percent|per cent)\s+(?:more|less|fewer|higher|lower|better|worse)\b/i;

/**
 * A percentage read as a production yield, in points rather than a share of itself: "roughly 70%" is 67 to 73, "70%"
 * 69.5 to 70.5, "above 80%" 80 to 100. A failure rate is turned round into the yield it leaves.
 */
function yieldFigure(text: string, start: number, end: number, phrase: string, basis: Basis): Figure | null {
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(end, end + 90);
  // "20% more dies" is a change, not a level.
  if (DIFFERENCE.test(after)) return null;
  const failed = FAILED.test(after);
  if (!failed && !YIELD_BEFORE.test(before + phrase) && !YIELD_AFTER.test(after)) return null;
  if (!failed && NOT_PRODUCTION.test(text)) return null;
  const opening = `${before}${phrase.replace(/[\d.,]+$/, "")}`;
  return percentShare(phrase, opening, failed, "yield", `${phrase}%`, basis);
}

// How much of a fleet or a plant is in use: "utilisation across its clusters was above 90%", "running at 60% of
// capacity"; and what is left idle, the rest of it: "33% of the fleet is idle", "a third of that capacity sits unused".
const IN_USE_BEFORE =
  /\b(?:utili[sz]ation|utili[sz]ed|occupancy|capacity use|running at|operating at)\b(?:(?!\b(?:utili[sz]\w*|idle)\b)[^;.!?]){0,50}$/i;
const USAGE = /\b(?:idle|unused|in use|standing empty)\b/i;
const IDLE_WORD = /\b(?:idle|unused|not in use|standing empty)\b/i;
// The part must be said of what the share counts, in its own clause: "33% of their fleet is idle", "two thirds of its
// racks are in use"; not "a third of the engineers said the line was idle".
const USAGE_AFTER =
  /^\s*(?:of\s+(?:(?!(?:said|says|say|told|reported|reports|think|thinks|believe|believes|who|which)\b)[\p{L}\p{N}'’-]+\s+){0,5})?(?:(?:has|have|had)\s+been\s+|(?:is|are|was|were|sits?|sat|lies|lay|stands?|stood|remains?|remained)\s+(?:now\s+|still\s+)?|(?:has|have|had)\s+(?:sat|stood|lain|remained)\s+)?(?:(?:sitting|lying|standing)\s+)?(?:idle|unused|not in use|in use|in an idle state)\b/iu;
const USAGE_FRACTION =
  /\b(?:(more than|over|at least|almost|nearly|under|less than|about|roughly|around)\s+)?(?:(half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters)|one in (two|three|four|five|six|ten))\b/gi;

/** "One in three", "roughly one in four" as a range of percent, hedged as a fraction in words is. */
function oneIn(qualifier: string | undefined, n: number): [number, number] {
  const v = 100 / n;
  const q = (qualifier ?? "").toLowerCase();
  if (/more than|over|at least/.test(q)) return [v, v * 1.5];
  if (/almost|nearly|under|less than/.test(q)) return [v * 0.7, v];
  return [v * 0.85, v * 1.15];
}

/**
 * A percentage read as the share of a fleet or a plant in use, in points as a yield is: "above 90%" is 90 to 100. An
 * idle share is turned round into the share in use it leaves: "33% of the fleet is idle" is 66.5 to 67.5 in use.
 */
function usageFigure(text: string, start: number, end: number, phrase: string, basis: Basis): Figure | null {
  const opening = `${text.slice(Math.max(0, start - 90), start)}${phrase.replace(/[\d.,]+$/, "")}`;
  const sign = /^\s*(?:%|percent|per cent)/i.exec(text.slice(end))?.[0] ?? "";
  const said = USAGE_AFTER.exec(text.slice(end + sign.length));
  const idle = said && IDLE_WORD.test(said[0]) ? said : null;
  if (!said && !IN_USE_BEFORE.test(opening)) return null;
  return percentShare(
    phrase,
    opening,
    idle !== null,
    "utilisation",
    idle ? `${phrase}${sign}${idle[0]}` : `${phrase}%`,
    basis,
  );
}

// A product's performance as a share or a multiple of a rival's, the rival named by its model: "about 90 percent of the
// training throughput of an Nvidia H100", "90% of an H100's training speed", "60 percent of an H100 on training",
// "90% of what an H100 does", "0.6x an H100 in training". What is measured must be said: "60% of the price of an H100"
// or "60% of H100 dies" is not performance.
const PERF = String.raw`(?:(?:training|inference)\s+)?(?:throughput|speed|performance|perf|compute|computing power)`;
const RIVAL = String.raw`(?:an?\s+|the\s+)?(?:\p{Lu}[\p{L}]+\s+)?(\p{Lu}[\p{L}]*-?\d[\p{L}\p{N}]*)`;
const RELATIVE_AFTER = new RegExp(
  String.raw`^\s*(?:(?:%|percent|per cent)\s+of|[x×]|times)\s+(?:(?:the\s+)?(${PERF})\s+of\s+${RIVAL}(?!['’-]?\p{L})|what\s+${RIVAL}\s+(?:does|delivers|can do|manages)\b|${RIVAL}(?:(?:['’]s)?\s+(${PERF})\b|\s+(?:on|in|for)\s+(training|inference)\b))`,
  "iu",
);
const WORKLOAD = /\b(training|inference)\b/i;

/**
 * A percentage or a multiple read as a share of a rival's performance, compared only with shares of that rival's, for
 * one workload where one is named: "about 90%" is 87 to 93, "0.6x" 55 to 65.
 */
function relativeFigure(text: string, start: number, end: number, phrase: string, basis: Basis): Figure | null {
  const m = RELATIVE_AFTER.exec(text.slice(end));
  if (!m) return null;
  const rival = (m[2] ?? m[3] ?? m[4] ?? "").toLowerCase();
  const metric = `${m[1] ?? ""} ${m[5] ?? ""} ${m[6] ?? ""}`;
  const workload = (WORKLOAD.exec(metric) ?? WORKLOAD.exec(text))?.[1]?.toLowerCase();
  // Training and inference both named leaves which one the figure is of unsaid.
  if (!WORKLOAD.test(metric) && /\btraining\b/i.test(text) && /\binference\b/i.test(text)) return null;
  const digits = /\d+(?:\.(\d+))?/.exec(phrase);
  const times = /^\s*(?:[x×]|times)\s/i.test(text.slice(end)) ? 100 : 1;
  const value = Number(digits?.[0]) * times;
  if (!(value > 0)) return null;
  const hedged = /^\D/.test(phrase) || /[~≈]\s*$/.test(text.slice(Math.max(0, start - 2), start));
  const spread = hedged ? Math.max(3, value * 0.05) : 0.5 * 10 ** -(digits?.[1]?.length ?? 0) * times;
  return {
    kind: "share",
    low: value - spread,
    high: value + spread,
    unit: `performance of ${rival}${workload ? ` in ${workload}` : ""}`,
    phrase: times === 100 ? `${phrase}x` : `${phrase}%`,
    basis,
  };
}

// A score on a named test: "On the CodeArena benchmark, Lingxi-4 scored 71.2%", "measured it at 64.5% on CodeArena".
const SCORED =
  /\b(?:scor(?:ed|es|ing)|score of|achieved|achieves|measured|reached|posted|hit)\b(?:\s+[\p{L}\p{N}-]+){0,3}?\s+(?:at\s+)?$/iu;
// Verbs that give a score only with the test right after it: "clocks Moheng-12 at 63.1% on GPQA Diamond", "only got 63%
// on GPQA Diamond"; "got 63% of the vote" is no score.
const SCORED_LOOSELY =
  /\b(?:clock(?:s|ed)?|got|gets|notch(?:es|ed)|logged|logs|record(?:s|ed)|manag(?:es|ed)|land(?:s|ed)|came in)\b(?:\s+[\p{L}\p{N}-]+){0,3}?\s+(?:at\s+)?$/iu;
// A day or a month after "on" is when, not which test: "43% on Sunday".
const NOT_A_TEST = String.raw`(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b)`;
const TEST_AFTER = new RegExp(
  String.raw`^\s*(?:%|percent|per cent)\s+on\s+(?:the\s+)?${NOT_A_TEST}(\p{Lu}[\p{L}\p{N}-]*(?:[- ]\p{Lu}[\p{L}\p{N}-]*)?)`,
  "u",
);
// A test named before its score: "put its GPQA Diamond score at 74.5%", "a GPQA Diamond score of 74.5%".
const SCORE_OF =
  /\b(\p{Lu}[\p{L}\p{N}-]*(?:[- ]\p{Lu}[\p{L}\p{N}-]*)?)\s+scores?\s+(?:of|at|was|is|came in at|stood at|stands at)\s+(?:(?:about|around|roughly|nearly|almost|just)\s+)?$/u;
const BENCHMARK = new RegExp(
  String.raw`\b[Oo]n\s+(?:[Tt]he\s+)?${NOT_A_TEST}(\p{Lu}[\p{L}\p{N}-]*(?:[- ]\p{Lu}[\p{L}\p{N}-]*)?)`,
  "u",
);

/**
 * A percentage read as a score on a named test, compared only with scores on that test: in points, "71.2%" is 71.15 to
 * 71.25 and "about 71%" 69.5 to 72.5.
 */
function scoreFigure(text: string, start: number, phrase: string, basis: Basis): Figure | null {
  const before = `${text.slice(Math.max(0, start - 60), start)}${phrase.replace(/[\d.,]+$/, "")}`;
  const after = text.slice(start + phrase.length);
  const test = SCORED.test(before)
    ? BENCHMARK.exec(text)?.[1]
    : SCORED_LOOSELY.test(before)
      ? TEST_AFTER.exec(after)?.[1]
      : SCORE_OF.exec(before)?.[1];
  if (!test) return null;
  const digits = /\d+(?:\.(\d+))?/.exec(phrase);
  const value = Number(digits?.[0]);
  if (!(value >= 0 && value <= 100)) return null;
  const spread = /^\D/.test(phrase) ? 1.5 : 0.5 * 10 ** -(digits?.[1]?.length ?? 0);
  return {
    kind: "share",
    low: value - spread,
    high: value + spread,
    unit: `score on ${test}`,
    phrase: `${phrase}%`,
    basis,
  };
}

/**
 * The noun a count counts: the first content word after the number, within six words, past "of" and names ("100,000
 * of Huawei's Ascend 950 AI chips"). A plural model number counts units of it ("65,000 Ascend 950s").
 */
function countedNoun(after: string): string {
  for (const w of words(after).slice(0, 6)) {
    if (/^\p{Lu}*\d+\p{Lu}*s$|^\p{Lu}+-\d+\p{Lu}*s$/u.test(w)) return "unit";
    if (isStopWord(w) || /^\p{Lu}|\d/u.test(w)) continue;
    return term(w);
  }
  return "";
}

/** Nouns that count the same thing: a "unit" of chips is a chip. */
const SAME_UNIT: Readonly<Record<string, string>> = Object.fromEntries(
  ["unit", "processor", "accelerator", "card", "gpu", "chip"].map((w) => [term(w), "chip"]),
);

/** What a figure measures: its kind, its unit and its basis; figures of two bases measure different things. */
function unitOf(figure: Figure): string {
  return `${figure.kind}:${SAME_UNIT[figure.unit] ?? figure.unit}${figure.basis ? `@${figure.basis}` : ""}`;
}

/**
 * Two sets of figures contradict when some pair measures the same thing (on one basis) and their ranges do not overlap.
 * Ranges that only touch do not overlap: "60,000" (55,000 to 65,000) and "about 50,000" (45,000 to 55,000) share only
 * 55,000, a figure neither source wrote.
 */
export function contradicts(a: readonly Figure[], b: readonly Figure[]): [Figure, Figure] | null {
  for (const x of a)
    for (const y of b) {
      if (unitOf(x) !== unitOf(y)) continue;
      if (apart(x.high, y.low) || apart(y.high, x.low)) return [x, y];
    }
  return null;
}

/** Whether a range ending at `high` stops short of, or just at, one starting at `low` (within rounding of the sums). */
function apart(high: number, low: number): boolean {
  return high <= low + Math.abs(low) * 1e-9;
}

/** The key under which a figure is compared with others: its kind and unit. */
export function figureKey(figure: Figure): string {
  return unitOf(figure);
}

/**
 * A percentage of a whole as a share figure: "about 70" within three points, "70" within half a point, a floor
 * ("above 80") up to 100, a ceiling ("under 40") down to 0; `complement` turns it round ("30% failed" is a 70% yield,
 * "a third sits idle" two thirds in use).
 */
function percentShare(
  phrase: string,
  opening: string,
  complement: boolean,
  unit: string,
  shown: string,
  basis: Basis,
): Figure | null {
  const value = Number(/\d+(?:\.\d+)?/.exec(phrase)?.[0]);
  if (!(value >= 0 && value <= 100)) return null;
  const spread = /^\D/.test(phrase) ? 3 : 0.5;
  let [low, high] = FLOOR.test(opening) ? [value, 100] : [value - spread, value + spread];
  if (CEILING.test(opening)) [low, high] = [0, value];
  if (complement) [low, high] = [100 - high, 100 - low];
  return { kind: "share", low: Math.max(0, low), high: Math.min(100, high), unit, phrase: shown, basis };
}
