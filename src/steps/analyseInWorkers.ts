// Per-seed analysis spread over worker threads, one per core, for builds with many seeds to analyse.
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { Message } from "../messages.ts";
import type { PipelineState } from "../pipeline.ts";
import type { SeedFile, Source } from "../types.ts";
import { analyseHere } from "./analyseSeeds.ts";
import { bundleWorker } from "./bundleWorker.ts";

/** What analysing a seed needs from the state: where seeds are and the settings. Plain data, so a worker can get a copy. */
export type AnalysisContext = Pick<PipelineState, "options" | "config">;

/** Below this many seeds to analyse, starting workers (each loads the pipeline's modules) costs more than it saves. */
export const PARALLEL_MIN = 200;

/** Seeds per batch: small enough that the threads finish together, large enough that messages are few. */
export const BATCH_SIZE = 25;

/** What a worker is given: the batches, the counter all threads take them from, and the context to analyse in. */
export interface WorkerInput {
  readonly entry: string;
  readonly batches: readonly (readonly SeedFile[])[];
  /** One Int32 on shared memory: the index of the next batch to take. */
  readonly next: Int32Array;
  readonly context: AnalysisContext;
}

/** What a worker posts: one batch's sources, that a batch failed, or that there is nothing left to take. */
export type WorkerReply = { readonly batch: number; readonly sources: Source[] } | { readonly failed: true } | { readonly finished: true };

/**
 * Takes the next batch: its index, or a number at or past the end when none is left. Atomic, so that threads take
 * batches from one another without a message: when this thread handed them out, a worker done with a batch waited
 * until this thread, busy with a batch of its own, read its message (at 1,000 seeds the worker sat idle about half
 * the time, and the analysis took as long as on one thread).
 */
export function takeBatch(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}

/**
 * Analyses `seeds` on this thread and on worker threads, one per other core, and returns them in the given order;
 * or null when that is not worth it (few seeds, one core) or did not work (a seed is unusable, a worker failed to
 * start). On null the caller analyses in this thread alone, which also throws the unusable seed's SeedError exactly
 * as a build without workers would: errors are never translated across the thread boundary.
 *
 * Seeds are cut into batches, and every thread takes the next batch when it is done with its last (see
 * `takeBatch`), so a batch of long seeds does not hold the others up. This thread works on batches too: a worker's
 * results must be copied back into this thread (structured cloning), and on two cores a thread that only waited
 * and copied gained nothing over analysing everything here.
 */
export async function analyseInWorkers(seeds: readonly SeedFile[], context: AnalysisContext, threads = availableParallelism()): Promise<Source[] | null> {
  const workers = Math.min(threads, Math.floor(seeds.length / (PARALLEL_MIN / 2))) - 1;
  if (workers < 1) return null;
  const batches: SeedFile[][] = [];
  for (let i = 0; i < seeds.length; i += BATCH_SIZE) batches.push(seeds.slice(i, i + BATCH_SIZE));
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const done: Source[][] = [];
  let failed = false;
  // Past the end: no thread takes another batch.
  const fail = (): void => {
    failed = true;
    Atomics.store(next, 0, batches.length);
  };
  const entry = workerEntry();
  const input: WorkerInput = { entry, batches, next, context };
  // This thread starts on the seeds at once; the workers join once the bundle is made (0.13–0.19 s).
  const bundled = bundleWorker(entry);
  const onWorker = async (): Promise<void> => {
    const script = await bundled;
    if (Atomics.load(next, 0) >= batches.length) return;
    // The bundled worker needs neither tsx nor the flags this process was started with (`--import tsx`).
    const worker = script
      ? new Worker(script, { eval: true, workerData: input, execArgv: [] })
      : new Worker(new URL("./analyseWorkerBoot.mjs", import.meta.url), { workerData: input });
    await new Promise<void>((resolve) => {
      const finish = (): void => {
        worker.removeAllListeners();
        void worker.terminate().then(() => resolve());
      };
      worker.on("message", (reply: WorkerReply) => {
        if ("sources" in reply) done[reply.batch] = reply.sources.map(revive);
        else {
          if ("failed" in reply) fail();
          finish();
        }
      });
      // A worker that stops before it says it is finished (killed, out of memory) must not leave the build waiting.
      worker.on("exit", () => {
        fail();
        resolve();
      });
      worker.on("error", () => {
        fail();
        finish();
      });
    });
  };
  const here = async (): Promise<void> => {
    for (let batch = takeBatch(next); batch < batches.length; batch = takeBatch(next)) {
      try {
        done[batch] = await analyseHere(batches[batch] as SeedFile[], context);
      } catch {
        fail();
      }
    }
  };
  await Promise.all([here(), ...Array.from({ length: workers }, onWorker)]);
  return failed ? null : done.flat();
}

/**
 * The worker's module, with this module's extension: .ts when run through tsx, .js when compiled. Workers start
 * from its bundle (see `bundleWorker.ts`); should bundling fail, from a plain JavaScript bootstrap that loads tsx
 * for a .ts module, since a worker does not always inherit the `--import tsx` its parent was started with
 * (Vitest's forks do not pass it on).
 */
function workerEntry(): string {
  return new URL(`./analyseWorker${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;
}

/** A source as it arrives from a worker: structured cloning keeps shared lines shared, but not classes. */
function revive(source: Source): Source {
  return { ...source, messages: source.messages.map((m) => new Message(m.file, m.line, m.reason, m.ruleId, m.severity)) };
}
