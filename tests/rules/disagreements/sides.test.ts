// One dispute found from two places is shown once, with each source on the side its own account is on.
import { describe, expect, it } from "vitest";
import type { Disagreement } from "../../../src/model/types.ts";
import { mergeOverlapping } from "../../../src/rules/disagreements/sides.ts";
import { sentenceOf } from "../../helpers.ts";

const s = (source: string, n: number, text: string) => sentenceOf(source, text, { id: `${source}-p${n}-s1`, line: n });
const figures = (a: Disagreement["sides"][0], b: Disagreement["sides"][1]): Disagreement => ({
  kind: "figures",
  topic: "modules",
  sides: [a, b],
});
const shown = (d: Disagreement) => d.sides.map((side) => side.map((x) => x.id));

describe("mergeOverlapping", () => {
  // Two pages each relay the wire's 600,000 and give 200,000 from someone else; seen under two subjects, each page
  // was put on the 200,000 side in one of the two.
  const note600 = s("note", 1, "Harbor Wire has reported that Orvik plans to produce about 600,000 modules.");
  const note200 = s("note", 2, "A ministry official said Orvik can make no more than 200,000 modules.");
  const desk600 = s("desk", 1, "Harbor Wire reported that Orvik is targeting about 600,000 Tessel modules.");
  const desk200 = s("desk", 2, "An executive said Orvik would struggle to make 200,000 Tessel modules.");
  const wire = s("wire", 1, "Orvik plans to make roughly 600,000 Tessel modules, Harbor Wire reported.");
  const brief = s("brief", 1, "Orvik plans to produce roughly 600,000 modules, according to Harbor Wire.");

  it("should keep a page that sets out both accounts on the side a detector put it, not lose the dispute", () => {
    const merged = mergeOverlapping([
      figures([desk600, wire, brief], [note200]),
      figures([note600, wire, brief], [desk200]),
    ]);
    expect(merged.map(shown)).toEqual([
      [
        ["brief-p1-s1", "wire-p1-s1"],
        ["desk-p2-s1", "note-p2-s1"],
      ],
    ]);
  });

  it("should join two disputes that share a sentence, and keep those that do not apart", () => {
    const other = s("other", 1, "Orvik's rival Pellam plans 90,000 modules.");
    const rival = s("rival", 1, "Pellam plans 40,000 modules, analysts say.");
    const merged = mergeOverlapping([
      figures([wire], [note200]),
      figures([brief, wire], [note200]),
      figures([other], [rival]),
    ]);
    expect(merged.map(shown)).toEqual([
      [["brief-p1-s1", "wire-p1-s1"], ["note-p2-s1"]],
      [["other-p1-s1"], ["rival-p1-s1"]],
    ]);
  });
});
