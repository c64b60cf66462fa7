import { describe, expect, it } from "vitest";
import { segmentSeed as segmentSource } from "../../../src/steps/seed/segmentSeed.ts";
import { sourceFrom } from "../../helpers.ts";
import { isHeading } from "../../../src/text/blocks.ts";
import { splitSentences } from "../../../src/text/sentences.ts";

describe("segmentSeeds", () => {
  const source = sourceFrom(
    [
      "Huawei Chips Take Centre Stage",
      "Introduction",
      "DeepSeek tuned V4 for Ascend chips. U.S. export controls shaped the choice.",
      "",
      "- Cost advantage: cheaper chips",
      "- Supply chain independence",
      "Why Huawei Chips Matter?",
      "Analysts expect more orders from Tencent and",
      "ByteDance this year.",
    ].join("\n"),
  );
  segmentSource(source);

  it("should take the first heading as the title when there is no front matter", () => {
    expect(source.title).toBe("Huawei Chips Take Centre Stage");
  });

  it("should number blocks as the source page shows them: headings, paragraphs, lists", () => {
    expect(source.blocks.map((b) => [b.n, b.kind, b.lines[0]?.line])).toEqual([
      [1, "heading", 2],
      [2, "paragraph", 3],
      [3, "list", 5],
      [4, "heading", 7],
      [5, "paragraph", 8],
    ]);
  });

  it("should keep seed, paragraph and line on every sentence", () => {
    const s = source.sentences.map((x) => [x.id, x.paragraph, x.line, x.text]);
    expect(s).toContainEqual(["900-p2-s2", 2, 3, "U.S. export controls shaped the choice."]);
    expect(s).toContainEqual(["900-p5-s1", 5, 8, "Analysts expect more orders from Tencent and ByteDance this year."]);
  });

  it("should record the heading above a paragraph as its context", () => {
    expect(source.sentences.find((x) => x.paragraph === 5)?.heading).toBe("Why Huawei Chips Matter?");
  });

  it("should tell headings from sentences", () => {
    expect(isHeading("The Role of Geopolitics")).toBe(true);
    expect(isHeading("DeepSeek, on the other hand, is going a different way.")).toBe(false);
    expect(isHeading("- Writing assistance")).toBe(false);
  });

  it("should not break a sentence after an abbreviation", () => {
    expect(splitSentences("Curbs by the U.S. Commerce Department hit Nvidia. Sales fell.").map((s) => s.text)).toEqual([
      "Curbs by the U.S. Commerce Department hit Nvidia.",
      "Sales fell.",
    ]);
  });
});

describe("splitSentences", () => {
  it("should end a sentence before one that opens on a lower-case name, but not after an abbreviation", () => {
    const text =
      "A cluster costs about 397 million yuan. iFlytek has hired 40 engineers. Rivals sell phones, e.g. iPhone models.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "A cluster costs about 397 million yuan.",
      "iFlytek has hired 40 engineers.",
      "Rivals sell phones, e.g. iPhone models.",
    ]);
    for (const s of splitSentences(text)) expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });
});
