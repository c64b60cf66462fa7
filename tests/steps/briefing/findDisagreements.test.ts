// The disagree step on a fixture project: what it finds, what it sets aside as superseded, and sides kept apart.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/run.ts";
import { FIXTURES } from "../../helpers.ts";

describe("findDisagreements", async () => {
  const state = await runPipeline({ root: join(FIXTURES, "disagreements") });
  const found = state.disagreements;
  const quotes = (kind: string): string[] =>
    found.filter((d) => d.kind === kind).flatMap((d) => d.sides.flat().map((s) => s.text));

  it("should show released against an undated upcoming as an open matter, not a dispute", () => {
    const status = found.filter((d) => d.kind === "status");
    expect(status.every((d) => d.unordered)).toBe(true);
    expect(quotes("status")).toEqual(
      expect.arrayContaining([expect.stringContaining("has released its X9"), expect.stringContaining("upcoming X9")]),
    );
  });

  it("should not treat will against may as a dispute", () => {
    expect(found.some((d) => d.sides.flat().some((s) => /may run on Helios/.test(s.text)))).toBe(false);
  });

  it("should find figures whose ranges do not overlap", () => {
    expect(quotes("figures")).toEqual(
      expect.arrayContaining([
        expect.stringContaining("about 50,000"),
        expect.stringContaining("hundreds of thousands"),
      ]),
    );
  });

  it("should not report two sources that agree in different words", () => {
    expect(found.flatMap((d) => d.sides.flat()).some((s) => /Lisbon/.test(s.text))).toBe(false);
  });

  it("should keep each side to its own sources", () => {
    for (const d of found) {
      const [a, b] = d.sides.map((side) => new Set(side.map((s) => s.source)));
      expect([...(a ?? [])].some((s) => b?.has(s))).toBe(false);
      expect((a?.size ?? 0) + (b?.size ?? 0)).toBeGreaterThanOrEqual(2);
    }
  });
});
