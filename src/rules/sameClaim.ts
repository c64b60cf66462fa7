// What must agree for two sentences to state one claim: stance, figures and the models or products they name.
import { readAssertion, UNCERTAIN, withoutAttribution } from "./assertion.ts";
import { FRACTION_VALUE, MEASURE, NUMBER_WORDS, rounding, unitName } from "./figures.ts";
import { predicatesOf, relationsDiffer } from "./predicates.ts";

/** A measured quantity: a range (a point when exact), and what it counts. */
export interface Figure {
  readonly lo: number;
  readonly hi: number;
  /** "%", "money", "ratio", "count", a unit of measure ("kwh", "km"), or "zero" (matches a zero of any kind). */
  readonly unit: string;
  /** How far the value may be from what was meant, as a share: half a unit of its last significant digit, at least 2%. */
  readonly tol?: number;
  /** A bound rather than a value: "more than half", "over 50%" ("over"); "fewer than 700,000", "up to 1 million" ("under"). */
  readonly bound?: "over" | "under";
}

/** What a sentence claims, beyond its words: how it holds it, the figures it gives, the models it names. */
export interface ClaimShape {
  /** Polarity, certainty (a doubt apart from a hedge) and extent: "affirmed stated", "negated expected wholly"… */
  readonly stance: string;
  readonly figures: readonly Figure[];
  /** Model and product numbers, by family: "v" → {"v4"}, "h" → {"h200"}, "" → {"950", "910c"}. */
  readonly designators: ReadonlyMap<string, ReadonlySet<string>>;
  /** The words that say what is claimed, without who said it. */
  readonly core: string;
  /** The relations it states, as classes of news verbs (see `rules/predicates.ts`). */
  readonly predicates: ReadonlySet<string>;
  /** Bare numbers of two to four digits it writes ("the 950"): a model another sentence names may be one of these. */
  readonly numerals: ReadonlySet<string>;
  /** The named outlets or people it credits (see `attributionOf`). */
  readonly attribution: readonly string[];
  /** The reporting periods it names: "q4" for "Q4" or "the fourth quarter", "h1", "fy" (see `periodsOf`). */
  readonly periods: ReadonlySet<string>;
  /** The countries it names as places or powers: "us" for "the US" or "Washington" (see `countriesOf`). */
  readonly countries: ReadonlySet<string>;
  /** Whether it states what is to come ("will", "is due", "on track for"): then it says what a plan says (see `FUTURE`). */
  readonly future?: boolean;
  /** Where a deal stands, when it says: "talks" ("in talks to buy", "negotiating a purchase") or "done" (see `dealStage`). */
  readonly deal?: "talks" | "done";
  /** Where a rule stands, when it says: "proposed" ("proposed a rule", "draft rules") or "final" (see `ruleStage`). */
  readonly rule?: "proposed" | "final";
  /** Whether it says a licence is needed ("need a licence to rent") or not ("rent without a licence"), see `licenceNeed`. */
  readonly licence?: "needed" | "not needed";
  /** Whether it tells when something was last done ("the department last added firms in September"): see `LAST_DONE`. */
  readonly earlier?: boolean;
}

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  t: 1e12,
};
const WORD_NUMBER: Readonly<Record<string, number>> = { ...NUMBER_WORDS, twice: 2, double: 2 };

/** Currency codes that news writes next to an amount, before it ("RMB4.2bn") or after it ("5.4 billion RMB"). */
const CURRENCY_CODES = "(?:RMB|CNY|USD|HKD|EUR|GBP|JPY)";

