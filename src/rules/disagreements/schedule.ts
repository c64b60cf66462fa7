// When a product ships or comes out: a schedule against its later slip, or two schedules given at about the same time.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { perText } from "../../util/perText.ts";
import { certaintyOf, isNegated } from "../assertion.ts";
import { type DisagreementContext, groupBy, split } from "./sides.ts";

const MONTHS = "january february march april may june july august september october november december".split(" ");
const ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
const SEASON: Readonly<Record<string, readonly [number, number]>> = {
  spring: [2, 4],
  summer: [5, 7],
  autumn: [8, 10],
  fall: [8, 10],
};
const YEAR = String.raw`(?:(?:of\s+)?(?:this year|next year|(?:20\d\d))|['’]\d\d)`;

// The periods a schedule names. A bare season needs a word before it ("the autumn", "in spring"): "shares fall" is no
// date. A month needs a preposition of time: "in March" as a schedule, never "March sales".
const PERIOD = new RegExp(
  [
    String.raw`\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter(?:\s+${YEAR})?`,
    String.raw`\bQ([1-4])(?:\s*${YEAR}|\s+(20\d\d))?\b`,
    String.raw`\b(?:the\s+)?(first|second)\s+half(?:\s+${YEAR})?`,
    String.raw`\bH([12])\s+(20\d\d)\b`,
    String.raw`\b(?:the\s+|in\s+|this\s+|next\s+|until\s+|into\s+|to\s+|by\s+)(spring|summer|autumn|fall)\b(?:\s+${YEAR})?`,
    String.raw`\b(early|mid|late|the end of|end of|the start of|the beginning of)[-\s](20\d\d|this year|next year)\b`,
    String.raw`\b(?:in|by|until|to|into|for)\s+(${MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1)).join("|")})(?:\s+(20\d\d))?\b`,
    String.raw`\b(?:in|to|into|until|till|for|by|during)\s+(20\d\d)\b(?![-–]|\s*(?:%|percent|units|chips))`,
    String.raw`\b(?:the end of|end of|later)\s+(?:the|this)\s+year\b`,
    String.raw`\b(next|this)\s+year\b`,
  ].join("|"),
  "gi",
);

/** A span of months, counted from year 0 (so that two periods compare as numbers), and its words as written. */
interface Period {
  readonly from: number;
  readonly to: number;
  readonly phrase: string;
}

function yearOf(word: string | undefined, dated: number | null): number | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/^of\s+/, "");
  if (/^20\d\d$/.test(w)) return Number(w);
  if (/^['’]\d\d$/.test(w)) return 2000 + Number(w.slice(1));
  if (w === "this year") return dated;
  if (w === "next year") return dated === null ? null : dated + 1;
  return null;
}

/**
 * The first period named at or after `from` in the text, as months. A period without a year takes its source's year,
 * or the next one when that part of the year is already past (a schedule looks ahead); undated, it cannot be placed.
 */
export function periodAfter(text: string, from: number, date: string | null): Period | null {
  const dated = date ? Number(date.slice(0, 4)) : null;
  const month = date ? Number(date.slice(5, 7)) - 1 : 0;
  PERIOD.lastIndex = from;
  for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) {
    const span = spanOf(m, dated);
    if (!span) continue;
    const [first, last, year] = span;
    const y = year ?? (dated === null ? null : last < month ? dated + 1 : dated);
    if (y === null) return null;
    return {
      from: y * 12 + first,
      to: y * 12 + last,
      phrase: m[0].replace(/^(?:in|by|until|till|into|to|for|during)\s+/i, ""),
    };
  }
  return null;
}

