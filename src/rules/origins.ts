// Who a claim comes from: the outlets and people its sources credit, not how many pages repeat it.
import type { SourceKind } from "../model/types.ts";
import type { Sentence } from "../model/types.ts";
import { CAPITAL, citesUnnamed, creditsEarlierReport, originKey } from "./assertion.ts";
import { isAcronymOf, NameForms, otherFormOf } from "./nameForms.ts";

/** What the origin rule needs to know of a source. */
export interface OriginSource {
  readonly id: string;
  readonly kind: SourceKind;
  /** Its own outlet: "two people told Lantern Wire" in Lantern Wire's own story is that story's own reporting. */
  readonly publisher: string | null;
  /**
   * The outlet whose copy the page runs, when it carries another's (see `carriedOutlet`): its sentences are that
   * outlet's reporting, and every page that carries it is one origin with it.
   */
  readonly carries?: string | null;
  /**
   * The organisation a page's author holds a post at, when the page is their own post (see `employerOf`): what it says
   * without credit is that organisation's word, one origin with what others credit to it.
   */
  readonly speaksFor?: string | null;
}

/** One member of a claim: its source, and the named outlets or people the sentence credits (see `attributionOf`). */
export interface OriginMember {
  readonly source: string;
  readonly attribution: readonly string[];
  /**
   * When it credits a company it does not name ("…, the company said", see `creditsTheCompany`): the text of its
   * article before it, where the company was named.
   */
  readonly company?: string;
  /** True when it credits another outlet without naming it: "a second outlet said" (see `creditsAnOutlet`). */
  readonly relayed?: boolean;
  /**
   * When it gives the terms of a rule or of a deal and credits no one: "The requirement applies from January 15", "The
   * signed agreement covers 50,000 units" (see `termsOf`).
   */
  readonly terms?: "rule" | "deal";
}

/**
 * A sentence whose subject is a rule, a requirement or a ban and that gives its terms: "The requirement applies from
 * January 15", "The US licence rule for memory exports, which takes effect on January 15". Only the body that makes a
 * rule sets its terms: a page that states them passes on that body's word.
 */
