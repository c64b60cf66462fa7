// Figures that cannot both be right: the same kind of quantity, counted the same way, of the same named subject.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { contentTerms, term, words } from "../../text/tokens.ts";
import { contradicts, type Figure, figureKey, figures } from "../figures.ts";
import { attributionOf, withoutAttribution } from "../assertion.ts";
import { type Makers, names, openingActor } from "../mentions.ts";
import { type DisagreementContext, groupBy, namesBySource, split } from "./sides.ts";

// What is being counted: "ordered 300,000 chips" and "can make 200,000 chips" count different things.
const ACTIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ["order", /\b(?:order\w*|buy\w*|bought|purchas\w*|book\w*|demand|deal|contract|agreement)\b/i],
  ["make", /\b(?:produc\w*|make|making|made|output|capacity|manufactur\w*|fabricat\w*|turn out|a year|annual)\b/i],
  ["ship", /\b(?:ship\w*|deliver\w*|sold|sell\w*|sales)\b/i],
];

/** What a sentence counts: the action it names first ("has shipped 400,000 … against an order of 2 million" ships). */
function action(text: string): string {
  let best = "";
  let at = Number.POSITIVE_INFINITY;
  for (const [name, re] of ACTIONS) {
    const i = re.exec(text)?.index;
    if (i !== undefined && i < at) [best, at] = [name, i];
  }
  return best;
}

// What an amount of money measures: a quarter's revenue, a profit and a price per token are three amounts.
const MEASURES: ReadonlyArray<readonly [string, RegExp]> = [
  ["profit", /\b(?:profits?|earnings|net income|loss(?:es)?)\b/i],
  ["revenue", /\b(?:revenues?|sales|turnover)\b/i],
  [
    "price",
    /\b(?:pric\w*|costs?|fees?|starts? at|starting at|retails? (?:for|at)|per (?:million|thousand|\d[\d,]*) (?:input |output )?tokens)\b/i,
  ],
  // What a company is worth on the market is not what a deal of it is worth.
  ["market value", /\b(?:market (?:value|valuation|cap\w*)|valuation)\b/i],
  ["value", /\b(?:valu\w*|worth)\b/i],
  ["funding", /\b(?:rais\w*|fund\w*|invest\w*|subsid\w*)\b/i],
];

// A deal, bought or being negotiated: an amount in a sentence about one that says nothing else of what it measures ("the
// transaction amount is about 5.4 billion yuan", "citing executives briefed on the negotiations, put the figure nearer
// 4.6 billion yuan") is what the deal is worth.
const DEAL = /\b(?:deals?|purchases?|transactions?|acquisitions?|takeovers?|negotiations?)\b/i;

function measure(text: string): string {
  return MEASURES.find(([, re]) => re.test(text))?.[0] ?? (DEAL.test(text) ? "value" : "");
}

// "70,000 yuan per chip", "$30 a share", "2 yuan per million tokens": a price of one unit, never a total.
const PER_UNIT =
  /^\s*(?:(?:dollars|yuan|euros|usd|rmb|won|yen|pounds)\s+)?(?:per|a|an|each)\s+(?!year\b|month\b|quarter\b|week\b|day\b|time\b|total\b|further\b|little\b|bit\b|lot\b|record\b|fraction\b|share of\b)[\p{L}-]+|^\s*(?:(?:dollars|yuan|euros|usd|rmb|won|yen|pounds)\s+)?(?:apiece|each)\b/iu;

/** What an amount of money in a sentence measures: a price when it is of one unit, else the sentence's measure. */
function moneyMeasure(r: FigureReading, f: Figure): string {
  const at = r.text.indexOf(f.phrase);
  return at >= 0 && PER_UNIT.test(r.text.slice(at + f.phrase.length)) ? "price" : r.measure;
}

// What a unit price is of: "per chip", "a stack", "per million input tokens", "per GPU-hour".
const PER_NOUN =
  /^\s*(?:(?:dollars|yuan|euros|usd|rmb|won|yen|pounds)\s+)?(?:per|a|an|each)\s+(?:(?:million|thousand|billion|\d[\d,]*)\s+)?(?:(?:input|output)\s+)?([\p{L}-]+)/iu;
// Nouns that are one unit of a chip: a price "per card" and one "per accelerator" are the same price.
const ONE_CHIP = /^(?:chips?|accelerators?|cards?|gpus?|units?|processors?|pieces?)$/i;

