// A licence granted against one not granted or still awaited, in whatever words of approving each source uses.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { contentTerms } from "../../text/tokens.ts";
import { perText } from "../../util/perText.ts";
import { certaintyOf, withoutAttribution } from "../assertion.ts";
import { names, products } from "../mentions.ts";
import { type DisagreementContext, split } from "./sides.ts";

// What is approved must be named as a licence or permit: "approved purchases" by one government and "no US licence"
// for the same chip are two decisions, and only a licence on both sides makes them one.
const LICENCE = /\b(?:licen[cs]es?|permits?|waivers?|exemptions?|clearances?)\b/i;
// Approving in other words: approved, granted, issued, signed off on, okayed, cleared, authorised, awarded; received,
// won or obtained from the other end.
const VERB = String.raw`(?:approv(?:ed|es|ing)|grant(?:ed|s|ing)?|issu(?:ed|es|ing)|sign(?:ed|s|ing)?\s+off(?:\s+on)?|okay(?:ed|s)|ok['’]?d|clear(?:ed|s)|authori[sz](?:ed|es|ing)|award(?:ed|s)|receiv(?:ed|es|e)|won|win|obtain(?:ed|s)?|secur(?:ed|es|e)|green[- ]light(?:ed|s)?)`;
const NOUN = "(?:licen[cs]es?|permits?|waivers?|exemptions?|clearances?)";
// A word between the verb and the licence that makes the licence something else: "issued a rule requiring licences",
// "received licence applications".
const WORD = String.raw`(?!(?:rules?|requir\w*|need\w*|appl\w*|regimes?|process|system|request\w*|for)\b)[\p{L}\p{N}'’-]+\s+`;
// The verb acts on the licence: "approved the first export licences", "licences were issued".
const APPROVED = new RegExp(
  String.raw`\b${VERB}\s+(?:${WORD}){0,5}?${NOUN}\b|\b${NOUN}\s+(?:${WORD}){0,4}?(?:was|were|has been|have been|had been|is|are|being)\s+(?:now\s+)?${VERB}\b`,
  "iu",
);
// Not approved: "has not (yet) been granted any licence", "no licence has been issued", "has yet to receive a licence",
// or still awaited: "is still waiting for approval", "the licence is pending", "awaiting a decision".
const NOT_APPROVED = new RegExp(
  String.raw`(?:\b(?:not|never|yet to(?: be)?)|n['’]t)\s+(?:(?:yet|been|be|ever|so far)\s+){0,2}${VERB}\s+(?:${WORD}){0,5}?${NOUN}\b|\bno\s+(?:[\p{L}-]+\s+){0,3}${NOUN}\s+(?:has|have|had)\s+(?:yet\s+|so far\s+)?been\s+${VERB}\b|\b(?:still\s+)?(?:waiting|awaiting|awaits|pending)\b`,
  "iu",
);
// Anything else that denies or doubts: such a sentence is no plain report of the approval.
const OTHER_NEGATION = /\b(?:not|no|never|nor|yet to|unclear|whether)\b|n['’]t\b/i;
// "Has not said whether", "did not confirm": an unknown, not a denial.
const UNKNOWN = /\b(?:not|n['’]t)\s+(?:yet\s+)?(?:said|say|confirm\w*|disclos\w*|comment\w*|clear|known)\b/i;
// Words of approving and the licence itself: shared by every pair, they say nothing of which licence it is.
const GENERIC = new Set(
  contentTerms(
    "licence license licences licenses permit permits waiver exemption clearance approved approve approval granted grant issued issue signed sign off okayed cleared authorised authorized awarded received won obtained secured waiting awaiting pending still yet",
  ),
);

interface Reading {
  readonly approved: boolean;
  readonly terms: ReadonlySet<string>;
  readonly products: ReadonlySet<string>;
}

function readingOf(text: string): Reading | null {
  if (!LICENCE.test(text) || UNKNOWN.test(text)) return null;
  const certainty = certaintyOf(text);
  if (certainty === "hedged" || certainty === "asked") return null;
  const claim = withoutAttribution(text);
  const denied = NOT_APPROVED.test(claim);
  if (!denied && (!APPROVED.test(claim) || OTHER_NEGATION.test(claim) || certainty !== "stated")) return null;
  return {
    approved: !denied,
    terms: new Set(contentTerms(claim).filter((t) => !GENERIC.has(t))),
    products: products(names(claim, new Map())),
  };
}

/** Whether two readings are of one licence: the same product where both name one, and three more words in common. */
function sameLicence(a: Reading, b: Reading): boolean {
  if (a.products.size > 0 && b.products.size > 0 && ![...a.products].some((p) => b.products.has(p))) return false;
  let shared = 0;
  for (const t of a.terms) if (b.terms.has(t)) shared++;
  return shared >= 3;
}

/**
 * A report that a licence was granted against a source saying it was not, or is still awaited. Only dated sources are
 * compared: a denial dated on or after the first dated report of the grant disputes it; one dated before is what the
 * grant replaced (superseded). An undated source is neither: it takes part in neither.
 */
export function approvalDisagreements(
  sentences: readonly Sentence[],
  context: DisagreementContext,
): { disagreements: Disagreement[]; superseded: Sentence[] } {
  const read = perText(readingOf);
  const dated = sentences.flatMap((s) => {
    const reading = read(s.text);
    const date = context.dates.get(s.source);
    return reading && date ? [{ sentence: s, reading, date }] : [];
  });
  const grants = dated.filter((d) => d.reading.approved);
  const disagreements: Disagreement[] = [];
  const superseded: Sentence[] = [];
  for (const denial of dated.filter((d) => !d.reading.approved)) {
    const against = grants.filter(
      (g) => g.sentence.source !== denial.sentence.source && sameLicence(g.reading, denial.reading),
    );
    const first = against.map((g) => g.date).sort()[0];
    if (first === undefined) continue;
    if (denial.date < first) {
      superseded.push(denial.sentence);
      continue;
    }
    const d = split(
      "polarity",
      denial.sentence.text,
      against.filter((g) => g.date <= denial.date).map((g) => g.sentence),
      [denial.sentence],
    );
    if (d) disagreements.push(d);
  }
  return { disagreements, superseded };
}