const RULE_TERMS =
  /^[\s\-–—•*·]*(?:The|This|That|Its|Their|A|An)\s+(?:[\w.'’-]+\s+){0,4}?(?:rule|requirement|regulation|restriction|ban|curbs?|licen[cs]e rule|licen[cs]ing rule|control)s?\b[^.;]{0,120}?\b(?:takes? effect|took effect|(?:will\s+)?(?:appl(?:y|ies|ied)|cover(?:s|ed)?|kicks? in|comes? into (?:force|effect)|goes? into effect|requires?|required|bars?|barred|exempts?|exempted|extends?|extended))\b/;

/** The same of a deal: "The signed Tianchuan agreement covers 50,000 units" gives what its parties agreed. */
const DEAL_TERMS =
  /^[\s\-–—•*·]*(?:The|This|That|Its|Their)\s+(?:[\w.'’-]+\s+){0,4}?(?:agreement|deal|contract)s?\b[^.;]{0,120}?\b(?:covers?|covered|includes?|included|(?:is|was|would be) (?:worth|valued)|calls? for|called for)\b/;

/** Who told: "…, two of the people said", "according to three people". */
const SAYS_WHO = /\b(?:said|says|say|told|tells|according to|reported|reports)\b/i;

/**
 * Whether a sentence gives the terms of a rule or a deal (see `RULE_TERMS`, `DEAL_TERMS`), as its own subject. A
 * sentence that says who told it ("…, two of the people said") is someone's reporting, not terms passed on.
 */
export function termsOf(text: string): "rule" | "deal" | null {
  if (citesUnnamed(text) || SAYS_WHO.test(text)) return null;
  return RULE_TERMS.test(text) ? "rule" : DEAL_TERMS.test(text) ? "deal" : null;
}

const CAPITAL_KEY = new RegExp(`^${CAPITAL}$`, "i");

/** What may be an acronym (see `isAcronymOf`): a few capitals, tested before the costlier spelling-out. */
const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;

/** A body that makes rules: a ministry, a department, a commission. */
const RULE_MAKER =
  /\b(?:ministry|department|commission|agency|administration|government|bureau|regulator|office|council)$/;

const OUTLET = new WeakMap<OriginSource, string | null>();

/** The outlet a source's own reporting belongs to: the copy it carries, else its publisher; the fuller of two forms. */
function outletOf(source: OriginSource | undefined): string | null {
  if (source === undefined) return null;
  let outlet = OUTLET.get(source);
  if (outlet === undefined) OUTLET.set(source, (outlet = readOutlet(source)));
  return outlet;
}

function readOutlet(source: OriginSource): string | null {
  const carries = source.carries ?? source.speaksFor ?? null;
  const publisher = source.publisher;
  if (!carries || !publisher) return carries ?? publisher;
  // "(Northgate)" in the dateline of Northgate Press's own story is its publisher, shortened.
  return otherFormOf(originKey(carries), [originKey(publisher)]) === undefined ? carries : publisher;
}

/**
 * The key of the outlet a page's reporting belongs to (see `outletOf`), for comparing pages; null when unknown. Of
 * two forms of one name ("Northgate" in the dateline of a Northgate Press story) the shorter, so that both give one.
 */
export function outletKeyOf(publisher: string | null, carries: string | null): string | null {
  const outlet = outletOf({ id: "", kind: "article", publisher, carries });
  if (outlet === null) return null;
  const forms = [outlet, outlet === carries ? publisher : null]
    .filter((x): x is string => x !== null)
    .map(originKey)
    .filter((k) => k === originKey(outlet) || otherFormOf(k, [originKey(outlet)]) !== undefined);
  return forms.sort((a, b) => a.length - b.length)[0] as string;
}

/**
 * The independent origins of a claim: the names credited, in order of first mention, then the sources that credit no
 * one. A source that credits the claim to someone, in any of its sentences that state it, relays their report: its
 * origins are those names ("Reuters", "Jensen Huang"). A source that credits no one named (or only its own outlet, or
 * unnamed people) is an origin itself, by its id, unless its outlet is one the others credit (Reuters' own story of
 * what other pages say "Reuters reported"). Pages of one outlet, and pages that run one outlet's copy (syndicated wire
 * stories, reprints), are one source: what any of them credits, all of them do. A source whose only credit is "the
 * company said", of a company its article named before and others credit by name, or "another outlet said" where
 * others name the outlets, passes on someone's word and adds no origin. An aggregator that
 * credits no one adds itself only when nothing else backs the claim: it retells others' reporting.
 * Names are compared without case or a leading "the": "the Financial Times" and "Financial Times" are one origin.
 */
export function originsOf(
  members: readonly OriginMember[],
  sources: ReadonlyMap<string, OriginSource>,
  executives: Executives = new Set(),
): string[] {
  // A page that runs another outlet's copy is one source with that outlet's own page, and with the other pages that run
  // it: the first of them stands for all. Two stories of one outlet stay two sources.
  const groupOf = new Map<string, string>();
  const firstOfOutlet = new Map<string, { group: string; byReprint: boolean }>();
  const outletForms = new NameForms();
  const credited = new Map<string, string[]>();
  const company = new Map<string, string[]>();
  const relayed = new Set<string>();
  const terms = new Map<string, "rule" | "deal">();
  const order: string[] = [];
  for (const m of members) {
    let group = groupOf.get(m.source);
    if (group === undefined) {
      const source = sources.get(m.source);
      const outlet = outletOf(source);
      const key = outlet ? originKey(outlet) : null;
      const reprint = !!(source?.carries ?? source?.speaksFor) && outlet !== source?.publisher;
      const known = key === null ? undefined : outletForms.find(key);
      const first = known === undefined ? undefined : firstOfOutlet.get(known);
      group = first && (reprint || first.byReprint) ? first.group : m.source;
      if (key !== null && first === undefined) {
        firstOfOutlet.set(key, { group, byReprint: reprint });
        outletForms.add(key);
      } else if (first && !reprint) first.byReprint = false;
      groupOf.set(m.source, group);
    }
    let names = credited.get(group);
    if (!names) {
      credited.set(group, (names = []));
      order.push(group);
    }
    const own = sources.get(m.source)?.publisher;
    const outlet = outletOf(sources.get(m.source));
    for (const name of m.attribution)
      if ((!own || originKey(name) !== originKey(own)) && (!outlet || originKey(name) !== originKey(outlet)))
        names.push(name);
    if (m.relayed && m.attribution.length === 0) relayed.add(group);
    if (m.terms && m.attribution.length === 0) terms.set(group, m.terms);
    if (m.company !== undefined && m.attribution.length === 0)
      company.set(group, [...(company.get(group) ?? []), m.company]);
  }
  // What an outlet's own page in the claim credits: "Harbourline Wire reported" on another page passes on what
  // Harbourline's story says the department said, so its origin is the department.
  const relayedBy = new Map<string, string[]>();
  for (const id of order) {
    const names = credited.get(id) as string[];
    const outlet = outletOf(sources.get(id));
    if (names.length > 0 && outlet) relayedBy.set(originKey(outlet), names);
  }
  const relayingForms = new NameForms(relayedBy.keys());
  const through = (name: string): readonly string[] => {
    const key = originKey(name);
    const outlet = relayingForms.find(key);
    return outlet === undefined ? [name] : (relayedBy.get(outlet) as string[]);
  };
  const out = new Map<string, string>();
  // The names credited so far, in `out`, found by any of their forms.
  const creditForms = new NameForms();
  const aggregators: string[] = [];
  // Sources that credit no one, with the key of their outlet: an outlet's own report, which pages crediting that outlet
  // relay, is one origin with theirs.
  const own = new Map<string, string | null>();
  for (const id of order) {
    const names = credited.get(id) as string[];
    if (names.length === 0) {
      const source = sources.get(id);
      if (source?.kind === "aggregator") aggregators.push(id);
      else {
        const outlet = outletOf(source);
        own.set(id, outlet ? originKey(outlet) : null);
      }
      continue;
    }
    for (const name of names.flatMap(through)) {
      const key = originKey(name);
      const known = creditForms.find(key);
      // Two forms of one name ("Hanul", "Hanul Energy") are one origin, shown by its fuller form.
      if (known === undefined) {
        out.set(key, name);
        creditForms.add(key);
      } else if (name.length > (out.get(known) as string).length) out.set(known, name);
    }
  }
  // "Beijing has called it…" where the claim also credits a ministry: the capital stands for its government, most
  // likely the body credited; when that cannot be told, one origin rather than two.
  if ([...out.keys()].some((key) => RULE_MAKER.test(key)))
    for (const key of [...out.keys()]) if (CAPITAL_KEY.test(key)) out.delete(key);
  // "MOFCOM" where the claim also credits China's commerce ministry: one body, by its acronym.
  for (const [key, name] of out)
    if (ACRONYM.test(name) && [...out.values()].some((other) => other !== name && isAcronymOf(name, other)))
      out.delete(key);
  const credits = [...out.keys()];
  for (const [id, outlet] of own) {
    // "The company said" of a company its article named before, that others credit by name: its word passed on.
    const before = company.get(id);
    if (before?.some((text) => [...out.values()].some((name) => text.includes(name)))) continue;
    // "The lab said" where another page quotes someone who holds a post: the person speaks for a company, most
    // likely the one this page does not name again; when that cannot be told, one origin rather than two.
    if (before !== undefined && credits.some((key) => formIn(key, executives))) continue;
    // "A second outlet said" where others name the outlets: a report passed on, not the page's own.
    if (relayed.has(id) && credits.length > 0) continue;
    // "The requirement applies from January 15" where others credit the department that made it: its terms, passed on.
    if (terms.get(id) === "rule" && credits.some((key) => RULE_MAKER.test(key))) continue;
    // "The signed agreement covers 50,000 units" where others credit a party or a report of the deal: what was agreed,
    // passed on. Whether the page had the terms from its own sources cannot be told; one origin rather than two.
    if (terms.get(id) === "deal" && credits.some((key) => !formIn(key, executives))) continue;
    if (outlet === null || creditForms.find(outlet) === undefined) out.set(id, id);
  }
  if (out.size === 0) for (const id of aggregators.slice(0, 1)) out.set(id, id);
  dropExecutives(out, sources, executives);
  return [...out.values()];
}

/**
 * An executive or a spokesperson speaks for a company: where a claim credits one ("Lou Jingwen, the chief technology
 * officer, says") and also names an organisation that is no outlet of the archive ("Qiantang says"), the person is
 * taken to speak for it and adds no origin. A claim that credits only people keeps them.
 */
function dropExecutives(
  out: Map<string, string>,
  sources: ReadonlyMap<string, OriginSource>,
  executives: Executives,
): void {
  if (executives.size === 0 || out.size < 2) return;
  const isExecutive = (key: string) => formIn(key, executives);
  const people = [...out.keys()].filter(isExecutive);
  if (people.length === 0) return;
  // "Kong Deming, Weiyang's chief executive" where the claim also credits Weiyang: his word is the company's, even
  // when the company publishes its own pages and so is an outlet of the archive.
  const present = new Map<string, boolean>();
  let keys: string[] | null = null;
  for (const key of people) {
    const employer = employerKey(key, executives);
    if (!employer) continue;
    let here = present.get(employer);
    if (here === undefined) {
      keys ??= [...out.keys()];
      here = out.has(employer) || otherFormOf(employer, keys) !== undefined;
      present.set(employer, here);
    }
    // Or the company's own page in the claim: its press release, which stands as an origin by its id.
    here ||= [...out.keys()].some((id) => /^\d+$/.test(out.get(id) ?? "") && ownKeyOf(id, sources) === employer);
    if (here) out.delete(key);
  }
  if (out.size < 2) return;
  const outlets = outletKeys(sources);
  // An organisation: one word ("Qiantang", "Nvidia") or a name with a company's word ("Hexin Memory", "Orla AI"); two
  // or three plain words are as likely another person.
  const organisation = [...out.keys()].some(
    (key) =>
      !isExecutive(key) &&
      !/^\d+$/.test(out.get(key) ?? "") &&
      !formIn(key, outlets) &&
      (!key.includes(" ") || COMPANY_WORD.test(key)),
  );
  if (organisation) for (const key of people) out.delete(key);
}

/** The key of the outlet a source's own reporting belongs to (see `outletOf`), or null. */
function ownKeyOf(id: string, sources: ReadonlyMap<string, OriginSource>): string | null {
  const outlet = outletOf(sources.get(id));
  return outlet === null ? null : originKey(outlet);
}

const EMPLOYERS = new WeakMap<Executives, Map<string, string | null>>();

/** The key of the organisation whose post an executive's introduction names, remembered per archive. */
function employerKey(key: string, executives: Executives): string | null {
  const employers = executives.employers;
  if (!employers || employers.size === 0) return null;
  let known = EMPLOYERS.get(executives);
  if (!known) EMPLOYERS.set(executives, (known = new Map()));
  let found = known.get(key);
  if (found === undefined) {
    const form = employers.has(key) ? key : otherFormOf(key, employers.keys());
    known.set(key, (found = form === undefined ? null : (employers.get(form) ?? null)));
  }
  return found;
}

const COMPANY_WORD =
  /\b(?:ai|labs?|memory|semiconductors?|microsystems|electronics|technolog(?:y|ies)|tech|group|inc|corp|corporation|co|ltd|limited|holdings|systems|devices|computing|compute|cloud|networks|motors|energy|power|capital|securities|partners|ministry|department|commission|agency|administration|government|bureau)$/;

const FORMS = new WeakMap<ReadonlySet<string>, NameForms>();

/**
 * Whether `key` is one of `keys` or another form of one (see `otherFormOf`), indexed once per set: a large archive asks
 * it of many names, among hundreds, for thousands of claims.
 */
function formIn(key: string, keys: ReadonlySet<string>): boolean {
  let forms = FORMS.get(keys);
  if (!forms) FORMS.set(keys, (forms = new NameForms(keys)));
  return forms.find(key) !== undefined;
}

const OUTLETS = new WeakMap<ReadonlyMap<string, OriginSource>, ReadonlySet<string>>();

/** The keys of every outlet the archive's pages belong to, worked out once per archive. */
function outletKeys(sources: ReadonlyMap<string, OriginSource>): ReadonlySet<string> {
  let keys = OUTLETS.get(sources);
  if (!keys) {
    keys = new Set(
      [...sources.values()].flatMap((s) => [s.publisher, s.carries].filter((x): x is string => !!x).map(originKey)),
    );
    OUTLETS.set(sources, keys);
  }
  return keys;
}

// A person introduced with the post they hold: "Lou Jingwen, the chief technology officer", "Jensen Huang, Nvidia's
// chief executive", "Wen Bo, founder and chief executive officer of Marrow Silicon", "Shen Yulan, who leads research at the Shanghai lab", "chief executive Jensen Huang".
const POST = String.raw`(?:chief\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+officer|chief executive|chief scientist|chief economist|CEO|CTO|CFO|COO|president|chairman|chairwoman|chair|founder|co-founder|spokes(?:man|woman|person)|head of [\p{L}-]+|vice[- ]president|managing director|director|general manager|board secretary|partner)`;
const PERSON = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
// The organisation, where the post names it: "Weiyang's chief executive", "chief executive of Weiyang Micro".
const ORGANISATION = String.raw`\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}`;
const TITLED = new RegExp(
  String.raw`(${PERSON}),\s+(?:(?:the|its|their|a|an)\s+|(${ORGANISATION})['’]s?\s+)?(?:[\p{L}'’-]+\s+){0,3}?${POST}(?:\s+and\s+${POST})?\b(?:\s+(?:of|at)\s+(${ORGANISATION}))?|(${PERSON}),\s+who\s+(?:leads|runs|heads|founded|co-founded|oversees)\b|\b${POST}\s+(${PERSON})`,
  "gu",
);

/** People the archive introduces with a post they hold, as origin keys, and the organisation's key where it is named. */
export type Executives = ReadonlySet<string> & { readonly employers?: ReadonlyMap<string, string> };

/** The people the archive introduces with a post they hold, as origin keys (see TITLED), with their employers. */
export function executivesIn(sentences: readonly Sentence[]): Set<string> & { employers: Map<string, string> } {
  const out = Object.assign(new Set<string>(), { employers: new Map<string, string>() });
  for (const text of new Set(sentences.map((s) => s.text))) {
    // Every match names a post, or who leads or runs something.
    if (
      !/\b(?:chief|CEO|CTO|CFO|COO|president|chair|founder|co-founder|spokes|head|director|manager|secretary|partner|leads|runs|heads|oversees|founded)/.test(
        text,
      )
    )
      continue;
    for (const m of text.matchAll(TITLED)) {
      const name = m[1] ?? m[4] ?? m[5];
      if (!name) continue;
      const key = originKey(name);
      out.add(key);
      const employer = m[2] ?? m[3];
      if (employer && !out.employers.has(key)) out.employers.set(key, originKey(employer.replace(/[.,]+$/, "")));
    }
  }
  return out;
}

/**
 * A post held at an organisation, as a profile's headline gives it: "VP, Global Sales at Hexin Memory | HBM", "Senior
 * Staff Engineer, Silicon Bring-up at Marrow Silicon": whoever works there and posts of "our chip" speaks for it.
 */
const HEADLINE =
  /^[^|•·@]{0,50}?\b(?:VP|SVP|EVP|Vice President|Head|Director|Chief|CEO|CTO|CFO|COO|Founder|Co-founder|President|Chair(?:man|woman)?|(?:General |Product |Sales |Country )?Manager|Spokes(?:man|woman|person)|Partner|Engineer|Scientist|Researcher|Architect|Designer|Developer|Lead)\b[^|•·@]{0,50}?\s(?:at|@)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})\s*(?:[|•·,]|$)/u;
/** A name alone on its line, with the connection degree a profile shows after it: "Ilse Marr", "Kai Roth • 2nd". */
/** A verb that makes a line a headline or a sentence, never a profile's list of posts. */
const NEWS_VERB =
  /\b(?:says?|said|tells?|told|warns?|reports?|reported|announces?|announced|expects?|plans?|denies|denied)\b/i;
const AUTHOR_CARD = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s*[•·]\s*(?:1st|2nd|3rd\+?))?$/u;

/**
 * The organisation a page speaks for, when it is a post by someone who holds a post there: a profile's headline
 * under the author's name ("Gao Ruoxi" / "VP, International Business at Lanshan Cloud | …"). "Our Johor campus" and
 * "Lanshan has never bought…" in such a post are Lanshan Cloud's word, as in its press release. Null for any other
 * page: a reporter's line ("Reporter at Tidemark Wire") names no post of the list.
 */
export function employerOf(lines: ReadonlyArray<{ readonly text: string }>): string | null {
  // The author card: the page's first line a name alone ("Ilse Marr", "Kai Roth • 2nd"), the next its headline. A news
  // headline that names someone's post ("Jensen Huang, CEO at Nvidia, says …") is the outlet's reporting, not a post.
  // The site's own name and menu may come first ("LinkedIn", "Home My Network Jobs"): the card is looked for among the
  // first few lines, never further down, where a quoted name and post are the post's subject.
  const top = lines
    .map((l) => l.text.trim())
    .filter((t) => t.length > 0)
    .slice(0, 5);
  for (let i = 0; i + 1 < top.length; i++) {
    const [first, second] = [top[i] as string, top[i + 1] as string];
    if (second.length > 160 || !AUTHOR_CARD.test(first) || NEWS_VERB.test(second)) continue;
    const employer = HEADLINE.exec(second)?.[1]?.replace(/[.,]+$/, "");
    if (employer) return employer;
  }
  return null;
}

/**
 * Sentences that credit "the report" their article named before, with that report's names: the latest named credit of
 * an earlier sentence of the same source. A sentence with no earlier credit in its article keeps its own.
 * `attribution` gives the names a sentence credits itself.
 */
export function earlierReports(
  sentences: readonly Sentence[],
  attribution: (text: string) => readonly string[],
): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  let source = "";
  let last: readonly string[] = [];
  // Sentences since the last credited one: a rule's terms go on in "It takes effect…" one sentence later, not five.
  let gap = 0;
  let lastPerson: readonly string[] = [];
  // The credit named before the latest one: "Both say…" after two credited sentences credits the two.
  let before: readonly string[] = [];
  for (const s of sentences) {
    if (s.source !== source) [source, last, lastPerson, gap, before] = [s.source, [], [], 0, []];
    const own = attribution(s.text);
    if (own.length > 0) {
      if (own.join("|") !== last.join("|")) before = last;
      [last, gap] = [own, 0];
    }
    // A speaker named with a post, or by two names: who "he" or "she" later stands for.
    if (own.length > 0 && PERSON_NAMED.test(s.text)) lastPerson = own;
    else if (own.length === 0 && before.length > 0 && last.length > 0 && BOTH_SAY.test(s.text))
      out.set(s.id, [...before, ...last]);
    else if (last.length > 0 && creditsEarlierReport(s.text)) out.set(s.id, last);
    else if (own.length === 0 && namesTheBody(s.text, last)) out.set(s.id, last);
    else if (last.length > 0 && gap <= 1 && CONTINUES.test(s.text)) out.set(s.id, last);
    // "No Nvidia parts were used, she said": the person the article quoted last.
    else if (lastPerson.length > 0 && SHE_SAID.test(s.text)) out.set(s.id, lastPerson);
    else gap++;
  }
  return out;
}