/**
 * What a price is a price of, as a word ("chip", "token", "gpu-hour"); "" where no unit follows ("costs 50,000 yuan",
 * "apiece"). A price per chip and a price per million tokens are two prices, never rival figures for one.
 */
function perNoun(r: FigureReading, f: Figure): string {
  const at = r.text.indexOf(f.phrase);
  const noun = at >= 0 ? PER_NOUN.exec(r.text.slice(at + f.phrase.length))?.[1] : undefined;
  if (!noun) return "";
  return ONE_CHIP.test(noun) ? "chip" : term(noun);
}

// "At roughly 70,000 yuan per chip, the order would be worth about 3 billion yuan, by our calculations": an amount
// worked out from others, not one anyone reports. "The purchase would be worth roughly 5.4 billion yuan, two of the
// people said" is the deal's worth as reported, conditional only because the deal is not yet done.
const WORKED_OUT =
  /\bwould (?:be (?:worth|valued at)|cost|come to|total|amount to)\b(?=[\s\S]*?(?:\b(?:calculat\w*|arithmetic|math|maths|reckoning|back-of-the-envelope|estimates? by|works? out)\b|\bat (?:that|this|those|such|list|current) (?:price|prices|rate|rates)\b))|\bat\s+(?:(?:about|around|roughly|some)\s+)?[$€£¥]?\d[\d,.]*\s*(?:\p{L}+\s+)?(?:per|a|each)\s+\p{L}+[^.;]*\bwould (?:be (?:worth|valued at)|cost|come to|total|amount to)\b/iu;

// What was expected before an outcome was known ("analysts had forecast 2.4 billion yuan"), and an expected result
// ("Oakhurst expects fourth-quarter revenue of about 3.4 billion", a company's guidance), is not a report of the outcome:
// it is compared only with other such expectations. A forecast of a count stated as current ("Orrin expects Moxin to
// ship 220,000") may still dispute a plan or a target.
const FORECAST =
  /\b(?:had|have)\s+(?:been\s+)?(?:expected|forecast|projected|predicted|anticipated|estimated)\b|\bconsensus\b|\b(?:expectations|estimates) of\b|\banalysts['’]? (?:estimates|forecasts?|expectations)\b|\b(?:expects?|forecasts?|projects?|predicts?|sees)\b[^.;]{0,40}?\b(?:revenue|sales|profits?|earnings|income|turnover)\b/i;

// A figure given as the result of a change ("raised the threshold to 20,000", "300,000, up from 220,000"): the figure
// replaced it, and the earlier report of the old figure is not a rival.
const REVISION =
  /\b(?:as of|with effect from|effective)\s+(?:\w+\s+)?\d{1,2}\b|^\s*From\s+\w+\s+\d{1,2}\b|\b(?:raised|lowered|cut|trimmed|revised|increased|reduced|lifted|hiked|relaxed|eased|tightened|upgraded|downgraded)\b[^.;]{0,60}?\bto\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|more than)\s+)?[$€£¥]?\d|\b(?:up|down) from\b/i;

