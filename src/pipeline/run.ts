// Runs the pipeline: settings, the per-seed steps for every seed, then the briefing steps, in order.
import { SeedError } from "../model/errors.ts";
import type { SeedFile } from "../model/types.ts";
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
  const context = seedContext(config, resolved.maxSeedBytes);
  const analyse = (some: readonly SeedFile[]) => analyseAll(some, (seed) => analyseSeed(seed, SEED_STEPS, context));
  const started = performance.now();
  const sources = hooks.analyseSeeds ? await hooks.analyseSeeds(seeds, analyse, notes) : await analyse(seeds);
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
    await step(state);
    const ms = performance.now() - start;
    state.timings[name] = ms;
    hooks.afterStep?.(name, ms, state);
  }
  return state;
}
