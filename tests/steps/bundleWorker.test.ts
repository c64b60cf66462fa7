// The analysis worker starts from an esbuild bundle: one script that runs without tsx and analyses as this thread does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rm } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { loadConfig } from "../../src/config.ts";
import { resolveOptions } from "../../src/pipeline.ts";
import type { WorkerInput, WorkerReply } from "../../src/steps/analyseInWorkers.ts";
import { analyseHere } from "../../src/steps/analyseSeeds.ts";
import { bundleWorker } from "../../src/steps/bundleWorker.ts";
import { listSeeds } from "../../src/steps/loadSeeds.ts";
import type { SeedFile } from "../../src/types.ts";
import { tempProject } from "../helpers.ts";

const ENTRY = new URL("../../src/steps/analyseWorker.ts", import.meta.url).href;

describe("the bundled analysis worker", () => {
  let root = "";
  let input: Omit<WorkerInput, "next" | "batches">;
  let seeds: SeedFile[] = [];

  beforeAll(async () => {
    root = await tempProject();
    const options = resolveOptions({ root });
    input = { entry: ENTRY, context: { options, config: await loadConfig(options.configPath, options.configDisplayPath) } };
    seeds = await listSeeds(options.seedsDir, options.seedsDisplayDir, []);
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true });
  });

  /** Runs the script as a worker without tsx or this process's flags over `batches`; its replies, in order. */
  function run(script: string, batches: SeedFile[][]): Promise<WorkerReply[]> {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(script, { eval: true, execArgv: [], workerData: { ...input, batches, next } satisfies WorkerInput });
    const replies: WorkerReply[] = [];
    return new Promise((resolve, reject) => {
      worker.on("error", reject);
      worker.on("message", (reply: WorkerReply) => {
        replies.push(reply);
        if (!("sources" in reply)) void worker.terminate().then(() => resolve(replies));
      });
    });
  }

  it("is one script, with the packages it uses, made once per process", async () => {
    const script = await bundleWorker(ENTRY);
    expect(script).toEqual(expect.any(String));
    expect(script).not.toMatch(/require\("(?:yaml|stemmer|entities)"\)/);
    expect(await bundleWorker(ENTRY)).toBe(script);
  });

  it("analyses every batch it takes as this thread does, then says it is finished", async () => {
    const script = (await bundleWorker(ENTRY)) as string;
    const batches = [seeds.slice(0, 2), seeds.slice(2)];
    const replies = await run(script, batches);
    expect(replies.map((r) => ("batch" in r ? r.batch : r))).toEqual([0, 1, { finished: true }]);
    const analysed = replies.flatMap((r) => ("sources" in r ? r.sources : []));
    // Messages cross as plain objects; everything else as it is.
    const plain = JSON.parse(JSON.stringify(await analyseHere(seeds, input.context)));
    expect(JSON.parse(JSON.stringify(analysed))).toEqual(plain);
    expect(analysed.flatMap((s) => s.sentences).length).toBeGreaterThan(50);
  });

  it("reports a batch it cannot analyse, and takes no more", async () => {
    const script = (await bundleWorker(ENTRY)) as string;
    const missing: SeedFile = { ...(seeds[0] as SeedFile), id: "999", file: "seeds/999_gone.txt", path: `${root}/seeds/999_gone.txt` };
    const replies = await run(script, [[missing], seeds.slice(0, 1)]);
    expect(replies).toEqual([{ failed: true }]);
  });
});
