import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { runPipeline } from "../../../src/pipeline/run.ts";
import {
  allDisagreements as findDisagreements,
  figureDisagreements,
  quantities,
} from "../../../src/rules/disagreements.ts";
import type { Sentence } from "../../../src/model/types.ts";
import { FIXTURES, REPO } from "../../helpers.ts";

describe("findDisagreements", async () => {
  const state = await runPipeline({ root: join(FIXTURES, "disagreements") });
  const found = findDisagreements(
    state.sources.flatMap((s) => s.sentences),
    state.claims,
  );
  const quotes = (kind: string): string[] =>
    found.filter((d) => d.kind === kind).flatMap((d) => d.sides.flat().map((s) => s.text));

  it("should find released versus upcoming", () => {
    expect(quotes("status")).toEqual(
      expect.arrayContaining([expect.stringContaining("has released its X9"), expect.stringContaining("upcoming X9")]),
    );
  });

  it("should find will versus may on the same action", () => {
    expect(quotes("certainty")).toEqual(
      expect.arrayContaining([
        expect.stringContaining("will run on Helios"),
        expect.stringContaining("may run on Helios"),
      ]),
    );
  });

  it("should find figures whose ranges do not overlap", () => {
    expect(quotes("figures")).toEqual(
      expect.arrayContaining([
        expect.stringContaining("about 50,000"),
        expect.stringContaining("hundreds of thousands"),
      ]),
    );
  });

  it("should find a feature one source expects and another says is missing", () => {
    expect(quotes("capability")).toEqual(
      expect.arrayContaining([
        expect.stringContaining("video decoding and speech"),
        expect.stringContaining("not to support video"),
      ]),
    );
  });

  it("should not report two sources that agree in different words", () => {
    expect(found.flatMap((d) => d.sides.flat()).some((s) => /Lisbon/.test(s.text))).toBe(false);
  });

  it("should keep each side to its own sources", () => {
    for (const d of found) {
      const [a, b] = d.sides.map((side) => new Set(side.map((s) => s.source)));
      expect([...a!].some((s) => b!.has(s))).toBe(false);
      expect(a!.size + b!.size).toBeGreaterThanOrEqual(2);
    }
  });

  it("should compare figures only when they count the same thing", () => {
    const sentence = (source: string, text: string): Sentence => ({
      id: `${source}-p1-s1`,
      source,
      paragraph: 1,
      line: 1,
      index: 1,
      kind: "paragraph",
      heading: null,
      position: 0,
      text,
      standalone: true,
      informativeness: 0,
      scores: { "hardware-shift": 0, orders: 0, geopolitics: 0, "open-questions": 0 },
      sections: [],
    });
    const engineers = sentence(
      "a",
      "Alibaba has hired about 480 engineers to port its models to Huawei Ascend hardware.",
    );
    const chips = sentence("b", "Alibaba ordered hundreds of thousands of Huawei Ascend chips this year.");
    const fewChips = sentence("c", "Alibaba ordered about 5,000 Huawei Ascend 910C chips, the report said.");
    expect(quantities(engineers.text).map((f) => f[2])).toEqual(["engin"]);
    expect(figureDisagreements([engineers, chips])).toEqual([]);
    expect(
      figureDisagreements([engineers, chips, fewChips]).map((d) => d.sides.map((side) => side.map((s) => s.source))),
    ).toEqual([[["b"], ["c"]]]);
  });

  it("should read overlapping figures as agreeing", () => {
    const [a] = quantities("several hundreds of thousands of units");
    const [b] = quantities("some 300,000 units");
    expect(a![0] <= b![1] && b![0] <= a![1]).toBe(true);
  });

  it("should find one source saying a model runs on the chips only in part, another saying it runs on them entirely", async () => {
    const extra = await runPipeline({ root: REPO, seedsDir: join(REPO, "tests/fixtures/eval/extra-seeds") });
    const extent = findDisagreements(
      extra.sources.flatMap((s) => s.sentences),
      extra.claims,
    ).filter((d) => d.kind === "extent");
    expect(extent).toHaveLength(1);
    const [partly, wholly] = extent[0]!.sides;
    expect(partly.map((s) => s.text)).toEqual(
      expect.arrayContaining([expect.stringContaining("trained mostly on Nvidia hardware")]),
    );
    expect(wholly.map((s) => s.text)).toEqual([
      expect.stringContaining("the whole V4 pipeline, training included, ran on Huawei hardware"),
    ]);
    expect(extent[0]!.topic).toBe("V4");
  });
});
