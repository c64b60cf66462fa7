// Measures a rebuild with and without the seed cache, over the shipped seeds copied four times (20 seeds).
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runPipeline } from "../src/pipeline.ts";

async function main(): Promise<void> {
  const repo = resolve(import.meta.dirname, "..");
  const root = await mkdtemp(join(tmpdir(), "sourcebrief-bench-"));
  await cp(join(repo, "briefing.yaml"), join(root, "briefing.yaml"));
  for (const name of await readdir(join(repo, "seeds"))) {
    for (const copy of [1, 2, 3, 4]) await cp(join(repo, "seeds", name), join(root, "seeds", `${copy}${name}`));
  }
  const cacheDir = join(root, ".cache");
  const time = async (options: { cacheDir?: string }, runs = 5): Promise<number> => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await runPipeline({ root, ...options });
      ms.push(performance.now() - start);
    }
    return ms.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
  };
  await time({}, 2); // warm up the JIT
  const plain = await time({});
  await runPipeline({ root, cacheDir });
  const cached = await time({ cacheDir });
  console.log(`pipeline, median of 5: no cache ${plain.toFixed(1)} ms, warm cache ${cached.toFixed(1)} ms`);
  await rm(root, { recursive: true });
}

await main();
