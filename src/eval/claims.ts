// Scores claim grouping, disagreements, corroboration, coverage, furniture and metadata against a labelled set of articles.
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Briefing, Citation, Point, Sentence, Source, SourceSummary } from "../model/types.ts";
import { runPipeline } from "../pipeline/run.ts";
import type { PipelineState } from "../pipeline/state.ts";
import { normalise } from "./evaluate.ts";

/** A claim as labelled: the sentences that state it, in which files, and its independent origins. */
export interface LabelledClaim {
  readonly id: string;
  readonly summary: string;
  readonly section: string;
  readonly key: boolean;
  /** Outlets the sources attribute the claim to, or the file stem of a source that states it on its own authority. */
  readonly origins: readonly string[];
  readonly members: ReadonlyArray<{ readonly file: string; readonly text: string }>;
}

/** `labels.json` of a claim set. */
export interface ClaimLabels {
  readonly files: Readonly<
    Record<
      string,
      {
        readonly published: string | null;
        readonly publisher: string | null;
        readonly author?: string | null;
        readonly kind: "article" | "aggregator";
        readonly furniture: readonly string[];
      }
    >
  >;
  readonly claims: readonly LabelledClaim[];
  readonly disagreements: ReadonlyArray<{ readonly a: string; readonly b: string; readonly kind: string }>;
  readonly supersessions: ReadonlyArray<{ readonly earlier: string; readonly later: string }>;
}

/** A share and what it was measured on. */
export interface Ratio {
  readonly hits: number;
  readonly of: number;
}

export interface ClaimScore {
  /** Pairs of labelled sentences from different files put in one claim that are labelled one claim, of all such pairs. */
  readonly mergePrecision: Ratio;
  /** Pairs labelled one claim (different files) that were put in one claim. */
  readonly mergeRecall: Ratio;
  /** Disagreements found that match a labelled one (side against side). */
  readonly disagreementPrecision: Ratio;
  /** Labelled disagreements found. */
  readonly disagreementRecall: Ratio;
  /** Key claims that some point of the briefing cites. */
  readonly keyFactRecall: Ratio;
  /** Points whose badge equals the labelled count of independent origins of what they cite. */
  readonly corroboration: Ratio;
  /** Points whose badge claims more origins than the labels give. */
  readonly overclaims: Ratio;
  /** Quotes and point texts that are page furniture. */
  readonly leaks: readonly string[];
  /** Sources whose publisher, author, date and kind match the labels (each counted where the label gives one). */
  readonly metadata: Readonly<Record<"publisher" | "author" | "published" | "kind", Ratio>>;
  /** Wrong merges and invented or missed disagreements, for reading. */
  readonly notes: readonly string[];
}

const stem = (file: string): string => file.split("/").at(-1)?.split("_")[0] ?? file;
const base = (file: string): string => file.split("/").at(-1) ?? file;

/** Reads a set folder: its labels, and the project settings to build it with. */
export async function loadClaimLabels(dir: string): Promise<ClaimLabels> {
  return JSON.parse(await readFile(join(dir, "labels.json"), "utf8")) as ClaimLabels;
}

