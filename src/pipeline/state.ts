// The state the steps share, and the shapes of a step: what every step imports, and nothing that imports steps.
import type { Message } from "../model/messages.ts";
import type {
  Briefing,
  BriefingConfig,
  Changes,
  Claim,
  Disagreement,
  Footnotes,
  SeedFile,
  Source,
} from "../model/types.ts";
import type { CompiledSection } from "../rules/sectionCues.ts";
import type { ResolvedOptions } from "./options.ts";

/** What the per-seed steps may read: the settings, compiled once per run. */
export interface SeedContext {
  readonly config: BriefingConfig;
  readonly sections: readonly CompiledSection[];
  /** Largest seed accepted, in bytes. */
  readonly maxSeedBytes: number;
  /**
   * Work that depends on a wording alone, done once per distinct wording in this run (`kind` names the work): wire
   * copy and stock phrases repeat word for word across seeds. Kept for one run only.
   */
  readonly once: <T>(kind: string, wording: string, work: () => T) => T;
}

/** One step of a seed's journey; it fills in its part of the source, or throws a SeedError naming the seed. */
export type SeedStep = (source: Source, context: SeedContext) => void | Promise<void>;

/** The state the briefing steps work on, one step after another. */
export interface PipelineState {
  readonly options: ResolvedOptions;
  readonly config: BriefingConfig;
  sources: Source[];
  claims: Claim[];
  /** Each content term's inverse document frequency over the clustered sentences: how telling a shared term is. */
  termWeights: ReadonlyMap<string, number>;
  /** Where sources contradict each other; Open questions shows them. */
  disagreements: Disagreement[];
  /** Sentences that state an expectation a dated report of the event replaces: not points, and not disputes. */
  superseded: ReadonlySet<string>;
  briefing: Briefing | null;
  /** `briefing.json`'s text, serialised once by the compare step. */
  json?: string;
  footnotes: Footnotes | null;
  /** Build-level notes and warnings that belong to no single source's cleaning. */
  notes: Message[];
  /** The previous edition changes are measured against, and what changed since; null on a first build. */
  baseline?: Briefing | null;
  changes?: Changes | null;
  /** Claims a section had no room for that rest on one origin and so were left out (see `BriefingSection.more`). */
  cut?: number;
  /** Claims two or more origins back that no section's cue terms pick out, and so are in no section. */
  unplaced?: number;
  /** Milliseconds each step took. */
  timings: Record<string, number>;
}

/** One step over all sources. */
export type BriefingStep = (state: PipelineState) => void | Promise<void>;

/** Ways to change how the pipeline runs without the steps knowing: caches, timing, memory. */
export interface PipelineHooks {
  /**
   * Produces the analysed sources, in seed order. `analyse` runs the per-seed steps on the seeds it is given; a hook
   * may instead return sources analysed earlier (a cache), as long as they are what `analyse` would give.
   * Default: `analyse(seeds)`.
   */
  readonly analyseSeeds?: (
    seeds: readonly SeedFile[],
    analyse: (seeds: readonly SeedFile[]) => Promise<Source[]>,
    notes: Message[],
  ) => Promise<Source[]>;
  /**
   * Runs one briefing step. A hook may run a step on another thread, or start it before its turn, as long as the state
   * it leaves is the one `step(state)` leaves. Default: `step(state)`.
   */
  readonly runStep?: (name: string, step: BriefingStep, state: PipelineState) => Promise<void>;
  /** Called after each briefing step with its name and duration. */
  readonly afterStep?: (name: string, ms: number, state: PipelineState) => void;
}
