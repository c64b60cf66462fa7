// Who does what to what: the actor, relation and object a sentence states, read only where its structure is plain.
import type { Makers } from "./mentions.ts";
import { predicatesOf, relationOfWord, shippingBegins } from "./predicates.ts";
import { isStopWord, term } from "../text/tokens.ts";
import { type ClaimShape, figureWords } from "./sameClaim.ts";

/**
 * What a sentence asserts, as three slots: who (`agent`), the relation class (see `rules/predicates.ts`) and what it
 * bears on (`theme`, a named thing or a figure). Names are keys: a model number ("690", "h200", "v4"), else the maker
 * a product stands for ("ascend" is `huawei`), else the first word of the name ("cambricon"). Null where unnamed.
 */
export interface Reading {
  readonly agent: string | null;
  readonly relation: string;
  readonly theme: string;
  /** The maker of the theme, when it is a product `makers:` knows: the one who releases it when no one is named. */
  readonly themeMaker: string | null;
  /** The other things it names (a buyer, a place: "shipping the 950 to ByteDance") and when: read when compared. */
  readonly details: () => Details;
}

/** What a reading is compared on besides its slots, read only for readings that share a key with another. */
interface Details {
  /** The other things named, by key. */
  readonly others: readonly string[];
  /** Dates as written: days ("d:apr24"), months ("m:apr"), weekdays ("w:tues"), years, quarters ("q:1"). */
  readonly when: readonly string[];
}

/**
 * Relations whose actor is implied when the sentence names none: a product is released, shipped or rises by itself
 * ("the Siyuan 690 made its debut", "shares of Cambricon jumped"), and its maker is who released it.
 */
const IMPLIED_ACTOR = new Set(["release", "deliver", "rise", "fall"]);

const TOKEN = /[\p{L}\p{N}$]+(?:['’.+-][\p{L}\p{N}]+)*(?:['’]s?)?|[,;:()[\]—–]|\s-\s/gu;

/** Words before a noun: a relation word after one of them names an event ("the launch", "its order"), not an act. */
const DETERMINER = new Set(
  "the a an its their his her our my your this these those whose any no each every another first latest new planned reported recent".split(
    " ",
  ),
);
/** A relation word after a preposition is a noun: "within a day of release", "after launch". */
const PREPOSITION = new Set("of in on at after before since for with by from upon following until ahead".split(" "));
const BE = new Set("is are was were be been being".split(" "));
const AUX = new Set("will would to can could may might must shall should does did do has have had".split(" "));
/** Words that may stand between a verb and its subject or its object without changing who or what. */
const ADVERB = new Set(
  "also now still already first finally just again not never reportedly since then yet".split(" "),
);
/** A preposition right after the verb belongs to it ("runs on", "bought from", "slower than"). */
const PARTICLE = new Set("on from to with behind into for than over".split(" "));
/** Words that end the object's noun phrase: a preposition, a conjunction or a relative pronoun. */
const STOPPER = new Set(
  "in on at for from to by with since after before during over under which that who while but and or as because than when where though although amid despite via per through across until ahead against including worth rather".split(
    " ",
  ),
);
const RELATIVE = new Set("which who whom whose where".split(" "));
const CALENDAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4]|h[12])\.?$/i;
/** "Chinese", "American", "Korean": an adjective of origin, not who acts. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ese|ian|ean|ish|can)$/u;
/** A capitalised first word that is a plural, an adverb or a gerund is a common word ("Shares", "Separately"). */
const COMMON_OPENING = /^\p{Lu}\p{Ll}+(?:[^s'aiu]s|ly|ing)$/u;
/** A model number with its family letters and variant: "V4", "H200", "950PR", "910C", "A100s". */
const MODEL = /^(\p{L}{0,3})(\d+(?:\.\d+)?)(\p{L}*)$/u;

/** A denial whose object is a relation ("denies buying any 950s"): the stance rules may read it as plain. */
const DENIAL = /\b(?:den(?:y|ies|ied|ying)|refut\w*|disput\w*|reject\w*)\b/i;
const NOUN_ENDING = /(?:ments?|tions?|ances?|ies|ers?)$/i;

/** A token as written, whether it is a word, and its lower case without a possessive ("nvidia" for "Nvidia's"). */
type Token = {
  readonly text: string;
  readonly word: boolean;
  readonly low: string;
  /** As written without a possessive ending ("Nvidia" for "Nvidia's"), and whether it had one. */
  readonly bare: string;
  readonly possessive: boolean;
};

/** A name as written, and whether it was possessive ("Nvidia's H200"). */
type Name = { readonly key: string; readonly maker: string | null; readonly possessive: boolean; readonly end: number };

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const text = m[0].trim();
    const apostrophe = possessiveAt(text);
    const bare = apostrophe >= 0 ? text.slice(0, apostrophe) : text;
    return { text, word: /[\p{L}\p{N}]/u.test(text), low: bare.toLowerCase(), bare, possessive: apostrophe >= 0 };
  });
}

