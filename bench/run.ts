// `npm run bench`: sourcebrief against bare Eleventy on synthetic corpora, A B A B, each build in its own process.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { appendFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CORPUS_SEED, corpusSize, writeCorpus } from "./corpus.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");

interface Run {
  readonly ms: number;
  readonly maxRssKb: number;
  readonly timings: Record<string, number>;
}

interface Row {
  readonly seeds: number;
  readonly runs: number;
  readonly sourcebrief: {
    readonly medianMs: number;
    readonly peakRssMb: number;
    readonly stepsMs: Record<string, number>;
    readonly renderMs: number;
  };
  readonly baseline: { readonly medianMs: number; readonly peakRssMb: number };
  readonly ratio: number;
  /** A build right after one seed was edited, with the seed cache filled by the build before: as `npm run build` rebuilds. */
  readonly rebuildAfterEditMs: number | null;
  /** That rebuild's step times: what is left to do when only one seed changed. */
  readonly rebuildStepsMs: Record<string, number> | null;
}

function args(): { sizes: number[]; runs: number; rebuild: boolean } {
  const argv = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value("--sizes") ?? "100,1000,10000").split(",").map(Number);
  const runs = Number(value("--runs") ?? 3);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
    throw new Error("usage: npm run bench -- [--sizes 100,1000,10000] [--runs 3] [--no-rebuild]");
  }
  return { sizes, runs, rebuild: !argv.includes("--no-rebuild") };
}

