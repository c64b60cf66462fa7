// What a model was trained or runs on: one source says one maker's chips do all of it, another names a different maker.
import type { Disagreement, Sentence } from "../../model/types.ts";
import { isStopWord, words } from "../../text/tokens.ts";
import { isQuestion, withoutAttribution } from "../assertion.ts";
import { type Makers, names, products } from "../mentions.ts";
import { originOf } from "./origin.ts";
import { type DisagreementContext, groupBy, split } from "./sides.ts";

type Stage = "pretrain" | "train" | "post" | "serve";

const STAGES: ReadonlyArray<readonly [Stage, RegExp]> = [
  ["pretrain", /^pre-?train/i],
  ["post", /^(?:post-?train|fine-?tun)/i],
  ["train", /^(?:train|training|trained)$/i],
  ["serve", /^(?:inference|serv(?:e|es|ed|ing)|runs?|ran|running|deploy\w*)$/i],
];
// "entirely on Ascend", "exclusively", "without any Nvidia chips", "from pre-training through fine-tuning".
const WHOLE =
  /\b(?:entirely|exclusively|wholly|solely|only|all of|every stage|end to end|without any|with no fallback|from pre-?training through|the whole|training included)\b/i;
// A source's own account ends where it turns to another's ("…ran on Huawei hardware, although one report claimed…") or
// to a guess of its own ("…pre-trained on Nvidia hardware, and I expect V4.1 to be no different").
const TURN =
  /,?\s+\b(?:although|though|but|whereas|while others?|even as)\b|,?\s+and\s+(?:I|we)\s+(?:expect|think|suspect|believe|assume|guess)\b/i;
