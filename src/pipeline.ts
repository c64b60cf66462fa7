// The pipeline as data: an ordered list of named steps over one typed state, timed step by step.
import { join, relative, sep } from "node:path";
import { loadConfig } from "./config.ts";
import type { Message } from "./messages.ts";
import { requireSentences } from "./steps/requireSentences.ts";
import { clusterClaims } from "./steps/clusterClaims.ts";
import { assembleBriefing } from "./steps/assembleBriefing.ts";
import { disagreements, type Disagreement } from "./steps/findDisagreements.ts";
import { openQuestions } from "./steps/openQuestions.ts";
import { checkQuotes } from "./steps/checkQuotes.ts";
import { numberFootnotes, type Footnotes } from "./steps/numberFootnotes.ts";
import { applyEditorial } from "./steps/applyEditorial.ts";
import { compareEditions } from "./steps/compareEditions.ts";
import { analyseSeeds } from "./steps/analyseSeeds.ts";
import { GarbageWatch } from "./memory.ts";
import type { Changes } from "./changes.ts";
import type { Briefing, BriefingConfig, Claim, Source } from "./types.ts";

/** Where the pipeline reads from. */
export interface PipelineOptions {
  /** Project root; seeds and settings are found relative to it. Default: the working directory. */
  readonly root?: string;
  /** Seeds folder. Default: `<root>/seeds`. */
  readonly seedsDir?: string;
  /** Settings file. Default: `<root>/briefing.yaml`. */
  readonly configPath?: string;
  /** Largest seed accepted, in bytes. Default: `limits.maxSeedBytes` in briefing.yaml, else 2 MB. Example: `4_000_000`. */
  readonly maxSeedBytes?: number;
  /** Folder for cached per-seed analysis, e.g. `<root>/.cache/sourcebrief`. Default: none, every seed is analysed. */
  readonly cacheDir?: string;
  /**
   * Keep this build's analysed sources in memory, for the next build in this process to reuse those of unchanged
   * seeds; needs `cacheDir`. For the running preview, which rebuilds after every edit. Default: false.
   */
  readonly rememberSources?: boolean;
  /** The last build's output folder: its `briefing.json` is the previous edition. Default: none. */
  readonly previousDir?: string;
  /** A `briefing.json` to compare with instead, e.g. a published edition. Default: none. */
  readonly previousFile?: string;
}

export interface ResolvedOptions {
  readonly root: string;
  readonly seedsDir: string;
  /** The seeds folder as messages name it, relative to the root: `seeds`. */
  readonly seedsDisplayDir: string;
  readonly configPath: string;
  readonly maxSeedBytes?: number;
  /** The settings file as messages name it: `briefing.yaml`. */
  readonly configDisplayPath: string;
  readonly cacheDir: string | null;
  readonly rememberSources: boolean;
  readonly previousDir: string | null;
  readonly previousFile: string | null;
}

export interface PipelineState {
  readonly options: ResolvedOptions;
  config: BriefingConfig;
  sources: Source[];
  claims: Claim[];
  /** Each content term's inverse document frequency over the clustered sentences: how telling a shared term is. */
  termWeights?: ReadonlyMap<string, number>;
  /** Where sources contradict each other; Open questions shows them. */
  disagreements?: Disagreement[];
  briefing: Briefing | null;
  /** `briefing.json`'s text, serialised once by the compare step (34 MB at 10,000 seeds). */
  json?: string;
  footnotes: Footnotes | null;
  /** Build-level notes and warnings that belong to no single source's cleaning. */
  notes: Message[];
  /** The previous edition changes are measured against, and what changed since; null on a first build. */
  baseline?: Briefing | null;
  changes?: Changes | null;
  /** Seeds whose analysis came from the cache. */
  cacheHits?: number;
  /** Milliseconds each step took. */
  timings: Record<string, number>;
}

export type Step = (state: PipelineState) => void | Promise<void>;

/**
 * The steps, in order: the data's journey from seed files to footnoted briefing. `analyse` is the per-seed work
 * (load, clean, segment, classify), cached for unchanged seeds and spread over threads when there are many.
 */
export const STEPS: ReadonlyArray<readonly [name: string, step: Step]> = [
  ["analyse", analyseSeeds],
  ["require", requireSentences],
  ["cluster", clusterClaims],
  ["disagree", disagreements],
  ["assemble", assembleBriefing],
  ["open-questions", openQuestions],
  ["editorial", applyEditorial],
  ["check", checkQuotes],
  ["footnote", numberFootnotes],
  ["compare", compareEditions],
];

export function resolveOptions(options: PipelineOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== "object") throw new TypeError(`pipeline options must be an object, got ${String(options)}`);
  const root = options.root ?? process.cwd();
  const seedsDir = options.seedsDir ?? join(root, "seeds");
  const rel = relative(root, seedsDir).split(sep).join("/");
  const configPath = options.configPath ?? join(root, "briefing.yaml");
  return {
    root,
    seedsDir,
    seedsDisplayDir: rel && !rel.startsWith("..") ? rel : seedsDir,
    ...(options.maxSeedBytes === undefined ? {} : { maxSeedBytes: positiveInteger(options.maxSeedBytes) }),
    configPath,
    configDisplayPath: relative(root, configPath).split(sep).join("/") || configPath,
    cacheDir: options.cacheDir ?? null,
    rememberSources: options.rememberSources ?? false,
    previousDir: options.previousDir ?? null,
    previousFile: options.previousFile ?? null,
  };
}

function positiveInteger(value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) throw new TypeError(`maxSeedBytes must be a positive integer, got ${String(value)}`);
  return value;
}

/** Runs every step and returns the final state; throws a SourcebriefError when a seed or setting is unusable. */
export async function runPipeline(options: PipelineOptions = {}): Promise<PipelineState> {
  const resolved = resolveOptions(options);
  const config = await loadConfig(resolved.configPath, resolved.configDisplayPath);
  const state: PipelineState = {
    options: resolved,
    config,
    sources: [],
    claims: [],
    briefing: null,
    footnotes: null,
    notes: [],
    timings: {},
  };
  let garbage: GarbageWatch | null = null;
  for (const [name, step] of STEPS) {
    const start = performance.now();
    await step(state);
    // A step's working data is dead once it returns, but V8 lets a growing heap keep it: at 10,000 seeds clustering
    // and the disagreement search each left about 350 MB behind, and the peak reached 1.5 GB over 0.6 GB of live
    // data. Collecting when the heap grew that much since the last collection keeps the peak near 1 GB. Growth
    // counts from the analysed sources, which stay live to the end: a collection right after the analysis took
    // 0.56 s at 10,000 seeds and freed 11 MB of 537.
    if (garbage) garbage.check();
    else garbage = new GarbageWatch();
    state.timings[name] = performance.now() - start;
  }
  return state;
}
