// How one product compares with another: one source says it trails, another that it matches or beats it.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { withoutAttribution } from "../assertion.ts";
import { names } from "../mentions.ts";
import { perText } from "../../util/perText.ts";
import { type DisagreementContext, namesBySource, sameSubject, split } from "./sides.ts";

const BEHIND =
  /\b(?:trail(?:s|ed|ing)?|lag(?:s|ged|ging)?(?: behind)?|behind|slower than|weaker than|worse than|falls? short of|fell short of|inferior to|(?:outpaced|outperformed|beaten|bested|outsold|outclassed) by|(?:can(?:not|['’]t)|does not|doesn['’]t|did not|didn['’]t) (?:match|rival|equal|beat))\b/i;
const LEVEL =
  /\b(?:match(?:es|ed)?|on par with|rivals?|equals?|comparable to|as (?:fast|good|far) as|outperform(?:s|ed)?|beats?|faster than|better than|further than|farther than|surpass(?:es|ed)?|exceed(?:s|ed)?|outpac(?:es|ed)|outrang(?:es|ed)|outsells?|outlasts?|best(?:s|ed)|ahead of|par with)\b/i;
// A part of another product's measure: "delivers about 70% of an H100's throughput", "half the speed of an H100",
// "60% of the performance of Nvidia's H20". Parity is not in doubt under nine tenths; at 90% or more a writer may mean
// much the same, and it is left alone.
const PART_OF =
  /\b(?:(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)|half|a third|one[- ]third|two[- ]thirds|a quarter|three[- ]quarters|a fraction)\s+(?:of\s+)?(?:(?:the|its)\s+(?:[\p{L}-]+\s+){1,2}?of\s+)?(an?\s+|the\s+|that of\s+(?:an?\s+|the\s+)?)?(?=\p{Lu})/iu;

const PART_HINT = /%|percent|per cent|half|third|quarter|fraction/i;
const LESS_IS_BETTER =
  /\b(?:price|cost|power|energy|electricity|watts?|latency|footprint|consumption|draw|size|weight)\b/i;

/**
 * "70% of an H100's …" as a comparison that trails, where the share is under nine tenths and is of one unit of a
 * product ("an H100") or of a named aspect ("of the H100's throughput"): "70% of the Chinese market" compares nothing.
 */
function partOf(text: string): RegExpExecArray | null {
  const m = PART_HINT.test(text) ? PART_OF.exec(text) : null;
  if (!m || (m[1] !== undefined && Number(m[1]) >= 90)) return null;
  // Half the power, the price or the latency of a rival is an advantage, not a shortfall: "uses half the power of an
  // H100", "at a third of the price of an H100", "70% of an H100's power draw".
  if (LESS_IS_BETTER.test(text.slice(m.index, m.index + m[0].length + 40))) return null;
  const ofOne = /^an?\s/i.test(m[2] ?? "");
  return ofOne || HAS_ASPECT.test(text) ? m : null;
}

// A comparison someone hopes for or expects is not a finding: "aims to match", "could rival", "is expected to beat".
const HEDGE =
  /\b(?:may|might|could|would|aims?|hopes?|expect(?:s|ed)?|plans?|if|whether|designed to|promis(?:es|ed)|wants?|target(?:s|ed|ing)?)\b/i;
// A comparison turned by a negation ("no longer trails", "is not ahead of") says something else: left alone.
const NEGATED = /\b(?:not|no longer|never|n['’]t)\s+(?:\w+\s+)?$/i;
// The story's product under a pronoun, right before the verb: "Its range beats …", "On range, it trails …".
const PRONOUN =
  /(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?:it|its(?:\s+[\p{L}-]+){0,2}|the (?:[\p{L}-]+\s+)?(?:car|phone|model|chip|device|sedan|drug|satellite|rocket|vehicle|product|handset|launcher))\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)?$/iu;
// What is compared; two sources that name different things ("on range", "on price") are not in dispute.
const ASPECTS =
  /\b(?:range|price|cost|speed|performance|battery life|efficiency|accuracy|efficacy|safety|sales|camera|display|charging|power|resolution|yield|throughput|latency|bandwidth|capacity|payload|thrust|endurance|reliability)\b/gi;
const HAS_ASPECT = new RegExp(ASPECTS.source, "i");

interface Comparison {
  readonly sentence: Sentence;
  /** Names before the verb; empty when the subject is a pronoun for the story's product. */
  readonly left: Set<string>;
  readonly right: Set<string>;
  readonly behind: boolean;
  readonly aspects: Set<string>;
}

/** The products on either side of the comparison, and which way it goes; null when the sentence compares nothing. */
function comparison(written: string, context: DisagreementContext): Omit<Comparison, "sentence"> | null {
  if (HEDGE.test(written)) return null;
  // Who makes the comparison ("Independent analysts say …") is not what is compared.
  const text = withoutAttribution(written);
  const behind = BEHIND.exec(text) ?? partOf(text);
  const level = behind ? null : LEVEL.exec(text);
  const m = behind ?? level;
  if (!m) return null;
  const before = text.slice(0, m.index);
  if (level && NEGATED.test(before)) return null;
  // Names on either side: products with model numbers, and brands ("Falcon") alike.
  const left = PRONOUN.test(before) ? new Set<string>() : names(before, context.makers);
  const right = names(text.slice(m.index + m[0].length), context.makers);
  if (right.size === 0 || (left.size === 0 && !PRONOUN.test(before))) return null;
  const aspects = new Set([...text.matchAll(ASPECTS)].map((a) => a[0].toLowerCase()));
  return { left, right, behind: behind !== null, aspects };
}

/** "X trails Y" against "X matches Y", for the same two products, from different sources. */
export function comparisonDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  const compare = perText((text) => comparison(text, context));
  const read: Comparison[] = [];
  for (const s of sentences) {
    const c = compare(s.text);
    if (c) read.push({ sentence: s, ...c });
  }
  const namesOf = namesBySource(sentences, context.makers);
  const subject = (c: Comparison) => ({ subject: c.left, source: c.sentence.source });
  const sameAspect = (a: Comparison, b: Comparison): boolean =>
    a.aspects.size === 0 || b.aspects.size === 0 || [...a.aspects].some((x) => b.aspects.has(x));
  const samePair = (a: Comparison, b: Comparison): boolean =>
    sameSubject(subject(a), subject(b), namesOf) && [...a.right].some((p) => b.right.has(p)) && sameAspect(a, b);
  const out: Disagreement[] = [];
  const done = new Set<Comparison>();
  for (const a of read.filter((r) => r.behind)) {
    if (done.has(a)) continue;
    const level = read.filter((b) => !b.behind && samePair(a, b));
    if (level.length === 0) continue;
    const behind = read.filter((b) => b.behind && samePair(a, b));
    for (const r of behind) done.add(r);
    // Products are named by their model numbers where they have one ("T9" rather than its maker "Tamsa").
    const first = (found: ReadonlySet<string>) => [...found].find((n) => /\d/.test(n)) ?? [...found][0];
    const subject = [...behind, ...level].map((r) => first(r.left)).find((n) => n !== undefined);
    const topic = `how ${subject ? `the ${subject.toUpperCase()}` : "it"} compares with the ${first(a.right)?.toUpperCase()}`;
    const d = split(
      "capability",
      topic,
      behind.map((r) => r.sentence),
      level.map((r) => r.sentence),
    );
    if (d) out.push(d);
  }
  return out;
}
