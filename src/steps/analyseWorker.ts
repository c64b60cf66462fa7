// Worker thread: takes batches of seeds from the queue it shares with `analyseInWorkers`, replying with one message per batch.
import { parentPort, workerData } from "node:worker_threads";
import type { SeedFile } from "../types.ts";
import { takeBatch, type WorkerInput, type WorkerReply } from "./analyseInWorkers.ts";
import { analyseHere } from "./analyseSeeds.ts";

const { batches, next, context } = workerData as WorkerInput;
const reply = (message: WorkerReply): void => parentPort?.postMessage(message);

async function work(): Promise<void> {
  for (let batch = takeBatch(next); batch < batches.length; batch = takeBatch(next)) {
    // On a failure the calling thread analyses everything again and reports the seed's error itself.
    const sources = await analyseHere(batches[batch] as SeedFile[], context).catch(() => null);
    if (!sources) return reply({ failed: true });
    reply({ batch, sources });
  }
  reply({ finished: true });
}

void work();
