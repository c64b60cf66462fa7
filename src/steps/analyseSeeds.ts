// Per-seed work (load, clean, segment, classify) in one step: cached for unchanged seeds, spread over threads when many.
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { SeedError } from "../errors.ts";
import { SeedCache, pipelineVersion, seedKey } from "../cache/seedCache.ts";
import type { PipelineState } from "../pipeline.ts";
import type { SeedFile, Source } from "../types.ts";
import { analyseInWorkers, type AnalysisContext } from "./analyseInWorkers.ts";
import { listSeeds, readSource, refuseDuplicates } from "./loadSeeds.ts";
import { cleanSeeds } from "./cleanSeeds.ts";
import { segmentSeeds } from "./segmentSeeds.ts";
import { classifySentences } from "./classifySentences.ts";

/**
 * Pipeline step: the per-seed work. With a cache folder, analyses only seeds whose bytes, name or pipeline version
 * changed; with many seeds to analyse, does so on worker threads (see `analyseInWorkers.ts`); otherwise runs
 * the ordinary clean, segment and classify steps here.
 */
export async function analyseSeeds(state: PipelineState): Promise<void> {
  const seeds = await listSeeds(state.options.seedsDir, state.options.seedsDisplayDir, state.notes);
  if (seeds.length === 0)
    throw new SeedError(state.options.seedsDisplayDir, null, "no seeds found", "Add at least one article as a .txt file.");
  const cacheDir = state.options.cacheDir;
  if (!cacheDir) {
    state.sources = await analyse(seeds, state);
    refuseDuplicates(state.sources);
    shareWordings(state.sources);
    return;
  }
  const cache = new SeedCache(cacheDir, relative(state.options.root, cacheDir).split(sep).join("/") || cacheDir, state.options.rememberSources);
  const version = await pipelineVersion(state.config.sections);
  // One seed at a time, synchronously: see SeedCache on why.
  const found = seeds.map((seed) => {
    const key = seedKey(seed, readBytes(seed.path), version);
    return { key, cached: cache.get(key, seed, state.notes), seed };
  });
  const fresh = await analyse(found.filter((f) => !f.cached).map((f) => f.seed), state);
  const byId = new Map(fresh.map((s) => [s.id, s]));
  state.sources = found.map((f) => f.cached ?? (byId.get(f.seed.id) as Source));
  refuseDuplicates(state.sources);
  for (const f of found) if (!f.cached) cache.set(f.key, byId.get(f.seed.id) as Source);
  cache.prune(new Set(found.map((f) => f.key)));
  cache.keep(new Map(found.map((f, i) => [f.key, state.sources[i] as Source])));
  state.cacheHits = found.length - fresh.length;
  shareWordings(state.sources);
}

/**
 * Gives each sentence worded exactly as an earlier one that one's string: equal text, one string. The later steps
 * look sentences up by their text again and again (clustering's twins, the disagreement search's per-text work, the
 * quote check), and a lookup of a string equal to a key but not the same string compares them character by
 * character. At 10,000 seeds, where three sentences in four repeat an earlier one from another seed (each read from
 * its own file), those lookups were 2.7 s of the disagreement search.
 */
export function shareWordings(sources: readonly Source[]): void {
  const first = new Map<string, string>();
  for (const source of sources) {
    for (const sentence of source.sentences) {
      const text = first.get(sentence.text);
      if (text === undefined) first.set(sentence.text, sentence.text);
      // The same characters: only which string holds them changes.
      else (sentence as { text: string }).text = text;
    }
  }
}

/** A seed's bytes for its cache key; an unreadable seed gets a key of its own, and the load step reports it. */
function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    return new Uint8Array();
  }
}

/** Analyses seeds on worker threads when there are many, else here. */
async function analyse(seeds: readonly SeedFile[], context: AnalysisContext): Promise<Source[]> {
  return (await analyseInWorkers(seeds, context)) ?? (await analyseHere(seeds, context));
}

/**
 * Reads and analyses seeds in this thread: the ordinary load, clean, segment and classify steps, run over a view
 * of the state that holds only these seeds. Throws the SeedError of the first unusable seed.
 */
export async function analyseHere(seeds: readonly SeedFile[], state: AnalysisContext): Promise<Source[]> {
  const maxBytes = state.options.maxSeedBytes ?? state.config.maxSeedBytes;
  const partial: PipelineState = { ...state, sources: await Promise.all(seeds.map((seed) => readSource(seed, maxBytes))), claims: [], briefing: null, footnotes: null, notes: [], timings: {} };
  for (const step of [cleanSeeds, segmentSeeds, classifySentences]) await step(partial);
  return partial.sources;
}
