// Who a claim comes from: the outlets and people its sources credit, not how many pages repeat it.
import type { SourceKind } from "../model/types.ts";
import type { Sentence } from "../model/types.ts";
import { creditsEarlierReport, originKey } from "./assertion.ts";

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
}

/** The outlet a source's own reporting belongs to: the copy it carries, else its publisher; the fuller of two forms. */
function outletOf(source: OriginSource | undefined): string | null {
  const carries = source?.carries ?? null;
  const publisher = source?.publisher ?? null;
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
  executives: ReadonlySet<string> = new Set(),
): string[] {
  // A page that runs another outlet's copy is one source with that outlet's own page, and with the other pages that run
  // it: the first of them stands for all. Two stories of one outlet stay two sources.
  const groupOf = new Map<string, string>();
  const firstOfOutlet = new Map<string, { group: string; byReprint: boolean }>();
  const credited = new Map<string, string[]>();
  const company = new Map<string, string[]>();
  const relayed = new Set<string>();
  const order: string[] = [];
  for (const m of members) {
    let group = groupOf.get(m.source);
    if (group === undefined) {
      const source = sources.get(m.source);
      const outlet = outletOf(source);
      const key = outlet ? originKey(outlet) : null;
      const reprint = !!source?.carries && outlet !== source.publisher;
      const known = key === null ? undefined : firstOfOutlet.has(key) ? key : otherFormOf(key, firstOfOutlet.keys());
      const first = known === undefined ? undefined : firstOfOutlet.get(known);
      group = first && (reprint || first.byReprint) ? first.group : m.source;
      if (key !== null && first === undefined) firstOfOutlet.set(key, { group, byReprint: reprint });
      else if (first && !reprint) first.byReprint = false;
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
  const through = (name: string): readonly string[] => {
    const key = originKey(name);
    const outlet = relayedBy.has(key) ? key : otherFormOf(key, relayedBy.keys());
    return outlet === undefined ? [name] : (relayedBy.get(outlet) as string[]);
  };
  const out = new Map<string, string>();
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
      const known = out.has(key) ? key : otherFormOf(key, out.keys());
      // Two forms of one name ("Hanul", "Hanul Energy") are one origin, shown by its fuller form.
      if (known === undefined) out.set(key, name);
      else if (name.length > (out.get(known) as string).length) out.set(known, name);
    }
  }
  const credits = [...out.keys()];
  for (const [id, outlet] of own) {
    // "The company said" of a company its article named before, that others credit by name: its word passed on.
    const before = company.get(id);
    if (before?.some((text) => [...out.values()].some((name) => text.includes(name)))) continue;
    // "A second outlet said" where others name the outlets: a report passed on, not the page's own.
    if (relayed.has(id) && credits.length > 0) continue;
    if (outlet === null || !(credits.includes(outlet) || otherFormOf(outlet, credits) !== undefined)) out.set(id, id);
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
  executives: ReadonlySet<string>,
): void {
  if (executives.size === 0 || out.size < 2) return;
  const isExecutive = (key: string) => formIn(key, executives);
  const people = [...out.keys()].filter(isExecutive);
  if (people.length === 0) return;
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

const COMPANY_WORD =
  /\b(?:ai|labs?|memory|semiconductors?|microsystems|electronics|technolog(?:y|ies)|tech|group|inc|corp|corporation|co|ltd|limited|holdings|systems|devices|computing|compute|cloud|networks|motors|energy|power|capital|securities|partners|ministry|department|commission|agency|administration|government|bureau)$/;

const FORMS = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/**
 * Whether `key` is one of `keys` or another form of one (see `otherFormOf`), remembered per set: a large archive asks it
 * of the same few names for thousands of claims.
 */
function formIn(key: string, keys: ReadonlySet<string>): boolean {
  let known = FORMS.get(keys);
  if (!known) FORMS.set(keys, (known = new Map()));
  let found = known.get(key);
  if (found === undefined) known.set(key, (found = keys.has(key) || otherFormOf(key, keys) !== undefined));
  return found;
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
// chief executive", "Shen Yulan, who leads research at the Shanghai lab", "chief executive Jensen Huang".
const POST = String.raw`(?:chief\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+officer|chief executive|chief scientist|chief economist|CEO|CTO|CFO|COO|president|chairman|chairwoman|chair|founder|co-founder|spokes(?:man|woman|person)|head of [\p{L}-]+|vice[- ]president|managing director|director|general manager|board secretary|partner)`;
const PERSON = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
const TITLED = new RegExp(
  String.raw`(${PERSON}),\s+(?:(?:the|its|their|a|an)\s+|\p{Lu}[\p{L}&'’.-]*['’]s?\s+)?(?:[\p{L}'’-]+\s+){0,3}?${POST}\b|(${PERSON}),\s+who\s+(?:leads|runs|heads|founded|co-founded|oversees)\b|\b${POST}\s+(${PERSON})`,
  "gu",
);

/** The people the archive introduces with a post they hold, as origin keys (see TITLED). */
export function executivesIn(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const text of new Set(sentences.map((s) => s.text))) {
    // Every match names a post, or who leads or runs something.
    if (
      !/\b(?:chief|CEO|CTO|CFO|COO|president|chair|founder|co-founder|spokes|head|director|manager|secretary|partner|leads|runs|heads|oversees|founded)/.test(
        text,
      )
    )
      continue;
    for (const m of text.matchAll(TITLED)) {
      const name = m[1] ?? m[2] ?? m[3];
      if (name) out.add(originKey(name));
    }
  }
  return out;
}

/** A country that may stand before an institution's name: "the US Commerce Department" is the Commerce Department. */
const COUNTRY = /^(?:us|u\.s\.?|american|chinese|china['’]s)\s+/;

/**
 * The key of `keys` that is `key` in a shorter or longer form: "hanul" and "hanul energy" (one name's words begin the
 * other's), "us commerce department" and "commerce department" (one is the other after its country).
 */
function otherFormOf(key: string, keys: Iterable<string>): string | undefined {
  for (const other of keys)
    if (
      other.startsWith(`${key} `) ||
      key.startsWith(`${other} `) ||
      other.replace(COUNTRY, "") === key ||
      key.replace(COUNTRY, "") === other
    )
      return other;
  return undefined;
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
    else if (last.length > 0 && gap <= 1 && CONTINUES.test(s.text)) out.set(s.id, last);
    // "No Nvidia parts were used, she said": the person the article quoted last.
    else if (lastPerson.length > 0 && SHE_SAID.test(s.text)) out.set(s.id, lastPerson);
    else gap++;
  }
  return out;
}

/** "Both say…", "The two reports agree…": the two sources the article credited last speak together. */
const BOTH_SAY =
  /^(?:\d{1,2}[.)]\s+)?(?:Both|The two)(?:\s+(?:reports?|outlets?|papers?|stories|sources|accounts|of them))?\s+(?:say|said|report|reported|agree|agreed)\b/i;

/** "…, she said.", "…, he added." at the end of a sentence: a person named before speaks. */
const SHE_SAID = /,\s+(?:he|she)\s+(?:said|says|added|adds|noted|notes|explained|explains|told\s+\S+)\.?["”]?\s*$/i;
/** A sentence whose speaker is a person: two capitalised names, or a name with a post ("Lou Jingwen, the CTO, says"). */
const PERSON_NAMED =
  /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+,\s+(?:the|its|a|an|\p{Lu}[\p{L}&'’.-]*['’]s?)\s|\b(?:said|says|told)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u;

/**
 * A sentence that goes on with what the one before announced: "The US will require licences, the Commerce Department
 * said. It takes effect on January 15." Its subject is the rule, the deal or the plan just credited, so its credit
 * is that sentence's. Only such subjects: "The chip is fast" after a credited sentence may be the page's own word.
 */
const CONTINUES =
  /^(?:It|This|These|The\s+(?:new\s+)?(?:rule|requirement|regulation|measure|move|policy|ban|restriction|curb|control|licen[cs]e rule|order|plan|deal|notice|decision|proposal|change)s?)\s+(?!is\s+(?:not\s+)?(?:clear|unclear|likely|unlikely)\b)/;

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

/** A line that opens with who speaks: "Lou: Lumen-2 was trained entirely on Ascend chips." */
const SPEAKER = /^((?:[A-Z][\p{L}'’.-]*)(?:\s+[A-Z][\p{L}'’.-]*){0,2}):\s+(?=[\p{Lu}“"‘'])/u;

/**
 * Answers in an interview, credited to who gives them: sentences that open a paragraph with one name and a colon
 * ("Lou: …", "Shen Yulan: …"), where the page has two such answers from that name or more. A label a page uses once
 * ("Update: …", "Reminder: …", "Exclusive: …") names no one; nor does "Q:" or "A:".
 */
export function speakerCredits(sentences: readonly Sentence[]): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  const bySource = new Map<string, Array<[Sentence, string]>>();
  for (const s of sentences) {
    if (s.index !== 1) continue;
    const name = SPEAKER.exec(s.text)?.[1];
    if (!name || name.length < 2) continue;
    const list = bySource.get(s.source) ?? [];
    list.push([s, name]);
    bySource.set(s.source, list);
  }
  for (const answers of bySource.values()) {
    const count = new Map<string, number>();
    for (const [, name] of answers) count.set(name, (count.get(name) ?? 0) + 1);
    for (const [s, name] of answers) if ((count.get(name) as number) >= 2) out.set(s.id, [name]);
  }
  return out;
}
