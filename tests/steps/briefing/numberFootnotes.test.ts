import { describe, expect, it } from "vitest";
import { NOTES_PER_MORE, numberNotes } from "../../../src/steps/briefing/numberFootnotes.ts";
import type { Briefing, Citation } from "../../../src/model/types.ts";

const cite = (source: string, quote: string): Citation => ({ source, paragraph: 1, line: 1, quote });

const briefing: Briefing = {
  schemaVersion: 1,
  title: "t",
  edition: null,
  sources: [],
  sections: [
    {
      id: "hardware-shift",
      title: "H",
      description: "",
      points: [{ id: "a", text: "A.", citations: [cite("001", "One."), cite("002", "Two.")] }],
    },
    {
      id: "orders",
      title: "O",
      description: "",
      points: [{ id: "b", text: "B.", citations: [cite("002", "Two."), cite("003", "Three.")] }],
    },
    { id: "geopolitics", title: "G", description: "", points: [] },
    { id: "open-questions", title: "Q", description: "", points: [] },
  ],
};

describe("numberFootnotes", () => {
  const { notes, refs } = numberNotes(briefing);

  it("should number notes in reading order, one per quoted passage", () => {
    expect(notes.map((n) => [n.number, n.source, n.quote])).toEqual([
      [1, "001", "One."],
      [2, "002", "Two."],
      [3, "003", "Three."],
    ]);
  });

  it("should give a note cited twice a back-link for each reference, with unique labels", () => {
    expect(notes[1]?.refs).toEqual([
      { id: "fnref-2", label: "2a" },
      { id: "fnref-2-2", label: "2b" },
    ]);
    expect(notes[0]?.refs).toEqual([{ id: "fnref-1", label: "1" }]);
    expect(refs.b?.map((r) => r.ref.id)).toEqual(["fnref-2-2", "fnref-3"]);
  });

  it("should number a point's notes source by source, so that one source's notes sit together under its marker", () => {
    const mixed: Briefing = {
      ...briefing,
      sections: briefing.sections.map((sec) =>
        sec.id === "hardware-shift"
          ? {
              ...sec,
              points: [
                { id: "m", text: "M.", citations: [cite("001", "One."), cite("002", "Two."), cite("001", "Uno.")] },
              ],
            }
          : { ...sec, points: [] },
      ),
    };
    const numbered = numberNotes(mixed);
    expect(numbered.notes.map((n) => [n.number, n.source, n.quote])).toEqual([
      [1, "001", "One."],
      [2, "001", "Uno."],
      [3, "002", "Two."],
    ]);
    expect(numbered.refs.m?.map((r) => r.note)).toEqual([1, 2, 3]);
  });
});

describe("numberFootnotes, with 'More in' points", () => {
  const withMore: Briefing = {
    ...briefing,
    sections: briefing.sections.map((s) =>
      s.id === "hardware-shift"
        ? { ...s, more: [{ id: "m", text: "M.", citations: [cite("004", "Four."), cite("005", "Five.")] }] }
        : s,
    ),
  };
  const { notes, refs } = numberNotes(withMore);

  it("should number a section's More points after its points and before the next section's", () => {
    expect(notes.map((n) => n.quote)).toEqual(["One.", "Two.", "Four.", "Three."]);
  });

  it("should give a More point its first NOTES_PER_MORE notes on the main page", () => {
    expect(refs.m).toHaveLength(NOTES_PER_MORE);
  });
});
