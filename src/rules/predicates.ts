// What a sentence says happens: the relation it states between the things it names, as a class of news verbs.
import { term, words } from "../text/tokens.ts";

/**
 * Classes of verbs (and their nouns) that news reports use for one relation. Two sentences that name the same things
 * but state relations of different classes ("V4 runs on Ascend chips" and "V4 was trained on Ascend chips"; "Huawei
 * began shipping the 950" and "the 950 trails the H200") make two claims. The classes are general news language, not
 * any one story's words. Light verbs that say little on their own ("make it work", "give a date", "on the other hand")
 * and words more often something else ("computing power", "market share", "a clear lead") are left out.
 */
const CLASSES: Readonly<Record<string, string>> = {
  release: "release launch ship shipping shipment unveil debut arrive publish",
  run: "run serve deploy host",
  train: "train pretrain pre-train pre-training",
  tune: "fine-tune finetune fine-tuned fine-tuning post-train post-training posttrain",
  order: "order purchase buy book",
  sell: "sell sale export",
  make: "produce production manufacture fabricate output",
  restrict: "restrict bar ban block curb prohibit blacklist sanction",
  limit: "limit pause halt suspend freeze discourage",
  allow: "allow permit approve authorise authorize grant",
  trail: "trail lag slower weaker",
  match: "match rival equal comparable par",
  beat: "beat outperform surpass exceed faster",
  sign: "sign agree agreement",
  support: "support compatible",
  invest: "invest fund",
  need: "need",
  test: "test benchmark evaluate",
  withhold: "withhold",
  stockpile: "stockpile hoard",
  rise: "rise gain climb jump surge soar increase grow",
  fall: "fall drop decline slide slid slip sink plunge shrink",
  cut: "cut reduce trim halve slash",
};

const CLASS_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASSES).flatMap(([name, list]) => list.split(" ").map((w): [string, string] => [term(w), name])),
);

/**
 * Shipping that begins ("began shipping the chip", "shipments commenced in late November") is the start of
 * deliveries, another event than the release: a chip is launched months before it reaches its buyers.
 */
const SHIPPING_BEGINS =
  /\b(?:began|begun|begins?|starts?|started|commenced?|commences)\s+(?:\w+\s+){0,1}(?:ship(?:ping|ments?)|deliver(?:ing|y|ies))\b|\b(?:ship(?:ping|ments?)|deliver(?:y|ies))\b[^.;:]{0,80}?\b(?:began|begun|begin|start|started|commenced|are under way|is under way)\b/i;

/**
 * What a rule, a licence or a ban covers ("the licence covers HBM3E stacks, not HBM4", "the rule applies to HBM2E and
 * later generations") is its scope, another claim than its being granted or issued. Read only after such a noun: "the
 * order covers 25,000 units" gives an order's size, and "covers chips for the Ledger" a reporter's beat.
 */
const RULE_SCOPE =
  /\b(?:licen[cs]es?|rules?|requirements?|regulations?|restrictions?|curbs?|controls?|bans?|measures?|permits?)\b(?:,[^;]{1,60}?,)?\s+(?:\w+\s+){0,2}(?:covers?|covered|covering|appl(?:y|ies|ied)\s+to|excludes?|excluded|exempts?|exempted|extends?\s+to)\b/i;

/**
 * "Export" naming a regime, not a sale: "export controls", "rules on exporting" restrict; "export licences" allow. "The
 * B40 is the chip Nvidia designed under US export rules" sells nothing, and "approved export licences for the B40"
 * approves.
 */
const EXPORT_REGIME =
  /\bexport\s+(?:(controls?|curbs?|restrictions?|rules?|bans?|regimes?|regulations?|limits?)|(licen[cs]es?|licen[cs]ing|permits?|approvals?))\b|\b(?:(rules?|controls?|curbs?|restrictions?|bans?|regulations?|limits?)|(licen[cs]es?|permits?))\s+(?:on|for|covering)\s+(?:the\s+)?export(?:s|ing)?\b/gi;

/** The relation class a word states, by its stem, if any. */
export function relationOfWord(word: string): string | undefined {
  return CLASS_OF.get(term(word));
}

/** Whether the text speaks of shipping that begins: its shipping words then state the class `deliver`. */
export function shippingBegins(text: string): boolean {
  return SHIPPING_BEGINS.test(text);
}

/** The relation classes a text states, by the stems of its words. */
export function predicatesOf(text: string): Set<string> {
  const out = new Set<string>();
  const delivering = SHIPPING_BEGINS.test(text);
  if (RULE_SCOPE.test(text)) out.add("cover");
  const read = /export/i.test(text)
    ? text.replace(EXPORT_REGIME, (_, regime?: string, _licence?: string, regimeOn?: string) => {
        out.add(regime || regimeOn ? "restrict" : "allow");
        return " ";
      })
    : text;
  for (const w of words(read)) {
    const found = delivering && /^(?:ship|deliver)/i.test(w) ? "deliver" : CLASS_OF.get(term(w));
    if (found) out.add(found);
  }
  return out;
}

/**
 * Two texts state different relations: each states at least one, and they share none. Sharing one is enough to agree,
 * as a report adds relations of its own around the claim ("pre-training ran on H800s" is a claim about training).
 */
export function relationsDiffer(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const p of a) if (b.has(p)) return false;
  return true;
}
