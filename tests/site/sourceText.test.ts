// Cutting a paragraph around the sentences the briefing quotes, and the coverage counts.
import { describe, expect, it } from "vitest";
import { splitCited } from "../../src/site/sourceText.ts";
import { coverageMatrix } from "../../src/site/coverage.ts";
import type { BriefingSection, SourceSummary } from "../../src/model/types.ts";

const by = (point: string) => ({ point, label: `Orders, point ${point}`, text: "…" });

describe("splitCited", () => {
  it("should mark each quoted sentence in place and keep every character of the paragraph", () => {
    const text = "First one. Second one is quoted. Third one. Fourth is quoted too.";
    const parts = splitCited(
      text,
      new Map([
        ["Fourth is quoted too.", [by("2")]],
        ["Second one is quoted.", [by("1"), by("3")]],
      ]),
      "p4",
      null,
    );
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(parts.filter((p) => p.cited).map((p) => [p.text, p.cited?.id, p.cited?.by.map((b) => b.point)])).toEqual([
      ["Second one is quoted.", "p4-q1", ["1", "3"]],
      ["Fourth is quoted too.", "p4-q2", ["2"]],
    ]);
  });
  it("should leave a paragraph whole when the quote is not in it verbatim", () => {
    expect(splitCited("Nothing here.", new Map([["Elsewhere.", [by("1")]]]), "p1", null)).toEqual([
      { text: "Nothing here.", cited: null },
    ]);
  });
  it("should link a quoted sentence to the original only when the source has a web address", () => {
    const quotes = new Map([["Quoted.", [by("1")]]]);
    expect(splitCited("Quoted.", quotes, "p1", "https://a.example/")[0]?.cited?.original).toBe(
      "https://a.example/#:~:text=Quoted",
    );
    expect(splitCited("Quoted.", quotes, "p1", "javascript:alert(1)")[0]?.cited?.original).toBeNull();
  });
});

describe("coverageMatrix", () => {
  const source = (id: string): SourceSummary => ({
    id,
    file: `seeds/${id}.txt`,
    title: `Title of ${id}`,
    publisher: null,
    author: null,
    kind: "article",
    url: null,
    published: null,
    warnings: [],
  });
  const point = (id: string, sources: string[]) => ({
    id,
    text: id,
    citations: sources.map((s) => ({ source: s, paragraph: 1, line: 1, quote: "q" })),
  });
  const sections: BriefingSection[] = [
    {
      id: "hardware-shift",
      title: "Hardware",
      description: "",
      points: [point("a", ["1", "2"]), point("b", ["1", "1"])],
    },
    { id: "orders", title: "Orders", description: "", points: [point("c", ["2"])] },
  ];
  it("should count points per source and section, a point citing a source twice once", () => {
    const m = coverageMatrix([source("1"), source("2"), source("3")], sections);
    expect(m.rows.map((r) => [r.source, r.counts, r.total])).toEqual([
      ["1", [2, 0], 2],
      ["2", [1, 1], 2],
      ["3", [0, 0], 0],
    ]);
    expect(m.sectionTotals).toEqual([2, 1]);
    expect(m.rows[0]?.levels).toEqual([3, 0]);
  });
});