/** Where a possessive ending ("'s", "’", "'") starts in a word, or -1: read from its last two characters. */
function possessiveAt(text: string): number {
  const n = text.length;
  const last = text[n - 1];
  if (last === "'" || last === "’") return n - 1;
  if (last === "s" && (text[n - 2] === "'" || text[n - 2] === "’")) return n - 2;
  return -1;
}

const lower = (t: Token | undefined): string => t?.low ?? "";

/** The companies `makers:` names, once per settings. */
const COMPANIES = new WeakMap<Makers, ReadonlySet<string>>();
function companiesOf(makers: Makers): ReadonlySet<string> {
  let found = COMPANIES.get(makers);
  if (!found) COMPANIES.set(makers, (found = new Set(makers.values())));
  return found;
}

/** Whether a token can be part of a name: capitalised or a model number, not a function word, date or demonym. */
function nameWord(tokens: readonly Token[], i: number, makers: Makers): boolean {
  const t = tokens[i];
  if (!t?.word) return false;
  const bare = t.bare;
  const low = t.low;
  if (makers.has(low) || companiesOf(makers).has(low)) return true;
  if (isStopWord(low) || CALENDAR.test(bare) || DEMONYM.test(bare) || /^\d{4}$/.test(bare)) return false;
  if (/^\d+(?:[.,]\d+)*$/.test(bare)) {
    // A bare number is a model after a name ("Siyuan 690") or after "the" ("the 690"), never a count or a day.
    const before = tokens[i - 1];
    return (
      Boolean(before && (/^\p{Lu}/u.test(before.text) || /^(?:the|its)$/i.test(before.text))) && /^\d{3,4}$/.test(bare)
    );
  }
  // "V4-Pro" and "910C" are models; "1-million-token" is a figure.
  if (/^\d+(?:st|nd|rd|th)$/i.test(bare)) return false;
  if (/\d/.test(bare)) return /\p{L}/u.test(bare.split("-")[0] ?? "") && MODEL.test(bare.split("-")[0] ?? "");
  if (!/^\p{Lu}/u.test(bare)) return false;
  return !(i === 0 && COMMON_OPENING.test(bare));
}

/** The key of a name of one or more words: its model number, else the maker of a product it names, else its first word. */
function nameOf(lows: readonly string[], makers: Makers, possessive: boolean, end: number): Name {
  let maker: string | null = null;
  for (const l of lows) maker ??= makers.get(l) ?? null;
  for (const l of lows) {
    const m = MODEL.exec(l.split("-")[0] ?? "");
    if (!m || !/\d/.test(l)) continue;
    // "950PR" is a 950; "A100s" are A100s; "910C" is its own chip.
    const suffix = (m[3] as string).length === 1 && m[3] !== "s" ? (m[3] as string) : "";
    return { key: `${m[1]}${m[2]}${suffix}`, maker, possessive, end };
  }
  const companies = companiesOf(makers);
  for (const l of lows) if (companies.has(l)) return { key: l, maker: null, possessive, end };
  if (maker) return { key: maker, maker: null, possessive, end };
  return { key: lows[0] as string, maker: null, possessive, end };
}

/** The names in a stretch of tokens, in order: runs of name words. */
function namesIn(tokens: readonly Token[], from: number, to: number, makers: Makers): Name[] {
  const out: Name[] = [];
  let run: string[] = [];
  const flush = (possessive: boolean, end: number): void => {
    if (run.length > 0) out.push(nameOf(run, makers, possessive, end));
    run = [];
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (nameWord(tokens, i, makers)) {
      run.push(t.low);
      if (t.possessive) flush(true, i + 1);
    } else flush(false, i);
  }
  flush(false, to);
  return out;
}

/** Nouns for the thing a maker's name stands for: "Huawei processors" are Huawei's, as "Huawei" alone would be. */
const PRODUCT_NOUN = new Set(
  "chip processor accelerator gpu silicon hardware model card part unit server cluster system device product"
    .split(" ")
    .map(term),
);
/** Verbs that put a clause of their own between a name and the relation ("V4 set to run", "Nvidia is going to"). */
const VERBISH = new Set(
  "set going poised due plans plan aims wants intends hopes reckons thinks believes expects".split(" "),
);

