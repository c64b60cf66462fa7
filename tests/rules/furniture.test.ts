// The furniture rules against a corpus of page furniture from many outlets, and ordinary sentences that must stay.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { matchFurniture } from "../../src/rules/furniture.ts";
import { FIXTURES } from "../helpers.ts";

const rows = readFileSync(join(FIXTURES, "furniture", "furniture.tsv"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((row) => row.split("\t") as [string, string]);
const kept = readFileSync(join(FIXTURES, "furniture", "kept.txt"), "utf8")
  .split("\n")
  .filter(Boolean);

describe("furniture rules", () => {
  const categories = [...new Set(rows.map(([category]) => category))];

  describe.each(categories)("should remove every %s line", (category) => {
    it.each(rows.filter(([c]) => c === category).map(([, line]) => line))("%s", (line) => {
      expect(matchFurniture(line)).not.toBeNull();
    });
  });

  // Rules added for aggregator cards, wires, press releases and newsletters name themselves in the warning.
  const NAMED = new Set([
    "summary-card",
    "ai-generated",
    "stamp",
    "section-tag",
    "sources",
    "feedback",
    "contact",
    "end-mark",
    "standards",
    "newsletter",
    "live-blog",
    "editorial-note",
    "pull-quote",
    "ticker",
    "chapters",
    "translation",
    "print",
    "archive",
  ]);
  it.each(rows.filter(([c]) => NAMED.has(c)))("should name the %s rule for: %s", (category, line) => {
    expect(matchFurniture(line)?.rule).toBe(category);
  });

  it('should drop the audience list under a card\'s "Who should care" with it', () => {
    expect(matchFurniture("Who should care")?.dropsList).toBe(true);
    expect(matchFurniture("Why it matters")?.dropsList).toBe(false);
  });

  it.each(kept)("should keep an ordinary sentence: %s", (line) => {
    expect(matchFurniture(line)).toBeNull();
  });

  // Sentences written for this test, not taken from the corpus: the rules must not be tuned to its strings.
  it.each([
    "By contrast, Huawei has shipped more chips.",
    "By Tuesday, Nvidia had shipped chips to Tencent.",
    "Home prices rose 3% in April / May.",
    "Close to half of the chips were shipped.",
    "Learn more about the chips in the filing, the company said.",
    "Reported by Reuters on Monday, the deal was worth $2 billion.",
    "The model is powered by Huawei's Ascend chips and a rewritten inference stack.",
  ])("should keep a sentence that only looks like furniture: %s", (line) => {
    expect(matchFurniture(line)).toBeNull();
  });
});