/** "The ministry said…", "…, the department added": a body the article named before, by the common noun of its name. */
const THE_BODY =
  /\b(?:the|its)\s+(ministry|department|agency|regulator|commission|bureau|administration|government|company|firm|group|lab|bank|exchange|court|council|office)\s+(?:has\s+|had\s+)?(?:also\s+|later\s+|earlier\s+|previously\s+)?(?:said|says|added|adds|stated|states|noted|notes|warned|warns|told|tells|announced|announces|confirmed|confirms)\b/i;

/**
 * Whether a sentence credits "the ministry" or "the company" where the credit its article gave last names that body
 * ("China's commerce ministry says…" then "Back in March, the ministry said…"): the same body speaks again. A credit
 * whose name holds no such word (an outlet, a person) is not taken for it.
 */
function namesTheBody(text: string, last: readonly string[]): boolean {
  if (last.length !== 1) return false;
  const noun = THE_BODY.exec(text)?.[1]?.toLowerCase();
  return noun !== undefined && new RegExp(String.raw`\b${noun}\b`, "i").test(last[0] as string);
}

/** "Both say…", "The two reports agree…": the two sources the article credited last speak together. */
const BOTH_SAY =
  /^(?:\d{1,2}[.)]\s+)?(?:Both|The two)(?:\s+(?:reports?|outlets?|papers?|stories|sources|accounts|of them))?\s+(?:say|said|report|reported|agree|agreed)\b/i;

