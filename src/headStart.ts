// A pipeline run begun by the build command before Eleventy is loaded, for Eleventy's data function to take up.
import { runPipeline, type PipelineOptions, type PipelineState } from "./pipeline.ts";

/** A begun run: the options it was begun with, as a key, and its result. */
interface Begun {
  readonly key: string;
  readonly state: Promise<PipelineState>;
}

// On the global object rather than in this module: should the Eleventy config import the pipeline as another
// module instance (a loader that adds a query string), both still see the one begun run.
const SLOT = Symbol.for("sourcebrief.headStart");
type Slot = { [SLOT]?: Begun };

/** Options as a key: the same options in any order, with unset ones left out, give the same key. */
function keyOf(options: PipelineOptions): string {
  const set = Object.entries(options).filter(([, value]) => value !== undefined);
  return JSON.stringify(set.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Begins running the pipeline now, so that it works while Eleventy is still being imported and set up: at 1,000
 * seeds importing Eleventy takes about half a second, in which the analysis workers can already run. The data
 * function takes the run up with `takeHeadStart`. Replaces a run begun before that was never taken up.
 */
export function beginHeadStart(options: PipelineOptions): void {
  const state = runPipeline(options);
  // Should Eleventy fail before its data function takes the run up, its error is Eleventy's to report, not this one's.
  state.catch(() => undefined);
  (globalThis as Slot)[SLOT] = { key: keyOf(options), state };
}

/**
 * The begun run, if one was begun with these same options; it can be taken once. Null otherwise: a run with
 * other options is left alone, and the caller runs the pipeline itself.
 */
export function takeHeadStart(options: PipelineOptions): Promise<PipelineState> | null {
  const begun = (globalThis as Slot)[SLOT];
  if (!begun || begun.key !== keyOf(options)) return null;
  delete (globalThis as Slot)[SLOT];
  return begun.state;
}

/**
 * Drops a begun run that nothing took up (Eleventy failed before reading its data), so that the next build starts
 * afresh; resolves once that run has stopped, whether it succeeded or not.
 */
export async function dropHeadStart(): Promise<void> {
  const begun = (globalThis as Slot)[SLOT];
  delete (globalThis as Slot)[SLOT];
  await begun?.state.catch(() => undefined);
}