/** Verbs that only say when the relation starts or goes on: "Huawei began shipping". */
const ASPECT = new Set(
  "begin began begun begins start started starts continue continued continues commence commenced".split(" "),
);

/**
 * The thing a stretch is about when a common noun follows its name: "Nvidia's market share" and "Cambricon shares" are
 * about a share, not about the company ("nvidia:share"), unless the noun is one for its products ("Huawei processors").
 */
function withHead(name: Name | null, tokens: readonly Token[], to: number): Name | null | undefined {
  if (!name) return name;
  let head: string | null = null;
  for (let i = name.end; i < to; i++) {
    const t = tokens[i] as Token;
    const low = lower(t);
    if (!t.word || !/^\p{Ll}/u.test(t.text) || isStopWord(low) || BE.has(low) || AUX.has(low) || ASPECT.has(low))
      continue;
    if (ADVERB.has(low) || /ly$/.test(low)) continue;
    // A verb or a figure after the name ("Washington decided…", "Brackenridge reckons about 30 percent…") says
    // another clause stands between the name and the relation: who does what is then not plain.
    if (/ed$/.test(low) || VERBISH.has(low) || /\d/.test(low)) return undefined;
    head = term(low);
  }
  return head && !PRODUCT_NOUN.has(head) ? { ...name, key: `${name.key}:${head}` } : name;
}

/**
 * The one thing a stretch names, or undefined when it names several: a possessive before another name says whose it
 * is ("Cambricon's Siyuan 690" is the 690), and a maker beside its own product is that product.
 */
function oneName(names: readonly Name[]): Name | null | undefined {
  const kept = names.filter((n, i) => !(n.possessive && i < names.length - 1));
  const products = new Set(kept.map((n) => n.maker).filter((m) => m !== null));
  const distinct = new Map<string, Name>();
  for (const n of kept) if (!products.has(n.key)) distinct.set(n.key, n);
  if (distinct.size > 1) return undefined;
  return [...distinct.values()][0] ?? null;
}

const isWordIn = (set: ReadonlySet<string>, t: Token | undefined): boolean => Boolean(t?.word && set.has(lower(t)));
const isAdverb = (t: Token | undefined): boolean =>
  Boolean(t?.word && (ADVERB.has(lower(t)) || /\p{Ll}ly$/u.test(t.text)));

/**
 * Whether the relation word at `at` is used as a verb: not after an article, a possessive or a preposition ("the
 * launch", "its order", "after release"), not before "of", not a noun by its ending ("shipments", "production"), and not
 * a plural after a name with no object after it ("Huawei orders rose"; but "Halcyon makes the 300", "V4 runs on").
 */
function isVerb(tokens: readonly Token[], at: number, makers: Makers): boolean {
  const word = tokens[at] as Token;
  // A capitalised relation word opens a headline or a sentence whose subject it is ("Shipments of the 690 began").
  if (at === 0 && /^\p{Lu}/u.test(word.text)) return false;
  let b = at - 1;
  while (isAdverb(tokens[b])) b--;
  const before = tokens[b];
  if (isWordIn(DETERMINER, before) || isWordIn(PREPOSITION, before) || (before?.word && before.possessive))
    return false;
  if (lower(tokens[at + 1]) === "of" || NOUN_ENDING.test(word.text)) return false;
  let a = at + 1;
  while (isAdverb(tokens[a])) a++;
  const objectFollows = isWordIn(DETERMINER, tokens[a]) || isWordIn(PARTICLE, tokens[a]) || nameWord(tokens, a, makers);
  return !(/[^s]s$/.test(word.text) && b >= 0 && nameWord(tokens, b, makers) && !objectFollows);
}

/**
 * Who does what to what, when the sentence says it plainly: one relation class, stated by a verb (not a noun: "the
 * launch of"), one name before it, one name or figure after it. "was ordered by ByteDance" has ByteDance as actor.
 * Null when the reading is unsure: two relations, a relation word used as a noun, two names where one is expected, a
 * relative clause, or nothing named for the relation to bear on.
 */
