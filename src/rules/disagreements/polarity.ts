// One source reports something happened, another that it has not: the same statement, affirmed and denied.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { contentTerms } from "../../text/tokens.ts";
import { perText } from "../../util/perText.ts";
import { withoutAttribution } from "../assertion.ts";
import { type Makers, names } from "../mentions.ts";
import { releaseStatus } from "./status.ts";
import { SharedTerms } from "./sharedTerms.ts";
import { type DisagreementContext, groupBy, split } from "./sides.ts";

// A denial of what follows: "have yet to place", "did not order", "never ordered", "placed no order", "has no deal",
// "denied buying", "pushed back on the smuggling report".
const NEGATION =
  /\b(?:(?:talks|negotiations)(?=\s[^.]{0,80}?\b(?:(?:have|has|had)\s+)?(?:stalled|collapsed|broken down|broke down|fell through|ended without)\b)|(?:has|have|had|is|are|was|were) yet to|(?:did|does|do|has|have|had|is|are|was|were) not|(?:did|does|do|has|have|had|is|are|was|were)n['’]t|never|(?:denied|denies|deny)(?:\s+(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,3}?(?:reports?|claims?|suggestions?)\s+that|\s+that|\s+(?:ever\s+|having\s+|ever\s+having\s+)?(?=\w+ing\b))|no\s+(?=(?:[\w'’-]+\s+){1,2}(?:has|have|had) been\b)|(?:placed|made|signed|booked|received|has|have|had)\s+no\s+(?=(?:[\w'’-]+\s+){0,2}?(?:orders?|deals?|agreements?|contracts?|purchases?)\b)|(?:pushed back (?:on|against)|disputed|rejected|dismissed|refuted)\s+(?=(?:the|a|an|that|this)\s+(?:[\w'’-]+\s+){0,4}(?:report|claim|story|account)s?\b))\s*((?:[\w'’-]+\s+){0,6}[\w'’-]+)/i;
// Verbs that only carry the noun after them: "place orders" is to order, "give access" is about access.
const LIGHT = new Set(["place", "make", "give", "take", "put", "get", "have", "do", "hold", "sign", "book"]);
// A plain statement that is itself a refusal ("kept early builds away", "withheld") restates a denial; it cannot affirm.
// Any negation at all: a sentence that says "no lab has" or "nor" cannot be the plain statement of what is denied.
const ANY_NEGATION = /\b(?:not|no|nor|never|neither|none|nobody|yet to|den(?:y|ies|ied|ying))\b|n['’]t\b/i;
// What usually happens is not a report that it happened this time.
const HABITUAL = /\b(?:usually|normally|routinely|typically|traditionally|generally|often|tend to|as a rule)\b/i;
const REFUSAL =
  /\b(?:kept\b[^.]{0,40}\b(?:away|from)|withh[eo]ld\w*|blocked|barred|refused|declined|excluded|cut off|halted|cancel+ed|without)\b/i;
// Not a denial but an unknown: "has not said whether", "did not confirm", "is not clear".
// An adverb between changes nothing: "have not publicly confirmed" is an unknown too.
const UNKNOWN =
  /\b(?:not|n['’]t)\s+(?:yet\s+)?(?:\w+ly\s+)?(?:said|say|confirmed?|disclosed?|announced?|commented?|responded?|clear|known|been confirmed|specified)\b/i;
const HEDGE = /\b(?:may|might|could|reportedly|rumou?red|expected|likely|possibly|perhaps|if)\b|\?\s*$/i;

// Words for one deal: "has not signed any supply agreement" denies "ordered 8 million chips"; stalled talks deny both.
const DEAL_TERMS = new Set(contentTerms("deal agreement agreed contract order ordered signed purchase bought buy"));
const DEAL = "\u0000deal";
const TALKS = /^(?:talks|negotiations)$/i;

// Words for goods changing hands: "has not received any chips" is denied by "began delivering the chips to it".
const DELIVERY_TERMS = new Set(
  contentTerms("deliver delivered delivering delivery deliveries ship shipped shipping shipment shipments sent send"),
);
const DELIVERY = "\u0000delivery";
const SAMPLE = contentTerms("samples")[0] as string;
// A denial that goods arrived: "has not received", "has not taken delivery of".
const NOT_RECEIVED = /^(?:(?:yet\s+)?(?:received|receive|taken delivery|take delivery)\b)/i;

// Goods got by a roundabout way: "through third parties", "via a Malaysian intermediary", "smuggled". A denial of buying
// that way ("has never bought Nvidia chips through third parties") is met only by a report of that way, in whatever
// words: "3,000 H100s reached Lanshan through a Malaysian middleman".
const INDIRECT =
  /\b(?:through|via|from|using|used|use|by way of)\s+(?:(?:an?|some|the|one|several)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:intermediar(?:y|ies)|middlem[ae]n|third[- ]part(?:y|ies)|brokers?|resellers?|go-betweens?|front compan(?:y|ies)|shell compan(?:y|ies))\b|\bsmuggl\w*/iu;
const INDIRECTLY = "\u0000indirect";
const INDIRECT_HINT = /intermediar|middlem|third[- ]part|broker|reseller|go-between|front compan|shell compan|smuggl/i;
// A facility at work: "in operation", "put into operation", "went into service", "is operational", "began operating".
// Not "an operating permit" or "operating profit", which say nothing of whether it runs.
const OPERATING_RE =
  /\b(?:(?:in|into)\s+(?:full\s+|commercial\s+|trial\s+)?(?:operation|service)|operational|(?:began|begun|begin|begins|started|start|starts|commenced|commence)\s+(?:operating|operations?|running)|came online|come online|(?:is|are|was|were|been)\s+(?:now\s+)?(?:operating|running)\b(?!\s+(?:at|on|out|short|low)\b))/i;
const OPERATING = "\u0000operating";
const OPERATING_HINT = /operat|service|online|running/i;
// "Has not begun operating", "has not started production": the act is what follows, and it may yet come.
const ASPECT = /^\s*(?:yet\s+)?(?:begun|began|begin|started|start|commenced|commence)\b/i;

/**
 * The content terms of a text, with one more for any word of a deal, one for any word of a delivery, one for goods got
 * by a roundabout way and one for a facility at work.
 */
function termsOf(text: string): string[] {
  const terms = contentTerms(text);
  // A quick look for the few words each needs before the full patterns run: most sentences have none.
  const extra = [
    ...(terms.some((t) => DEAL_TERMS.has(t)) ? [DEAL] : []),
    ...(terms.some((t) => DELIVERY_TERMS.has(t)) ? [DELIVERY] : []),
    ...(INDIRECT_HINT.test(text) && INDIRECT.test(text) ? [INDIRECTLY] : []),
    ...(OPERATING_HINT.test(text) && OPERATING_RE.test(text) ? [OPERATING] : []),
  ];
  return extra.length > 0 ? [...terms, ...extra] : terms;
}

/** The words of the pseudo-terms above, which find statements but are not counted among the terms two share. */
const PSEUDO = new Set([DEAL, DELIVERY, INDIRECTLY, OPERATING]);

interface Denial {
  readonly sentence: Sentence;
  /** Content terms of what is denied: the words after the negation. */
  readonly denied: ReadonlySet<string>;
  readonly terms: ReadonlySet<string>;
  /** For a denied deal, the names of its parties. */
  readonly parties: ReadonlySet<string> | null;
  /**
   * Who is said not to have done it, where the sentence names them first: "Baidu has tested the T7 but has not placed
   * an order" is about Baidu, and Tencent's order does not contradict it. Empty for a denial of a report ("denied",
   * "pushed back on"), whose first name is the one who denies, and where no name opens the sentence.
   */
  readonly actor: ReadonlySet<string>;
  /** The denied verb ("ship" for "denies shipping"), or "" when the denial names none. */
  readonly head: string;
  /** "Has not yet …": true when the denial leaves the act to come. */
  readonly notYet: boolean;
  /** For a denial that goods arrived or were sent, the terms of the goods ("any T7 accelerators"); else null. */
  readonly goods: ReadonlySet<string> | null;
  /** True when the denier is who did not receive them, not who did not send them. */
  readonly receiver: boolean;
}

/** The terms a text uses only after "to" ("a licence to ship"), never as something done. */
function infinitiveOnly(text: string): Set<string> {
  const finite = new Set<string>();
  const after = new Set<string>();
  for (const m of text.matchAll(/[\p{L}'’-]+/gu)) {
    const term = contentTerms(m[0])[0];
    if (!term) continue;
    if (/\bto\s+$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index))) after.add(term);
    else finite.add(term);
  }
  for (const t of finite) after.delete(t);
  return after;
}

/** The denial a sentence makes, or null: an unknown, a hedge or a release status is not one. */
function denialOf(sentence: Sentence, makers: Makers): Denial | null {
  const m = NEGATION.exec(sentence.text);
  if (!m || UNKNOWN.test(sentence.text) || releaseStatus(sentence.text) || HEDGE.test(sentence.text)) return null;
  // "Not only about", "isn't just using": a contrast, not a denial; "a stack that doesn't depend on": a description.
  if (
    /^\s*(?:only|just|simply|merely|necessarily)\b/i.test(m[1] as string) ||
    // A present-tense "doesn't" right after "that" describes the noun before it; "that no licence has been issued"
    // after a verb of saying reports a denial.
    (/\b(?:that|which|who)\s+$/i.test(sentence.text.slice(0, m.index)) && /^(?:does|do)(?:n['’]t| not)\b/i.test(m[0]))
  )
    return null;
  // "Has not yet shipped": the denied act is the shipping, and "yet" says it may still come, so a later report of it
  // is news, not a dispute (see `polarityDisagreements`).
  const notYet = /^\s*yet\b/i.test(m[1] as string) || ASPECT.test(m[1] as string);
  const denied = termsOf((m[1] as string).replace(/^\s*(?:yet\s+)?(?:(?:publicly|officially|formally)\s+)?/i, ""));
  // The head of what is denied: its verb, or after a light verb the noun it carries ("place orders" → order).
  // A denied report or a "no licence has been issued" names its matter in the first few words.
  const talks = TALKS.test(m[0].split(/\s/)[0] ?? "");
  const wide =
    talks ||
    /^(?:denied|denies|deny|no|pushed|disputed|rejected|dismissed|refuted)\b/i.test(m[0]) ||
    LIGHT.has(denied[0] ?? "");
  // Stalled talks deny only a deal: "the two are in talks" says nothing against them.
  const heads = talks ? [DEAL] : wide ? denied.slice(0, 3) : denied.slice(0, 1);
  const deal = talks || denied.includes(DEAL);
  if (deal && !heads.includes(DEAL)) heads.push(DEAL);
  // The roundabout way, and a facility at work, are what is denied: a statement must speak of them.
  if (denied.includes(INDIRECTLY)) heads.push(INDIRECTLY);
  if (denied.includes(OPERATING)) heads.splice(0, heads.length, OPERATING);
  // What was not received is what others say was delivered or shipped to the one who did not receive it; what was not
  // shipped, what others say was shipped, delivered or sent.
  const received = NOT_RECEIVED.test((m[1] as string).trim());
  const shipped = !received && DELIVERY_TERMS.has(denied[0] ?? "");
  if (received || shipped) heads.push(DELIVERY);
  const terms = termsOf(sentence.text);
  // A denied deal is one between the parties it names: all of them must be named where the deal is reported.
  const parties = deal ? names(withoutAttribution(sentence.text), makers) : null;
  const speaks = /^(?:denied|denies|deny|pushed|disputed|rejected|dismissed|refuted)\b/i.test(m[0]);
  const actor = speaks || talks ? new Set<string>() : actorOf(sentence.text.slice(0, m.index), makers);
  const head = talks ? "" : (denied[0] ?? "");
  return {
    sentence,
    denied: new Set(heads),
    terms: new Set(talks ? [...terms, DEAL] : terms),
    parties,
    actor,
    head,
    // Whether a facility runs changes with time: a denial disputes only a report of it running dated before it.
    notYet: notYet || heads.includes(OPERATING),
    // The first words of what did not arrive: "approval to resell" is no goods a delivery could bring.
    receiver: received,
    goods:
      received || shipped
        ? new Set(
            denied
              .slice(1)
              .filter((t) => t !== DEAL && t !== DELIVERY && !DELIVERY_TERMS.has(t))
              .slice(0, 2),
          )
        : null,
  };
}

/** A verb of saying: whoever it follows is the speaker, not who did or did not act. */
const SPOKEN =
  /\b(?:says?|said|maintains?|maintained|insists?|insisted|told|tells|reported|reports|claims?|claimed|argues?|argued|notes?|noted|added|adds|stated|states|confirmed|believes?|thinks?)\b/i;

/**
 * Who a denial says did not act, where the sentence opens with their name: "Baidu has tested the T7 but has not
 * placed an order" is Baidu's. Nothing when a verb of saying comes first ("Tessaro maintains that it has not…"), the
 * name only qualifies the subject ("China's biggest buyers have yet to…"), or no name opens the sentence.
 */
function actorOf(before: string, makers: Makers): Set<string> {
  // A timestamp and a transcript's speaker go first: "[00:06:20] REUBEN SALL: Tencent, by the way, says it…".
  const head = before.replace(
    /^\s*(?:[[(][^\])]{0,12}[\])]\s*)?(?:\p{Lu}[\p{Lu} .'’-]{1,40}:\s*)?(?:(?:yet|but|however|still|meanwhile|and|so|instead),?\s+)*/iu,
    "",
  );
  // "Alibaba says it has not placed an order", "Tencent told us it has not ordered": the speaker speaks of itself.
  const self = SELF_SPOKEN.exec(head);
  if (self) return named(self[1] as string, makers);
  if (SPOKEN.test(head)) return new Set();
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*)(['’]s?\b)?/u.exec(head);
  if (!m || m[2]) return new Set();
  return named(m[1] as string, makers);
}

/** The first name of a phrase, with the maker it stands for: who did or did not act. */
function named(phrase: string, makers: Makers): Set<string> {
  const first = [...names(phrase, makers)][0];
  if (!first) return new Set();
  const maker = makers.get(first);
  return new Set(maker ? [first, maker] : [first]);
}

/**
 * A named speaker who speaks of itself: "Alibaba says it", "Tencent, another big buyer, said it", "Tencent told us that
 * it", "Orla said the company".
 */
const SELF_SPOKEN =
  /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*)(?:,\s+[^,;]{1,60},)?\s+(?:(?:also|still|again|later)\s+)?(?:says?|said|told\s+\S+|tells\s+\S+|insists?|insisted|maintains?|maintained)\s+(?:that\s+)?(?:it|the company|the firm|the group|we)(?:\s+(?:has|have|had|is|was|does|did))?\s*$/u;

/** A sentence that says something plainly: no negation, hedge, refusal, habit or release status. */
interface Plain {
  readonly text: string;
  readonly terms: ReadonlySet<string>;
  readonly sentences: Sentence[];
}

/** What `answers` reads of a statement beyond its terms, once per wording and only for the statements it is asked about. */
interface Readings {
  /** The term of the statement's first word. */
  readonly openingOf: (text: string) => string;
  readonly namesOf: (text: string) => ReadonlySet<string>;
  readonly infinitivesOf: (text: string) => ReadonlySet<string>;
}

/**
 * Pairs a denial with plain statements from other sources that say what it denies: at least three content terms in
 * common, among them a term of the denied words. Statements are found through their terms, never by comparing
 * every pair of sentences. Denials that ask one question (the same denied words, actor and parties), as the rewordings
 * of one wire sentence do, look for their statements once, and share the counting of the terms they all use.
 */
export function polarityDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  // Work is done once per distinct wording: archives repeat wire copy word for word, in many sources.
  const denials = new Map<string, { denial: Denial; sentences: Sentence[] }>();
  const plain = new Map<string, Plain>();
  // Every wording read so far, with its denial or statement, or null when it is neither.
  const read = new Map<string, { readonly sentences: Sentence[] } | null>();
  for (const s of sentences) {
    const known = read.get(s.text);
    if (known !== undefined) {
      known?.sentences.push(s);
      continue;
    }
    const denial = denialOf(s, context.makers);
    if (denial) {
      const entry = { denial, sentences: [s] };
      denials.set(s.text, entry);
      read.set(s.text, entry);
    } else if (
      !ANY_NEGATION.test(s.text) &&
      !HEDGE.test(s.text) &&
      !REFUSAL.test(s.text) &&
      !HABITUAL.test(s.text) &&
      !releaseStatus(s.text)
    ) {
      const entry = { text: s.text, terms: new Set(termsOf(s.text)), sentences: [s] };
      plain.set(s.text, entry);
      read.set(s.text, entry);
    } else read.set(s.text, null);
  }
  if (denials.size === 0) return [];
  const readings: Readings = {
    openingOf: perText((text) => contentTerms(text.split(/\s+/)[0] ?? "")[0] ?? ""),
    namesOf: perText((text) => names(text, context.makers)),
    infinitivesOf: perText(infinitiveOnly),
  };
  const wanted = new Set([...denials.values()].flatMap((d) => [...d.denial.denied]));
  const byTerm = groupBy(plain.values(), (p) => [...p.terms].filter((t) => wanted.has(t)));
  const questions = groupBy(denials.values(), (d) => [questionOf(d.denial)]);
  const searches = new Map<string, { asked: Map<Denial, number>; search: SharedTerms<Plain> }>();
  const out: Disagreement[] = [];
  for (const { denial, sentences: deniers } of denials.values()) {
    const question = questionOf(denial);
    let found = searches.get(question);
    if (!found) {
      const asked = (questions.get(question) ?? []).map((d) => d.denial);
      const answering = candidatesOf(denial, byTerm).filter((p) => answers(denial, p, readings));
      // The deal and delivery words only find the statement; what the two share is counted in their own words.
      const words = asked.map((d) => new Set([...d.terms].filter((t) => !PSEUDO.has(t))));
      found = { asked: new Map(asked.map((d, i) => [d, i])), search: new SharedTerms(answering, words, 3) };
      searches.set(question, found);
    }
    const affirming = found.search
      .sharing(found.asked.get(denial) ?? -1)
      .filter(({ item, shared }) => shared / Math.min(denial.terms.size, item.terms.size) >= 0.2)
      .map(({ item }) => item);
    // "Not yet" disputes only a report dated before it: one dated after it is the news it was waiting for, and with
    // either date unknown the order cannot be told.
    const dateOf = (x: Sentence) => context.dates.get(x.source) ?? null;
    const reported = affirming.flatMap((p) => p.sentences);
    // Dated before one of the denials is dated before the latest of them.
    let latest = "";
    if (denial.notYet) for (const dn of deniers) if ((dateOf(dn) ?? "") > latest) latest = dateOf(dn) ?? "";
    const against = denial.notYet
      ? reported.filter((r) => {
          const when = dateOf(r);
          return when !== null && latest >= when;
        })
      : reported;
    // The denial keeps its source when that source also reports the claim (a story that gives both sides): the side
    // that reports it is then made of the other sources.
    const d = split("polarity", deniedWords(denial.sentence.text), deniers, against);
    if (d) out.push({ ...d, sides: [d.sides[1], d.sides[0]] });
  }
  return out;
}

/**
 * What a denial asks, apart from its wording: two denials with one key accept the same statements but for the terms
 * they share with them. The denied words keep their order, which is the order statements are found in.
 */
function questionOf(denial: Denial): string {
  return JSON.stringify([
    [...denial.denied],
    denial.head,
    [...denial.actor].sort(),
    denial.parties ? [...denial.parties].sort() : null,
    denial.goods ? [...denial.goods] : null,
    denial.receiver,
    denial.terms.has(SAMPLE),
  ]);
}

/** The plain statements that use a denied term, in the order of the denied terms, each once. */
function candidatesOf(denial: Denial, byTerm: ReadonlyMap<string, Plain[]>): Plain[] {
  return [...new Set([...denial.denied].flatMap((t) => byTerm.get(t) ?? []))];
}

/** Whether a statement answers what a denial asks, before counting the terms they share. */
function answers(denial: Denial, p: Plain, readings: Readings): boolean {
  // The denied head must be used in the statement itself, not as the noun opening it ("Shares of …" for "shared").
  const opening = readings.openingOf(p.text);
  if (opening && denial.denied.has(opening) && ![...denial.denied].some((t) => t !== opening && p.terms.has(t)))
    return false;
  // A denial of a roundabout way or of a facility at work is met only by a statement of it; "has never bought through
  // third parties" says nothing against a plain purchase. A report that the goods came that way is the deal denied.
  if (denial.denied.has(INDIRECTLY) && !p.terms.has(INDIRECTLY)) return false;
  if (denial.denied.has(OPERATING) && !p.terms.has(OPERATING)) return false;
  if (denial.denied.has(INDIRECTLY) && denial.parties) {
    const named = readings.namesOf(p.text);
    return [...denial.parties].every((n) => named.has(n));
  }
  // A denied deal is denied only by a statement of a deal: "Acme has not placed any order for Bolt's chips" says
  // nothing against "Bolt's chips are made by Cyan", however many names the two share.
  if (denial.denied.has(DEAL) && !p.terms.has(DEAL)) return false;
  // Someone else's act is no answer to a denial of this one's: Tencent's order against "Baidu has not ordered".
  // "Exporters need a licence to ship the B30A" is about what shipping requires, not a report that it happened.
  if (denial.head && readings.infinitivesOf(p.text).has(denial.head)) return false;
  // A statement that names no one ("It supports satellite messaging") is not held to it.
  if (denial.actor.size > 0) {
    const named = readings.namesOf(p.text);
    if (named.size > 0 && ![...denial.actor].some((n) => named.has(n))) return false;
  }
  // Samples are not the product: "has shipped samples" says nothing against "has not shipped its chip".
  if (denial.goods && denial.terms.has(SAMPLE) !== p.terms.has(SAMPLE)) return false;
  // Met only as a delivery ("began delivering T7s to Alibaba" for "Alibaba has not received any T7s", "has sent
  // samples" for "has not shipped any samples"): the goods must be the same, and go to the one who says they did not
  // arrive.
  if (denial.goods && ![...denial.denied].some((t) => t !== DELIVERY && p.terms.has(t))) {
    if (![...denial.goods].some((t) => p.terms.has(t))) return false;
    if (denial.receiver && !deliveredTo(p.text, denial.actor)) return false;
  }
  // Met only as a deal ("ordered" for "has not signed"): then it must be a deal between the same parties.
  const asDeal = ![...denial.denied].some((t) => t !== DEAL && p.terms.has(t));
  if (!asDeal || !denial.parties) return true;
  const named = readings.namesOf(p.text);
  return [...denial.parties].every((n) => named.has(n));
}

/** Whether a statement has goods go to one of `actor`'s names: "shipments … to its first customer, ByteDance". */
function deliveredTo(text: string, actor: ReadonlySet<string>): boolean {
  const to = /\bto\s+([^.;]{0,60})/gi;
  for (const m of text.matchAll(to)) {
    const after = names(m[1] as string, new Map());
    if ([...actor].some((n) => after.has(n))) return true;
  }
  return false;
}

/** The denial as written, for the reader: "have yet to place large orders for Huawei's Ascend chips". */
export function deniedWords(text: string): string {
  const m = NEGATION.exec(text);
  if (!m) return text;
  // Stalled talks are quoted up to the word that stalls them: "talks between Pellam and Orvik have stalled".
  const stalled = TALKS.test(m[0].split(/\s/)[0] ?? "") ? STALLED.exec(text.slice(m.index)) : null;
  const words = stalled ? text.slice(m.index, m.index + stalled.index + stalled[0].length) : m[0];
  return words.replace(/[,;:.]+$/, "");
}

const STALLED = /\b(?:stalled|collapsed|broken down|broke down|fell through|ended without)\b/i;
