// The second thread: seeds analysed and disagreements found there are what this thread would have found, and a build
// goes on when the thread cannot help.
import { cp, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Message } from "../../src/model/messages.ts";
import type { Source } from "../../src/model/types.ts";
import { runPipeline } from "../../src/pipeline/run.ts";
import type { PipelineState } from "../../src/pipeline/state.ts";
import { SecondThread } from "../../src/speed/secondThread.ts";

const root = resolve(import.meta.dirname, "../..");
// A tuning set written around disagreements over time: figures, denials, schedules and what superseded what.
const seedsDir = join(root, "tests/fixtures/eval/claims-dev9");

/** What a reader sees of the disagreements: kind, topic, the sentences on each side, and the superseded ones. */
function shown(state: PipelineState) {
  return {
    disagreements: state.disagreements.map((d) => ({
      kind: d.kind,
      topic: d.topic,
      unordered: d.unordered ?? false,
      sides: d.sides.map((side) => side.map((s) => s.id)),
    })),
    superseded: [...state.superseded].sort(),
  };
}

const asides: SecondThread[] = [];
afterEach(async () => {
  for (const aside of asides.splice(0)) await aside.close();
});

async function withAside(threads: number, change?: (state: PipelineState) => void, minSeeds = 0) {
  const aside = new SecondThread(threads, minSeeds);
  asides.push(aside);
  aside.start(12);
  const state = await runPipeline(
    { root, seedsDir },
    {
      runStep: async (name, step, s) => {
        if (name === "cluster") change?.(s);
        await aside.runStep(name, step, s);
      },
    },
  );
  return { aside, state };
}

describe("disagreement search on a second thread", () => {
  it("finds the same disagreements, citing the build's own sentences, as the step on this thread", async () => {
    const plain = await runPipeline({ root, seedsDir });
    const { aside, state } = await withAside(2);
    expect(aside.ranAside).toBe(1);
    expect(plain.disagreements.length).toBeGreaterThan(3);
    expect(plain.superseded.size).toBeGreaterThan(0);
    expect(shown(state)).toEqual(shown(plain));
    // The sides are the sentences the rest of the pipeline holds, not copies of them.
    const own = new Set(state.sources.flatMap((s) => s.sentences));
    expect(state.disagreements.flatMap((d) => d.sides.flat()).every((s) => own.has(s))).toBe(true);
  });

  it("runs the step on this thread when the machine has one core, or the archive is small", async () => {
    const plain = await runPipeline({ root, seedsDir });
    for (const [threads, minSeeds] of [
      [1, 0],
      [2, 13],
    ] as const) {
      const { aside, state } = await withAside(threads, undefined, minSeeds);
      expect(await aside.ready).toBe(false);
      expect(aside.ranAside).toBe(0);
      expect(shown(state)).toEqual(shown(plain));
    }
  });

  it("runs the step on this thread when its input cannot be sent to another", async () => {
    const plain = await runPipeline({ root, seedsDir });
    // A function cannot be copied between threads.
    const { aside, state } = await withAside(2, (s) => {
      Object.assign(s, { config: { ...s.config, unsendable: () => 0 } });
    });
    expect(aside.ranAside).toBe(0);
    expect(shown(state)).toEqual(shown(plain));
  });
});

/** What a reader could see of an analysed source: its title, kind, metadata, sentences and cleaning notes. */
function seen(source: Source) {
  return {
    id: source.id,
    path: source.path,
    title: source.title,
    kind: source.kind,
    meta: source.meta,
    kept: source.kept,
    sentences: source.sentences,
    messages: source.messages.map(String),
  };
}

/** Runs the pipeline with the seeds analysed on both threads, this one taking a seed at a time. */
async function splitAnalysis(dir: string, threads = 2) {
  const aside = new SecondThread(threads, 0, 1);
  asides.push(aside);
  aside.start(1);
  // Loaded before the seeds are handed out, so that it takes its share however fast this thread is.
  await aside.ready;
  const state = await runPipeline(
    { root, seedsDir: dir },
    { analyseSeeds: (seeds, analyse, _notes, run) => aside.analyse(seeds, analyse, run) },
  );
  return { aside, state };
}

describe("seed analysis on a second thread", () => {
  // Pasted pages with front matter, bylines, furniture and cleaning notes.
  const setDir = join(root, "tests/fixtures/eval/claims-dev3");

  it("gives the sources this thread would give, in seed order, with their cleaning notes as messages", async () => {
    const plain = await runPipeline({ root, seedsDir: setDir });
    const { aside, state } = await splitAnalysis(setDir);
    expect(aside.analysedAside).toBeGreaterThan(0);
    expect(aside.analysedAside).toBeLessThan(plain.sources.length);
    expect(state.sources.map(seen)).toEqual(plain.sources.map(seen));
    const notes = state.sources.flatMap((s) => s.messages);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((m) => m instanceof Message)).toBe(true);
    // And so the same briefing.
    expect(state.briefing).toEqual(plain.briefing);
  });

  it("stops the build with the first bad seed's own error, whichever thread met it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-split-"));
    for (const name of (await readdir(setDir)).filter((n) => n.endsWith(".txt")))
      await cp(join(setDir, name), join(dir, name));
    await writeFile(join(dir, "101_empty.txt"), "");
    await writeFile(join(dir, "120_empty.txt"), "   \n");
    const alone = await runPipeline({ root, seedsDir: dir }).catch((e: unknown) => e);
    const split = await splitAnalysis(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(alone).toBeInstanceOf(Error);
    expect(String(alone)).toMatch(/101_empty\.txt/);
    expect(split).toBeInstanceOf((alone as Error).constructor);
    expect(String(split)).toBe(String(alone));
  });

  it("analyses every seed here when the machine has one core", async () => {
    const plain = await runPipeline({ root, seedsDir: setDir });
    const { aside, state } = await splitAnalysis(setDir, 1);
    expect(aside.analysedAside).toBe(0);
    expect(state.sources.map(seen)).toEqual(plain.sources.map(seen));
  });
});