/**
 * "…, she said.", "…, he added." at the end of a sentence, or "He said Lanshan had ordered…" at its start: a person
 * named before speaks.
 */
const SHE_SAID =
  /,\s+(?:he|she)\s+(?:said|says|added|adds|noted|notes|explained|explains|told\s+\S+)\.?["”]?\s*$|^(?:He|She)\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|explained|explains|told\s+(?:\S+\s+){1,3}?that)\b/i;
/** A sentence whose speaker is a person: two capitalised names, or a name with a post ("Lou Jingwen, the CTO, says"). */
const PERSON_NAMED =
  /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+,\s+(?:the|its|a|an|\p{Lu}[\p{L}&'’.-]*['’]s?)\s|\b(?:said|says|told)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u;

/**
 * A sentence that goes on with what the one before announced: "The US will require licences, the Commerce Department
 * said. It takes effect on January 15." Its subject is the rule, the deal or the plan just credited, so its credit
 * is that sentence's. Only such subjects: "The chip is fast" after a credited sentence may be the page's own word, and
 * so is a guess ("It might move to the T7 Pro later.").
 */
const CONTINUES =
  /^(?:It|This|These|The\s+(?:new\s+)?(?:rule|requirement|regulation|measure|move|policy|ban|restriction|curb|control|licen[cs]e rule|order|plan|deal|notice|decision|proposal|change)s?)\s+(?!is\s+(?:not\s+)?(?:clear|unclear|likely|unlikely)\b|(?:might|could|may)\b)/;

/** "Meridian Wire had it first", "X broke the story": the outlet whose story the sentences before retell. */
const BROKE_THE_STORY =
  /^(?:(?:and|but|as)\s+)?((?:[Tt]he\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3})\s+(?:had (?:it|the (?:story|scoop|news)) first|broke (?:the|this) (?:story|news)|(?:was|were) (?:the )?first (?:to report|with (?:it|the (?:story|news)))|(?:first )?reported (?:it|this) first|had the scoop)\b/u;

/**
 * Sentences that retell a story an outlet broke, credited in the next sentence of their paragraph ("ByteDance is buying
 * 60,000 chips. Meridian Wire had it first."): the outlet, for each sentence before it in the paragraph that credits no
 * one itself. `attribution` gives the names a sentence credits itself.
 */
export function laterCredits(
  sentences: readonly Sentence[],
  attribution: (text: string) => readonly string[],
): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  sentences.forEach((s, i) => {
    const name = BROKE_THE_STORY.exec(s.text)?.[1];
    if (!name) return;
    for (let j = i - 1; j >= 0; j--) {
      const before = sentences[j] as Sentence;
      if (before.source !== s.source || before.paragraph !== s.paragraph) break;
      if (attribution(before.text).length === 0) out.set(before.id, [name]);
    }
  });
  return out;
}