/** First and last month (0–11) of a matched period and its year, when it gives one. */
function spanOf(m: RegExpExecArray, dated: number | null): [number, number, number | null] | null {
  const g = (i: number) => m[i];
  const yearIn = (i: number) => yearOf(/(?:this year|next year|20\d\d|['’]\d\d)\s*$/i.exec(m[0])?.[0] ?? g(i), dated);
  if (g(1)) {
    const q = ORDINAL[(g(1) as string).toLowerCase()] as number;
    return [(q - 1) * 3, q * 3 - 1, /year|\d\d\s*$/i.test(m[0]) ? yearIn(99) : null];
  }
  if (g(2)) {
    const q = Number(g(2));
    return [(q - 1) * 3, q * 3 - 1, /\d\d\s*$|year\s*$/i.test(m[0]) ? yearIn(99) : null];
  }
  if (g(4)) {
    const h = (g(4) as string).toLowerCase() === "first" ? 0 : 6;
    return [h, h + 5, /year|\d\d\s*$/i.test(m[0]) ? yearIn(99) : null];
  }
  if (g(5)) return g(5) === "1" ? [0, 5, Number(g(6))] : [6, 11, Number(g(6))];
  if (g(7)) {
    const s = SEASON[(g(7) as string).toLowerCase()] as readonly [number, number];
    return [s[0], s[1], /year|\d\d\s*$/i.test(m[0]) ? yearIn(99) : null];
  }
  if (g(8)) {
    const y = yearOf(g(9), dated);
    if (y === null) return null;
    const w = (g(8) as string).toLowerCase();
    if (w === "early" || /start|beginning/.test(w)) return [0, 3, y];
    if (w === "mid") return [4, 7, y];
    return [8, 11, y];
  }
  if (g(10)) {
    const mo = MONTHS.indexOf((g(10) as string).toLowerCase());
    return [mo, mo, g(11) ? Number(g(11)) : null];
  }
  if (g(12)) return [0, 11, Number(g(12))];
  if (/year\s*$/i.test(m[0]) && !g(13)) return dated === null ? null : [/later/i.test(m[0]) ? 0 : 9, 11, dated];
  if (g(13)) {
    const y = yearOf(`${g(13)} year`, dated);
    return y === null ? null : [0, 11, y];
  }
  return null;
}

// What the schedule is of: shipments (ship, deliver), production, or the release. Two readings meet only on one kind.
const EVENTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["shipments", /\b(?:ship(?:s|ped|ping|ments?)?|deliver(?:s|ed|y|ies|ing)?)\b/i],
  ["production", /\b(?:production|mass[- ]produc\w*|produc(?:e|ing)|manufactur\w*)\b/i],
  [
    "release",
    /\b(?:release[sd]?|releasing|launch(?:es|ed|ing)?|debut\w*|arriv(?:e|es|al|ing)|go(?:es)? on sale|roll(?:s|ing)? out|rollout|availab\w*)\b/i,
  ],
];

// A slip: "pushed back to", "pushed the first shipments back to", "delayed into", "slipped to", "will now arrive in",
// "now expected in". The new period follows the slip's words.
const SLIP =
  /\b(?:push(?:ed|es|ing)?\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?back|pushed\s+out|put\s+back|moved\s+back|delay(?:ed|s|ing)?|postpon(?:ed|es|ing)|defer(?:red|s|ring)|reschedul(?:ed|es|ing)|slip(?:ped|s|ping)?|will\s+now|(?:is|are)\s+now\s+(?:expected|due|scheduled|slated|set|planned)|now\s+(?:plans?|expects?|aims?|intends?))\b/iu;
// A schedule: a plan, an expectation or a promise of when. "Remain on track for", "plans to begin … in", "due in".
const SCHEDULE =
  /\b(?:on (?:track|schedule|course)|plans?\s+to|planned\s+to|planning\s+to|expects?\s+to|(?:is|are)\s+(?:expected|due|scheduled|slated|set|poised)|due\s+to|scheduled\s+(?:for|to)|slated\s+(?:for|to)|will\s+(?:begin|start|ship|deliver|launch|release|arrive|go|be)|targets?|targeting|aims?\s+to|intends?\s+to|roadmap)\b/i;
// A schedule passed on as what was once said: "had told customers in January that …", "was originally due in".
const EARLIER_PLAN =
  /\b(?:had\s+(?:\w+\s+)?(?:told|planned|said|expected|promised|targeted|aimed|intended|been|guided|pencilled|penciled)|originally|initially|previously|at first|was\s+(?:supposed|meant|once)|were\s+(?:supposed|meant)|earlier\s+(?:plan|schedule|target|timeline)|original\s+(?:plan|schedule|target|timeline))\b/i;
// An earlier product or past event: "its previous chip shipped in 2025".
const OTHER_TIME = /\b(?:previous|predecessor|prior|last year|a year ago|ago)\b/i;

interface Reading {
  readonly slip: boolean;
  readonly product: string;
  readonly event: string;
  /** Where the period is read from: after the slip's words, or anywhere for a schedule. */
  readonly at: number;
}

/** The product a sentence schedules, when it names exactly one: "MX-300s", "950DT", "Yunjing-5" (not "Q4", "4,000"). */
export function scheduledProduct(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*(?![\p{L}\p{N}%])/gu)) {
    const word = m[0].toLowerCase().replace(/(?<=\d)s$/, "");
    if (!/\d/.test(word) || !/\p{L}/u.test(word)) continue;
    if (/^(?:q[1-4]|h[12]|\d+(?:st|nd|rd|th|m|bn|k|nm|gb|tb|w|kw|mw|gw|gwh|x))$|^(?:19|20)\d\d/.test(word)) continue;
    found.add(word);
  }
  // "Ascend 950", a capitalised name and a number: the number names the product.
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}]+\s+(\d{2,4})(?![\p{L}\p{N}%]|[.,]\d)/gu)) {
    const n = m[1] as string;
    if (!/^(?:19|20)\d\d$/.test(n) && !MONTHS.includes((m[0].split(/\s+/)[0] as string).toLowerCase())) found.add(n);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** What a sentence says of a product's date, or null: a slip, a schedule, or neither (or both, or hedged, or denied). */
function readingOf(text: string): Reading | null {
  if (OTHER_TIME.test(text) || isNegated(text)) return null;
  const certainty = certaintyOf(text);
  if (certainty === "hedged" || certainty === "asked") return null;
  const event = EVENTS.find(([, re]) => re.test(text))?.[0];
  if (!event) return null;
  const slip = SLIP.exec(text);
  if (!slip && (!SCHEDULE.test(text) || EARLIER_PLAN.test(text))) return null;
  const product = scheduledProduct(text);
  if (!product) return null;
  return { slip: slip !== null, product, event, at: slip ? slip.index + slip[0].length : 0 };
}

interface Dated {
  readonly sentence: Sentence;
  readonly reading: Reading;
  readonly period: Period;
  readonly date: string;
}

const DAY = 86_400_000;
/** Two schedules published this close are given at about the same time: neither replaces the other. */
const SAME_TIME_DAYS = 3;

/**
 * Per product and kind of event: a slip reported on a date replaces the schedules for another period published before
 * it (superseded, not disputed); a schedule for another period published on or after it disputes it; two schedules for
 * periods that do not overlap, published within a few days of each other, dispute each other. An undated source is
 * neither older nor newer than any other: it takes part in none of these.
 */
export function scheduleDisagreements(
  sentences: readonly Sentence[],
  context: DisagreementContext,
): { disagreements: Disagreement[]; superseded: Sentence[] } {
  const read = perText(readingOf);
  const dated: Dated[] = [];
  for (const s of sentences) {
    const reading = read(s.text);
    const date = context.dates.get(s.source);
    if (!reading || !date) continue;
    const period = periodAfter(s.text, reading.at, date);
    if (period) dated.push({ sentence: s, reading, period, date });
  }
  const disagreements: Disagreement[] = [];
  const superseded = new Set<Sentence>();
  const apart = (a: Period, b: Period) => a.to < b.from || b.to < a.from;
  const topicOf = (d: Dated) => `${productAsWritten(d.sentence.text, d.reading.product)} ${d.reading.event}`;
  for (const [, group] of groupBy(dated, (d) => [`${d.reading.product}\u0000${d.reading.event}`])) {
    const slips = group.filter((d) => d.reading.slip);
    const schedules = group.filter((d) => !d.reading.slip);
    const taken = new Set<Dated>();
    for (const slip of slips) {
      const other = schedules.filter((c) => apart(c.period, slip.period));
      for (const c of other) if (c.date < slip.date) superseded.add(c.sentence);
      const later = other.filter((c) => c.date >= slip.date);
      const agreeing = slips.filter((s) => !apart(s.period, slip.period));
      const d = split(
        "schedule",
        topicOf(slip),
        agreeing.map((s) => s.sentence),
        later.map((c) => c.sentence),
      );
      if (d && !later.every((c) => taken.has(c))) {
        for (const c of [...agreeing, ...later]) taken.add(c);
        disagreements.push(d);
      }
    }
    // Two schedules at about the same time, none of them a slip's replaced plan.
    const current = schedules.filter((c) => !superseded.has(c.sentence) && !taken.has(c));
    for (const a of current) {
      if (taken.has(a)) continue;
      const near = (b: Dated) => Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= SAME_TIME_DAYS * DAY;
      const against = current.filter((b) => near(b) && apart(a.period, b.period));
      if (against.length === 0) continue;
      const agreeing = current.filter((b) => near(b) && !apart(a.period, b.period));
      const d = split(
        "schedule",
        topicOf(a),
        agreeing.map((b) => b.sentence),
        against.map((b) => b.sentence),
      );
      if (d) {
        for (const b of [...agreeing, ...against]) taken.add(b);
        disagreements.push(d);
      }
    }
  }
  return { disagreements, superseded: [...superseded] };
}

/** The product's name as the sentence writes it ("MX-300"), for the reader. */
function productAsWritten(text: string, product: string): string {
  const at = text.toLowerCase().indexOf(product);
  return at < 0 ? product.toUpperCase() : text.slice(at, at + product.length);
}

/** The period a side of a schedule disagreement gives, as written: "the fourth quarter". */
export function periodPhrase(text: string): string | null {
  const reading = readingOf(text);
  if (!reading) return null;
  PERIOD.lastIndex = reading.at;
  const m = PERIOD.exec(text);
  return m ? m[0].replace(/^(?:in|by|until|till|into|to|for|during)\s+/i, "") : null;
}
