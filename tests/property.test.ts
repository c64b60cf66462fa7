// Property: whatever bytes land in seeds/, the pipeline ends in a briefing or in sourcebrief's own error naming the file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { runPipeline } from "../src/pipeline/run.ts";
import { isSourcebriefError } from "../src/model/errors.ts";
import { REPO, tempProject } from "./helpers.ts";

// A mutation as pasting goes wrong: bytes inserted, a range deleted or repeated, the file cut short.
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = bytes.length ? m.at % (bytes.length + 1) : 0;
  const head = bytes.subarray(0, at);
  switch (m.kind) {
    case "insert":
      return Buffer.concat([head, m.bytes, bytes.subarray(at)]);
    case "delete":
      return Buffer.concat([head, bytes.subarray(at + m.length)]);
    case "repeat":
      return Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)]);
    case "truncate":
      return head;
  }
}

describe("the pipeline on arbitrary seeds", () => {
  let root = "";
  let shipped: Array<{ name: string; bytes: Buffer }> = [];

  beforeAll(async () => {
    root = await tempProject();
    const names = (await readdir(join(REPO, "seeds"))).filter((n) => n.endsWith(".txt")).sort();
    shipped = await Promise.all(
      names.map(async (name) => ({ name, bytes: await readFile(join(REPO, "seeds", name)) })),
    );
  });
  afterAll(() => rm(root, { recursive: true }));

  // Either a briefing, or our error naming the seed that was changed; anything else fails the property.
  async function briefingOrOwnError(file: string): Promise<void> {
    try {
      const state = await runPipeline({ root });
      expect(state.briefing?.sections).toHaveLength(4);
    } catch (error) {
      if (!isSourcebriefError(error)) throw error;
      expect(error.message).toContain(`seeds/${file}`);
    }
  }

  it("should end in a briefing or a named error for random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        await writeFile(join(root, "seeds", "009_fuzz.txt"), bytes);
        await briefingOrOwnError("009_fuzz.txt");
      }),
      { numRuns: 100 },
    );
    await rm(join(root, "seeds", "009_fuzz.txt"));
  });

  it("should end in a briefing or a named error for mutated shipped seeds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (pick, mutations) => {
        const seed = shipped[pick % shipped.length] as { name: string; bytes: Buffer };
        try {
          await writeFile(join(root, "seeds", seed.name), mutations.reduce(mutate, new Uint8Array(seed.bytes)));
          await briefingOrOwnError(seed.name);
        } finally {
          await writeFile(join(root, "seeds", seed.name), seed.bytes);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("should end in a briefing for pages put together from the tuning sets' lines", async () => {
    // Lines of the pages the tuning sets paste (wires, cards, forums, transcripts, notes), each tuning set's own words,
    // recombined into new pages: a rule that fails on a shape of sentence fails here, whatever page it comes in. The
    // held-out sets are left out: a failure would print their text.
    const eval_ = join(REPO, "tests", "fixtures", "eval");
    const sets = (await readdir(eval_)).filter((n) => /^claims-dev\d*$/.test(n));
    const lines: string[] = [];
    for (const set of sets)
      for (const name of (await readdir(join(eval_, set))).filter((n) => n.endsWith(".txt")))
        lines.push(
          ...(await readFile(join(eval_, set, name), "utf8")).split("\n").filter((l) => l.trim() && l !== "---"),
        );
    const page = fc
      .array(fc.nat(), { minLength: 5, maxLength: 40 })
      .map((picks) => picks.map((i) => lines[i % lines.length] as string).join("\n\n"));
    await fc.assert(
      fc.asyncProperty(fc.array(page, { minLength: 2, maxLength: 5 }), async (pages) => {
        const names = pages.map((_, i) => `05${i}_mixed.txt`);
        try {
          for (const [i, text] of pages.entries()) await writeFile(join(root, "seeds", names[i] as string), text);
          // A page made only of furniture is refused by name, as a real one would be; anything else is a fault.
          const state = await runPipeline({ root }).catch((error: unknown) => {
            if (!isSourcebriefError(error) || !names.some((n) => error.message.includes(`seeds/${n}`))) throw error;
            return null;
          });
          if (state) expect(state.briefing?.sections).toHaveLength(4);
        } finally {
          for (const name of names) await rm(join(root, "seeds", name), { force: true });
        }
      }),
      { numRuns: 25 },
    );
  });
});
