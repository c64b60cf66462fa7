// A full garbage collection whenever the heap has grown a lot since the last one: keeps a large build's peak down.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Heap growth, in bytes, past which a collection runs: a build of a few dozen seeds never reaches it. */
export const HEAP_GROWTH = 128 * 1024 * 1024;

let collect: (() => void) | null = null;

/** V8's collector, made callable on first use (Node exposes it only behind a flag). */
function collector(): () => void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  return collect;
}

const heapUsed = (): number => getHeapStatistics().used_heap_size;

/**
 * While a heap grows, V8 rarely runs a full collection, so each phase's dead data (clustering's vectors, then the
 * pipeline's working state while pages render) stays in memory under the next phase's. Checked between pipeline
 * steps and after each page: a collection runs only once the heap grew by `growth` since the last.
 */
export class HeapWatch {
  #at = heapUsed();

  constructor(readonly growth: number = HEAP_GROWTH) {}

  /** Collects if the heap grew past the threshold; true when it did. */
  check(): boolean {
    if (heapUsed() - this.#at <= this.growth) return false;
    collector()();
    this.#at = heapUsed();
    return true;
  }
}
