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

  it("should mark a roundup whose list items end on the outlet they point to, but not a note's own bullet points", () => {
    const roundup = read(
      [
        "Ledger Lines",
        "Issue #12 · curated by Pim Oster",
        "• Marrow Cloud is weighing a 20,000-chip order from Orvell (h/t Fenland Post).",
        "• The deal could be worth 900 million yuan (Fenland Post, paywalled).",
        "• Orvell's new board draws 600 watts at full load (Orvell blog).",
        "• Customs rules for accelerators tighten in July.",
      ].join("\n"),
    );
    expect(roundup.kind).toBe("aggregator");
    expect(roundup.messages.map(String).join("\n")).toContain("roundup of links to other outlets' stories");
    // The same list with reporting of the page's own, or with most items uncredited, is no roundup.
    const own = read(
      [
        "Ledger Lines",
        "• Marrow Cloud is weighing a 20,000-chip order from Orvell (h/t Fenland Post).",
        "• The deal could be worth 900 million yuan (Fenland Post, paywalled).",
        "• Orvell's new board draws 600 watts at full load (Orvell blog).",
        "• Two people familiar with the talks told us the order could double.",
      ].join("\n"),
    );
    expect(own.kind).toBe("article");
    const note = read(
      [
        "Harrow Research",
        "• We cut our shipment forecast to 150,000 units.",
        "• Yields are improving at the foundry (company data).",
        "• Margins should recover in the second half.",
        "• Marrow Cloud remains the largest buyer (our estimates).",
        "• Prices held steady in May (channel checks).",
        "• We keep our rating.",
        "• The board is now on its second revision.",
      ].join("\n"),
    );
    expect(note.kind).toBe("article");
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
