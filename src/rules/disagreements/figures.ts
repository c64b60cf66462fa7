// Figures that cannot both be right: the same kind of quantity, counted the same way, of the same named subject.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { contentTerms, term, words } from "../../text/tokens.ts";
import { contradicts, type Figure, figureKey, figures } from "../figures.ts";
import { names } from "../mentions.ts";
import { type DisagreementContext, groupBy, split } from "./sides.ts";

// What is being counted: "ordered 300,000 chips" and "can make 200,000 chips" count different things.
const ACTIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ["order", /\b(?:order\w*|buy\w*|bought|purchas\w*|book\w*|demand|deal|contract|agreement)\b/i],
  ["make", /\b(?:produc\w*|make|making|made|output|capacity|manufactur\w*|fabricat\w*|turn out|a year|annual)\b/i],
  ["ship", /\b(?:ship\w*|deliver\w*|sold|sell\w*|sales)\b/i],
];

function action(text: string): string {
  return ACTIONS.find(([, re]) => re.test(text))?.[0] ?? "";
}

interface Read {
  readonly text: string;
  readonly sentences: Sentence[];
  readonly figures: readonly Figure[];
  readonly names: ReadonlySet<string>;
  readonly action: string;
}

/**
 * Sentences grouped by what they measure (kind, unit, action) and each subject they name; within a group, figures
 * that do not overlap the group's most reported figure are a disagreement with it. Groups hold distinct readings,
 * so the work grows with the figures an archive reports, not with the square of its sentences.
 */
export function figureDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  // One reading per distinct wording: wire copy repeats word for word across sources, and is read once.
  const byText = new Map<string, Read | null>();
  for (const sentence of sentences) {
    const known = byText.get(sentence.text);
    if (known) known.sentences.push(sentence);
    if (known !== undefined) continue;
    const found = figures(sentence.text);
    byText.set(
      sentence.text,
      found.length === 0
        ? null
        : {
            text: sentence.text,
            sentences: [sentence],
            figures: found,
            names: names(sentence.text, context.makers),
            action: action(sentence.text),
          },
    );
  }
  const reads = [...byText.values()].filter((r): r is Read => r !== null);
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  // Under each subject it names, and under "*" where a sentence that names no subject ("the groups ordered …") meets them.
  const keysOf = (r: Read): string[] =>
    r.figures.flatMap((f) => [
      `${figureKey(f)}|${r.action}|*`,
      ...[...r.names]
        .filter((n) => !/\d/.test(n) || f.kind === "parameters")
        .map((n) => `${figureKey(f)}|${r.action}|${n}`),
    ]);
  const sourcesOf = (rs: readonly Read[]) => new Set(rs.flatMap((r) => r.sentences.map((s) => s.source))).size;
  for (const [key, group] of groupBy(reads, keysOf)) {
    const [kindUnit] = key.split("|") as [string];
    // Readings that agree with each other form one side; the side most sources give is compared with the rest.
    const classes: Array<{ figure: Figure; members: Read[] }> = [];
    for (const r of group) {
      const f = r.figures.find((x) => figureKey(x) === kindUnit) as Figure;
      const same = classes.find((c) => !contradicts([c.figure], [f]));
      if (same) same.members.push(r);
      else classes.push({ figure: f, members: [r] });
    }
    if (classes.length < 2) continue;
    // Counted once per class, not at every comparison of the sort.
    const counts = new Map(classes.map((c) => [c, sourcesOf(c.members)]));
    classes.sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
    const [main, ...others] = classes as [(typeof classes)[number], ...typeof classes];
    // What the main side names, counted once: each odd reading is checked against these, not against every member.
    const mainNames = new Set(main.members.flatMap((m) => [...m.names]));
    const mainNameless = main.members.some((m) => m.names.size === 0);
    const sample = main.members.slice(0, SAMPLE);
    const wildcard = key.endsWith("|*");
    for (const other of others) {
      // Two subjects must be shared (the company and what it counts), unless one side names only one; or one, with
      // what is measured in common. Under "*", only a sentence that names no subject is compared.
      const shared = other.members.some((o) => {
        if (wildcard) return o.names.size === 0 || mainNameless;
        const common = sharedNames(o.names, mainNames);
        if (common >= Math.min(2, o.names.size)) return true;
        return common >= 1 && sample.some((m) => sharedTerms(o.text, m.text) >= 2);
      });
      if (!shared) continue;
      const d = split(
        "figures",
        topicOf(main.members[0] as Read),
        main.members.flatMap((m) => m.sentences),
        other.members.flatMap((m) => m.sentences),
      );
      // The same odd figures found under another subject name are the same disagreement.
      const id = d?.sides[1]
        .map((s) => s.id)
        .sort()
        .join(" ");
      if (d && id && !seen.has(id)) {
        seen.add(id);
        out.push(d);
      }
    }
  }
  return out;
}

/** Members of the main side a reading that shares one name with it is compared with, word by word. */
const SAMPLE = 16;

/** Content terms two sentences share besides names: what they measure ("smartphone market", "first quarter"). */
function sharedTerms(a: string, b: string): number {
  const named = (w: string) => /^\p{Lu}/u.test(w);
  const terms = (t: string) =>
    new Set(
      words(t)
        .filter((w) => !named(w) && !/\d/.test(w))
        .flatMap((w) => contentTerms(w)),
    );
  const x = terms(a);
  let n = 0;
  for (const t of terms(b)) if (x.has(t)) n++;
  return n;
}

function sharedNames(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** What the figures measure, in the sentence's words: "share", "parameters", or the counted noun. */
function topicOf(r: Read): string {
  const f = r.figures[0] as Figure;
  if (f.kind === "share") return "market share";
  if (f.kind === "parameters") return "parameter count";
  if (f.kind === "money") return "amount";
  return words(r.text).find((w) => term(w) === f.unit) ?? f.unit;
}
