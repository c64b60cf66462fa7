// Choosing a section's points: strongest first, no restatements, no actor-less commentary outside Open questions.
import { describe, expect, it } from "vitest";
import { choosePoints } from "../../src/steps/assembleBriefing.ts";
import { classifySentence, compileSections } from "../../src/steps/classifySentences.ts";
import { parseConfig } from "../../src/config.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "../helpers.ts";
import type { Claim, SectionId, Sentence } from "../../src/types.ts";

const sections = compileSections(parseConfig(readFileSync(join(REPO, "briefing.yaml"), "utf8"), "briefing.yaml").sections);

function claim(id: string, texts: Array<[source: string, text: string]>, section: SectionId): Claim {
  const members = texts.map(([source, text], i): Sentence => {
    const s: Sentence = { id: `${id}-${i}`, source, paragraph: 1, line: 1, index: 1, text, kind: "paragraph", heading: null, position: 0.1,
      standalone: false, informativeness: 0, scores: { "hardware-shift": 0, orders: 0, geopolitics: 0, "open-questions": 0 }, sections: [] };
    classifySentence(s, sections);
    return s;
  });
  return { id, representative: members[0] as Sentence, members, section };
}

describe("choosePoints", () => {
  it("should keep only the stronger of two points that say the same thing", () => {
    const a = claim("a", [["000", "DeepSeek's V4 model will run on Huawei's Ascend chips, two reports said."], ["001", "DeepSeek V4 runs on Huawei Ascend chips."]], "hardware-shift");
    const b = claim("b", [["002", "DeepSeek's V4 model will run on Huawei's Ascend chips, a blog said."]], "hardware-shift");
    const c = claim("c", [["002", "Cambricon engineers rewrote parts of the inference code for DeepSeek."]], "hardware-shift");
    expect(choosePoints([b, c, a], "hardware-shift").map((x) => x.id)).toEqual(["a", "c"]);
  });

  it("should leave out commentary that names no actor and gives no figure, except among open questions", () => {
    const vague = claim("v", [["000", "Control over chips and software can shape what is possible and at what cost."]], "geopolitics");
    expect(choosePoints([vague], "geopolitics")).toEqual([]);
    const open = claim("o", [["000", "Details about availability haven't been announced yet."]], "open-questions");
    expect(choosePoints([open], "open-questions")).toHaveLength(1);
  });
});
