// Scores a briefing against hand labels: section precision of points shown, key-fact recall (the "More in …" lists
// included), furniture leaks.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { runPipeline } from "../pipeline/run.ts";
import { SECTION_IDS, type Briefing, type SectionId } from "../model/types.ts";
import type { PipelineOptions } from "../pipeline/options.ts";

/** One labelled sentence, as kept in `tests/fixtures/eval/labels/<stem>.json`. */
export interface LabelledSentence {
  readonly line: number;
  readonly text: string;
  readonly sections: readonly SectionId[];
  readonly furniture: boolean;
  readonly fact: string | null;
}

export interface Labels {
  /** Label files by seed path relative to the project root. */
  readonly files: ReadonlyMap<string, readonly LabelledSentence[]>;
  /** Key fact id -> the section it belongs in. */
  readonly facts: ReadonlyMap<string, SectionId>;
}

export interface SectionScore {
  readonly section: SectionId;
  readonly points: number;
  /** Points whose representative sentence is labelled for this section. */
  readonly correct: number;
  /** Key facts of this section stated somewhere in the corpus. */
  readonly facts: number;
  /** Of those, facts cited by a point of this section. */
  readonly recalled: number;
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
}

export interface Score {
  readonly sections: readonly SectionScore[];
  /** Citations that quote page furniture, or a sentence with no label at all. */
  readonly leaks: readonly string[];
  /** Precision over all points shown, and recall over all key facts in the corpus. */
  readonly precision: number;
  readonly recall: number;
}

/** Text as compared between labels and citations: NFKC, straight quotes, single spaces, lower case, no list marker. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[-*•]\s+/, "")
    .toLowerCase();
}

/** Reads every label file in `dir` and its `facts.json`. */
export async function loadLabels(dir: string): Promise<Labels> {
  const files = new Map<string, LabelledSentence[]>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".json") && n !== "facts.json").sort()) {
    const data = JSON.parse(await readFile(join(dir, name), "utf8")) as { file: string; sentences: LabelledSentence[] };
    files.set(data.file, data.sentences);
  }
  const raw = JSON.parse(await readFile(join(dir, "facts.json"), "utf8")) as Record<string, { section: SectionId }>;
  return { files, facts: new Map(Object.entries(raw).map(([id, f]) => [id, f.section])) };
}

/**
 * The labelled sentences a quote stands for: the one with the same text; else the label that contains the quote;
 * else every label the quote contains (a question and its answer quoted as one passage).
 */
export function lookup(labels: readonly LabelledSentence[], quote: string): LabelledSentence[] {
  const q = normalise(quote);
  const same = labels.find((l) => normalise(l.text) === q);
  if (same) return [same];
  // A quote that is part of one label (its dateline cut off) is that sentence, whatever short label it contains.
  const around = labels.find((l) => normalise(l.text).includes(q));
  if (around) return [around];
  return labels.filter((l) => q.includes(normalise(l.text)));
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Scores a briefing whose sources are the seeds at `sourceFiles` (source id -> file relative to the root). */
export function score(briefing: Briefing, labels: Labels, sourceFiles: ReadonlyMap<string, string>): Score {
  const inCorpus = new Set<string>();
  for (const file of sourceFiles.values())
    for (const l of labels.files.get(file) ?? []) if (l.fact) inCorpus.add(l.fact);
  const leaks: string[] = [];
  const sections = SECTION_IDS.map((id): SectionScore => {
    const section = briefing.sections.find((s) => s.id === id);
    const points = section?.points ?? [];
    const wrong: string[] = [];
    const cited = new Set<string>();
    // A fact listed under "More in …" is in the briefing: it counts for recall. Precision is of the points shown first.
    for (const point of section?.more ?? [])
      for (const c of point.citations)
        for (const l of lookup(labels.files.get(sourceFiles.get(c.source) ?? "") ?? [], c.quote))
          if (l.fact) cited.add(l.fact);
    for (const point of points) {
      point.citations.forEach((c, i) => {
        const file = sourceFiles.get(c.source) ?? "";
        const found = lookup(labels.files.get(file) ?? [], c.quote);
        if (found.length === 0 || found.some((l) => l.furniture)) leaks.push(`${file}:${c.line}: ${c.quote}`);
        for (const l of found) if (l.fact) cited.add(l.fact);
        // The first citation is the representative: the passage the point says.
        if (i === 0 && !found.some((l) => l.sections.includes(id))) wrong.push(point.text);
      });
    }
    const facts = [...inCorpus].filter((f) => labels.facts.get(f) === id).sort();
    const missed = facts.filter((f) => !cited.has(f));
    return {
      section: id,
      points: points.length,
      correct: points.length - wrong.length,
      facts: facts.length,
      recalled: facts.length - missed.length,
      missed,
      wrong,
    };
  });
  const sum = (f: (s: SectionScore) => number): number => sections.reduce((a, s) => a + f(s), 0);
  return {
    sections,
    leaks,
    precision: ratio(
      sum((s) => s.correct),
      sum((s) => s.points),
    ),
    recall: ratio(
      sum((s) => s.recalled),
      sum((s) => s.facts),
    ),
  };
}

/** Runs the pipeline on a seeds folder and scores the result against the labels. */
export async function evaluate(options: PipelineOptions, labelsDir: string): Promise<Score> {
  const state = await runPipeline(options);
  const files = new Map(state.sources.map((s) => [s.id, s.file]));
  return score(state.briefing as Briefing, await loadLabels(labelsDir), files);
}

/** The score as a small table. */
export function formatScore(name: string, s: Score): string {
  const pct = (x: number): string => x.toFixed(2);
  const rows = s.sections.map(
    (x) =>
      `  ${x.section.padEnd(15)} precision ${pct(ratio(x.correct, x.points))} (${x.correct}/${x.points})  recall ${pct(ratio(x.recalled, x.facts))} (${x.recalled}/${x.facts})` +
      (x.missed.length ? `  missed: ${x.missed.join(", ")}` : ""),
  );
  const wrong = s.sections.flatMap((x) => x.wrong.map((w) => `    not ${x.section}: ${w}`));
  return [
    `${name}: precision ${pct(s.precision)}, recall ${pct(s.recall)}, furniture leaks ${s.leaks.length}`,
    ...rows,
    ...wrong,
    ...s.leaks.map((l) => `    leak: ${l}`),
  ].join("\n");
}
