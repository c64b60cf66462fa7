// Which pages are aggregators, whose claims corroborate nothing: read once the page is cleaned and split.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanSeed } from "../../../src/steps/seed/cleanSeed.ts";
import { findKind } from "../../../src/steps/seed/findKind.ts";
import { findMetadata } from "../../../src/steps/seed/findMetadata.ts";
import { segmentSeed } from "../../../src/steps/seed/segmentSeed.ts";
import type { Source } from "../../../src/model/types.ts";
import { FIXTURES, sourceFrom } from "../../helpers.ts";

function read(text: string): Source {
  const source = sourceFrom(text);
  cleanSeed(source);
  findMetadata(source);
  segmentSeed(source);
  findKind(source);
  return source;
}

// Pages written for this test, in the shapes aggregators and reporters use.
// An AI summary card, read by the metadata and the kind tests alike.
const card = readFileSync(join(FIXTURES, "pages", "ai-card.txt"), "utf8");

const retold = [
  "Chip Roundup",
  "What we know about the Cambricon deals",
  "Cambricon won a second cloud order, Harbour Post reported on Monday.",
  "According to Bloomberg, the deal is worth about 2 billion yuan.",
  "The Information has reported that a third order is close.",
  "Analysts expect more orders later in the year.",
].join("\n");

const reported = [
  "Chip Roundup",
  "Cambricon lands a second cloud order",
  "Cambricon won a second cloud order, Harbour Post reported on Monday.",
  "According to Bloomberg, the deal is worth about 2 billion yuan.",
  "The Information has reported that a third order is close.",
  "Two executives briefed on the talks told Chip Roundup the third deal could be signed in July.",
].join("\n");

describe("findKind", () => {
  it("should mark a page that labels itself AI-generated as an aggregator, and say why", () => {
    const s = read(card);
    expect(s.kind).toBe("aggregator");
    expect(s.messages.map(String).find((m) => m.includes("aggregator"))).toBe(
      "seeds/900_test.txt:3: marked as an aggregator: it labels itself AI-generated; its claims do not count as independent corroboration",
    );
  });

  it("should mark a link river, each item under another outlet's byline, as an aggregator", () => {
    const river = read(
      [
        "Chipline",
        "Top Items",
        "Clara Voss / Harbour Wire:",
        "Orla orders 50,000 DX-500 chips  —  Orla has ordered about 50,000 DX-500 chips, two people said …",
        "Dev Okonjo / Tech Ledger:",
        "Dunmore ships its first DX-500 boards to cloud buyers in Europe",
      ].join("\n"),
    );
    expect(river.kind).toBe("aggregator");
    expect(river.messages.map(String).join("\n")).toContain("link river of other outlets' stories");
    // One byline line is a story's own byline, not a river.
    expect(read("Clara Voss / Harbour Wire:\nOrla has ordered about 50,000 DX-500 chips, the company said.").kind).toBe(
      "article",
    );
  });

  it("should mark a deck of numbered cards, each with its source under it, as an aggregator", () => {
    const deck = (first: string, second: string) =>
      read(
        [
          "Pocketline",
          "Sensors this week · 2 cards",
          "CARD 1 of 2",
          "Orla is expected to show its K9 sensor at a trade fair in Lyon next week.",
          first,
          "CARD 2 of 2",
          "Dunmore is in talks to buy a large batch of K9 sensors, people familiar with the matter say.",
          second,
        ].join("\n"),
      );
    const cards = deck("Source: Harbour Wire", "Source: Tech Ledger");
    expect(cards.kind).toBe("aggregator");
    expect(cards.messages.map(String).join("\n")).toContain("summary card of other outlets' reporting");
    // The same cards naming no source are not shown to retell anyone.
    expect(deck("Why it matters: Lyon is the first show of the year.", "More next week.").kind).toBe("article");
  });

  it("should mark a page that only retells other outlets, but not one with reporting of its own", () => {
    expect(read(retold).kind).toBe("aggregator");
    expect(read(reported).kind).toBe("article");
  });

  it("should count a page's outreach as reporting of its own, even where cleaning removed the line", () => {
    const page = [
      "Cambricon won a second cloud order, Harbour Post reported on Monday.",
      "According to Bloomberg, the deal is worth about 2 billion yuan.",
      "The Information has reported that a third order is close.",
      "Cambricon did not respond to a request for comment.",
    ].join("\n");
    expect(read(page).kind).toBe("article");
  });
});
