// How a point is put to the reader: markers per source and per side, what its badge claims, whose opinion it is.
import { describe, expect, it } from "vitest";
import type { Citation, Footnote, Point, SourceSummary } from "../../src/model/types.ts";
import { attributionView, badgeView, groupMarkers, sideViews, type MarkerView } from "../../src/site/pointView.ts";

const source = (id: string, publisher: string | null, title = `Title of ${id}`): SourceSummary => ({
  id,
  file: `seeds/${id}.txt`,
  title,
  publisher,
  author: null,
  url: null,
  published: null,
  kind: "article",
  warnings: [],
});
const sources = new Map(
  [
    source("001", "Wire One"),
    source("002", "Daily Two"),
    source("003", null, "A long headline about chips that goes on and on"),
  ].map((s) => [s.id, s]),
);
const cite = (src: string, quote: string): Citation => ({ source: src, paragraph: 1, line: 1, quote });
const marker = (note: number, src: string): MarkerView => ({
  note,
  source: src,
  ref: { id: `fnref-${note}`, label: String(note) },
});
const point = (citations: Citation[], extra: Partial<Point> = {}): Point => ({
  id: "p",
  text: "Text.",
  citations,
  ...extra,
});

describe("groupMarkers", () => {
  it("should put one source's markers in one group named by its publisher, else its title's first words", () => {
    const groups = groupMarkers([marker(1, "001"), marker(2, "001"), marker(3, "003")], sources);
    expect(groups.map((g) => [g.name, g.markers.map((m) => m.note)])).toEqual([
      ["Wire One", [1, 2]],
      ["A long headline about chips that…", [3]],
    ]);
  });
});

describe("sideViews", () => {
  it("should list each side's own markers under its label, a joined quote under the side of its part", () => {
    const p = point([cite("001", "It is out. Really."), cite("002", "It is coming.")], {
      sides: [
        { label: "Reports it out", citations: [cite("001", "It is out.")] },
        { label: "Calls it upcoming", citations: [cite("002", "It is coming.")] },
      ],
    });
    const notes = new Map<number, Footnote>([
      [1, { ...cite("001", "It is out. Really."), number: 1, id: "fn-1", refs: [] }],
      [2, { ...cite("002", "It is coming."), number: 2, id: "fn-2", refs: [] }],
    ]);
    const sides = sideViews(p, [marker(1, "001"), marker(2, "002")], notes, sources);
    expect(sides?.map((s) => [s.label, s.groups.map((g) => g.name)])).toEqual([
      ["Reports it out", ["Wire One"]],
      ["Calls it upcoming", ["Daily Two"]],
    ]);
    expect(sideViews(point([cite("001", "x")]), [marker(1, "001")], notes, sources)).toBeNull();
  });
});

describe("badgeView", () => {
  const three = [cite("001", "a"), cite("002", "b"), cite("003", "c")];
  it("should count distinct sources when the point does not know its origins", () => {
    expect(badgeView(point(three), 3, sources)).toEqual({ label: "3 sources", corroborated: true });
    expect(badgeView(point([cite("001", "a"), cite("001", "b")]), 1, sources)).toEqual({
      label: "1 source",
      corroborated: false,
    });
  });
  it("should say when several sources all repeat one report, and not show it as corroborated", () => {
    expect(badgeView(point(three, { origins: ["Reuters"] }), 3, sources)).toEqual({
      label: "3 sources, all citing Reuters",
      corroborated: false,
    });
    expect(badgeView(point(three, { origins: ["Reuters", "002"] }), 3, sources)).toEqual({
      label: "3 sources from 2 independent origins: Reuters, Daily Two",
      corroborated: true,
    });
    expect(badgeView(point(three, { origins: ["001", "002", "003"] }), 3, sources)).toEqual({
      label: "3 sources",
      corroborated: true,
    });
  });
});

describe("attributionView", () => {
  const lower = (w: string) => ["the", "moving"].includes(w);
  it("should name who writes an opinion the point states in a source's own words", () => {
    const text = "The deal shows the firm is moving in the right direction.";
    expect(attributionView(point([cite("001", text)], { text }), sources, lower)).toEqual({
      who: "Wire One writes that",
      text: "the deal shows the firm is moving in the right direction.",
    });
    // A first word that may be a name keeps its capital.
    const named = "China shows it is moving in the right direction.";
    expect(attributionView(point([cite("003", named)], { text: named }), sources, lower)).toEqual({
      who: "One source writes:",
      text: named,
    });
  });
  it("should leave a report of fact, and text the briefing wrote, as they are", () => {
    expect(attributionView(point([cite("001", "Sales rose.")], { text: "Sales rose." }), sources, lower)).toBeNull();
    const framed = "Sources differ: one says the move shows that it is moving in the right direction.";
    expect(
      attributionView(point([cite("001", "It is in the right direction.")], { text: framed }), sources, lower),
    ).toBeNull();
  });
});