/** A transcript's time stamp before who speaks: "[00:06:20] ", "(12:04) ", "00:41:07 ". */
const STAMP = String.raw`(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?`;
/** A label of who speaks: one to three capitalised words ("Lou", "Shen Yulan", "REUBEN SALL"). */
const LABEL = String.raw`([A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,2})`;
/** A line that opens with who speaks: "Lou: Lumen-2 was trained entirely on Ascend chips.", "[00:06:20] SALL: …". */
const SPEAKER = new RegExp(String.raw`^${STAMP}${LABEL}:\s+(?=[\p{Lu}“"‘'])`, "u");
/**
 * A label alone on its line, the answer on the lines below: "HALVORSEN:", or a name with the time stamp after it, as
 * transcripts generated from audio give it ("Wen Shaoqing [00:00:31]").
 */
const SPEAKER_LINE = new RegExp(String.raw`^${STAMP}${LABEL}(?::\s*|\s+[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)$`, "u");

/**
 * Answers in an interview or a transcript, credited to who gives them: what follows a name and a colon, on the same
 * line ("Lou: …", "[00:06:20] REUBEN SALL: …", to the end of that paragraph) or alone on a line above ("HALVORSEN:",
 * up to the next such label, a heading, or a line that speaks of the speaker by name), where the page labels two
 * answers or more with that name. A label a page uses once ("Update: …", "Reminder: …", "Exclusive: …") names no
 * one; nor does "Q:" or "A:". A label is given as the fuller name the page introduces ("HALVORSEN" as Mirela
 * Halvorsen). An answer that credits someone itself ("Tencent, by the way, says…") passes on their word, and keeps
 * its own credit. `attribution` gives the names a sentence credits itself.
 */
