// One measured build in its own process: `child.ts sourcebrief|baseline <corpus dir> [<cache dir>]`; prints its figures as one JSON line.
import { readFile, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");

async function main(): Promise<void> {
  const [mode, corpusArg, cacheArg] = process.argv.slice(2);
  if ((mode !== "sourcebrief" && mode !== "baseline") || !corpusArg) throw new Error("usage: child.ts sourcebrief|baseline <corpus dir> [<cache dir>]");
  const corpus = resolve(corpusArg);
  const output = join(corpus, `_site.${mode}`);
  const timingsFile = join(corpus, "timings.json");
  await rm(output, { recursive: true, force: true });
  await rm(timingsFile, { force: true });
  const start = performance.now();
  let eleventy: Eleventy;
  if (mode === "sourcebrief") {
    process.env.SOURCEBRIEF_ROOT = corpus;
    process.env.SOURCEBRIEF_TIMINGS_FILE = timingsFile;
    // With a cache folder the build reuses the analysis of seeds that did not change, as `npm run build` does.
    if (cacheArg) process.env.SOURCEBRIEF_CACHE_DIR = resolve(cacheArg);
    eleventy = new Eleventy(join(repo, "templates"), output, { configPath: join(repo, "eleventy.config.ts"), quietMode: true });
  } else {
    process.env.BENCH_SEEDS = join(corpus, "seeds");
    const base = join(repo, "bench", "baseline");
    eleventy = new Eleventy(join(base, "templates"), output, { configPath: join(base, "eleventy.config.mjs"), quietMode: true });
  }
  await eleventy.write();
  const ms = performance.now() - start;
  const timings = mode === "sourcebrief" ? (JSON.parse(await readFile(timingsFile, "utf8")) as Record<string, number>) : {};
  // maxRSS is in kilobytes: the high-water mark of this whole process, Eleventy included.
  process.stdout.write(`${JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, timings })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
