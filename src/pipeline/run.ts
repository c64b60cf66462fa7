// Runs the pipeline: settings, the per-seed steps for every seed, then the briefing steps, in order.
import { SeedError } from "../model/errors.ts";
import type { BriefingConfig, SeedFile, Source } from "../model/types.ts";
import { loadSettings } from "../settings/loadSettings.ts";
import { analyseAll, analyseSeed, seedContext } from "./analyse.ts";
import { listSeeds } from "./listSeeds.ts";
import { type PipelineOptions, resolveOptions } from "./options.ts";
import type { PipelineHooks, PipelineState } from "./state.ts";
import { BRIEFING_STEPS, SEED_STEPS } from "./steps.ts";

/** Runs every step and returns the final state; throws a SourcebriefError when a seed or setting is unusable. */
export async function runPipeline(options: PipelineOptions = {}, hooks: PipelineHooks = {}): Promise<PipelineState> {
  const resolved = resolveOptions(options);
  const config = await loadSettings(resolved.configPath, resolved.configDisplayPath);
  const notes: PipelineState["notes"] = [];
  const seeds = await listSeeds(resolved.seedsDir, resolved.seedsDisplayDir, notes);
  if (seeds.length === 0)
    throw new SeedError(resolved.seedsDisplayDir, null, "no seeds found", "Add at least one article as a .txt file.");
  const started = performance.now();
  const sources = await analyseSources(seeds, config, resolved.maxSeedBytes, hooks, notes);
  const state: PipelineState = {
    options: resolved,
    config,
    sources,
    claims: [],
    termWeights: new Map(),
    disagreements: [],
    superseded: new Set(),
    briefing: null,
    footnotes: null,
    notes,
    timings: { analyse: performance.now() - started },
  };
  hooks.afterStep?.("analyse", state.timings.analyse as number, state);
  for (const [name, step] of BRIEFING_STEPS) {
    const start = performance.now();
    await (hooks.runStep ? hooks.runStep(name, step, state) : step(state));
    const ms = performance.now() - start;
    state.timings[name] = ms;
    hooks.afterStep?.(name, ms, state);
  }
  return state;
}

/**
 * The per-seed steps over every seed, through the hook if there is one. The context they share (the work done once per
 * wording) lives only as long as this call: kept in `runPipeline`'s scope, it would stay in memory through every
 * briefing step.
 */
async function analyseSources(
  seeds: readonly SeedFile[],
  config: BriefingConfig,
  maxSeedBytes: number | undefined,
  hooks: PipelineHooks,
  notes: PipelineState["notes"],
): Promise<Source[]> {
  const context = seedContext(config, maxSeedBytes);
  const analyse = (some: readonly SeedFile[]) => analyseAll(some, (seed) => analyseSeed(seed, SEED_STEPS, context));
  return hooks.analyseSeeds ? hooks.analyseSeeds(seeds, analyse, notes) : analyse(seeds);
}
