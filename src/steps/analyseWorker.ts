// Worker thread: analyses the batches of seeds that `analyseInWorkers` sends, replying with one message per batch.
import { parentPort, workerData } from "node:worker_threads";
import type { SeedFile } from "../types.ts";
import type { AnalysisContext } from "./analyseInWorkers.ts";
import { analyseHere } from "./analyseSeeds.ts";

const context = workerData as AnalysisContext;

parentPort?.on("message", (seeds: SeedFile[]) => {
  analyseHere(seeds, context).then(
    (sources) => parentPort?.postMessage({ sources }),
    // The calling thread analyses again and reports the seed's error itself.
    () => parentPort?.postMessage({ failed: true }),
  );
});
