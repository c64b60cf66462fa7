// How one product compares with another: one source says it trails, another that it matches or beats it.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { names } from "../mentions.ts";
import { perText } from "../../util/perText.ts";
import { type DisagreementContext, split } from "./sides.ts";

const BEHIND =
  /\b(?:trail(?:s|ed|ing)?|lag(?:s|ged|ging)?(?: behind)?|behind|slower than|weaker than|worse than|falls? short of|fell short of|inferior to|(?:can(?:not|['’]t)|does not|doesn['’]t|did not|didn['’]t) (?:match|rival|equal|beat))\b/i;
const LEVEL =
  /\b(?:match(?:es|ed)?|on par with|rivals?|equals?|comparable to|as (?:fast|good|far) as|outperform(?:s|ed)?|beats?|faster than|better than|further than|surpass(?:es|ed)?|ahead of|par with)\b/i;

/** The products on either side of the comparison, and which way it goes; null when the sentence compares nothing. */
function comparison(
  text: string,
  context: DisagreementContext,
): { left: Set<string>; right: Set<string>; behind: boolean } | null {
  const behind = BEHIND.exec(text);
  const level = behind ? null : LEVEL.exec(text);
  const m = behind ?? level;
  if (!m) return null;
  // Names on either side: products with model numbers, and brands ("Falcon") alike.
  const left = names(text.slice(0, m.index), context.makers);
  const right = names(text.slice(m.index + m[0].length), context.makers);
  // A subject named by a pronoun ("Its range beats …") stands for the story's product: it matches any left side.
  if (
    right.size === 0 ||
    (left.size === 0 && !/^(?:it|its|the (?:\w+ )?(?:car|phone|model|chip|device))\b/i.test(text))
  )
    return null;
  return { left, right, behind: behind !== null };
}

/** "X trails Y" against "X matches Y", for the same two products, from different sources. */
export function comparisonDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  const compare = perText((text) => comparison(text, context));
  const read = sentences.flatMap((s) => {
    const c = compare(s.text);
    return c ? [{ sentence: s, ...c }] : [];
  });
  const out: Disagreement[] = [];
  const done = new Set<string>();
  for (const a of read.filter((r) => r.behind)) {
    const sameLeft = (b: (typeof read)[number]) =>
      a.left.size === 0 || b.left.size === 0 || [...a.left].some((p) => b.left.has(p));
    const samePair = (b: (typeof read)[number]) => sameLeft(b) && [...a.right].some((p) => b.right.has(p));
    const key = `${[...a.left].sort().join()}|${[...a.right].sort().join()}`;
    if (done.has(key)) continue;
    const level = read.filter((b) => !b.behind && samePair(b));
    if (level.length === 0) continue;
    done.add(key);
    const behind = read.filter((b) => b.behind && samePair(b));
    const topic = `the ${[...a.left][0]?.toUpperCase()} against the ${[...a.right][0]?.toUpperCase()}`;
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