export function readClaim(
  core: string,
  makers: Makers,
  figure = "",
  relations: ReadonlySet<string> = predicatesOf(core),
): Reading | null {
  if (DENIAL.test(core) || relations.size === 0) return null;
  const tokens = tokenize(core);
  const delivering = relations.has("deliver") && shippingBegins(core);
  // The relation is the one its verb states: relation words used as nouns ("in production", "the launch of") name
  // events around the claim. Verbs of two relations are two claims.
  let at = -1;
  let relation = "";
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    const found = delivering && /^(?:ship|deliver)/i.test(t.text) ? "deliver" : relationOfWord(t.text);
    if (!found || !relations.has(found) || !isVerb(tokens, k, makers)) continue;
    if (at >= 0 && found !== relation) return null;
    if (at < 0) [at, relation] = [k, found];
  }
  if (at < 0) return null;
  const verb = tokens[at] as Token;
  let b = at - 1;
  while (isAdverb(tokens[b])) b--;
  const before = tokens[b];
  const passive = isWordIn(BE, before) && /(?:ed|en|wn|ld|ght|un|de|lt)$/i.test(verb.text);
  // The subject: after the last clause break before the verb, asides between commas or in brackets left out.
  const left: Token[] = [];
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const t = tokens[i] as Token;
    if (t.text === "(" || t.text === "[") depth++;
    else if (t.text === ")" || t.text === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0) left.push(t);
  }
  let start = 0;
  for (let i = 0; i < left.length; i++) {
    const t = left[i] as Token;
    if (/^[;:—–-]$/.test(t.text) || lower(t) === "that") start = i + 1;
    else if (t.text === ",") {
      // "SMIC, China's biggest contract chipmaker, produces": an aside between two commas is skipped, not a break.
      const next = left.findIndex((u, j) => j > i && u.text === ",");
      if (next < 0) start = i + 1;
      else {
        left.splice(i, next - i + 1);
        i--;
      }
    }
  }
  const clause = left.slice(start);
  if (clause.some((t) => isWordIn(RELATIVE, t))) return null;
  // The subject is the clause's first noun phrase: "Nvidia's share in China fell" is about Nvidia's share.
  const cut = clause.findIndex((t) => isWordIn(STOPPER, t) || lower(t) === "of");
  // "Kestrel and Vantor ordered": two actors, perhaps two claims.
  if (cut >= 0 && /^(?:and|or|nor|&)$/.test(lower(clause[cut]))) return null;
  const subject = cut < 0 ? clause : clause.slice(0, cut);
  // Every name in the actor's and the object's phrases is theirs ("DeepSeek's V4"), not another party.
  const inSlots = new Set<string>();
  const named = (found: Name[]): Name[] => {
    for (const n of found) inSlots.add(n.key);
    return found;
  };
  const subjectNames = oneName(named(namesIn(subject, 0, subject.length, makers)));
  if (subjectNames === undefined) return null;
  const subjectName = withHead(subjectNames, subject, subject.length);
  if (subjectName === undefined) return null;
  // The object: the noun phrase after the verb (and its particle), up to a preposition or a clause break.
  let i = at + 1;
  while (isAdverb(tokens[i])) i++;
  const particle = isWordIn(PARTICLE, tokens[i]);
  if (particle) i++;
  let end = i;
  while (
    end < tokens.length &&
    (tokens[end] as Token).word &&
    !isWordIn(STOPPER, tokens[end]) &&
    lower(tokens[end]) !== "of" &&
    !(/^[$€£¥]?\d/.test((tokens[end] as Token).text) && !nameWord(tokens, end, makers))
  )
    end++;
  let agent: Name | null;
  let theme: Name | null;
  if (passive) {
    theme = subjectName;
    const by = tokens.findIndex((t, j) => j > at && lower(t) === "by");
    let to = by + 1;
    while (by >= 0 && to < tokens.length && (tokens[to] as Token).word && !isWordIn(STOPPER, tokens[to])) to++;
    const byName = by < 0 ? null : oneName(named(namesIn(tokens, by + 1, to, makers)));
    if (byName === undefined) return null;
    agent = byName;
  } else {
    agent = subjectName;
    const objectName = oneName(named(namesIn(tokens, i, end, makers)));
    if (objectName === undefined) return null;
    const head = withHead(objectName, tokens, end);
    if (head === undefined) return null;
    // A thing acted on but not named ("released a preview of its model", "ordered the chips") is not read.
    if (head === null && end > i && !particle) return null;
    theme = head;
  }
  // "The Siyuan 690 made its debut": what is released, shipped or rises is the theme, its maker the actor.
  if (!theme && IMPLIED_ACTOR.has(relation) && agent) [theme, agent] = [agent, null];
  const themeKey = theme?.key ?? (figure || null);
  if (!themeKey) return null;
  const themeMaker = theme?.maker ?? null;
  const slots = new Set([agent?.key, agent?.maker, themeKey, themeMaker, ...inSlots].map((k) => k?.split(":")[0]));
  let details: Details | null = null;
  const read = (): Details => {
    details ??= {
      others: [...new Set(namesIn(tokens, 0, tokens.length, makers).map((n) => n.key))].filter((k) => !slots.has(k)),
      when: datesIn(core),
    };
    return details;
  };
  return { agent: agent?.key ?? null, relation, theme: themeKey, themeMaker, details: read };
}

