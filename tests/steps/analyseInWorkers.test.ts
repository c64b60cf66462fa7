// Many seeds are analysed on worker threads: the result must be what one thread makes, and a bad seed's error the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { article } from "../../bench/corpus.ts";
import { loadConfig } from "../../src/config.ts";
import { SeedError } from "../../src/errors.ts";
import { Message } from "../../src/messages.ts";
import { resolveOptions, runPipeline } from "../../src/pipeline.ts";
import { analyseInWorkers, PARALLEL_MIN, type AnalysisContext } from "../../src/steps/analyseInWorkers.ts";
import { analyseHere } from "../../src/steps/analyseSeeds.ts";
import { listSeeds } from "../../src/steps/loadSeeds.ts";
import type { SeedFile } from "../../src/types.ts";
import { tempProject } from "../helpers.ts";

describe("analysis on worker threads", () => {
  let root = "";
  let context: AnalysisContext;
  let seeds: SeedFile[] = [];

  beforeAll(async () => {
    // The five shipped seeds (with their furniture and broken encodings) and enough synthetic ones to go parallel.
    root = await tempProject({ seeds: Object.fromEntries(Array.from({ length: PARALLEL_MIN }, (_, i) => [`${100 + i}.txt`, article(i, 7)])) });
    const options = resolveOptions({ root });
    context = { options, config: await loadConfig(options.configPath, options.configDisplayPath) };
    seeds = await listSeeds(options.seedsDir, options.seedsDisplayDir, []);
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true });
  });

  it("gives every seed the same lines, sentences, sections and messages as analysis in one thread", async () => {
    const parallel = await analyseInWorkers(seeds, context, 2);
    expect(parallel).not.toBeNull();
    const alone = await analyseHere(seeds, context);
    expect(parallel?.map((s) => s.id)).toEqual(seeds.map((s) => s.id));
    expect(parallel).toStrictEqual(alone);
    // Warnings arrive as Messages again, printable as `file:line: reason`.
    const messages = parallel?.flatMap((s) => s.messages) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m instanceof Message && /^seeds\/.+:\d+: /.test(m.toString()))).toBe(true);
    // Kept lines stay the very lines of the source, as the footnote anchors expect.
    expect(parallel?.every((s) => s.kept.every((line) => s.lines.includes(line)))).toBe(true);
  });

  it("is not used for a few seeds or on one core", async () => {
    expect(await analyseInWorkers(seeds.slice(0, PARALLEL_MIN / 2 - 1), context, 2)).toBeNull();
    expect(await analyseInWorkers(seeds, context, 1)).toBeNull();
  });

  it("leaves a bad seed to the ordinary path, so the build fails with that seed's own error", async () => {
    const bad = join(root, "seeds", "150.txt");
    await writeFile(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    try {
      expect(await analyseInWorkers(seeds, context, 2)).toBeNull();
      const error = await runPipeline({ root }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedError);
      expect((error as SeedError).file).toBe("seeds/150.txt");
    } finally {
      await writeFile(bad, article(50, 7));
    }
  });
});
