// Runs the per-seed steps: on one seed, and on every seed a few at a time, with the context they share in a run.
import type { BriefingConfig, SeedFile, Source } from "../model/types.ts";
import { compileSections } from "../rules/sectionCues.ts";
import { DEFAULT_MAX_SEED_BYTES } from "../steps/seed/loadSeed.ts";
import type { SeedContext, SeedStep } from "./state.ts";

/** The context the per-seed steps share in one run. */
export function seedContext(config: BriefingConfig, maxSeedBytes?: number): SeedContext {
  const done = new Map<string, Map<string, unknown>>();
  const once = <T>(kind: string, wording: string, work: () => T): T => {
    let byWording = done.get(kind);
    if (!byWording) done.set(kind, (byWording = new Map()));
    if (byWording.has(wording)) return byWording.get(wording) as T;
    const value = work();
    byWording.set(wording, value);
    return value;
  };
  return {
    config,
    sections: compileSections(config.sections),
    maxSeedBytes: maxSeedBytes ?? config.maxSeedBytes ?? DEFAULT_MAX_SEED_BYTES,
    once,
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

/** Seeds analysed at once: while one waits for its file, the others' steps run. */
export const SEEDS_AT_ONCE = 16;

/**
 * Runs `analyse` on every seed, a few at a time, and returns the sources in seed order. When seeds fail, the error of
 * the first failing seed in that order is thrown, whichever failed first in time.
 */
export async function analyseAll(
  seeds: readonly SeedFile[],
  analyse: (seed: SeedFile) => Promise<Source>,
  atOnce: number = SEEDS_AT_ONCE,
): Promise<Source[]> {
  const done: Array<{ source: Source } | { error: unknown }> = new Array(seeds.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < seeds.length; i = next++) {
      try {
        done[i] = { source: await analyse(seeds[i] as SeedFile) };
      } catch (error) {
        done[i] = { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(atOnce, seeds.length)) }, lane));
  const failed = done.find((d) => "error" in d);
  if (failed && "error" in failed) throw failed.error;
  return done.map((d) => (d as { source: Source }).source);
}