/** Runs the pipeline on a set's `.txt` articles, copied apart from its labels and notes. */
async function buildSet<T>(setDir: string, configPath: string, read: (state: PipelineState) => T): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), "sourcebrief-eval-"));
  try {
    for (const name of (await readdir(setDir)).filter((n) => n.endsWith(".txt")))
      await cp(join(setDir, name), join(root, "seeds", name));
    return read(await runPipeline({ root, configPath }));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Builds the briefing of a set's articles and scores it. */
export async function evaluateClaims(setDir: string, configPath: string): Promise<ClaimScore> {
  const labels = await loadClaimLabels(setDir);
  return buildSet(setDir, configPath, (state) => scoreClaims(state, labels));
}

/**
 * The label members that no decoded line of their built source contains: a typo in a label would otherwise lower the
 * figures without a word.
 */
export async function missingMembers(
  setDir: string,
  labels: ClaimLabels,
  configPath: string,
): Promise<Array<{ readonly file: string; readonly text: string }>> {
  return buildSet(setDir, configPath, (state) => {
    const lines = new Map(state.sources.map((s) => [base(s.file), s.lines.map((l) => normalise(l.text))]));
    return labels.claims.flatMap((claim) =>
      claim.members.filter((m) => !(lines.get(m.file) ?? []).some((l) => l.includes(normalise(m.text)))),
    );
  });
}

/** Which labelled claim each sentence of the built sources states, by sentence id. */
function labelSentences(sources: PipelineState["sources"], labels: ClaimLabels): Map<string, string> {
  const byFile = new Map(sources.map((s) => [base(s.file), s.sentences]));
  const claimOf = new Map<string, string>();
  for (const claim of labels.claims) {
    for (const member of claim.members) {
      const text = normalise(member.text);
      const found = (byFile.get(member.file) ?? []).find((s) => {
        const t = normalise(s.text);
        return t.includes(text) || (t.length > 20 && text.includes(t));
      });
      if (found && !claimOf.has(found.id)) claimOf.set(found.id, claim.id);
    }
  }
  return claimOf;
}

/** How a labelled claim's members fell apart: one clipped wording per group, groups separated by " | ". */
function splitGroups(
  labelled: readonly Sentence[],
  claimOf: ReadonlyMap<string, string>,
  groupOf: ReadonlyMap<string, string>,
  claim: string,
): string {
  const groups = new Map<string, string[]>();
  for (const s of labelled) {
    if (claimOf.get(s.id) !== claim) continue;
    const key = groupOf.get(s.id) ?? s.id;
    groups.set(key, [...(groups.get(key) ?? []), s.text.slice(0, 90)]);
  }
  return [...groups.values()].map((texts) => texts.join(" / ")).join("  |  ");
}

/** Pairwise precision and recall of the grouping over labelled sentences from different files. */
function mergeScores(state: PipelineState, claimOf: ReadonlyMap<string, string>, notes: string[]) {
  const groupOf = new Map<string, string>();
  for (const claim of state.claims) for (const m of claim.members) groupOf.set(m.id, claim.id);
  const labelled = state.sources.flatMap((s) => s.sentences).filter((s) => claimOf.has(s.id));
  let predicted = 0;
  let correct = 0;
  let truePairs = 0;
  const wrong = new Map<string, Set<string>>();
  const split = new Set<string>();
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      const a = labelled[i] as Sentence;
      const b = labelled[j] as Sentence;
      if (a.source === b.source) continue;
      const same = claimOf.get(a.id) === claimOf.get(b.id);
      const together = groupOf.has(a.id) && groupOf.get(a.id) === groupOf.get(b.id);
      if (same) truePairs++;
      if (together) predicted++;
      if (same && together) correct++;
      if (same && !together) split.add(claimOf.get(a.id) as string);
      if (together && !same) {
        const key = groupOf.get(a.id) as string;
        const set = wrong.get(key) ?? new Set<string>();
        set.add(claimOf.get(a.id) as string).add(claimOf.get(b.id) as string);
        wrong.set(key, set);
      }
    }
  }
  for (const set of wrong.values()) notes.push(`wrong merge: ${[...set].sort().join(" + ")}`);
  for (const claim of [...split].sort())
    notes.push(`split claim: ${claim} (${splitGroups(labelled, claimOf, groupOf, claim)})`);
  return { precision: { hits: correct, of: predicted }, recall: { hits: correct, of: truePairs } };
}

function disagreementScores(
  state: PipelineState,
  claimOf: ReadonlyMap<string, string>,
  labels: ClaimLabels,
  notes: string[],
) {
  const labelled = labels.disagreements.map((d) => ({ ...d, found: false }));
  let correct = 0;
  // Unordered matters say the sources cannot be put in order; they claim no dispute.
  const claimed = state.disagreements.filter((d) => !d.unordered);
  for (const d of claimed) {
    const [left, right] = d.sides.map(
      (side) => new Set(side.map((s) => claimOf.get(s.id)).filter((c) => c !== undefined)),
    );
    const match = labelled.filter((l) => (left?.has(l.a) && right?.has(l.b)) || (left?.has(l.b) && right?.has(l.a)));
    for (const m of match) m.found = true;
    if (match.length > 0) correct++;
    else
      notes.push(
        `invented disagreement (${d.kind}): ${[...(left ?? [])].join(",") || "unlabelled"} vs ${[...(right ?? [])].join(",") || "unlabelled"}`,
      );
  }
  for (const l of labelled) if (!l.found) notes.push(`missed disagreement (${l.kind}): ${l.a} vs ${l.b}`);
  return {
    precision: { hits: correct, of: claimed.length },
    recall: { hits: labelled.filter((l) => l.found).length, of: labelled.length },
  };
}