const STORY_SUBJECT =
  /^(?:it|its|the (?:\w+\s+)?(?:model|company|pipeline)|\p{Lu}[\p{L}-]*['’]s (?:own )?(?:technical report|launch post|model card|paper))\b/iu;
// About an earlier model or attempt, not this one.
const EARLIER = /\b(?:earlier|previous|prior|predecessor|last year|a year ago|years? earlier|had spent|once)\b/i;
// The chips are what the work ran on: "on Ascend", "on a cluster of Nvidia H800s", "using Nvidia", "was Nvidia's",
// "Ascend chips used for inference".
const ON_BEFORE =
  /\b(?:on|using|with|was|were|onto|across)\s+(?:(?:(?:a|an|the|its|their)\s+)?(?:\S+\s+)?(?:cluster|fleet|farm|pool|bank)s?\s+of\s+)?(?:\S+\s+){0,3}$/i;
const USED_AFTER = /^(?:\s+\S+){0,3}\s+(?:used for|handl\w*|for)\b/i;
// The verb right before a model's name: "to train Z3", "trained Z3", "run Q9".
const TRAINED_BEFORE = /^(?:train|trained|trains|training|pre-?train\w*|fine-?tun\w*|run|runs|ran|running|serve\w*)$/i;
// Chips named to compare with ("on par with Nvidia's H100 for training", "faster than an H100") are not what ran.
const COMPARED_BEFORE =
  /\b(?:on par with|par with|\d+(?:\.\d+)?\s*(?:%|percent|per cent)?\s+of\s+(?:an?|the)|(?:a\s+)?(?:fraction|half|third|quarter|share)\s+of|compared (?:with|to)|as (?:fast|good|powerful|capable|efficient) as|than|rivals?|rivalling|matches|matching|equal to|similar to|versus|vs\.?|beats?|trails?|behind)\s+(?:\S+\s+){0,2}$/i;

const ASKS = /^\s*(?:whether|if)\b/i;

interface Use {
  readonly stage: Stage;
  readonly maker: string;
}

// The chips themselves, named after their maker: "Moxin Semiconductor's MX-300 chips", "Veltra hardware".
const CHIP_WORD = /^(?:chips?|accelerators?|processors?|GPUs?|NPUs?|silicon|hardware)$/i;
// A maker's name is a capitalised word; what rents chips out is no maker of them ("Alibaba Cloud servers").
const CAPITALISED = /^\p{Lu}[\p{L}&-]+(?:['’]s)?$/u;
const NOT_CHIPS = /^(?:cloud|servers?|data|clusters?)$/i;

/**
 * A maker the `makers:` list does not know, named where the chips are: a capitalised word, the first of its run, with a
 * word for chips within three words after it. A country ("Chinese chips") is an origin, not a maker.
 */
function unlistedMaker(ws: readonly string[], i: number): string | null {
  const w = ws[i] as string;
  if (i === 0 || !CAPITALISED.test(w) || CAPITALISED.test(ws[i - 1] as string)) return null;
  const name = w.toLowerCase().replace(/['’]s$/, "");
  if (isStopWord(name) || originOf(name) || name.length < 3) return null;
  for (let j = i + 1; j <= Math.min(ws.length - 1, i + 3); j++) {
    if (NOT_CHIPS.test(ws[j] as string)) return null;
    if (CHIP_WORD.test(ws[j] as string)) return name;
  }
  return null;
}

/**
 * Chips the archive names after their maker ("Moxin Semiconductor's MX-300", "Moxin MX-300s") → that maker, lower case,
 * for the chips the `makers:` list does not know. A chip given two makers is left out.
 */
export function chipMakers(sentences: readonly Sentence[], makers: Makers): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const companies = new Set(makers.values());
  for (const text of new Set(sentences.map((s) => s.text))) {
    if (!/\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?(?:['’]s?)?\s+\p{L}+-?\d/u.test(text)) continue;
    for (const m of text.matchAll(
      /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]+)(?:\s+\p{Lu}[\p{L}]+)?(?:['’]s?)?\s+(\p{L}+-?\d[\p{L}\p{N}-]*)/gu,
    )) {
      const maker = (m[1] as string).toLowerCase();
      const chip = (m[2] as string).toLowerCase().replace(/(?<=\d)s$/, "");
      if (isStopWord(maker) || originOf(maker) || makers.has(chip)) continue;
      const key = companies.has(maker) ? maker : (makers.get(maker) ?? maker);
      const set = seen.get(chip) ?? new Set<string>();
      set.add(key);
      seen.set(chip, set);
    }
  }
  return new Map([...seen].filter(([, set]) => set.size === 1).map(([chip, set]) => [chip, [...set][0] as string]));
}

/**
 * Each maker a sentence names, paired with the nearest stage word (within eight words). The chips named where the work
 * ran ("on Moxin's MX-300 chips", "Nvidia H800s") are added to `hardware`, as `names` reads them.
 */
function uses(
  text: string,
  makers: Makers,
  chips: ReadonlyMap<string, string> = new Map(),
  hardware: Set<string> = new Set(),
): Use[] {
  const ws = words(text);
  const companies = new Set(makers.values());
  const out: Use[] = [];
  ws.forEach((w, i) => {
    const name = w.toLowerCase().replace(/['’]s$/, "");
    const chip = name.replace(/(?<=\d)s$/, "");
    const maker = companies.has(name)
      ? name
      : (makers.get(name.split("-")[0] as string) ??
        makers.get(chip) ??
        // What is trained or run ("used to train Z3") is the model, however the archive names it with its maker.
        (TRAINED_BEFORE.test(ws[i - 1] ?? "") ? undefined : chips.get(chip)) ??
        unlistedMaker(ws, i) ??
        undefined);
    if (!maker) return;
    const before = ws.slice(Math.max(0, i - 8), i).join(" ") + " ";
    const after = ` ${ws.slice(i + 1, i + 6).join(" ")}`;
    if (!ON_BEFORE.test(before) && !USED_AFTER.test(after)) return;
    if (COMPARED_BEFORE.test(before)) return;
    // The chips run from the maker to the word for chips ("Moxin Semiconductor's MX-300 chips"), or are the one model
    // number after it ("Nvidia H800s").
    const end = ws.slice(i + 1, i + 4).findIndex((x) => CHIP_WORD.test(x));
    const last = end >= 0 ? i + 1 + end : /\d/.test(ws[i + 1] ?? "") ? i + 1 : i;
    for (const n of names(ws.slice(i, last + 1).join(" "), makers)) hardware.add(n);
    // A training stage named near the chips says more than a verb of running ("pre-training ran on Nvidia").
    let best: { stage: Stage; distance: number } | null = null;
    for (let j = Math.max(0, i - 8); j <= Math.min(ws.length - 1, i + 8); j++) {
      const stage = STAGES.find(([, re]) => re.test(ws[j] as string))?.[0];
      if (!stage) continue;
      const rank = Math.abs(j - i) + (stage === "serve" ? 8 : 0);
      if (!best || rank < best.distance) best = { stage, distance: rank };
    }
    if (best && !out.some((u) => u.maker === maker && u.stage === best.stage)) out.push({ stage: best.stage, maker });
  });
  return out;
}

const training = (s: Stage) => s === "pretrain" || s === "train";

/**
 * Two uses contradict when the makers differ and one claims the whole job, or both name the same training stage; and a
 * maker one says was not used for training contradicts the other's training on it.
 */
function clash(a: Reading, b: Reading): boolean {
  const excludes = (x: Reading, y: Reading) => y.uses.some((u) => training(u.stage) && x.excluded.has(u.maker));
  if (excludes(a, b) || excludes(b, a)) return true;
  return a.uses.some((x) =>
    b.uses.some(
      (y) =>
        x.maker !== y.maker &&
        !a.uses.some((z) => z.maker === y.maker) &&
        ((a.whole && training(y.stage)) ||
          (b.whole && training(x.stage)) ||
          (training(x.stage) && training(y.stage) && x.stage === y.stage) ||
          // "Was trained on HX-90s" leaves no room for "pre-training ran on Nvidia H20s", unless the second names the
          // HX-90's maker too (for a later stage).
          (new Set([x.stage, y.stage]).size === 2 &&
            training(x.stage) &&
            training(y.stage) &&
            !b.uses.some((z) => z.maker === x.maker))),
    ),
  );
}

interface Reading {
  readonly uses: Use[];
  readonly whole: boolean;
  readonly products: Set<string>;
  /** Makers whose chips it says were not used for training: "we did not use any Nvidia chips to train Z3". */
  readonly excluded: ReadonlySet<string>;
  /** A denial that names no model and no chips used: "No Nvidia hardware was used at any stage of training". */
  readonly bareDenial: boolean;
}

// "Did not use any Nvidia chips to train", "no Nvidia hardware was used to train", "trained without Nvidia chips",
// "had not used Nvidia hardware at any stage of Lumen-2's training".
const NOT_USED =
  /\b(?:(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:use|used|rely on|relied on|tap|tapped)\s+(?:any\s+)?|\b[Nn]o\s+|\b[Ww]ithout\s+(?:any\s+)?)(\p{Lu}[\p{L}-]*)\s+(?:\S+\s+){0,2}?(?:(?:was|were|is|are)\s+used\s+)?(?:(?:to|for|in)\s+(?:the\s+)?|(?:at|in|for)\s+any\s+(?:stage|point|step|phase|part)\s+of\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}?)(?:pre-?train\w*|train\w*)\b/u;

/** The makers a sentence says were not used for training. */
function excludedMakers(text: string, makers: Makers): Set<string> {
  const m = NOT_USED.exec(text);
  if (!m) return new Set();
  const name = (m[1] as string).toLowerCase();
  const companies = new Set(makers.values());
  // A maker the list does not know is named as one where a word for chips follows: "no Veltra hardware was used".
  const chipsNext = CHIP_WORD.test(text.slice((m.index ?? 0) + m[0].indexOf(m[1] as string)).split(/\s+/)[1] ?? "");
  const maker = companies.has(name) ? name : (makers.get(name) ?? (chipsNext && !originOf(name) ? name : undefined));
  return maker ? new Set([maker]) : new Set();
}

/** What a sentence says its model was trained or runs on, or null when it names no chips used for a stage. */
function readingOf(text: string, context: DisagreementContext, chips: ReadonlyMap<string, string>): Reading | null {
  // A question ("Was K3 really trained only on Ascend chips?", a headline "Whether K3 really trained on …") asks; it
  // gives no account of its own.
  if (EARLIER.test(text) || isQuestion(text) || ASKS.test(text)) return null;
  const own = text.split(TURN)[0] ?? text;
  // Most sentences name no chips used for a stage: the names are read only for those that do.
  const hardware = new Set<string>();
  const used = uses(own, context.makers, chips, hardware);
  const excluded = excludedMakers(own, context.makers);
  if (excluded.size === 0 && (used.length === 0 || !used.some((u) => u.stage !== "serve" || WHOLE.test(text))))
    return null;
  const named = products(names(own, context.makers));
  // A sentence that names no product must be about the story's model ("It was trained…", "The model runs…").
  // "Harbourlight says the model was trained …": the subject once who says it is taken out.
  // "No Nvidia hardware was used at any stage of training": a denial that names no model is about its source's model
  // (see `storyModels`).
  const bareDenial = excluded.size > 0 && used.length === 0 && named.size === 0;
  const aboutStory =
    STORY_SUBJECT.test(text) ||
    STORY_SUBJECT.test(withoutAttribution(text).replace(/^[\s\d/.,:;—–-]*/, "")) ||
    bareDenial;
  if (named.size === 0 && !aboutStory) return null;
  // The subject is the model trained, not the chips it ran on: "Yunjing-5 was trained on MX-300 chips" is about the
  // Yunjing-5, "The model was trained entirely on MX-300 chips" about the story's model. A sentence that names only the
  // chips and no subject we can read ("Atlas 2 itself was pre-trained on K300 hardware") stays with those chips.
  const subject = new Set([...named].filter((p) => !hardware.has(p)));
  const story = subject.size === 0 && aboutStory;
  return {
    uses: used,
    whole: WHOLE.test(own),
    products: subject.size > 0 || story ? subject : named,
    excluded,
    bareDenial,
  };
}

/**
 * The model a source is about: the one its sentences name most often, if one leads ("Lingxi-4" in a story that
 * mentions its predecessor Lingxi-3 twice); none when two tie or it names none.
 */
function storyModel(sentences: readonly Sentence[], makers: Makers): string | null {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const p of products(names(s.text, makers))) counts.set(p, (counts.get(p) ?? 0) + 1);
  const [first, second] = [...counts].sort((x, y) => y[1] - x[1]);
  return first && (!second || second[1] < first[1]) ? first[0] : null;
}

/** Sentences about what one product was trained or runs on that cannot both be right. */
export function hardwareDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  // One reading per distinct wording: wire copy repeats, and reading a sentence is the costly part.
  const byText = new Map<string, Reading | null>();
  const chips = chipMakers(sentences, context.makers);
  const sentencesOf = new Map<Reading, Sentence[]>();
  for (const s of sentences) {
    let reading = byText.get(s.text);
    if (reading === undefined) byText.set(s.text, (reading = readingOf(s.text, context, chips)));
    if (!reading) continue;
    const list = sentencesOf.get(reading);
    if (list) list.push(s);
    else sentencesOf.set(reading, [s]);
  }
  const read = [...sentencesOf.keys()];
  // A denial that names no model is about the model its sources are about, where each names one most; it is kept
  // apart from the predecessor a story mentions in passing.
  const bySource = groupBy(read.some((r) => r.bareDenial) ? sentences : [], (s) => [s.source]);
  const modelOf = new Map<string, string | null>();
  const modelOfSource = (source: string): string | null => {
    let model = modelOf.get(source);
    if (model === undefined) modelOf.set(source, (model = storyModel(bySource.get(source) ?? [], context.makers)));
    return model;
  };
  for (const r of read.filter((x) => x.bareDenial)) {
    const models = (sentencesOf.get(r) ?? []).map((s) => modelOfSource(s.source));
    if (models.every((m) => m !== null)) for (const m of models) r.products.add(m);
  }
  const out: Disagreement[] = [];
  const taken = new Set<Reading>();
  const all = (rs: readonly Reading[]) => rs.flatMap((r) => sentencesOf.get(r) ?? []);
  for (const a of read) {
    if (taken.has(a) || !(a.whole || a.uses.length === 1 || a.excluded.size > 0)) continue;
    // About the same product, or about none by name (a pronoun for the story's model).
    const same = (b: Reading) =>
      a.products.size === 0 || b.products.size === 0 || [...a.products].some((p) => b.products.has(p));
    const against = read.filter((b) => same(b) && clash(a, b));
    if (against.length === 0) continue;
    const agreeing = read.filter(
      (b) =>
        b !== a &&
        same(b) &&
        !clash(a, b) &&
        against.every((x) => clash(b, x)) &&
        (b.uses.some((u) => a.uses.some((v) => v.maker === u.maker)) ||
          [...b.excluded].some((m) => a.excluded.has(m)) ||
          // "No Nvidia chips were used" and "trained entirely on T7s" tell one account, whichever is read first.
          (a.excluded.size > 0 && b.whole && b.uses.every((u) => !a.excluded.has(u.maker))) ||
          (b.excluded.size > 0 && a.whole && a.uses.every((u) => !b.excluded.has(u.maker)))),
    );
    // Where a source gives the account twice ("trained entirely on Ascend", "no Nvidia chips were used at any stage"),
    // the reader is shown the words that deny what the other side reports.
    const denies = (r: Reading) => against.some((x) => x.uses.some((u) => r.excluded.has(u.maker)));
    const side = [a, ...agreeing];
    const d = split(
      "training",
      [...a.products][0]?.toUpperCase() ?? "the model",
      all([...side.filter(denies), ...side.filter((r) => !denies(r))]),
      all(against),
    );
    // The same other side found from another reading of this side is the same disagreement.
    if (d && !against.every((r) => taken.has(r))) {
      for (const r of [a, ...agreeing, ...against]) taken.add(r);
      out.push(d);
    }
  }
  return out;
}
