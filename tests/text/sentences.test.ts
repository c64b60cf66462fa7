// Sentence segmentation of long lines: cut into windows for speed, with exactly ICU's boundaries over the whole line.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { icuSegments, splitSentences } from "../../src/text/sentences.ts";

const whole = (text: string) =>
  [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(text)].map(({ segment, index }) => ({
    segment,
    index,
  }));
const windowed = (text: string, size: number, margin: number) =>
  [...icuSegments(text, { size, margin })].map(({ segment, index }) => ({ segment, index }));

// The shapes news text takes around a sentence boundary: abbreviations, initials, decimals, quotes, brackets, lists.
const TOKENS = [
  "Huawei",
  "ships",
  "chips",
  "to",
  "Tencent",
  "the",
  "said",
  "U.S.",
  "e.g.",
  "Dr.",
  "J.",
  "3.5",
  "$1.2bn",
  "42%",
  "iFlytek",
  "“We",
  "agree.”",
  "(see",
  "above).",
  ".",
  "?",
  "!",
  "...",
  "…",
  ";",
  ":",
  "-",
  "—",
  '"',
  "'",
  ")",
  "1.",
  "2)",
  "ok.",
  "Next",
  "next",
];

describe("segmenting one long line", () => {
  it("should give ICU's segments of the whole line, whatever the windows", () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(" ", " ", " ", "  ", "")), {
        minLength: 20,
        maxLength: 400,
        size: "max",
      })
      .map((parts) => parts.map(([t, s]) => t + s).join(""));
    fc.assert(
      fc.property(text, fc.constantFrom(64, 128, 300), (t, size) => {
        expect(windowed(t, size, 32)).toEqual(whole(t));
      }),
      { numRuns: 500 },
    );
  });

  it("should give the same sentences for a very long sentence with short ones around it", () => {
    const text = `Short one. ${"word ".repeat(3000)}ends here. ${"Then a short sentence follows. ".repeat(200)}Last.`;
    expect(windowed(text, 256, 64)).toEqual(whole(text));
    expect(windowed(text, 2048, 256)).toEqual(whole(text));
  });

  it("should split a line of thousands of sentences as it splits the same sentences one per line", () => {
    const sentence = "Huawei ships Ascend chips to Tencent, the company said on Monday.";
    const line = Array.from({ length: 3000 }, (_, i) => sentence.replace("Monday", `day ${i}`)).join(" ");
    const texts = splitSentences(line).map((s) => s.text);
    expect(texts).toHaveLength(3000);
    expect(texts[2999]).toBe(sentence.replace("Monday", "day 2999"));
    for (const s of splitSentences(line)) expect(line.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });
});
