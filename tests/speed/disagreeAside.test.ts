// The disagreement search on a second thread: the same disagreements as on one thread, and a build that goes on
// when the thread cannot help.
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/run.ts";
import type { PipelineState } from "../../src/pipeline/state.ts";
import { DisagreeAside } from "../../src/speed/disagreeAside.ts";

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

const asides: DisagreeAside[] = [];
afterEach(async () => {
  for (const aside of asides.splice(0)) await aside.close();
});

async function withAside(threads: number, change?: (state: PipelineState) => void, minSeeds = 0) {
  const aside = new DisagreeAside(threads, minSeeds);
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