export function speakerCredits(
  sentences: readonly Sentence[],
  attribution: (text: string) => readonly string[] = () => [],
): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  // Every label holds a colon: pages with no sentence that opens with one are passed over.
  const labelled = new Set<string>();
  for (const s of sentences) if (!labelled.has(s.source) && LABEL_AT.test(s.text)) labelled.add(s.source);
  if (labelled.size === 0) return out;
  const bySource = new Map<string, Sentence[]>();
  for (const s of sentences) {
    if (!labelled.has(s.source)) continue;
    const list = bySource.get(s.source);
    if (list) list.push(s);
    else bySource.set(s.source, [s]);
  }
  for (const all of bySource.values()) {
    const labels = all.map((s): { name: string; own: boolean } | null => {
      const line = SPEAKER_LINE.exec(s.text)?.[1];
      if (line) return { name: line, own: true };
      const inline = s.index === 1 ? SPEAKER.exec(s.text)?.[1] : undefined;
      return inline ? { name: inline, own: false } : null;
    });
    const count = new Map<string, number>();
    for (const l of labels) if (l) count.set(l.name, (count.get(l.name) ?? 0) + 1);
    const lines = new Set(labels.filter((l) => l?.own).map((l) => (l as { name: string }).name));
    // A label alone on its line once ("WREN:") names a speaker when the page gives the person's fuller name.
    const fuller = fullNames(
      all,
      [...count.keys()].filter((name) => name.length >= 2),
    );
    const isSpeaker = (name: string): boolean =>
      name.length >= 2 && ((count.get(name) as number) >= 2 || (lines.has(name) && fuller.has(name)));
    if (![...count.keys()].some(isSpeaker)) continue;
    // Who speaks now, and the paragraph of an answer given on its label's line (-1 for one under a label line).
    let speaker: string | null = null;
    let answerIn = -1;
    const turns: Array<[Sentence, string]> = [];
    all.forEach((s, i) => {
      const label = labels[i];
      if (label?.own) {
        [speaker, answerIn] = [isSpeaker(label.name) ? label.name : null, -1];
        return;
      }
      if (label && isSpeaker(label.name)) [speaker, answerIn] = [label.name, s.paragraph];
      else if (answerIn >= 0 ? s.paragraph !== answerIn : s.kind === "heading") speaker = null;
      if (speaker === null) return;
      // "Mirela Halvorsen spoke to us from Singapore": the page speaks of the speaker, the answer is over.
      if (answerIn < 0 && new RegExp(String.raw`\b${escapeRegExp(surnameOf(speaker))}\b`, "i").test(s.text)) {
        speaker = null;
        return;
      }
      turns.push([s, speaker]);
    });
    // The host welcomes listeners and introduces the guest, then asks: "So, 50,000 chips to Tianchuan." restates the
    // question, it is no one's word. Their lines credit no one.
    const hosts = new Set(turns.filter(([s]) => HOST_LINE.test(s.text)).map(([, who]) => who));
    for (const [s, who] of turns)
      if (hosts.has(who)) out.set(s.id, []);
      else if (attribution(s.text).length === 0) out.set(s.id, [fuller.get(who) ?? plainName(who)]);
  }
  return out;
}