const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}\b`, "gi");
const MONTH_DAY = new RegExp(String.raw`\b${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?\b`, "gi");
const MONTH_ALONE =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December|(?:in|early|late|mid|mid-|since|by|until)\s*(?:May|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\b/g;
const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;
const YEAR = /\b(?:19|20)\d{2}\b/g;
const QUARTER = /\b(?:Q([1-4])|(first|second|third|fourth) quarter)\b/gi;
const ORDINAL: Readonly<Record<string, string>> = { first: "1", second: "2", third: "3", fourth: "4" };
const month = (word: string): string => word.slice(0, 3).toLowerCase();

/** The dates a text gives, each as a tag of its kind: "d:apr24", "m:apr", "w:tues", "y:2026", "q:1". */
export function datesIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(DAY_MONTH)) out.add(`d:${month(m[2] as string)}${Number(m[1])}`);
  for (const m of text.matchAll(MONTH_DAY)) out.add(`d:${month(m[1] as string)}${Number(m[2])}`);
  for (const m of text.matchAll(MONTH_ALONE)) out.add(`m:${month((m[0] as string).split(/[\s-]+/).at(-1) as string)}`);
  for (const d of out) if (d.startsWith("d:")) out.add(`m:${d.slice(2, 5)}`);
  for (const m of text.matchAll(WEEKDAY)) out.add(`w:${(m[1] as string).toLowerCase()}`);
  for (const m of text.matchAll(YEAR)) out.add(`y:${m[0]}`);
  for (const m of text.matchAll(QUARTER)) out.add(`q:${m[1] ?? ORDINAL[(m[2] as string).toLowerCase()]}`);
  return [...out].filter((d) => !d.startsWith("m:") || MONTHS.includes(d.slice(2)));
}

/** Whether two lists of dates contradict: of some kind, both give dates and share none. */
function datesDiffer(a: readonly string[], b: readonly string[]): boolean {
  for (const kind of ["d:", "m:", "w:", "y:", "q:"]) {
    const x = a.filter((d) => d.startsWith(kind));
    const y = b.filter((d) => d.startsWith(kind));
    if (x.length > 0 && y.length > 0 && !x.some((d) => y.includes(d))) return true;
  }
  return false;
}

/** Whether each of two lists names something the other does not: "to ByteDance" against "to Tencent". */
function othersDiffer(a: readonly string[], b: readonly string[]): boolean {
  return a.some((k) => !b.includes(k)) && b.some((k) => !a.includes(k));
}

/** The index key of a reading: two readings that may agree share it. */
export function readingKey(r: Reading): string {
  return `${r.relation}|${r.theme}`;
}

/**
 * Whether two readings state one claim: the same relation bearing on the same thing, by the same actor. An actor left
 * unnamed agrees only where the relation implies one (a release is its maker's): "ByteDance ordered the 690" and "the
 * 690 was ordered" are not known to be one claim.
 */
export function readingsAgree(a: Reading, b: Reading): boolean {
  if (a.relation !== b.relation || a.theme !== b.theme) return false;
  // One relation to one thing on two dates, or towards two other parties, is two events.
  const [x, y] = [a.details(), b.details()];
  if (datesDiffer(x.when, y.when) || othersDiffer(x.others, y.others)) return false;
  if (a.agent !== null && b.agent !== null) return a.agent === b.agent;
  if (!IMPLIED_ACTOR.has(a.relation)) return false;
  const named = a.agent ?? b.agent;
  const maker = a.themeMaker ?? b.themeMaker;
  return named === null || maker === null || named === maker || named === a.theme;
}

/** Whether two readings state one relation with the roles swapped: "Kestrel beat Vantor" against "Vantor beat Kestrel". */
export function rolesSwapped(a: Reading | null, b: Reading | null): boolean {
  return Boolean(a && b && a.relation === b.relation && a.agent !== null && a.agent === b.theme && a.theme === b.agent);
}

/**
 * The reading of a sentence's claim shape, where the claim is one a reading can hold: a statement, plain or hedged.
 * What is expected or asked turns on when and whether ("V4 is expected within weeks" and "V4 would arrive around
 * mid-February" are two claims with one reading), which a reading does not hold.
 */
export function readShape(shape: ClaimShape, makers: Makers): Reading | null {
  if (!/ (?:stated|hedged)\b/.test(shape.stance)) return null;
  if (shape.predicates.size !== 1) return null;
  return readClaim(shape.core, makers, figureWords(shape).split(" ")[0] ?? "", shape.predicates);
}
