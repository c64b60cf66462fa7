// Who supplies a product's parts: one source names one supplier, another says a different one, "not" or "rather than" the first.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { names } from "../mentions.ts";
import { type DisagreementContext, namesBySource, sameSubject, split } from "./sides.ts";

// The relation and what follows it: "made by Hanul Energy", "powered by Corvane's Kite K2", "runs on Tessaro's TS-7",
// "fabricated in Shanghai by SMIC", "comes out of SMIC".
const SUPPLIED =
  /\b(?:(runs? on|ran on|running on|built around|built on|powered by)|((?:made|produced|manufactured|fabricated|fabbed)(?:\s+in(?:\s+[\p{L}-]+){1,3}?)?\s+by)|supplied by|(?:comes?|came) (?:from|out of)|sourced from|provided by)\s+(?:(?:the|a|an|its|their)\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}\p{N}'’-]+)/iu;
// What the relation says: what a product runs on, who makes it, or only where it comes from. What a model runs on
// and who fabricates the chips it runs on are two questions ("built on Zhaoguang's chips", "fabricated by SMIC").
type Relation = "runs" | "makes" | "source";
// Verbs said only of goods: what is fabricated or manufactured is a part, whatever the sentence calls it.
const GOODS_VERB = /^(?:manufactured|fabricated|fabbed)\b/i;
// A quick look for the relation before the full pattern runs: most sentences name no supplier.
const MAYBE = /\b(?:on|around|by|from|out of)\b/i;
// The object stops where the sentence turns to what it is not: "…, not by Tessaro's TS-7", "rather than by Hanul".
const CONTRAST = /\b(?:not|rather than|instead of|in place of|but not)\b/i;
// A claim that this supplier alone, or mostly, does the job: needed on one side before two suppliers are a dispute.
const STRONG =
  /\b(?:not by|rather than|instead of|entirely|exclusively|only|solely|in-house|its own|their own|most of|mostly|mainly)\b/i;
// Every unit of a product or of a part is all of them: "every ZX-7 is fabricated by", "every single compute die comes
// from". Not every step of some work ("every step ran on Ascend"), which says how, not who supplies.
const EVERY_UNIT =
  /\b[Ee]very\s+(?:single\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:\p{Lu}[\p{L}]*-?\d[\p{L}\p{N}]*|chips?|dies?|wafers?|units?|boards?|cards?|cells?|packs?|modules?|accelerators?|processors?)\b/u;
const HEDGE =
  /\b(?:may|might|could|reportedly|rumou?red|expected|plans?|considering|if|designed to|said to|aims? to|earlier|previous|attempts?|clear|unclear)\b/i;
// What is supplied is a part: "the cells come from …" is a supply, "the figures come from DeepSeek" is not.
const PART =
  /\b(?:chips?|dies?|wafers?|processors?|cells?|batter(?:y|ies)|components?|parts?|modules?|panels?|hardware|silicon|GPUs?|accelerators?|engines?|sensors?|displays?|screens?|memory|modems?|packs?)\b/i;

export interface Supply {
  readonly sentence: Sentence;
  /** Names before the relation: the product supplied, or none for "The cells", "It". */
  readonly subject: ReadonlySet<string>;
  /** The supplier: the first name after the relation, as its maker when `makers:` knows it. */
  readonly supplier: string;
  readonly strong: boolean;
  readonly relation: Relation;
}

/** The supplier a sentence names for a part, plainly stated; null when it names none or only hedges. */
export function supplyOf(sentence: Sentence, context: DisagreementContext): Supply | null {
  if (!MAYBE.test(sentence.text)) return null;
  const m = SUPPLIED.exec(sentence.text);
  if (!m || HEDGE.test(sentence.text)) return null;
  if (!PART.test(sentence.text) && !GOODS_VERB.test(m[2] ?? "")) return null;
  const object = (m[3] as string).split(CONTRAST)[0] ?? "";
  const [supplier] = [...names(` ${object}`, context.makers)];
  if (!supplier) return null;
  const maker = context.makers.get(supplier) ?? supplier;
  return {
    sentence,
    subject: names(sentence.text.slice(0, m.index), context.makers),
    supplier: maker,
    strong: STRONG.test(sentence.text) || EVERY_UNIT.test(sentence.text),
    relation: m[1] ? "runs" : m[2] ? "makes" : "source",
  };
}

/** Two suppliers named for the same product (or the same unnamed parts), one of them claimed strongly. */
export function supplierDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  const read = sentences.flatMap((s) => {
    const supply = supplyOf(s, context);
    return supply ? [supply] : [];
  });
  const out: Disagreement[] = [];
  const taken = new Set<Sentence>();
  const namesOf = namesBySource(sentences, context.makers);
  const subjectOf = (r: Supply) => ({ subject: r.subject, source: r.sentence.source });
  for (const a of read.filter((r) => r.strong)) {
    if (taken.has(a.sentence)) continue;
    const about = (b: Supply) =>
      (a.relation === b.relation || a.relation === "source" || b.relation === "source") &&
      sameSubject(subjectOf(a), subjectOf(b), namesOf);
    const against = read.filter(
      (b) => b.supplier !== a.supplier && about(b) && b.sentence.source !== a.sentence.source,
    );
    if (against.length === 0) continue;
    const agreeing = read.filter((b) => b.supplier === a.supplier && about(b));
    const d = split(
      "training",
      a.supplier,
      [...agreeing].map((r) => r.sentence),
      against.map((r) => r.sentence),
    );
    if (d && !d.sides[1].every((s) => taken.has(s))) {
      for (const s of d.sides.flat()) taken.add(s);
      out.push(d);
    }
  }
  return out;
}
