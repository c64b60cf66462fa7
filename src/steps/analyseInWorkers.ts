// Per-seed analysis spread over worker threads, one per core, for builds with many seeds to analyse.
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { Message } from "../messages.ts";
import type { PipelineState } from "../pipeline.ts";
import type { SeedFile, Source } from "../types.ts";
import { analyseHere } from "./analyseSeeds.ts";

/** What analysing a seed needs from the state: where seeds are and the settings. Plain data, so a worker can get a copy. */
export type AnalysisContext = Pick<PipelineState, "options" | "config">;

/** Below this many seeds to analyse, starting workers (each loads the pipeline's modules) costs more than it saves. */
export const PARALLEL_MIN = 200;

/** Seeds per message: small enough that the threads finish together, large enough that messages are few. */
export const BATCH_SIZE = 25;

/**
 * Analyses `seeds` on this thread and on worker threads, one per other core, and returns them in the given order;
 * or null when that is not worth it (few seeds, one core) or did not work (a seed is unusable, a worker failed to
 * start). On null the caller analyses in this thread alone, which also throws the unusable seed's SeedError exactly
 * as a build without workers would: errors are never translated across the thread boundary.
 *
 * Seeds go out in batches from one queue; each thread takes the next batch when it is done with its last, so a
 * batch of long seeds does not hold the others up. This thread works on batches too: a worker's results must be
 * copied back into this thread (structured cloning, about 0.7 ms a seed), and on two cores a thread that only
 * waited and copied gained nothing over analysing everything here.
 */
export async function analyseInWorkers(seeds: readonly SeedFile[], context: AnalysisContext, threads = availableParallelism()): Promise<Source[] | null> {
  const workers = Math.min(threads, Math.floor(seeds.length / (PARALLEL_MIN / 2))) - 1;
  if (workers < 1) return null;
  const batches: SeedFile[][] = [];
  for (let i = 0; i < seeds.length; i += BATCH_SIZE) batches.push(seeds.slice(i, i + BATCH_SIZE));
  const done: Source[][] = [];
  let next = 0;
  let failed = false;
  const boot = new URL("./analyseWorkerBoot.mjs", import.meta.url);
  const workerData = { entry: workerEntry(), options: context.options, config: context.config };
  const onWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(boot, { workerData });
      let current = -1;
      const finish = (): void => {
        worker.removeAllListeners();
        void worker.terminate().then(() => resolve());
      };
      // A worker that stops before it is told to (killed, out of memory) must not leave the build waiting.
      worker.on("exit", () => {
        failed = true;
        resolve();
      });
      const sendNext = (): void => {
        if (failed || next >= batches.length) return finish();
        current = next++;
        worker.postMessage(batches[current]);
      };
      worker.on("message", (reply: { sources?: Source[] }) => {
        if (!reply.sources) failed = true;
        else done[current] = reply.sources.map(revive);
        sendNext();
      });
      worker.on("error", () => {
        failed = true;
        finish();
      });
      sendNext();
    });
  const here = async (): Promise<void> => {
    while (!failed && next < batches.length) {
      const current = next++;
      try {
        done[current] = await analyseHere(batches[current] as SeedFile[], context);
      } catch {
        failed = true;
      }
    }
  };
  await Promise.all([here(), ...Array.from({ length: workers }, onWorker)]);
  return failed ? null : done.flat();
}

/**
 * The worker's module, with this module's extension: .ts when run through tsx, .js when compiled. Workers start
 * from a plain JavaScript bootstrap that loads tsx for a .ts module, since a worker does not always inherit the
 * `--import tsx` its parent was started with (Vitest's forks do not pass it on).
 */
function workerEntry(): string {
  return new URL(`./analyseWorker${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;
}

/** A source as it arrives from a worker: structured cloning keeps shared lines shared, but not classes. */
function revive(source: Source): Source {
  return { ...source, messages: source.messages.map((m) => new Message(m.file, m.line, m.reason, m.ruleId, m.severity)) };
}