function build(mode: "sourcebrief" | "baseline", corpus: string, cached = false): Run {
  // A cold build starts with no output folder. Deleting the last run's is not part of the build, so it happens here,
  // before the clock starts: at 10,000 seeds either output is about 20,000 files and folders.
  if (!cached) rmSync(join(corpus, `_site.${mode}`), { recursive: true, force: true });
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(here, "child.ts"), mode, corpus, ...(cached ? ["--cached"] : [])],
    {
      // Eleventy reads each config's `dir.input` relative to the working directory.
      cwd: mode === "baseline" ? join(here, "baseline") : repo,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const wall = performance.now() - started;
  if (child.status !== 0) throw new Error(`${mode} build of ${corpus} failed:\n${child.stderr}`);
  const last = child.stdout.trim().split("\n").at(-1) ?? "";
  const reported = JSON.parse(last) as Run;
  // Wall time from the parent: process start, module loading and exit count, as a user would feel them.
  return { ...reported, ms: wall };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const mb = (kb: number): number => Math.round(kb / 1024);

async function ensureCorpus(size: number): Promise<string> {
  const dir = join(here, "corpora", String(size));
  // Rewritten when its size, the PRNG seed or the generator's code changed: a stamp beside the seeds records them.
  const stamp = JSON.stringify({
    size,
    seed: CORPUS_SEED,
    generator: createHash("sha256")
      .update(await readFile(join(here, "corpus.ts")))
      .digest("hex"),
  });
  if (
    (await corpusSize(dir)) !== size ||
    (await readFile(join(dir, "corpus.json"), "utf8").catch(() => "")) !== stamp
  ) {
    process.stderr.write(`writing ${size} synthetic seeds to ${dir}\n`);
    await writeCorpus(dir, size, CORPUS_SEED, await readFile(join(repo, "briefing.yaml"), "utf8"));
    await writeFile(join(dir, "corpus.json"), stamp);
  }
  return dir;
}

/** Fills the seed cache and the page manifest with one build, edits one seed (appends a paragraph), rebuilds, and restores the seed. */
async function rebuildAfterEdit(corpus: string): Promise<Run> {
  const file = join(corpus, "seeds", "0".padStart(String((await corpusSize(corpus)) - 1).length, "0") + ".txt");
  const cacheDir = join(corpus, ".cache");
  await rm(cacheDir, { recursive: true, force: true });
  build("sourcebrief", corpus, true);
  const original = await readFile(file, "utf8");
  try {
    await appendFile(file, "\nThe company said more details would follow next week.\n");
    return build("sourcebrief", corpus, true);
  } finally {
    await writeFile(file, original);
    await rm(cacheDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { sizes, runs, rebuild } = args();
  const rows: Row[] = [];
  for (const size of sizes) {
    const corpus = await ensureCorpus(size);
    const a: Run[] = [];
    const b: Run[] = [];
    for (let i = 0; i < runs; i++) {
      a.push(build("sourcebrief", corpus));
      b.push(build("baseline", corpus));
      process.stderr.write(
        `  ${size} seeds, run ${i + 1}/${runs}: sourcebrief ${(a.at(-1)!.ms / 1000).toFixed(2)} s, baseline ${(b.at(-1)!.ms / 1000).toFixed(2)} s\n`,
      );
    }
    const steps = Object.keys(a[0]!.timings);
    const stepsMs = Object.fromEntries(steps.map((s) => [s, Math.round(median(a.map((r) => r.timings[s] ?? 0)))]));
    const pipelineMs = Object.values(stepsMs).reduce((x, y) => x + y, 0);
    const row: Row = {
      seeds: size,
      runs,
      sourcebrief: {
        medianMs: Math.round(median(a.map((r) => r.ms))),
        peakRssMb: mb(Math.max(...a.map((r) => r.maxRssKb))),
        stepsMs,
        renderMs: 0,
      },
      baseline: {
        medianMs: Math.round(median(b.map((r) => r.ms))),
        peakRssMb: mb(Math.max(...b.map((r) => r.maxRssKb))),
      },
      ratio: 0,
      rebuildAfterEditMs: null,
      rebuildStepsMs: null,
    };
    const again = rebuild ? await rebuildAfterEdit(corpus) : null;
    if (again)
      process.stderr.write(
        `  ${size} seeds, rebuild after editing one seed (warm cache): ${(again.ms / 1000).toFixed(2)} s\n`,
      );
    rows.push({
      ...row,
      rebuildAfterEditMs: again && Math.round(again.ms),
      rebuildStepsMs: again && Object.fromEntries(Object.entries(again.timings).map(([k, v]) => [k, Math.round(v)])),
      sourcebrief: { ...row.sourcebrief, renderMs: row.sourcebrief.medianMs - pipelineMs },
      ratio: Math.round((row.sourcebrief.medianMs / row.baseline.medianMs) * 100) / 100,
    });
  }
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version };
  process.stdout.write(table(rows, machine));
  await mkdir(join(here, "results"), { recursive: true });
  const out = join(here, "results", `bench-${sizes.join("-")}.json`);
  await writeFile(out, `${JSON.stringify({ machine, corpusSeed: CORPUS_SEED, rows }, null, 2)}\n`);
  process.stderr.write(`wrote ${out}\n`);
}

function table(rows: readonly Row[], machine: { cores: number; cpu: string; node: string }): string {
  const s = (ms: number): string => (ms / 1000).toFixed(2);
  const lines = [
    `Measured on ${machine.cores} cores (${machine.cpu}), Node ${machine.node}; median of ${rows[0]?.runs ?? 0} runs each, A B A B.`,
    "",
    "| seeds | sourcebrief (s) | baseline (s) | ratio | peak RSS sourcebrief / baseline (MB) | rebuild after editing one seed, warm cache (s) |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.seeds} | ${s(r.sourcebrief.medianMs)} | ${s(r.baseline.medianMs)} | ${r.ratio.toFixed(2)}× | ${r.sourcebrief.peakRssMb} / ${r.baseline.peakRssMb} | ${r.rebuildAfterEditMs === null ? "–" : `${s(r.rebuildAfterEditMs)} (${Math.round((100 * r.rebuildAfterEditMs) / r.sourcebrief.medianMs)}% of cold)`} |`,
    ),
    "",
    `| seeds | ${Object.keys(rows[0]?.sourcebrief.stepsMs ?? {}).join(" | ")} | Eleventy + rest |`,
    `| ---: |${" ---: |".repeat(Object.keys(rows[0]?.sourcebrief.stepsMs ?? {}).length + 1)}`,
    ...rows.map(
      (r) =>
        `| ${r.seeds} | ${Object.values(r.sourcebrief.stepsMs).map(s).join(" | ")} | ${s(r.sourcebrief.renderMs)} |`,
    ),
    "",
    "Step times in seconds (median). The rebuild is one build, in a new process like `npm run build`, right after one seed was edited, with the seed cache filled by the build before it; its steps:",
    "",
    ...rows
      .filter((r) => r.rebuildStepsMs)
      .map(
        (r) =>
          `- ${r.seeds} seeds: ${Object.entries(r.rebuildStepsMs ?? {})
            .filter(([, ms]) => ms >= 10)
            .map(([k, ms]) => `${k} ${s(ms)}`)
            .join(
              ", ",
            )}, Eleventy + rest ${s((r.rebuildAfterEditMs ?? 0) - Object.values(r.rebuildStepsMs ?? {}).reduce((a, b) => a + b, 0))}`,
      ),
  ];
  return `${lines.join("\n")}\n`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
