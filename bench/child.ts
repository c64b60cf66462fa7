// One measured build in its own process: `child.ts sourcebrief|baseline <corpus dir> [--cached] [--one-thread]`; prints
// its figures as one JSON line.
import { rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");

async function main(): Promise<void> {
  const [mode, corpusArg, ...flags] = process.argv.slice(2);
  if (
    (mode !== "sourcebrief" && mode !== "baseline") ||
    !corpusArg ||
    flags.some((f) => f !== "--cached" && f !== "--one-thread")
  )
    throw new Error("usage: child.ts sourcebrief|baseline <corpus dir> [--cached] [--one-thread]");
  const cached = flags.includes("--cached");
  const corpus = resolve(corpusArg);
  const output = join(corpus, `_site.${mode}`);
  // A cached build keeps the last build's output: its unchanged pages are reused, as `npm run build` does. A cold one
  // starts without it (`npm run bench` has already deleted it, untimed; this is for the child run on its own).
  if (!cached) await rm(output, { recursive: true, force: true });
  const timings: Record<string, number> = {};
  const start = performance.now();
  if (mode === "sourcebrief") {
    // What `npm run build` runs; with the cache it reuses the analysis of unchanged seeds and the unchanged pages.
    // Imported here, inside the clock, not at the top: the baseline must not load sourcebrief's modules (about 0.15 s).
    const { buildSite } = await import("../src/cli/build.ts");
    await buildSite({
      root: corpus,
      app: repo,
      output: `_site.${mode}`,
      cache: cached,
      ...(flags.includes("--one-thread") ? { threads: 1 } : {}),
      afterStep: (name, ms) => void (timings[name] = ms),
    });
  } else {
    process.env.BENCH_SEEDS = join(corpus, "seeds");
    const base = join(repo, "bench", "baseline");
    // Imported here, not at the top: `buildSite` imports Eleventy itself, once its pipeline is under way.
    const { default: Eleventy } = await import("@11ty/eleventy");
    await new Eleventy(join(base, "templates"), output, {
      configPath: join(base, "eleventy.config.mjs"),
      quietMode: true,
    }).write();
  }
  const ms = performance.now() - start;
  // maxRSS is in kilobytes: the high-water mark of this whole process, Eleventy included.
  process.stdout.write(`${JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, timings })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