/** Spans that hold numbers but no quantity: dates, times, years, model numbers ("Ascend 950", "H200", "V4-Pro"). */
const NOT_QUANTITY = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b(?:,?\\s+\\d{4})?`,
    "\\b\\d{1,2}:\\d{2}\\b",
    "\\b\\d{4}-\\d{2}-\\d{2}\\b",
    "\\b(?:19|20)\\d{2}s?\\b(?!\\s*(?:%|percent|per cent|units|chips|yuan|dollars))",
    // A currency code glued to its amount ("RMB4.2bn", "USD2bn") is money, not a model name.
    `\\b(?!${CURRENCY_CODES}\\d)[A-Za-z]+\\d+[A-Za-z]*(?:-[A-Za-z]+)?\\b`,
    "\\bNo\\.\\s*\\d+",
    "\\bQ[1-4]\\b",
    // A listing: "(SSE STAR: 688256)", "(HKG: 0981)", "0981.HK" name a share, not a quantity.
    "\\(\\s*[A-Z]{2,6}(?:\\s+[A-Z]{2,6})?\\s*:\\s*\\d{3,6}(?:\\.[A-Z]{1,2})?\\s*\\)",
    "\\b\\d{3,6}\\.[A-Z]{1,2}\\b",
    // A product code: "SX-4695 cells", "HX-90".
    "\\b[A-Z]{1,5}-\\d+[A-Za-z]*\\b",
  ].join("|"),
  "gi",
);
// Case matters for model numbers after a capitalised word, so that pattern is kept apart from the others.
const PRODUCT_NUMBER =
  /\b[A-Z][\w-]*\s+\d+(?:\.\d+)?(?![\d.,])[A-Z]{0,3}\b(?!\s*-?\s*(?:%|percent|per cent|billion|million|trillion|thousand))/g;

const QUANTITY =
  /(?:(US\$|HK\$|\$|€|£|¥|(?:RMB|CNY|USD|HKD|EUR|GBP|JPY)\s?)\s?)?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*-?\s*(%|percent\b|per cent\b|trillion\b|billion\b|million\b|thousand\b|bn\b|mn\b|[kKmMbBtT]\b|x\b|-?fold\b|times\b))?(?:\s*-?\s*(?:(?:US|U\.S\.)\s+)?(yuan|dollars?|euros?|renminbi|won|yen|pounds?|RMB|CNY|USD|HKD|EUR)(?![\p{L}\d]))?/gu;
const VAGUE =
  /\b(?:(hundreds|tens) of (thousands|millions|billions)|several (hundred|thousand|million|billion)(?: (thousand|million|billion))?|(thousands|millions|billions) of)\b/gi;
/** A share in words: "roughly three in ten", "4 in 10", "nine-tenths", "down to about half", "a third of the market". */
const WORD_SHARE =
  /\b(one|two|three|four|five|six|seven|eight|nine|[1-9])\s+(?:in|out of)\s+(?:ten|10)\b|\b(?<!\d\s*)(one|two|three|four|five|six|seven|eight|nine)[- ]tenths\b|(?<!\b(?:first|second|latter|back|front)\s+)\b(?:(?:to|by|at|about|roughly|around|nearly|almost|some)\s+)(half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters)\b|(?<!\b(?:first|second|latter|back|front)\s+)\b(half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters)\s+of\b/gi;
const WORD_RATIO = /\b(two|three|four|five|six|seven|eight|nine|ten|twice|double)(?:fold|\s+times|-fold)\b/gi;
const ZERO =
  /\b(?:to|at|is now|now|effectively|essentially|virtually|nearly|almost|near|close to)\s+(?:zero|nothing|nil)\b/gi;
// A word every match of each pattern above has.
const VAGUE_NEEDS = /hundred|tens|several|thousand|million|billion/i;
const SHARE_NEEDS = /ten|10|half|third|quarter/i;
const RATIO_NEEDS = /fold|times/i;
const ZERO_NEEDS = /zero|nothing|nil/i;

/**
 * The quantities a sentence states, read where a reader would take them as measurements: shares, money, ratios,
 * counts in the thousands or with a scale word, vague magnitudes ("hundreds of thousands"). Small bare numbers ("at
 * least 3 companies", "two people") count things named in the claim rather than measure it, and are left out.
 */
export function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  const mentionsParameters = /\bparam/i.test(text);
  // Model numbers and dates are blanked, same length, so that positions and neighbours stay as they were.
  const blank = (m: string): string => " ".repeat(m.length);
  // Each pattern below is tried only on a sentence that has what every match of it needs: most sentences have no
  // digit and none of the words.
  const digits = /\d/.test(text);
  let rest = text;
  if (digits) {
    rest = rest.replace(PRODUCT_NUMBER, blank);
    rest = rest.replace(NOT_QUANTITY, (m) =>
      // "671B" and "1.6T" are parameter counts in a sentence about parameters, not model names.
      mentionsParameters && /^\d+(?:\.\d+)?[BbTt]$/.test(m) ? m : blank(m),
    );
  }
  if (VAGUE_NEEDS.test(rest))
    for (const m of rest.matchAll(VAGUE)) {
      const word = (m[0] as string).toLowerCase();
      const unit = word.includes("billion") ? 1e9 : word.includes("million") ? 1e6 : 1e3;
      const base = /hundred/.test(word) ? 100 * unit : /tens/.test(word) ? 10 * unit : unit;
      out.push({ lo: base, hi: base * 10, unit: "count" });
    }
  if (RATIO_NEEDS.test(rest))
    for (const m of rest.matchAll(WORD_RATIO)) {
      const n = WORD_NUMBER[(m[1] as string).toLowerCase()] as number;
      out.push({ lo: n, hi: n, unit: "ratio" });
    }
  if (ZERO_NEEDS.test(rest)) for (const _ of rest.matchAll(ZERO)) out.push({ lo: 0, hi: 0, unit: "zero" });
  if (SCALED_NEEDS.test(rest))
    for (const m of rest.matchAll(SCALED_WORD)) {
      const n = SMALL_NUMBER[(m[1] as string).toLowerCase()] ?? spelledValue(m[1] as string);
      const value = n * (SCALE[(m[2] as string).toLowerCase()] as number);
      const at = (m.index ?? 0) + m[0].length;
      const money = /^\s*(?:(?:US|U\.S\.)\s+)?(?:yuan|dollars?|euros?|renminbi|won|yen|pounds?)\b/i.test(
        rest.slice(at, at + 16),
      );
      const bound = boundBefore(rest, m.index ?? 0);
      out.push({ lo: value, hi: value, unit: money ? "money" : "count", tol: 0.02, ...(bound ? { bound } : {}) });
    }
  if (/percent|per cent/i.test(rest))
    for (const m of rest.matchAll(WORD_PERCENT)) {
      const value = spelledValue(m[1] as string);
      const bound = boundBefore(rest, m.index ?? 0);
      const at = m.index ?? 0;
      const moved = MOVED.test(rest.slice(Math.max(0, at - 40), at));
      const tol = Math.max(0.02, rounding(String(value)));
      out.push({ lo: value, hi: value, unit: moved ? "% change" : "%", tol, ...(bound ? { bound } : {}) });
    }
  for (const m of SHARE_NEEDS.test(rest) ? rest.matchAll(WORD_SHARE) : []) {
    const count = m[1] ?? m[2];
    const tenths = count ? (WORD_NUMBER[count.toLowerCase()] ?? Number(count)) : undefined;
    const words = (m[3] ?? m[4] ?? "").toLowerCase().replace("-", " ");
    const value = tenths !== undefined ? tenths * 10 : FRACTION_VALUE[words];
    // "More than half" is a bound: it is "over 50%", never "less than half".
    const bound = boundBefore(rest, m.index ?? 0);
    if (value !== undefined) out.push({ lo: value, hi: value, unit: "%", tol: 0.1, ...(bound ? { bound } : {}) });
  }
  for (const m of digits ? rest.matchAll(QUANTITY) : []) {
    const currency = m[1];
    const bound = boundBefore(rest, m.index ?? 0);
    const bounded = bound ? { bound } : {};
    let value = Number((m[2] as string).replace(/,/g, ""));
    const precision = Math.max(0.02, rounding(m[2] as string));
    const suffix = (m[3] ?? "").toLowerCase().replace(/^-/, "");
    const money = Boolean(currency || m[4]);
    if (suffix === "%" || suffix === "percent" || suffix === "per cent") {
      // A move ("shares fell 4%", "rose by 150%", "closed 9% higher") is a change, never a level such as a 4% share.
      const at = m.index ?? 0;
      const moved =
        MOVED.test(rest.slice(Math.max(0, at - 40), at)) ||
        /^\s*(?:higher|lower|up|down)\b/i.test(rest.slice(at + m[0].length, at + m[0].length + 12));
      out.push({ lo: value, hi: value, unit: moved ? "% change" : "%", tol: precision, ...bounded });
      continue;
    }
    if (suffix === "x" || suffix === "fold" || suffix === "times") {
      out.push({ lo: value, hi: value, unit: "ratio", tol: precision, ...bounded });
      continue;
    }
    // "910B" glued is a chip; "671B" is a count only where the sentence is about parameters or money.
    // A chip's name glues B or T to a whole number ("910B"); "1.6m", "100k" and "2.5T" are quantities.
    const glued = /^[bt]$/.test(suffix) && !/\s/.test(m[0] as string) && !/[.,]/.test(m[2] as string);
    if (glued && !money && !mentionsParameters) continue;
    const scale = SCALE[suffix];
    if (scale) value *= scale;
    // A number in a unit of measure ("98 kWh", "640 km") is a measurement whatever its size, compared unit with unit.
    // "A 200-megawatt campus" is "a 200 MW campus".
    const measure = MEASURE.exec(rest.slice((m.index ?? 0) + (m[0] as string).length).replace(/^-(?=\p{L})/u, " "));
    if (!money && !scale && measure) {
      out.push({ lo: value, hi: value, unit: unitName(measure[1] as string), tol: precision, ...bounded });
      continue;
    }
    // A bare small number counts actors or steps ("3 of the biggest firms"), not the thing measured.
    if (!money && !scale && value < 1000) continue;
    out.push({ lo: value, hi: value, unit: money ? "money" : "count", tol: precision, ...bounded });
  }
  return out;
}

/** Words that make the figure after them a bound: "more than", "over", "at least"; "fewer than", "under", "up to". */
const OVER =
  /\b(?:more than|over|above|at least|upwards of|in excess of|north of|greater than)\s+(?:about\s+|roughly\s+)?[$€£¥]?$/i;
const UNDER =
  /\b(?:less than|fewer than|under|below|at most|no more than|not more than|up to|no higher than)\s+(?:about\s+|roughly\s+)?[$€£¥]?$/i;

/** Whether the figure at `at` is written as a bound, and which way. */
function boundBefore(text: string, at: number): "over" | "under" | undefined {
  const before = text.slice(Math.max(0, at - 24), at);
  if (UNDER.test(before)) return "under";
  return OVER.test(before) ? "over" : undefined;
}

const ONES = "one two three four five six seven eight nine".split(" ");
const TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
/** Numbers spelled out, below a thousand: "sixty", "forty-five", "three hundred", "three hundred and fifty". */
const UNDER_HUNDRED = `(?:(?:${TENS.join("|")})(?:[- ](?:${ONES.join("|")}))?|${TEENS.join("|")}|${ONES.join("|")})`;
const SPELLED = `(?:(?:${ONES.join("|")})\\s+hundred(?:\\s+(?:and\\s+)?${UNDER_HUNDRED})?|${UNDER_HUNDRED})`;

/** The value of a number spelled out (see SPELLED): "forty-five" is 45, "three hundred and fifty" 350. */
function spelledValue(words: string): number {
  let total = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === "hundred") total *= 100;
    else if (ONES.includes(w)) total += ONES.indexOf(w) + 1;
    else if (TEENS.includes(w)) total += TEENS.indexOf(w) + 10;
    else if (TENS.includes(w)) total += (TENS.indexOf(w) + 2) * 10;
  }
  return total;
}

/** A round number in words: "one million tokens", "two billion yuan", "sixty thousand boards", "a one-million-token window". */
const SCALED_WORD = new RegExp(`\\b(a|half a|${SPELLED})[\\s-]+(thousand|million|billion|trillion)\\b`, "gi");
const SCALED_NEEDS = /thousand|million|billion|trillion/i;
const SMALL_NUMBER: Readonly<Record<string, number>> = { a: 1, "half a": 0.5 };
/** A percentage in words: "forty percent", "ninety per cent". */
const WORD_PERCENT = new RegExp(`\\b(${SPELLED})[\\s-]+(?:percent|per cent)\\b`, "gi");

/**
 * A figure given only to set the claim's own against: "17%, down from 21%", "180,000, ahead of our forecast of
 * 150,000", "35%, against the company's claim of 60%", "3.1 billion yuan, not 4.1 billion". The clause runs to the next
 * comma or semicolon; read only after a figure, so that an opening "Against a forecast of…" is left as written.
 */
const REFERENCE =
  /(?:,\s*|\s+)(?:(?:up|down)\s+from|(?:(?:well|far|just|slightly)\s+)?(?:ahead of|short of|below|above|behind)\s+(?:the|a|an|our|its|their|his|her|\p{Lu}[\p{L}-]*['’]s?)|against|compared (?:with|to)|versus|vs\.?)\s[^,;]*|,\s*not\s+(?:the\s+)?(?:about\s+|roughly\s+)?[$€£¥]?\d[^,;]*|\s*\(\s*(?:about\s+|roughly\s+|around\s+|some\s+|~)?(?:US\$|HK\$|[$€£¥]|RMB\s?)\s?\d[\d.,]*\s*(?:bn|mn|billion|million|trillion|[mbk])?\s*\)/giu;

/**
 * The text without the figures it gives only to compare with (see REFERENCE), nor an amount converted into another
 * currency in brackets ("4.2 billion yuan ($580 million)"): that is the same amount, and a page that gives only one of
 * the two states the same figure.
 */
export function withoutReferences(text: string): string {
  if (!/\d|million|billion|thousand|half|third|quarter/i.test(text)) return text;
  return text.replace(REFERENCE, (clause, at: number) =>
    /\d|million|billion|thousand|half|third|quarter/i.test(text.slice(0, at)) ? " ".repeat(clause.length) : clause,
  );
}

/**
 * Two figures agree when they count the same kind of thing and their ranges meet, within what the digits written
 * allow ("20 million" is rounded, "57.4 million" is not), or a tenth for a magnitude written in words.
 */
function figuresMatch(a: Figure, b: Figure): boolean {
  if (a.unit === "zero" || b.unit === "zero") return a.hi === 0 && b.hi === 0;
  if (a.unit !== b.unit) return false;
  if (a.bound && b.bound && a.bound !== b.bound) return false;
  const tol = 1 + Math.max(a.tol ?? 0.1, b.tol ?? 0.1);
  return a.lo <= b.hi * tol && b.lo <= a.hi * tol;
}

const DESIGNATOR =
  /\b([A-Z]{1,3})(\d+(?:\.\d+)?)([A-Za-z]?)\b|\b(\d{2,4})([A-Z]{0,3})(?:s|['’]s)?\b|\b([A-Z])\+(\d)(?!\d|\.\d)/g;

/**
 * A word after a model number that names another product of its line: the "T7 Pro" is not the T7, nor "Z3 Flash" the
 * Z3. Written apart or hyphenated, capitalised, as makers name their tiers.
 */
const VARIANT = /^(?:\s+|-)(Pro|Max|Ultra|Mini|Lite|Flash|Plus|Nano|Turbo|Air)\b/;

/** Currency codes written before an amount ("RMB3.1bn", "USD2bn"): an amount, never a model. */
const CURRENCY_CODE = /^(?:RMB|USD|CNY|HKD|EUR|GBP|JPY|KRW|TWD|SGD|INR|AUD|CAD)$/;
/**
 * A capitalised word that opens a sentence or a phrase and names nothing: "About 30% of", "On 12 January". A number
 * after it is a quantity or a day, not the model of a product named before it.
 */
const OPENER =
  /\b(?:About|Around|Roughly|Nearly|Almost|Some|Only|Over|Under|Up|On|In|By|At|From|Since|Until|For|Of|With|To|Just|Fully|Exactly|Approximately|Perhaps|Maybe)\s+$/;
/** What follows a day or a quantity, not a model: "12 January", "30%", "30 percent". */
const NOT_MODEL_AFTER = new RegExp(`^(?:\\s*(?:%|percent\\b|per cent\\b)|(?:st|nd|rd|th)?\\s+${MONTH})`, "i");

/**
 * Model and product numbers: "V4", "H200", "A100", "R1", and numbers that follow a product name or carry a letter
 * ("Ascend 950", "910C"), with the tier word that follows one ("T7 Pro"); process nodes ("N+2"). A glued suffix of two
 * letters or more names a variant of one product ("950PR" is a 950). A quarter ("Q4") is a period, not a model (see
 * `periodsOf`).
 */
export function designatorsOf(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (family: string, id: string, end: number): void => {
    const set = out.get(family) ?? new Set<string>();
    const tier = VARIANT.exec(text.slice(end, end + 8))?.[1];
    set.add(tier ? `${id} ${tier.toLowerCase()}` : id);
    out.set(family, set);
  };
  for (const m of text.matchAll(DESIGNATOR)) {
    const end = (m.index ?? 0) + m[0].length;
    if (m[6] !== undefined) {
      add(`${m[6].toLowerCase()}+`, `${m[6].toLowerCase()}+${m[7]}`, end);
      continue;
    }
    if (m[1] !== undefined) {
      if (/^(?:Q[1-4]|FY\d{2,4})$/.test(m[0]) || (/^H[12]$/.test(m[0]) && /^\s+(?:19|20)\d{2}\b/.test(text.slice(end))))
        continue;
      // "RMB3.1bn", "HK$", "USD2bn": a currency before an amount, not a model.
      if (CURRENCY_CODE.test(m[1])) continue;
      const family = m[1].toLowerCase();
      // "A100s" are A100 chips: a lower-case "s" is a plural, not a variant.
      const suffix = m[3] === "s" ? "" : (m[3] ?? "").toLowerCase();
      add(family, `${family}${m[2]}${suffix}`, end);
      continue;
    }
    const digits = m[4] as string;
    const suffix = m[5] ?? "";
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0);
    // A bare number is a model only after a product name ("Ascend 950") or with a one-letter suffix ("910B").
    const afterName =
      /\b[A-Z][a-z]+\s+$/.test(before) &&
      !new RegExp(`${MONTH}\\s+$`, "i").test(before) &&
      !OPENER.test(before) &&
      !NOT_MODEL_AFTER.test(text.slice(end, end + 12));
    if (suffix.length === 1 || (afterName && !/^(?:19|20)\d{2}$/.test(digits)))
      add("", `${digits}${suffix.length === 1 ? suffix.toLowerCase() : ""}`, end);
  }
  return out;
}

/**
 * Words that make a claim all-or-nothing: "runs exclusively on Huawei chips" says more than "runs on Huawei chips",
 * and a source that says only the latter does not back the former.
 */
const EXTENT =
  /\b(?:exclusively|entirely|solely|wholly|purely|fully)\b|(?<!\bnot\s)\bonly\s+on\b|\bon\s+(?:[\p{L}\d-]+\s+){1,4}only\b|\b(?:end to end|from start to finish)\b/iu;

/** What is left of an attribution once its names and verbs are gone: the day, "citing", "the matter". */
const FILLER =
  /\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bciting\b|\bthe matter\b|\b(?:told|added)\b/gi;

/** A bare number of a model, also with its variant's capitals or as a plural: "the 950", "the 950PR", "any 950s". */
const NUMERAL = /\b\d{2,4}(?=(?:[A-Z]{1,3})?(?:s|['’]s)?\b)/g;

const ORDINAL: Readonly<Record<string, string>> = { first: "1", second: "2", third: "3", fourth: "4" };
/** Quarters and halves in words ("the fourth quarter", "third-quarter", "the first half") and a whole year's figures. */
const PERIOD_WORDS =
  /\b(first|second|third|fourth)[- ](quarter|half)\b|\b(?:full[- ]year|fiscal[- ]year|fiscal (?:19|20)\d{2})\b/gi;
/** Quarters and halves in figures ("Q4", "4Q", "H1 2026", "FY2026"): capitals only ("h1" is no period). */
/** Words of a move just before a percentage: "fell 4%", "rose by more than 150%", "up 12%". */
const MOVED =
  /\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|jumped|jumps?|slipped|slips?|dropped|drops?|gained|gains?|climbed|climbs?|declined|declines?|surged|surges?|tumbled|tumbles?|soared|soars?|slumped|slumps?|sank|sinks?|grew|grows?|shrank|shrinks?|lost|loses?|shed|sheds|plunged|plunges?|sank|slid|slides?|added|adds?|up|down|higher|lower)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|more than|less than|over|some|just)\s+)?[$€£¥]?$/i;

const PERIOD_CODES =
  /\bQ([1-4])\b|\b([1-4])Q\b|\b([1-4])Q(?=\s?['’]?\d{2}(?:\d{2})?\b)|\bH([12])(?=\s+(?:19|20)\d{2}\b)|\bFY\s?(?:19|20)?\d{2}\b/g;

/**
 * The reporting periods a text names: "q1"–"q4", "h1", "h2", and "fy" for a whole (fiscal) year. One figure of two
 * quarters ("gross margin was 52% in the fourth quarter", "52% in the third") is two claims.
 */
export function periodsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PERIOD_WORDS)) {
    if (!m[1]) out.add("fy");
    else if ((m[2] as string).toLowerCase() === "half") out.add(`h${ORDINAL[m[1].toLowerCase()]}`);
    else out.add(`q${ORDINAL[m[1].toLowerCase()]}`);
  }
  for (const m of text.matchAll(PERIOD_CODES)) {
    const quarter = m[1] ?? m[2] ?? m[3];
    out.add(quarter ? `q${quarter}` : m[4] ? `h${m[4]}` : "fy");
  }
  return out;
}

/**
 * Countries by the names news gives them as places and powers: the country, its capital standing for its government
 * ("Washington", "Tokyo") and its usual short forms. Adjectives ("Chinese chip designer", "American tools") are left
 * out: they describe a company or a product more often than they say whose act or whose market a claim is about.
 */
const COUNTRY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["us", "US|U\\.S\\.|USA|United States|America|Washington"],
  ["cn", "China|Beijing|PRC"],
  ["jp", "Japan|Tokyo"],
  ["kr", "South Korea|Korea|Seoul"],
  ["tw", "Taiwan|Taipei"],
  ["nl", "Netherlands|The Hague"],
  ["eu", "EU|European Union|Brussels"],
  ["uk", "UK|Britain|United Kingdom|London"],
  ["de", "Germany|Berlin"],
  ["fr", "France|Paris"],
  ["in", "India|New Delhi"],
  ["sg", "Singapore"],
  ["my", "Malaysia"],
  ["vn", "Vietnam"],
  ["ru", "Russia|Moscow"],
  ["ae", "UAE|United Arab Emirates|Abu Dhabi"],
  ["sa", "Saudi Arabia|Riyadh"],
  ["il", "Israel"],
  ["ca", "Canada|Ottawa"],
  ["au", "Australia|Canberra"],
];
const COUNTRY = new RegExp(`(?<![\\w.-])(?:${COUNTRY_NAMES.map(([, names]) => names).join("|")})(?![\\w$-])`, "g");
const COUNTRY_OF = new Map(
  COUNTRY_NAMES.flatMap(([code, names]) => names.split("|").map((n): [string, string] => [n.replace(/\\/g, ""), code])),
);

/**
 * The countries a text names (see COUNTRY_NAMES). "The US added Tianmu to its Entity List" and "Japan added Tianmu to
 * its End User List" share every word that matters but one, and are two claims.
 */
export function countriesOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(COUNTRY)) {
    const code = COUNTRY_OF.get(m[0]);
    if (code) out.add(code);
  }
  if (GOVERNMENT_ADJECTIVE.test(text))
    for (const m of text.matchAll(GOVERNMENT)) out.add(ADJECTIVE_OF[(m[1] as string).toLowerCase()] as string);
  return out;
}

/**
 * A country's adjective before its state's bodies names the state as much as its capital does: "Chinese regulators
 * have approved purchases" is Beijing's act, not the US Commerce Department's. Before a company or a product the
 * adjective stays a description (see COUNTRY_NAMES).
 */
const ADJECTIVE_OF: Readonly<Record<string, string>> = {
  american: "us",
  chinese: "cn",
  japanese: "jp",
  "south korean": "kr",
  korean: "kr",
  taiwanese: "tw",
  dutch: "nl",
  british: "uk",
  german: "de",
  french: "fr",
  indian: "in",
  russian: "ru",
};
const GOVERNMENT_ADJECTIVE =
  /\b(?:American|Chinese|Japanese|Korean|Taiwanese|Dutch|British|German|French|Indian|Russian)\b/;
const GOVERNMENT = new RegExp(
  String.raw`\b(${Object.keys(ADJECTIVE_OF)
    .map((a) => a.replace(/^./, (c) => c.toUpperCase()).replace(" k", " K"))
    .join(
      "|",
    )})\s+(?:(?:central|state|national|federal|trade|commerce|industry|foreign|finance|economy)\s+)?(?:customs|regulators?|authorities|government|officials|ministry|ministries|department|agency|watchdog|lawmakers|parliament|cabinet|state council|cyberspace administration)\b`,
  "g",
);

/**
 * Phrasal verbs news uses for one relation, read as the plain verb, so that they weigh and relate as it does: "rolled
 * out" is launched, "took the wraps off" unveiled, "signed off on" and "green-lit" approved ("signed" alone would be an
 * agreement), "fabbed" fabricated.
 */
const PHRASAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:roll(?:s|ed|ing)?\s+out|rollouts?)\b/gi, "launched"],
  [/\b(?:took|takes?|taken|taking)\s+the\s+wraps\s+off(?:\s+of)?\b/gi, "unveiled"],
  [/\bsign(?:s|ed|ing)?\s+off\s+on\b/gi, "approved"],
  [/\bgreen[- ]?(?:light(?:s|ed|ing)?|lit)\b/gi, "approved"],
  [/\bokay(?:s|ed|ing)?\b|\bOK['’]?d\b/g, "approved"],
  [/\bfab(?:s|bed|bing)\b/gi, "fabricated"],
  [/\b(?:made|makes|making)\s+(?:its|their|a|his|her)\s+(?:public\s+|official\s+|market\s+)?debut\b/gi, "debuted"],
];

/** The text with its phrasal verbs read as plain ones. */
export function plainVerbs(text: string): string {
  let out = text;
  for (const [phrase, verb] of PHRASAL) out = out.replace(phrase, verb);
  return out;
}

/**
 * A clause that gives the news a move followed: "Shares closed 9% higher after Meridian Wire reported that Acme had
 * ordered 60,000 chips" claims the move; the order is another claim, told as its cause.
 */
const CAUSE =
  /[,\s]+(?:after|following|on|amid)\s+(?:(?:a|the)\s+)?(?:(?:news|reports?|media reports?)\s+(?:that|of)\b|(?:[Tt]he\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\s+(?:reported|said|announced|revealed)\s+that\b)[\s\S]*$/u;

/** A sentence's claim shape, read once. */
export function claimShape(text: string): ClaimShape {
  const assertion = readAssertion(text);
  const core = plainVerbs(withoutAttribution(text.replace(CAUSE, "")).replace(FILLER, " "));
  // A doubt ("it is unclear whether", "has not said which") is an open question, not a hedge on a claim.
  const certainty = UNCERTAIN.test(text) ? "doubted" : assertion.certainty;
  const measured = withoutReferences(core);
  return {
    stance: `${assertion.polarity} ${certainty}${EXTENT.test(core) ? " wholly" : ""}`,
    figures: figuresOf(measured),
    designators: designatorsOf(core),
    core,
    predicates: predicatesOf(core),
    numerals: new Set(core.match(NUMERAL) ?? []),
    attribution: assertion.attribution,
    periods: periodsOf(measured),
    // From the whole sentence: "The US added Tianmu to its list" reads to the attribution rules as the US speaking.
    countries: countriesOf(text),
    future: FUTURE.test(core) || HEADLINE_FUTURE.test(core),
    deal: dealStage(core),
    rule: ruleStage(core),
    licence: licenceNeed(core),
    earlier: LAST_DONE.test(text),
  };
}

/**
 * "X last did Y" after its subject: "The department last added Chinese firms to the list in September", "the company
 * last raised prices in 2024". It tells when the previous time was, as background to the news, never the news itself:
 * the report that the department added a firm on Thursday is another event.
 */
const LAST_DONE =
  /(?<=[\p{L}\d’']\s+)(?<!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+)last\s+(?:[a-z]+ed|did|made|set|cut|put|held|won|sold|bought|met|rose|fell)\b/u;

/** Words of a rule put forward but not yet made: "proposed a rule", "the draft rules", "a rule that would require". */
const PROPOSED =
  /\b(?:propos(?:e|es|ed|ing|al)|draft(?:s|ed|ing)?|floated|(?:open(?:ed|s)?\s+)?(?:public\s+)?comment period|(?:rule|regulation|requirement)s?\s+that\s+would)\b/i;
/** Words of a rule made: "finalised its rule", "the final rule", "takes effect", "kicks in", "comes into force". */
const FINAL =
  /\b(?:finali[sz](?:e|es|ed|ing)|final (?:rule|version|regulation)s?|(?:takes?|took|taken|taking) effect|kick(?:s|ed)? in|c[oa]mes? into (?:force|effect)|(?:entered|enters) into force|(?:is|are|was|were|now) in (?:force|effect))\b/i;

/**
 * Where a rule stands in a sentence: "proposed" when it speaks only of a rule put forward, "final" when only of one
 * made or in force; undefined when neither or both ("the rule, proposed in December, takes effect in March"). As a deal
 * in talks is not a deal signed (see `dealStage`), a rule proposed is not the rule made: two claims, months apart.
 */
export function ruleStage(text: string): "proposed" | "final" | undefined {
  const proposed = PROPOSED.test(text);
  const final = FINAL.test(text);
  if (proposed === final) return undefined;
  return proposed ? "proposed" : "final";
}

const PERMISSION = String.raw`(?:\w+\s+){0,2}(?:licen[cs]es?|permits?|permission|approval)`;
const NEEDED = new RegExp(
  String.raw`\b(?:need|needs|needed|needing|require|requires|required|requiring|must (?:obtain|get|seek|apply for))\s+(?:a|an|the)?\s*${PERMISSION}\b|\blicen[cs]e requirement`,
  "i",
);
const NOT_NEEDED = new RegExp(
  String.raw`\bwithout\s+(?:a|an|any|the)?\s*${PERMISSION}\b|\bno\s+${PERMISSION}\s+(?:is\s+|was\s+)?(?:needed|required)\b|\blicen[cs]e-free\b`,
  "i",
);

/**
 * Whether a sentence says something needs a licence or may be done without one: "Chinese firms need a licence to rent
 * the chips" and "Chinese firms can rent the chips without a licence" share every word but state opposite things (a
 * rule in force, and the gap it closes). Undefined when it says neither or both.
 */
export function licenceNeed(text: string): "needed" | "not needed" | undefined {
  const needed = NEEDED.test(text);
  const free = NOT_NEEDED.test(text);
  if (needed === free) return undefined;
  return needed ? "needed" : "not needed";
}

/** Words of a deal still being worked out: "in advanced talks to buy", "negotiating a purchase", "in discussions". */
const NEGOTIATING =
  /\b(?:in|held|holds?|holding|opened|entered)\s+(?:\w+\s+){0,2}(?:talks|negotiations|discussions)\b|\bnegotiat(?:e|es|ed|ing)\b|\b(?:talks|negotiations)\s+(?:to|for|with|over|on)\b|\b(?:is|are|was|were)\s+discussing\b|\b(?:close to|nearing)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement)\b/i;
/** Words of a deal struck: "signed a supply agreement", "agreed to buy", "this month's agreement to sell", "inked". */
const STRUCK =
  /\b(?:signed|signs?|signing|inked|inks?|sealed|clinched|struck|agreed\s+to|finali[sz]ed)\b|\b(?:definitive|binding)\s+(?:\w+\s+)?(?:agreement|contract|deal)\b|\bagreement\s+under\s+which\b|\bagreement\s+(?:to|with|for|covers)\b|['’]s\s+agreement\b|\b(?:signed|the)\s+(?:\w+\s+){0,2}(?:deal|agreement)\s+(?:covers|is|was|includes)\b/i;

/**
 * Where a deal stands in a sentence: "talks" when it speaks only of negotiating, "done" when only of a deal signed or
 * agreed; undefined when neither or both ("signed after months of talks"). Talks to buy are not an order placed: the
 * report of the talks and the announcement of the deal are two claims, told weeks apart.
 */
export function dealStage(text: string): "talks" | "done" | undefined {
  const talks = NEGOTIATING.test(text);
  const done = STRUCK.test(text);
  if (talks === done) return undefined;
  return talks ? "talks" : "done";
}

/**
 * Words that put a plain statement in the future: "will ship in the fourth quarter", "said it would keep serving",
 * "is due in showrooms within weeks", "remains on track for the second half", "plans a 200 MW campus", a headline's
 * "Nvidia to trim B30A prices", the present of a start with a period to come ("shipments start in the second quarter").
 * Such a statement
 * says what a plan or an expectation says ("plans to ship in the fourth quarter", "is expected in the second half").
 */
/** A headline's future: capitalised words, then "to" and a verb ("Nvidia to trim B30A prices"), case as written: "Tencent
 * agreed to buy" and "The company declined to comment" say what happened. */
const HEADLINE_FUTURE =
  /^\s*(?!(?:According|Due|Thanks|Up|Next|Close|Prior|Compared|Similar|Contrary|Ahead|Owing|Relative|Subject|Back|Going|How|Why|What|Where|When|Who|It|This|That|These|Those|We|They|He|She|I|You|In|On|At|For|From)\b)(?:[A-Z][\w&.'’+-]*\s+){1,4}to\s+(?!be\b)[a-z]{3,}/;

const FUTURE =
  /\b(?:starts?|begins?|arrives?)\s+(?:in|from|by)\s+(?:the\s+)?(?:first|second|third|fourth|Q[1-4]|early|late|mid|next|H[12]|(?:19|20)\d{2})\b|\b(?:will|would|shall|going to)\b|['’]ll\b|\b(?:is|are|was|were|remains?|stays?|still)\s+(?:still\s+|now\s+)?(?:due|on (?:track|schedule|course)|scheduled|slated|set)\b|\bplan(?:s|ned)?\s+(?:a|an)\b/i;

/**
 * Whether two sentences hold a claim the same way: the same stance, or one that plans or expects what the other, in
 * the future tense, says will happen. A plan never joins a statement of what happened ("plans to ship" is not
 * "shipped"), nor a hedge or a denial anything but its like.
 */
export function stancesAgree(a: ClaimShape, b: ClaimShape): boolean {
  if (a.stance === b.stance) return true;
  const [x, y] = [a.stance.split(" "), b.stance.split(" ")];
  if (x[0] !== y[0] || x[2] !== y[2]) return false;
  if (x[1] === "expected" && y[1] === "stated") return b.future === true;
  if (x[1] === "stated" && y[1] === "expected") return a.future === true;
  return false;
}

/**
 * A word per exact figure, the same however the figure is written: "1.6 trillion", "1,600 billion" and "1.6T"
 * parameters are all `figurecount160e12`. Added to what is compared, it lets two wordings of one figure share a word
 * as telling as the figure is rare.
 */
export function figureWords(shape: ClaimShape): string {
  return shape.figures
    .filter((f) => f.tol !== undefined && f.lo === f.hi)
    .map((f) => {
      const [mantissa, exponent] = f.lo.toExponential(2).split("e") as [string, string];
      const unit = f.unit === "%" ? "percent" : f.unit.replace(/\W/g, "");
      return `figure${unit}${mantissa.replace(/\D/g, "")}e${exponent.replace("-", "n").replace("+", "")}`;
    })
    .join(" ");
}

/** A model number in at least this share of the sentences is the story's subject: a sentence may call it "the model". */
export const ELIDABLE_SHARE = 0.15;

/**
 * The model numbers a sentence may leave unnamed and still state the same claim as one that names them: those in at
 * least ELIDABLE_SHARE of the shapes (the story's own subject, "V4"). Any other ("A100", "910B") says which thing the
 * claim is about, and a sentence that does not name it is about something else or something broader.
 */
export function elidableDesignators(shapes: Iterable<ClaimShape>): Set<string> {
  const df = new Map<string, number>();
  let n = 0;
  for (const shape of shapes) {
    n++;
    const named = new Set<string>();
    for (const ids of shape.designators.values()) for (const id of ids) named.add(modelOf(id));
    for (const id of named) df.set(id, (df.get(id) ?? 0) + 1);
  }
  return new Set([...df].filter(([, count]) => count >= ELIDABLE_SHARE * n).map(([id]) => id));
}

/**
 * Whether two sentences can state one claim, whatever words they share: they hold it the same way (a denial, a hedge
 * or an expectation never corroborates the plain statement); where both name a reporting period or a country, they
 * share one; they give the same figures, or none (a count and "large
 * orders" are two claims); where both name models of one family they name the same one (V3 is not V4); and a model
 * one names, the other names too, unless it is one of the story's subjects (`elidable`) that a sentence may leave out.
 */
export function shapesAgree(a: ClaimShape, b: ClaimShape, elidable: ReadonlySet<string> = new Set()): boolean {
  if (!stancesAgree(a, b) || relationsDiffer(a.predicates, b.predicates)) return false;
  if (a.deal && b.deal && a.deal !== b.deal) return false;
  if (a.rule && b.rule && a.rule !== b.rule) return false;
  if (a.licence && b.licence && a.licence !== b.licence) return false;
  if (Boolean(a.earlier) !== Boolean(b.earlier)) return false;
  // Of two quarters, or two countries, where both name one: "relationsDiffer" reads any two such sets alike.
  if (relationsDiffer(a.periods, b.periods) || relationsDiffer(a.countries, b.countries)) return false;
  if (a.figures.length > 0 !== b.figures.length > 0) return false;
  // A process node ("7nm") names a generation of chips, not a measurement: "made on the 7nm line" gives no figure
  // that "the 7nm line yields about 75%" could share.
  if (measured(a.figures) !== measured(b.figures)) return false;
  if (a.figures.length > 0) {
    const [small, large] = a.figures.length <= b.figures.length ? [a.figures, b.figures] : [b.figures, a.figures];
    if (!small.every((f) => large.some((g) => figuresMatch(f, g)))) return false;
    // "640 km, well short of the 720 km promised" is not the claim "720 km": where both give figures of one unit, each
    // figure of either must be in the other.
    const units = new Set(small.map((f) => f.unit));
    if (!large.every((g) => !units.has(g.unit) || small.some((f) => figuresMatch(f, g)))) return false;
  }
  for (const [family, ids] of a.designators) {
    const other = b.designators.get(family);
    if (other && ![...ids].some((id) => other.has(id))) return false;
  }
  return namedIn(a, b, elidable) && namedIn(b, a, elidable);
}

/** Whether figures include one that measures something: a process node alone does not. */
const measured = (figures: readonly Figure[]): boolean => figures.some((f) => f.unit !== "nm");

/** The model a designator names, without its tier: "t7" for "t7 pro". */
const modelOf = (id: string): string => id.split(" ")[0] as string;

/**
 * Every model `a` names that is not elidable, `b` names too, or writes as a bare number when the model has no letters
 * ("Ascend 950" against "the 950"). Read by model, whatever the tier: "V4-Pro has 1.6 trillion parameters, V4-Flash far
 * fewer" is about the V4-Pro, which the other names; that the tiers named agree is the family test's.
 */
function namedIn(a: ClaimShape, b: ClaimShape, elidable: ReadonlySet<string>): boolean {
  for (const [family, ids] of a.designators) {
    const other = new Set([...(b.designators.get(family) ?? [])].map(modelOf));
    for (const id of ids) {
      const model = modelOf(id);
      if (!elidable.has(model) && !other.has(model) && !(family === "" && b.numerals.has(model))) return false;
    }
  }
  return true;
}
