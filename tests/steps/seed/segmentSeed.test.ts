import { describe, expect, it } from "vitest";
import { segmentSeed as segmentSource } from "../../../src/steps/seed/segmentSeed.ts";
import { cleanSeed } from "../../../src/steps/seed/cleanSeed.ts";
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

describe("segmentSeed on pasted page shapes", () => {
  const segment = (lines: Array<{ text: string; line: number; original?: string }>) => {
    const source = sourceFrom("");
    source.kept = lines;
    segmentSource(source);
    return source;
  };

  it("should not run a headline into the first paragraph when the byline between them was removed", () => {
    const s = segment([
      { text: "Huawei starts shipping its newest accelerator to cloud customers", line: 1 },
      { text: "Huawei has begun shipping the Ascend 960, the company said.", line: 4 },
    ]);
    expect(s.sentences.map((x) => x.text)).toContain("Huawei has begun shipping the Ascend 960, the company said.");
  });

  it("should keep a list item whole at an abbreviation, and each table row apart", () => {
    const s = segment([
      { text: "- Shipments: approx. 120,000 units in the second half", line: 1 },
      { text: "- Price: est. US$12,000 per card", line: 2 },
      { text: "", line: 3 },
      { text: "| Context window | 128K | 1M |", line: 4 },
      { text: "| Licence | MIT | MIT |", line: 5 },
    ]);
    expect(s.sentences.map((x) => x.text)).toEqual([
      "Shipments: approx. 120,000 units in the second half",
      "Price: est. US$12,000 per card",
      "| Context window | 128K | 1M |",
      "| Licence | MIT | MIT |",
    ]);
  });

  it("should mark a sentence a mojibake repair changed, and only that one", () => {
    const s = segment([
      {
        text: "Huawei’s chips shipped in May. Tencent bought most of them.",
        line: 1,
        original: "Huaweiโs chips shipped in May. Tencent bought most of them.",
      },
    ]);
    expect(s.sentences.map((x) => [x.text, x.repaired ?? false])).toEqual([
      ["Huawei’s chips shipped in May.", true],
      ["Tencent bought most of them.", false],
    ]);
  });

  it("should treat an FAQ question and a short label ending in a colon as headings", () => {
    expect(isHeading("Q: Will it run on Huawei chips?")).toBe(true);
    expect(isHeading("V4 at a glance:")).toBe(true);
    expect(isHeading("The company said the chips, which it designed in-house, would ship in May:")).toBe(false);
  });

  it("should not end a sentence at an abbreviation that a figure or a name follows", () => {
    expect(splitSentences("Revenue: approx. US$5bn. Shares fell.").map((x) => x.text)).toEqual([
      "Revenue: approx. US$5bn.",
      "Shares fell.",
    ]);
    expect(splitSentences("He met Dr. Wang in Shenzhen. They spoke for an hour.").map((x) => x.text)).toEqual([
      "He met Dr. Wang in Shenzhen.",
      "They spoke for an hour.",
    ]);
  });

  it("should keep a short sub-heading without a full stop apart from the capitalised sentence under it", () => {
    const source = sourceFrom(
      [
        "Northwind's Falcon, two weeks in",
        "Northwind's Falcon has been on sale since June 12.",
        "The pack is rated for 600 charge cycles by its maker and, once",
        "fully charged, drives 700 km.",
      ].join("\n"),
    );
    segmentSource(source);
    const texts = source.sentences.map((s) => s.text);
    expect(texts).toContain("Northwind's Falcon has been on sale since June 12.");
    expect(texts.some((t) => t.includes("two weeks in") && t.includes("on sale"))).toBe(false);
    expect(texts).toContain(
      "The pack is rated for 600 charge cycles by its maker and, once fully charged, drives 700 km.",
    );
  });

  it("should not run a line that ends in lost characters into the next capitalised line", () => {
    const broken = sourceFrom(
      [
        "Velto said demand from \uFFFDfleet buyers\uFFFD drove the increase in orders \uFFFD\uFFFD",
        "Hanul remains Velto's biggest supplier, two people familiar with its orders said.",
      ].join("\n"),
    );
    segmentSource(broken);
    expect(broken.sentences.map((x) => x.text)).toContain(
      "Hanul remains Velto's biggest supplier, two people familiar with its orders said.",
    );
  });

  it("should take an FAQ's answered questions for headings, and a lone question for a sentence", () => {
    const faq = sourceFrom(
      [
        "Your questions on the chip rules, answered",
        "Has Beijing acted against the vendor before?",
        "Yes: in July, regulators summoned the vendor over security risks in its chips.",
        "When do the new chips arrive?",
        "The roadmap has the first shipping from the fourth quarter.",
      ].join("\n"),
    );
    segmentSource(faq);
    expect(faq.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "heading", "paragraph"]);
    const lone = sourceFrom(
      ["Will the vendor meet demand?", "Analysts doubt it can ship enough this year."].join("\n"),
    );
    segmentSource(lone);
    expect(lone.blocks.map((b) => b.kind)[0]).toBe("paragraph");
  });

  it("should end a paragraph at a wire's dateline alone on its line", () => {
    const release = sourceFrom(
      [
        "Lanxi Cloud deploys new accelerators and launches a model service",
        "CHENGDU, China, September 18, 2026 /Lanxi Cloud/ --",
        "Lanxi Cloud today announced that it has ordered 30,000 accelerators for its data centres.",
      ].join("\n"),
    );
    cleanSeed(release);
    segmentSource(release);
    expect(release.sentences.map((x) => x.text)).toContain(
      "Lanxi Cloud today announced that it has ordered 30,000 accelerators for its data centres.",
    );
  });

  it("should not run a line ending in an emoji, or a byline with its date, into the next line", () => {
    const post = sourceFrom(
      [
        "What my clients in the region kept asking me about this week 👇",
        "The Lattice Journal reported that the vendor has sent samples to customers.",
        "Vendor denies shipping samples to the region; its shares rise on the news",
        "Bram Oosterhuis | Oct 16, 2026 11:32 AM EDT",
        "The vendor has not shipped any samples, a company spokesperson said.",
      ].join("\n"),
    );
    segmentSource(post);
    const texts = post.sentences.map((x) => x.text);
    expect(texts).toContain("The Lattice Journal reported that the vendor has sent samples to customers.");
    expect(texts).toContain("The vendor has not shipped any samples, a company spokesperson said.");
  });

  it("should not run a card headline into the short label under it, an emoji-led head, or a flash in capitals", () => {
    const page = sourceFrom(
      [
        "Samsung starts mass production of its twelve-layer memory, sources say",
        "Reader posts",
        "Start your free trial today →",
        "🔋 Memory",
        "Micron said its new stacks would ship in June.",
        "*US WIDENS CURBS ON MEMORY EXPORTS: NOTICE",
        "*RULE STARTS IN MARCH",
        "Washington Widens Its Memory Curbs",
      ].join("\n"),
    );
    segmentSource(page);
    const texts = page.sentences.map((x) => x.text);
    expect(texts).toContain("Samsung starts mass production of its twelve-layer memory, sources say");
    expect(texts).toContain("Micron said its new stacks would ship in June.");
    expect(texts).toContain("*US WIDENS CURBS ON MEMORY EXPORTS: NOTICE");
    expect(texts).toContain("*RULE STARTS IN MARCH");
  });

  it("should still join a wrapped paragraph whose lines go on in capitals", () => {
    const wrapped = sourceFrom(
      [
        "The memory rule, which the department published late on Tuesday, covers the",
        "High-bandwidth stacks that sit beside an accelerator and every later generation.",
      ].join("\n"),
    );
    segmentSource(wrapped);
    expect(wrapped.sentences).toHaveLength(1);
  });
});
