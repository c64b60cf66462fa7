// Runs the per-seed steps: one seed at a time, or every seed in turn.
import type { SeedFile, Source } from "../model/types.ts";
import { compileSections } from "../rules/sectionCues.ts";
import { DEFAULT_MAX_SEED_BYTES } from "../steps/seed/loadSeed.ts";
import type { BriefingConfig } from "../model/types.ts";
import type { SeedContext, SeedStep } from "./state.ts";

/** The context the per-seed steps share in one run. */
export function seedContext(config: BriefingConfig, maxSeedBytes?: number): SeedContext {
  return {
    config,
    sections: compileSections(config.sections),
    maxSeedBytes: maxSeedBytes ?? config.maxSeedBytes ?? DEFAULT_MAX_SEED_BYTES,
  };
}

/** A source with nothing filled in yet: what the first step starts from. */
export function emptySource(seed: SeedFile): Source {
  return {
    ...seed,
    bytes: null,
    meta: { title: null, publisher: null, author: null, url: null, published: null },
    lines: [],
    kept: [],
    blocks: [],
    sentences: [],
    messages: [],
    title: "",
    kind: "article",
  };
}

/** Runs `steps` on one seed, in order; a step's SeedError propagates. */
export async function analyseSeed(
  seed: SeedFile,
  steps: ReadonlyArray<readonly [string, SeedStep]>,
  context: SeedContext,
): Promise<Source> {
  const source = emptySource(seed);
  for (const [, step] of steps) await step(source, context);
  return source;
}

/** Runs `analyse` on every seed in turn: the default way sources are made. */
export async function analyseSerially(
  seeds: readonly SeedFile[],
  analyse: (seed: SeedFile) => Promise<Source>,
): Promise<Source[]> {
  const sources: Source[] = [];
  for (const seed of seeds) sources.push(await analyse(seed));
  return sources;
}