/** The labelled claims a point's quotes state: one per quote that matches a member. */
function claimsOfPoint(point: Point, labels: ClaimLabels, files: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const c of point.citations) {
    const file = files.get(c.source) ?? "";
    const quote = normalise(c.quote);
    const claim = labels.claims.find((l) =>
      l.members.some(
        (m) => m.file === file && (quote.includes(normalise(m.text)) || normalise(m.text).includes(quote)),
      ),
    );
    if (claim) out.push(claim.id);
  }
  return out;
}

/** What a point's badge says: its origins when it lists them, else its distinct sources. */
export function badgeCount(point: Point): number {
  return point.origins?.length ?? new Set(point.citations.map((c) => c.source)).size;
}

/**
 * The labelled count of independent origins behind the sources a point cites: a source's own stem when the claim's
 * origins name it, and the outlets the claim is attributed to when a cited source relays it.
 */
function expectedOrigins(claim: LabelledClaim, citedStems: ReadonlySet<string>): number {
  const stems = new Set(claim.members.map((m) => stem(m.file)));
  const own = claim.origins.filter((o) => stems.has(o));
  const outlets = claim.origins.filter((o) => !stems.has(o));
  const relays = [...citedStems].some((s) => !own.includes(s));
  return own.filter((o) => citedStems.has(o)).length + (relays ? outlets.length : 0);
}

function corroborationScores(
  briefing: Briefing,
  labels: ClaimLabels,
  files: ReadonlyMap<string, string>,
  notes: string[],
) {
  let exact = 0;
  let over = 0;
  let of = 0;
  for (const point of allPoints(briefing)) {
    // A point that sets sources against each other (a disagreement) claims no corroboration.
    if (point.sides && point.sides.length > 1) continue;
    const claims = claimsOfPoint(point, labels, files);
    if (claims.length === 0) continue;
    const counts = new Map<string, number>();
    for (const c of claims) counts.set(c, (counts.get(c) ?? 0) + 1);
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    const claim = labels.claims.find((c) => c.id === main) as LabelledClaim;
    const cited = new Set(
      point.citations
        .filter((c) => claimsOfPoint({ ...point, citations: [c] }, labels, files)[0] === main)
        .map((c) => stem(files.get(c.source) ?? "")),
    );
    const expected = Math.max(1, expectedOrigins(claim, cited));
    const shown = badgeCount(point);
    of++;
    if (shown === expected) exact++;
    if (shown > expected) {
      over++;
      notes.push(`overclaim: "${point.text.slice(0, 70)}" shows ${shown}, labels give ${expected} (${main})`);
    } else if (shown < expected)
      notes.push(`underclaim: "${point.text.slice(0, 70)}" shows ${shown}, labels give ${expected} (${main})`);
  }
  return { exact: { hits: exact, of }, over: { hits: over, of } };
}

function allPoints(briefing: Briefing): Point[] {
  return briefing.sections.flatMap((s) => [...s.points, ...((s as { more?: readonly Point[] }).more ?? [])]);
}

function keyFactRecall(
  briefing: Briefing,
  labels: ClaimLabels,
  files: ReadonlyMap<string, string>,
  notes: string[],
): Ratio {
  const cited = new Set(allPoints(briefing).flatMap((p) => claimsOfPoint(p, labels, files)));
  const keys = labels.claims.filter((c) => c.key);
  for (const k of keys) if (!cited.has(k.id)) notes.push(`missed key claim: ${k.id}`);
  return { hits: keys.filter((k) => cited.has(k.id)).length, of: keys.length };
}

/** How far past the cited line a passage may run: lines joined into one paragraph before a blank line. */
const PASSAGE_LINES = 8;

/**
 * Citations that quote page furniture. A labelled fragment counts where it lies in the cited passage (the cited line
 * and the lines joined to it, up to a blank line, as pasted and as repaired) and is the quote, holds it, or is part of
 * it: three words or more, a quarter of the quote, or a line of its own run into the quote ("Advertisement"). A tag
 * ("Huawei") that a real sentence also contains is no leak, and neither is a claim that a "Related" link elsewhere on
 * the page repeats word for word.
 */