// A running total since a company began ("has raised 8 billion yuan since its founding") is not the figure of one year
// or one round. "Since 2024" or "so far" may mark the window of a change or a year to date, which others do report.
const CUMULATIVE = /\bsince (?:its|their|the (?:company|firm|lab)['’]s) (?:founding|inception|creation)\b/i;

// A model's or a chip's name with its number: "Lingxi-4", "Ascend 950", "HX-90".
const TIER = /^(?:\s+|-)(Pro|Max|Ultra|Mini|Lite|Flash|Plus|Nano|Turbo|Air)\b/;
const DESIGNATOR = /\b(\p{Lu}[\p{L}]+)[- ]?(\d[\p{L}\d.]*)\b/gu;

/**
 * The member of each family a figure is of ("lingxi" → "4"): in "Lingxi-4 has 480 billion parameters, more than double
 * the 230 billion of Lingxi-3" the 480 billion is Lingxi-4's and the 230 billion Lingxi-3's, the member named nearest
 * before the figure, or, if none is before it, nearest after.
 */
function designatorsOf(text: string, f: Figure): Map<string, string> {
  const at = text.indexOf(f.phrase);
  const best = new Map<string, { n: string; d: number }>();
  for (const m of text.matchAll(DESIGNATOR)) {
    const family = (m[1] as string).toLowerCase();
    const i = m.index ?? 0;
    // Before the figure counts first; after it, only when nothing of the family is before.
    const d = i <= at ? at - i : 1e6 + i - at;
    const known = best.get(family);
    // A tier named after the number is another product: "Lumen-2 Mini" is not the Lumen-2.
    const tier = TIER.exec(text.slice(i + m[0].length, i + m[0].length + 8))?.[1]?.toLowerCase();
    const n = `${(m[2] as string).toLowerCase()}${tier ? ` ${tier}` : ""}`;
    if (!known || d < known.d) best.set(family, { n, d });
  }
  return new Map([...best].map(([family, { n }]) => [family, n]));
}

/**
 * Groups of counts split by the family of product they count, where a group counts more than one ("3,000 H100s" and
 * "40,000 WY-7 accelerators" are two counts): a count that names no product stays in each. Other groups stay.
 */
function byProduct(groups: Map<string, Read[]>): Array<[string, Read[]]> {
  const out: Array<[string, Read[]]> = [];
  for (const [key, group] of groups) {
    const [kindUnit] = key.split("|") as [string];
    if (!kindUnit.startsWith("count:")) {
      out.push([key, group]);
      continue;
    }
    const productOf = new Map(
      group.map((r) => {
        const f = r.figures.find((x) => figureKey(x) === kindUnit);
        // By family: "Ascend 950" and "Ascend 910C" may be one order told two ways; "H100" and "WY-7" are not.
        return [r, f ? (/^[\p{L}]+/u.exec(countedProduct(r.text, f))?.[0] ?? "") : ""];
      }),
    );
    const products = new Set([...productOf.values()].filter(Boolean));
    if (products.size <= 1) out.push([key, group]);
    else for (const p of products) out.push([key, group.filter((r) => ["", p].includes(productOf.get(r) ?? ""))]);
  }
  return out;
}

/** The model a count counts, named right after it: "40,000 WY-7 accelerators", "3,000 Nvidia H100 chips"; else "". */
function countedProduct(text: string, f: Figure): string {
  const at = text.indexOf(f.phrase);
  if (at < 0) return "";
  const m = /^\s*(?:more\s+)?(?:[\p{L}'’]+\s+){0,2}?(\p{Lu}[\p{L}]*[- ]?\d[\p{L}\d.-]*)/u.exec(
    text.slice(at + f.phrase.length, at + f.phrase.length + 40),
  );
  return m ? (m[1] as string).toLowerCase().replace(/(?<=\d)s$/, "") : "";
}

/** Whether two readings' figures may be of one model: not when they are of two members of one family. */
function sameMember(a: FigureReading, b: FigureReading, kindUnit: string): boolean {
  const fa = a.figures.find((x) => figureKey(x) === kindUnit);
  const fb = b.figures.find((x) => figureKey(x) === kindUnit);
  if (!fa || !fb) return true;
  const da = designatorsOf(a.text, fa);
  const db = designatorsOf(b.text, fb);
  return [...da].every(([family, n]) => !db.has(family) || db.get(family) === n);
}

const YEAR = /\b20\d{2}\b/g;
const QUARTER =
  /\b(?:q([1-4])|(first|second|third|fourth)[- ]quarter|(january|april|july|october)[-–](?:march|june|september|december) quarter|(first|second) half|h([12]))\b/i;
const QUARTER_NUMBER: Readonly<Record<string, string>> = {
  first: "1",
  second: "2",
  third: "3",
  fourth: "4",
  january: "1",
  april: "2",
  july: "3",
  october: "4",
};

const RELATIVE_YEAR = /\b(last|this|next) year\b/gi;
const SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
/** "Last year" in an undated source: a year, but not one that can be matched with any. */
const UNKNOWN_YEAR = "?";

/**
 * The period a figure is of: the years a sentence names and its quarter or half ("q1", "h2"), if any. "Last year" and
 * "this year" are read from the source's date, and a quarter named without a year is of the source's year; an
 * undated source leaves them unknown.
 */
function periodOf(text: string, date: string | null): { years: ReadonlySet<string>; part: string | null } {
  const m = QUARTER.exec(text);
  let part: string | null = null;
  if (CUMULATIVE.test(text)) part = "total";
  else if (m) {
    const quarter = m[1] ?? QUARTER_NUMBER[(m[2] ?? m[3] ?? "").toLowerCase()];
    part = quarter ? `q${quarter}` : `h${m[5] ?? ((m[4] ?? "").toLowerCase() === "first" ? "1" : "2")}`;
  }
  const years = new Set(text.match(YEAR) ?? []);
  const year = date ? Number(date.slice(0, 4)) : null;
  if (year !== null) {
    for (const r of text.matchAll(RELATIVE_YEAR))
      years.add(String(year + (SHIFT[(r[1] as string).toLowerCase()] ?? 0)));
    if (years.size === 0 && part !== null) years.add(String(year));
  } else if (RELATIVE_YEAR.test(text)) years.add(UNKNOWN_YEAR);
  RELATIVE_YEAR.lastIndex = 0;
  return { years, part };
}

/**
 * Whether two figures may be of one year: not when both name years and share none ("2025 output" against "2026
 * output"; "last year" in an undated source matches no year).
 */
function sameYear(a: FigureReading, b: FigureReading): boolean {
  return !(a.years.size > 0 && b.years.size > 0 && ![...a.years].some((y) => y !== UNKNOWN_YEAR && b.years.has(y)));
}

interface Read {
  readonly text: string;
  readonly sentences: Sentence[];
  readonly figures: readonly Figure[];
  readonly names: ReadonlySet<string>;
  readonly action: string;
  /** What its amounts of money measure (see MEASURES). */
  readonly measure: string;
  readonly years: ReadonlySet<string>;
  readonly part: string | null;
  /** An outcome as expected beforehand, compared only with other such expectations (see FORECAST). */
  readonly forecast: boolean;
  /** A figure given as the result of a change (see REVISION). */
  readonly revision: boolean;
  /** Who the sentence opens on, once who reports it is taken out ("Huawei has ordered …"), or null. */
  readonly actor: string | null;
  /** Figures the sentence says are wrong: "5.8 billion yuan, not 6.8 billion yuan" rejects 6.8 billion. */
  readonly rejected: readonly Figure[];
  /** In a reported change, the figure it replaced: "1.2 yuan, down from 2 yuan" replaced 2 yuan (see REVISION). */
  readonly replaced: readonly Figure[];
}

/**
 * The figure a change replaced: "cut the price to 1.2 yuan, down from 2 yuan", "raised it from 40,000 to 60,000" give
 * the old figure. Only in a sentence that reports the change (see REVISION).
 */
function replacedFigures(text: string): Figure[] {
  const m =
    /\b(?:(?:up|down)\s+from|from)\s+((?:about|around|roughly)\s+)?[$€£¥]?\d[\d,.]*(?:\s*(?:trillion|billion|million|thousand|bn|[kmb]))?[^,;.]{0,30}?(?=\s+to\s+[$€£¥]?\d|\s*[,;.]|\s*$)/i.exec(
      text,
    );
  return m ? figures(m[0].replace(/^(?:(?:up|down)\s+)?from\s+/i, "")) : [];
}

/** The figures after "not" in "X, not Y": what a correction says was wrong. */
function rejectedFigures(text: string): Figure[] {
  const m =
    /,?\s+not\s+((?:about|around|roughly)\s+)?[$€£¥]?\d[\d,.]*(?:\s*(?:trillion|billion|million|thousand|bn|[kmb]))?[^,;.]{0,30}/i.exec(
      text,
    );
  return m ? figures(m[0].replace(/^,?\s+not\s+/i, "")) : [];
}

// The first or last part of a whole ("the first 6,000 ZX-7s were handed over", "its final 500 units"): a batch of an
// order or a run, another quantity than the whole, which others may give.
const PART_BEFORE = /\b(?:the|its|their|an?)\s+(?:first|initial|opening|last|final|remaining)\s+$/i;

/** Whether a figure counts a part of a whole, named as its first or last part (see PART_BEFORE). */
function partOfWhole(r: FigureReading, f: Figure): boolean {
  const at = r.text.indexOf(f.phrase);
  return at > 0 && PART_BEFORE.test(r.text.slice(Math.max(0, at - 30), at));
}

/** A figure that says how much within a quarter or so: "about 65,000", "75%"; not "tens of thousands" or "over 1 million". */
function precise(f: Figure): boolean {
  return f.low > 0 && f.high <= f.low * 1.3;
}

/** A sentence's figures as the figure rules read them, without the sentences that give them. */
export type FigureReading = Omit<Read, "sentences">;

/** The figures a sentence gives, with what they measure, of what and when (see `Read`); null when it gives none. */
export function readFigures(text: string, date: string | null): FigureReading | null {
  const found = figures(text);
  if (found.length === 0) return null;
  return {
    text,
    figures: found,
    names: subjectNames(text, NO_MAKERS),
    action: action(text),
    measure: measure(text),
    forecast: FORECAST.test(text),
    revision: REVISION.test(text),
    actor: openingActor(text, NO_MAKERS),
    rejected: rejectedFigures(text),
    replaced: REVISION.test(text) ? replacedFigures(text) : [],
    ...periodOf(withoutAttribution(text), date),
  };
}

/**
 * The keys under which a reading gives one quantity of one named subject: kind and unit, what is counted or what the
 * amount measures, the period, and each subject it names. A figure of no named subject, an amount that does not say
 * what it measures and one worked out from others have none.
 */
export function figureClaimKeys(r: FigureReading): string[] {
  if (r.revision || r.rejected.length > 0) return [];
  return r.figures.flatMap((f) => {
    const money = f.kind === "money" ? moneyMeasure(r, f) : "";
    if (f.kind === "money" && (money === "" || (money !== "price" && WORKED_OUT.test(r.text)))) return [];
    const what =
      f.kind === "money"
        ? money === "price"
          ? `@price/${perNoun(r, f)}`
          : `@${money}`
        : f.kind === "count" || f.kind === "measure"
          ? r.action
          : "";
    const key = `${figureKey(f)}|${what}|${r.part ?? ""}${r.forecast ? "|forecast" : ""}`;
    return [...r.names]
      .filter(
        (n) =>
          !/\d/.test(n) || f.kind === "parameters" || (f.kind === "share" && f.unit !== "percent") || money === "price",
      )
      .map((n) => `${key}|${n}`);
  });
}

/**
 * Whether two readings that share a key (see `figureClaimKeys`) give one figure of one thing: precise figures that
 * overlap, of one year and one model, opening on one actor where both open on one, one naming every subject the other
 * names.
 */
export function sameFigureClaim(a: FigureReading, b: FigureReading, key: string): boolean {
  const [kindUnit] = key.split("|") as [string];
  const fa = a.figures.find((x) => figureKey(x) === kindUnit);
  const fb = b.figures.find((x) => figureKey(x) === kindUnit);
  if (!fa || !fb || !precise(fa) || !precise(fb) || contradicts([fa], [fb])) return false;
  if (a.actor !== null && b.actor !== null && a.actor !== b.actor) return false;
  // One names all the other names: "ByteDance" in one and "Tencent" in the other are two buyers, whatever they share.
  const [fewer, more] = a.names.size <= b.names.size ? [a.names, b.names] : [b.names, a.names];
  return [...fewer].every((n) => more.has(n)) && sameYear(a, b) && sameMember(a, b, kindUnit);
}

/**
 * Sentences grouped by what they measure (kind, unit, action) and each subject they name; within a group, figures
 * that do not overlap the group's most reported figure are a disagreement with it. Groups hold distinct readings,
 * so the work grows with the figures an archive reports, not with the square of its sentences.
 */
export function figureDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  // One reading per distinct wording: wire copy repeats word for word across sources, and is read once.
  const byText = new Map<string, Read | null>();
  for (const sentence of sentences) {
    const known = byText.get(sentence.text);
    if (known) known.sentences.push(sentence);
    if (known !== undefined) continue;
    const read = readFigures(sentence.text, context.dates.get(sentence.source) ?? null);
    byText.set(sentence.text, read === null ? null : { ...read, sentences: [sentence] });
  }
  const reads = [...byText.values()].filter((r): r is Read => r !== null);
  const rejections = reads.flatMap((r) => r.rejected);
  const namesOf = namesBySource(sentences, context.makers);
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  // Under each subject it names, and under "*" where a sentence that names no subject ("the groups ordered …") meets them.
  // A quarter's figure is compared only with the same quarter's, a count or a measure only with one of the same action
  // (ordered, made, shipped) and an amount of money only with one of the same measure: grouped apart, so that the most
  // reported figure of a group is one they could contradict. A share or a parameter count says what it is.
  // Prices are grouped by what they are of; one that does not say ("costs 50,000 yuan") joins each such group.
  // Per currency: a dollar price joins only the groups of dollar prices.
  const priceNouns = new Map<string, Set<string>>();
  for (const r of reads)
    for (const f of r.figures) {
      if (f.kind !== "money" || moneyMeasure(r, f) !== "price") continue;
      const noun = perNoun(r, f);
      if (!noun) continue;
      const nouns = priceNouns.get(f.unit) ?? new Set<string>();
      priceNouns.set(f.unit, nouns.add(noun));
    }
  const keysOf = (r: Read): string[] =>
    r.figures.flatMap((f) => {
      const money = f.kind === "money" ? moneyMeasure(r, f) : "";
      // An amount that does not say what it is ("analysts had expected about 2.9 billion yuan") is compared with none,
      // nor one worked out from others.
      if (f.kind === "money" && (money === "" || (money !== "price" && WORKED_OUT.test(r.text)))) return [];
      if (partOfWhole(r, f)) return [];
      const noun = money === "price" ? perNoun(r, f) : "";
      const counted = f.kind === "count" || f.kind === "measure" ? r.action : "";
      const measures =
        f.kind !== "money"
          ? [counted]
          : money !== "price"
            ? [`@${money}`]
            : noun
              ? [`@price/${noun}`]
              : ["@price", ...[...(priceNouns.get(f.unit) ?? [])].map((n) => `@price/${n}`)];
      const period = `${r.part ?? ""}${r.forecast ? "|forecast" : ""}`;
      return measures.flatMap((m) => keysFor(r, f, money, `${figureKey(f)}|${m}|${period}`));
    });
  const keysFor = (r: Read, f: Figure, money: string, what: string): string[] => [
    `${what}|*`,
    // A model number names what a parameter count, a yield, a score or a unit price is of.
    ...[...r.names]
      .filter(
        (n) =>
          !/\d/.test(n) || f.kind === "parameters" || (f.kind === "share" && f.unit !== "percent") || money === "price",
      )
      .map((n) => `${what}|${n}`),
  ];
  const sourcesOf = (rs: readonly Read[]) => new Set(rs.flatMap((r) => r.sentences.map((s) => s.source))).size;
  for (const [key, group] of byProduct(groupBy(reads, keysOf))) {
    const [kindUnit] = key.split("|") as [string];
    // Readings that agree with each other form one side; the side most sources give is compared with the rest.
    const classes: Array<{ figure: Figure; members: Read[] }> = [];
    for (const r of group) {
      const f = r.figures.find((x) => figureKey(x) === kindUnit) as Figure;
      const same = classes.find((c) => !contradicts([c.figure], [f]));
      if (same) same.members.push(r);
      else classes.push({ figure: f, members: [r] });
    }
    if (classes.length < 2) continue;
    // Counted once per class, not at every comparison of the sort.
    const counts = new Map(classes.map((c) => [c, sourcesOf(c.members)]));
    classes.sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
    const [main, ...others] = classes as [(typeof classes)[number], ...typeof classes];
    // What the main side names, counted once: each odd reading is checked against these, not against every member.
    const mainNames = new Set(main.members.flatMap((m) => [...m.names]));
    const sample = main.members.slice(0, SAMPLE);
    const wildcard = key.endsWith("|*");
    // A figure a correction says is wrong ("5.8 billion yuan, not 6.8 billion yuan"), on either side, is an error others
    // repeated, not a rival account.
    const corrected = rejections;
    for (const other of others) {
      const wrong = (f: Figure) => corrected.some((c) => figureKey(c) === kindUnit && !contradicts([c], [f]));
      if (wrong(other.figure) || wrong(main.figure)) continue;
      // One side is the figure the other replaced, as a report of the change says ("cut to 1.2 yuan, down from 2
      // yuan"): the figure changed, and the sides report it before and after.
      if (changedBetween(main, other, kindUnit, context.dates) || changedBetween(other, main, kindUnit, context.dates))
        continue;
      // Two subjects must be shared (the company and what it counts), unless one side names only one; or one, with
      // what is measured in common. Under "*", a sentence that names no subject is compared (see aboutOneThing), and a
      // named one with a main side that names none, where that side's source names all it names.
      const shared = other.members.some((o) => {
        if (
          !sample.some(
            (m) =>
              sameYear(o, m) &&
              sameMember(o, m, kindUnit) &&
              notReplaced(o, m, context.dates) &&
              // Two orders whose sentences open on two buyers are two orders ("Huawei has ordered about 2 million
              // stacks", "ByteDance orders 500,000 stacks").
              (o.action !== "order" ||
                m.action !== "order" ||
                o.actor === null ||
                m.actor === null ||
                o.actor === m.actor),
          )
        )
          return false;
        // A figure that names no subject ("Prices start at …") is about what its own source names: it is compared with
        // a side whose subject its source names, never with another figure that names none.
        if (wildcard)
          return o.names.size === 0 ? aboutOneThing(o, main.members, namesOf) : namedBySource(o, main.members, namesOf);
        const common = sharedNames(o.names, mainNames);
        if (common >= Math.min(2, o.names.size)) return true;
        return common >= 1 && sample.some((m) => sharedTerms(o.text, m.text) >= 2);
      });
      if (!shared) continue;
      const d = oddOneKeepsItsSource(
        topicOf(main.members[0] as Read),
        main.members.flatMap((m) => m.sentences),
        other.members,
      );
      // The same odd figures found under another subject name are the same disagreement.
      const id = d?.sides[1]
        .map((s) => s.id)
        .sort()
        .join(" ");
      if (d && id && !seen.has(id)) {
        seen.add(id);
        out.push(d);
      }
    }
  }
  return out;
}

/**
 * Whether a member of `to` reports its figure as a change from the figure of `from` ("…, down from 2 yuan"), on a day
 * after every dated page that gives the old figure: those pages told the figure before it changed. Where the change is
 * undated, or a page gives the old figure on its day or later, nothing is explained (see `notReplaced`).
 */
function changedBetween(
  to: { readonly members: readonly Read[] },
  from: { readonly figure: Figure; readonly members: readonly Read[] },
  kindUnit: string,
  dates: DisagreementContext["dates"],
): boolean {
  const old = from.members.flatMap((r) => r.sentences.map((s) => dates.get(s.source) ?? null));
  const known = old.filter((d): d is string => d !== null);
  if (known.length === 0) return false;
  const latestOld = known.sort().at(-1) as string;
  return to.members.some(
    (r) =>
      r.replaced.some((f) => figureKey(f) === kindUnit && !contradicts([f], [from.figure])) &&
      r.sentences.some((s) => (dates.get(s.source) ?? "") > latestOld),
  );
}

/**
 * Whether two readings may dispute a figure, given that one may report it changed: a changed figure ("raised the
 * threshold to 20,000") replaces what was reported before it, so it is disputed only by a source dated after it that
 * still gives another. Where either date is unknown, the order cannot be told and nothing is claimed.
 */
function notReplaced(a: Read, b: Read, dates: DisagreementContext["dates"]): boolean {
  // Two changes ("cut the price to $2.10", "from March 1, $1.60, down from $2.10") follow each other: they dispute only
  // when reported on one day.
  if (a.revision && b.revision) {
    const day = (r: Read) => new Set(r.sentences.map((s) => dates.get(s.source) ?? null));
    const [da, db] = [day(a), day(b)];
    return [...da].some((d) => d !== null && db.has(d));
  }
  if (a.revision === b.revision) return true;
  const [changed, other] = a.revision ? [a, b] : [b, a];
  const dateOf = (r: Read) => r.sentences.map((s) => dates.get(s.source) ?? null);
  const changedDates = dateOf(changed);
  if (changedDates.some((d) => d === null)) return false;
  const latestChange = (changedDates as string[]).sort().at(-1) as string;
  return dateOf(other).some((d) => d !== null && d > latestChange);
}

/**
 * The main figure against the odd one. A source that gives both, crediting the odd one to someone ("Bloomberg
 * reported that the order was closer to 25 GWh"), is a story that sets out both sides: it stays on the odd side.
 * Without such credit, one source giving two figures may be counting two things, and the pair is left alone.
 */
function oddOneKeepsItsSource(topic: string, main: readonly Sentence[], odd: readonly Read[]): Disagreement | null {
  const d = split(
    "figures",
    topic,
    main,
    odd.flatMap((m) => m.sentences),
  );
  if (d) return d;
  const credited = odd.filter((m) => attributionOf(m.text).length > 0).flatMap((m) => m.sentences);
  const kept = split("figures", topic, credited, main);
  if (kept) return { ...kept, sides: [kept.sides[1], kept.sides[0]] };
  // A source that gives the odd figure as its own and credits the main one to others ("Foreign media earlier put the
  // order at about 80,000 chips"; "our reporters understand it is 50,000") sets out both sides too: it stands on its own.
  const oddSentences = odd.flatMap((m) => m.sentences);
  const oddSources = new Set(oddSentences.map((s) => s.source));
  const relaying = new Set(
    main
      .filter((s) => oddSources.has(s.source))
      .map((s) => s.source)
      .filter((source) => main.every((s) => s.source !== source || creditsOthers(s.text))),
  );
  return relaying.size === 0
    ? null
    : split(
        "figures",
        topic,
        main.filter((s) => !relaying.has(s.source)),
        oddSentences,
      );
}

// Reports a sentence credits to others without naming them: "foreign media put it at", "earlier reports said".
const OTHERS_REPORTED =
  /\b(?:(?:foreign|western|international|overseas|other|some|earlier|previous|prior|local|state|industry)\s+(?:media|news|reports?|outlets?|press|publications)|media reports?|(?:was|were|had been|has been)\s+(?:previously|earlier|widely|first)\s+reported)\b/i;

/** Whether a sentence gives what someone else reported: a named credit, or other outlets' reports. */
function creditsOthers(text: string): boolean {
  return attributionOf(text).length > 0 || OTHERS_REPORTED.test(text);
}

/**
 * Makers are not read into a figure's subject: "100,000 Ascend chips" ordered by one company and "700,000 Ascend
 * chips" shipped by Huawei name the same maker and count different things.
 */
const NO_MAKERS: Makers = new Map();

// An amount as written, with its currency: "RMB4.6 billion", "HK$2bn", "¥5.4bn" name no subject ("rmb4", "4bn").
const AMOUNT =
  /(?:\b(?:RMB|CNY|USD|EUR|GBP|JPY|HKD)\s?|(?:\b(?:US|HK|NT|CN|JP|NZ|[ACS]))?[$€£¥]\s?)\d[\d,.]*(?:\s?(?:bn|mn|[kmbt])\b)?|(?<![\p{L}\p{N}.,-])\d[\d,.]*(?:bn|mn)\b/gu;

/**
 * What a figure is about: the names of the sentence without who reports it ("Bloomberg reported that the order was …"),
 * unless the rest speaks of the speaker ("Acme said its revenue was …"), when the speaker is the subject too.
 */
function subjectNames(text: string, makers: Makers): Set<string> {
  const rest = withoutAttribution(text).replace(AMOUNT, " ");
  const found = names(rest, makers);
  if (/\b(?:its|their)\b/i.test(rest))
    for (const who of attributionOf(text)) for (const n of names(who, makers)) found.add(n);
  return found;
}

/**
 * Whether a reading that names no subject may be about what the main side is about: its source names a subject the
 * main side names, or, where the main side names none either, the two sources name something in common.
 */
function aboutOneThing(odd: Read, main: readonly Read[], namesOf: (source: string) => ReadonlySet<string>): boolean {
  const mainNames = new Set(main.flatMap((m) => [...m.names]));
  const wanted =
    mainNames.size > 0 ? mainNames : new Set(main.flatMap((m) => m.sentences.flatMap((s) => [...namesOf(s.source)])));
  return odd.sentences.some((x) => [...namesOf(x.source)].some((n) => wanted.has(n)));
}

/**
 * Whether a named reading may be about what a main-side reading that names nothing is about: the main reading's
 * source names every name the odd one gives ("The Ardent 7's pack holds 105 kWh" against "The sedan carries a 98
 * kWh pack", in an article about the Ardent 7).
 */
function namedBySource(named: Read, main: readonly Read[], namesOf: (source: string) => ReadonlySet<string>): boolean {
  return main
    .filter((m) => m.names.size === 0)
    .some((m) => m.sentences.some((s) => [...named.names].every((n) => namesOf(s.source).has(n))));
}

/** Members of the main side a reading that shares one name with it is compared with, word by word. */
const SAMPLE = 16;

/** Content terms two sentences share besides names: what they measure ("smartphone market", "first quarter"). */
function sharedTerms(a: string, b: string): number {
  const named = (w: string) => /^\p{Lu}/u.test(w);
  const terms = (t: string) =>
    new Set(
      words(t)
        .filter((w) => !named(w) && !/\d/.test(w))
        .flatMap((w) => contentTerms(w)),
    );
  const x = terms(a);
  let n = 0;
  for (const t of terms(b)) if (x.has(t)) n++;
  return n;
}

function sharedNames(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** What the figures measure, in the sentence's words: "share", "parameters", or the counted noun. */
function topicOf(r: Read): string {
  const f = r.figures[0] as Figure;
  if (f.kind === "share") return f.unit === "percent" ? "market share" : f.unit;
  if (f.kind === "parameters") return "parameter count";
  if (f.kind === "money") return moneyMeasure(r, f) || "amount";
  return words(r.text).find((w) => term(w) === f.unit) ?? f.unit;
}
