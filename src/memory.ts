// Full garbage collections on demand, between the build's phases and while Eleventy renders the pages.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Bytes in use right after the last collection `collectGarbage` ran; 0 before the first. */
let afterLast = 0;

/**
 * Heap growth since the last collection below which `collectGarbageIfLarge` does not collect again: with so little
 * allocated since, a second collection finds what the first found. At 10,000 seeds the pipeline collected after its
 * last step and the site data step collected again at once: 0.9 s to free 0.3 MB.
 */
export const FRESH_GROWTH = 16 * 1024 * 1024;

/**
 * Runs a full garbage collection now. While a heap grows, V8 runs few full collections, so a phase's dead data
 * (clustering's vectors, then the pipeline's sentences once the site data is built) stays in memory while the next
 * phase allocates on top of it: at 10,000 seeds the heap reached 1.9 GB, most of it dead. Costs well under a second there.
 */
export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
  afterLast = heapUsed();
}

/** Heap growth, in bytes, past which a GarbageWatch collects. */
export const GC_GROWTH = 256 * 1024 * 1024;

/**
 * Collects garbage whenever the heap has grown by more than `growth` bytes since the last collection, checked when
 * `check()` is called: between pipeline steps, and after each page Eleventy renders. Small builds never grow that
 * much and never pay for a collection.
 *
 * Even a collection that frees little heap (during rendering, where Eleventy keeps every page until the build ends)
 * compacts it and gives pages back to the system: at 10,000 seeds, doubling the threshold after such collections
 * saved one of 0.5 s but raised the peak RSS from 1,306-1,338 MiB to 1,398-1,400 MiB, near the 1.5 GB target.
 */
export class GarbageWatch {
  #at = heapUsed();

  constructor(readonly growth: number = GC_GROWTH) {}

  /** Collects now if the heap grew past the threshold; true when it did. */
  check(): boolean {
    if (heapUsed() - this.#at <= this.growth) return false;
    collectGarbage();
    this.#at = heapUsed();
    return true;
  }
}

/**
 * Collects garbage at a phase boundary when the heap holds more than `atLeast` bytes; true when it did. At 10,000
 * seeds the heap holds about 1 GB when the pipeline ends, much of it dead; at 1,000 seeds about 120 MB, where the two
 * collections at the phase boundaries took 0.17 s and freed little. Not again when the heap grew by less than
 * FRESH_GROWTH since the last collection.
 */
export function collectGarbageIfLarge(atLeast: number = GC_GROWTH): boolean {
  const used = heapUsed();
  if (used <= atLeast || used - afterLast < FRESH_GROWTH) return false;
  collectGarbage();
  return true;
}

/** Bytes in use on the heap: cheaper to read than `process.memoryUsage()`, which also asks the system for the RSS. */
function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}
