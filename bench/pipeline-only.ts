// Runs the pipeline alone (no Eleventy) over a corpus and prints each step's time:
// `node --import tsx bench/pipeline-only.ts <corpus dir>` (for profiling with --cpu-prof).
import { resolve } from "node:path";
import { runPipeline } from "../src/pipeline/run.ts";

const corpus = resolve(process.argv[2] ?? "bench/corpora/1000");
const start = performance.now();
const state = await runPipeline({ root: corpus });
const ms = (x: number): string => `${Math.round(x)}`;
process.stdout.write(
  `${Object.entries(state.timings)
    .map(([k, v]) => `${k} ${ms(v)}`)
    .join(
      ", ",
    )}; total ${ms(performance.now() - start)} ms; rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
);