function leaks(
  briefing: Briefing,
  labels: ClaimLabels,
  files: ReadonlyMap<string, string>,
  sources: readonly Source[],
): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const passage = (c: Citation): string[] => {
    const source = byId.get(c.source);
    if (!source) return [];
    const repaired = new Map(source.kept.map((l) => [l.line, l.text]));
    const at = source.lines.findIndex((l) => l.line === c.line);
    if (at < 0) return [];
    const out: string[] = [];
    for (const l of source.lines.slice(at, at + PASSAGE_LINES)) {
      if (out.length > 0 && !l.text.trim()) break;
      out.push(normalise(l.text), normalise(repaired.get(l.line) ?? ""));
    }
    return out;
  };
  const out: string[] = [];
  for (const point of allPoints(briefing)) {
    for (const c of point.citations) {
      const file = files.get(c.source) ?? "";
      const quote = normalise(c.quote);
      const lines = passage(c);
      const whole = lines.join(" ");
      const hit = (labels.files[file]?.furniture ?? []).find((f) => {
        const n = normalise(f);
        if (n.length === 0) return false;
        if (n.includes(quote)) return whole.includes(n);
        if (!quote.includes(n)) return false;
        if (n.split(" ").length >= 3 || n.length * 4 >= quote.length) return whole.includes(n);
        // A short line ("Supply") is run in only at an end of the quote: a word of the sentence that a heading further
        // down the passage also is, is no leak.
        return lines.includes(n) && (quote.startsWith(`${n} `) || quote.endsWith(` ${n}`));
      });
      if (hit) out.push(`${file}: ${c.quote}`);
    }
  }
  return out;
}

function metadata(sources: readonly SourceSummary[], labels: ClaimLabels, notes: string[]): ClaimScore["metadata"] {
  const fields = ["publisher", "author", "published", "kind"] as const;
  const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
    (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();
  return Object.fromEntries(
    fields.map((field) => {
      let hits = 0;
      let of = 0;
      for (const s of sources) {
        const label = labels.files[base(s.file)];
        const want = label?.[field];
        if (!label || want === undefined || want === null) continue;
        of++;
        const found = (s as unknown as Record<string, string | null>)[field];
        if (same(found, want)) hits++;
        else notes.push(`wrong ${field}: ${base(s.file)} reads "${found ?? ""}", labels say "${want}"`);
      }
      return [field, { hits, of }];
    }),
  ) as ClaimScore["metadata"];
}

/** Scores a finished pipeline state against a set's labels. */
export function scoreClaims(state: PipelineState, labels: ClaimLabels): ClaimScore {
  const briefing = state.briefing as Briefing;
  const files = new Map(state.sources.map((s) => [s.id, base(s.file)]));
  const claimOf = labelSentences(state.sources, labels);
  const notes: string[] = [];
  const merge = mergeScores(state, claimOf, notes);
  const disagreements = disagreementScores(state, claimOf, labels, notes);
  const corroboration = corroborationScores(briefing, labels, files, notes);
  return {
    mergePrecision: merge.precision,
    mergeRecall: merge.recall,
    disagreementPrecision: disagreements.precision,
    disagreementRecall: disagreements.recall,
    keyFactRecall: keyFactRecall(briefing, labels, files, notes),
    corroboration: corroboration.exact,
    overclaims: corroboration.over,
    leaks: leaks(briefing, labels, files, state.sources),
    metadata: metadata(briefing.sources, labels, notes),
    notes,
  };
}

const share = (r: Ratio): string => `${r.of === 0 ? "n/a" : (r.hits / r.of).toFixed(2)} (${r.hits}/${r.of})`;

/** The score as a few lines; with `details`, the wrong merges, invented and missed disagreements and leaks too. */
export function formatClaimScore(name: string, s: ClaimScore, details = false): string {
  const lines = [
    `${name}:`,
    `  merge          precision ${share(s.mergePrecision)}  recall ${share(s.mergeRecall)}`,
    `  disagreements  precision ${share(s.disagreementPrecision)}  recall ${share(s.disagreementRecall)}`,
    `  key facts      recall ${share(s.keyFactRecall)}`,
    `  corroboration  badge right ${share(s.corroboration)}  overclaims ${share(s.overclaims)}`,
    `  furniture      leaks ${s.leaks.length}`,
    `  metadata       ${Object.entries(s.metadata)
      .map(([k, r]) => `${k} ${share(r)}`)
      .join("  ")}`,
  ];
  if (details) lines.push(...s.notes.map((n) => `    ${n}`), ...s.leaks.map((l) => `    leak: ${l}`));
  return lines.join("\n");
}