/** What only a show's host says: "Welcome back to …", "My guest today is …", "I'm your host". */
const HOST_LINE =
  /\b(?:welcome (?:back )?to|my guests? (?:today |this week |on the show )?(?:is|are)|I['’]m your host|joining (?:me|us) (?:today|now|this week) (?:is|are))\b/i;

/** Where a sentence may open with a label: a word, perhaps after a time stamp, then a colon. */
const LABEL_AT = /^[\d:[\]()\s]*[A-Z][^:]{0,40}:/;

/** The word of a label a page's prose would name the speaker by: "HALVORSEN" of itself, "SALL" of "REUBEN SALL". */
function surnameOf(label: string): string {
  return label.split(/\s+/).pop() as string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A label as a name: "REUBEN SALL" as Reuben Sall; "Lou" as it is. */
function plainName(label: string): string {
  return label === label.toUpperCase() ? titleCase(label) : label;
}

/**
 * The fuller name a page gives a one-word label: "Mirela Halvorsen" for "HALVORSEN", "Shen Yulan" for "Shen" (family
 * name first), from the page's own sentences. A label of several words is a full name already; a label the page gives
 * no fuller name, or two, has none here.
 */
function fullNames(sentences: readonly Sentence[], labels: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  let prose: string | null = null;
  for (const label of labels) {
    const plain = plainName(label);
    if (/\s/.test(label)) {
      out.set(label, plain);
      continue;
    }
    prose ??= sentences
      .filter((s) => !SPEAKER_LINE.test(s.text))
      .map((s) => s.text.replace(SPEAKER, ""))
      .join(" \n ");
    const word = escapeRegExp(plain);
    const found = new Set<string>();
    for (const m of prose.matchAll(
      new RegExp(
        String.raw`(?<![\p{L}'’-])(?:(\p{Lu}[\p{Ll}'’-]+)\s+${word}|${word}\s+(\p{Lu}[\p{Ll}'’-]+))(?![\p{L}'’-])`,
        "gu",
      ),
    )) {
      const other = (m[1] ?? m[2]) as string;
      if (!NOT_A_GIVEN_NAME.has(other.toLowerCase())) found.add(m[1] ? `${other} ${plain}` : `${plain} ${other}`);
    }
    if (found.size === 1) out.set(label, [...found][0] as string);
  }
  return out;
}

/** Capitalised words that may stand next to a surname without being a given name: "Analyst Wren", "Wren Says". */
const NOT_A_GIVEN_NAME = new Set(
  "the a an and but so as at in on of for to by with from analyst analysts host hosts guest says said told asked adds added thinks mr mrs ms dr professor doctor chief director president".split(
    " ",
  ),
);

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(?<![\p{L}'’])\p{L}/gu, (c) => c.toUpperCase());
}
