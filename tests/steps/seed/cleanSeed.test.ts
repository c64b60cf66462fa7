import { describe, expect, it } from "vitest";
import { cleanSeed as cleanSource } from "../../../src/steps/seed/cleanSeed.ts";
import { sourceFrom } from "../../helpers.ts";

const article = [
  "A headline about chips",
  "- Editorial Team",
  "- 15 hours ago",
  "- 5 min read",
  "Huawei has shipped Ascend chips to Tencent this year.",
  "Sign up for our daily newsletter",
  "Analysts said the newsletter industry has grown.",
  "AI News is powered by TechForge Media .",
  "Stay ahead of the AI curve. Follow @Someone for daily insights.",
  "๐ฌ Want more insights?",
  "Subscribe to our weekly newsletter โRelated Articles",
  "",
  "Another story entirely",
  "Comments",
].join("\n");

describe("cleanSeeds", () => {
  const source = sourceFrom(article);
  cleanSource(source);
  const kept = source.kept.map((l) => l.text).filter(Boolean);

  it("should keep the article's own lines", () => {
    expect(kept).toEqual([
      "A headline about chips",
      "Huawei has shipped Ascend chips to Tencent this year.",
      "Analysts said the newsletter industry has grown.",
    ]);
  });

  it("should say what it removed, line by line, as file:line messages", () => {
    expect(source.messages.map(String)).toEqual([
      'seeds/900_test.txt:2: removed byline line "- Editorial Team" (boilerplate: byline)',
      'seeds/900_test.txt:3: removed date line "- 15 hours ago" (boilerplate: dateline-date)',
      'seeds/900_test.txt:4: removed read-time line "- 5 min read" (boilerplate: read-time)',
      'seeds/900_test.txt:6: removed newsletter line "Sign up for our daily newsletter" (boilerplate: signup)',
      'seeds/900_test.txt:8: removed powered-by line "AI News is powered by TechForge Media ." (boilerplate: powered-by)',
      'seeds/900_test.txt:9: removed promo line "Stay ahead of the AI curve. Follow @Som…" (boilerplate: promo)',
      'seeds/900_test.txt:10: removed line with garbled characters "๐ฌ Want more insights?" (mojibake); re-save the seed as UTF-8 from the original',
      'seeds/900_test.txt:11: removed line "Subscribe to our weekly newsletter โ" before a related-articles list (boilerplate: related)',
      'seeds/900_test.txt:11: removed "Related Articles" and the 2 non-empty line(s) after it (boilerplate: related)',
    ]);
  });
});

// A summary card as aggregators print them, in its own words: labels, a glued marker, an audience list, a stamp.
const card = [
  "ChipPulse",
  "Freshcollected in 42m",
  "Huawei's new accelerator ships to cloud buyers",
  "60-Second TL;DR",
  "AI-generatedHuawei has started shipping the Ascend 960 to three cloud operators, Reuters reported.",
  "What changed",
  "The chip had been promised for the autumn.",
  "Who should care",
  "- Cloud buyers",
  "- Model developers",
  "Deep insight",
  "AI-generated Whether output can keep pace with demand is unclear.",
  "Sources: Reuters, Huawei",
  "Was this helpful? Yes / No",
].join("\n");

// A wire story: dateline, a table pasted as text, no-comment lines, an About block, and a cut-off ending.
const wire = [
  "HONG KONG, May 12 (Lantern Wire) - Tianshu Cloud has bought 20,000 Ascend chips, two people said.",
  "| Chip | Units | Region |",
  "| Ascend 950 | 12,000 | Guiyang |",
  "| Ascend 910C | 8,000 | Wuhu |",
  "Tianshu declined to comment. Huawei did not respond to a request for comment.",
  "Huawei declined to comment on the order but said demand was strong.",
  "About Tianshu Cloud",
  "Tianshu Cloud runs data centres in western China.",
  "The company said deliveries would start in June, approx. 4,000 units a",
].join("\n");

describe("cleanSeed on real page shapes", () => {
  const removed = (text: string): { kept: string[]; messages: string[] } => {
    const source = sourceFrom(text);
    cleanSource(source);
    return { kept: source.kept.map((l) => l.text).filter(Boolean), messages: source.messages.map(String) };
  };

  it("should keep a card's sentences and drop its labels, marker, stamp, audience list and sources", () => {
    const { kept } = removed(card);
    expect(kept).toEqual([
      "ChipPulse",
      "Huawei's new accelerator ships to cloud buyers",
      "Huawei has started shipping the Ascend 960 to three cloud operators, Reuters reported.",
      "The chip had been promised for the autumn.",
      "Whether output can keep pace with demand is unclear.",
    ]);
  });

  it("should say what each removal was, naming its rule, at its line", () => {
    const { messages } = removed(card);
    expect(messages).toEqual([
      'seeds/900_test.txt:2: removed collection stamp line "Freshcollected in 42m" (boilerplate: stamp)',
      'seeds/900_test.txt:4: removed summary-card label line "60-Second TL;DR" (boilerplate: summary-card)',
      'seeds/900_test.txt:5: removed "AI-generated" label from the start of "AI-generatedHuawei has started shipping…" (boilerplate: summary-card)',
      'seeds/900_test.txt:6: removed summary-card label line "What changed" (boilerplate: summary-card)',
      'seeds/900_test.txt:8: removed summary-card audience line "Who should care" (boilerplate: summary-card)',
      'seeds/900_test.txt:9: removed audience list item "- Cloud buyers" (boilerplate: summary-card)',
      'seeds/900_test.txt:10: removed audience list item "- Model developers" (boilerplate: summary-card)',
      'seeds/900_test.txt:11: removed summary-card label line "Deep insight" (boilerplate: summary-card)',
      'seeds/900_test.txt:12: removed "AI-generated" label from the start of "AI-generated Whether output can keep pa…" (boilerplate: summary-card)',
      'seeds/900_test.txt:13: removed sources line "Sources: Reuters, Huawei" (boilerplate: sources)',
      'seeds/900_test.txt:14: removed feedback prompt line "Was this helpful? Yes / No" (boilerplate: feedback)',
    ]);
  });

  it("should cut the dateline, the table header, no-comment lines, the About block and the unfinished last sentence", () => {
    const { kept, messages } = removed(wire);
    expect(kept).toEqual([
      "Tianshu Cloud has bought 20,000 Ascend chips, two people said.",
      "| Ascend 950 | 12,000 | Guiyang |",
      "| Ascend 910C | 8,000 | Wuhu |",
      "Huawei declined to comment on the order but said demand was strong.",
    ]);
    expect(messages).toEqual([
      'seeds/900_test.txt:1: removed dateline "HONG KONG, May 12 (Lantern Wire) -" from the start of the line (boilerplate: dateline)',
      'seeds/900_test.txt:2: removed table header "| Chip | Units | Region |" (boilerplate: table)',
      'seeds/900_test.txt:5: removed no-comment line "Tianshu declined to comment. Huawei did…" (boilerplate: no-comment)',
      'seeds/900_test.txt:7: removed "About" heading "About Tianshu Cloud" (boilerplate: about-block)',
      'seeds/900_test.txt:8: removed the "About" paragraph "Tianshu Cloud runs data centres in west…" (boilerplate: about-block)',
      'seeds/900_test.txt:9: removed cut-off last sentence "The company said deliveries would start…": the excerpt stops mid-sentence (boilerplate: cut-off)',
    ]);
  });

  it("should cut a refusal to give a detail the story asked for, and keep a refusal to say what will happen", () => {
    const { kept, messages } = removed(
      [
        "Orvell Systems shipped its first accelerators to a cloud buyer in June.",
        "Orvell declined to say how many units it had delivered.",
        "A spokesman for Orvell would not name its other customers.",
        "Orvell declined to say whether it would keep selling to Marrow Cloud after the ban.",
        "Orvell declined to say how many units it had delivered but said more were on the way.",
      ].join("\n"),
    );
    expect(kept).toEqual([
      "Orvell Systems shipped its first accelerators to a cloud buyer in June.",
      "Orvell declined to say whether it would keep selling to Marrow Cloud after the ban.",
      "Orvell declined to say how many units it had delivered but said more were on the way.",
    ]);
    expect(messages.filter((m) => m.includes("no-comment"))).toHaveLength(2);
  });

  it("should keep a quote verbatim: what is cut from a line leaves the rest as the file has it", () => {
    const source = sourceFrom(wire);
    cleanSource(source);
    for (const line of source.kept) expect(wire.split("\n")[line.line - 1]).toContain(line.text);
  });

  it("should keep a last sentence that ends properly, or a closing headline", () => {
    expect(removed("Huawei shipped the chips in May.\nMore on the chip race").kept).toHaveLength(2);
    expect(removed("Huawei shipped the chips in May, the company said.").kept).toHaveLength(1);
  });

  it("should remove an AI card notice, a paywall promo and the headlines listed under Read more", () => {
    const card = sourceFrom(
      [
        "Orion's Lumen model runs on Vantor chips for inference.",
        "AI summary · This card was written with the help of AI and checked by an editor.",
        "AI summary — generated from 6 sources. May contain mistakes.",
        "Read more",
        "- Lumen preview: everything we know",
        "- Tessel denies Vantor chip purchase",
        "Paid subscribers get the full spreadsheet of chip orders. Subscribe",
        "Tessel has ordered Vantor chips, two people said.",
      ].join("\n"),
    );
    cleanSource(card);
    expect(card.kept.map((l) => l.text).filter(Boolean)).toEqual([
      "Orion's Lumen model runs on Vantor chips for inference.",
      "Tessel has ordered Vantor chips, two people said.",
    ]);
  });

  it("should remove the headlines without bullets under 'Read more:', and keep the sentence after them", () => {
    const story = sourceFrom(
      [
        "Tessel said it had not ordered any Vantor chips.",
        "Read more:",
        "Regulators weigh adding more chip firms to the export list",
        "The quiet rise of Vantor's rivals",
        "Tessel's shares fell 4% on Tuesday.",
      ].join("\n"),
    );
    cleanSource(story);
    expect(story.kept.map((l) => l.text).filter(Boolean)).toEqual([
      "Tessel said it had not ordered any Vantor chips.",
      "Tessel's shares fell 4% on Tuesday.",
    ]);
  });
});

// Furniture that runs over several lines, each of which could pass for prose: a consent dialog, an author's card and
// a sponsor's slot, with the article's own lines around them.
const framed = [
  "Your privacy choices",
  "We and our partners keep and read information on your device",
  "so that pages load faster and adverts match what you read.",
  "Accept all",
  "Reject all",
  "Samsung has started mass production of its twelve-layer memory, the company said.",
  "(Harbour Wire) -- Micron said its own stacks would ship in June.",
  "Sponsor Posts",
  "Brightgrid:",
  "Rent memory-rich servers by the hour in nine regions.",
  "Earlier items",
  "Ana Lindqvist",
  "Memory and storage reporter, Seoul",
  "Ana covers the memory industry. She was at the Harbour Daily before.",
  "+ Follow",
  "Samsung said output would double next year.",
].join("\n");

describe("cleanSeed on blocks of furniture", () => {
  const source = sourceFrom(framed);
  cleanSource(source);
  const kept = source.kept.map((l) => l.text).filter(Boolean);

  it("should drop a consent dialog, a sponsor's slot and an author's card whole, and keep the article", () => {
    expect(kept).toEqual([
      "Samsung has started mass production of its twelve-layer memory, the company said.",
      "Micron said its own stacks would ship in June.",
      "Earlier items",
      "Samsung said output would double next year.",
    ]);
  });

  it("should name the block each removed line belonged to", () => {
    const rules = source.messages.map((m) => /\(boilerplate: ([\w-]+)\)/.exec(m.reason)?.[1]);
    expect(rules).toEqual([
      ...Array(5).fill("consent"),
      "dateline",
      ...Array(3).fill("sponsor"),
      ...Array(4).fill("author-card"),
    ]);
  });

  it("should keep a name line and a sponsor label's neighbours when no button or slot follows", () => {
    const plain = sourceFrom(
      [
        "Ana Lindqvist",
        "Samsung has started mass production of its twelve-layer memory.",
        "Micron said its stacks would ship in June.",
        "Presented by Quill Compute",
        "📌 The week in memory",
        "Memory prices rose 8% in May, a tracker said.",
      ].join("\n"),
    );
    cleanSource(plain);
    expect(plain.kept.map((l) => l.text).filter(Boolean)).toEqual([
      "Ana Lindqvist",
      "Samsung has started mass production of its twelve-layer memory.",
      "Micron said its stacks would ship in June.",
      "📌 The week in memory",
      "Memory prices rose 8% in May, a tracker said.",
    ]);
  });

  it("should keep a closing headline that ends on a name, and cut one that stops on a small word", () => {
    const cut = (text: string): string[] => {
      const s = sourceFrom(text);
      cleanSource(s);
      return s.kept.map((l) => l.text).filter(Boolean);
    };
    expect(
      cut("Micron said its stacks would ship in June.\nSamsung shows its new memory at a fair in Suwon"),
    ).toHaveLength(2);
    expect(
      cut("Micron said its stacks would ship in June.\nSamsung said the new memory would go on sale in"),
    ).toHaveLength(1);
  });
});

describe("cleanSeed on a search page", () => {
  it("should drop the questions under 'People also ask', and keep the overview's sentences", () => {
    const source = sourceFrom(
      [
        "AI Overview",
        "Orla released the Sparrow-3 model in January 2027.",
        "People also ask",
        "Is Sparrow-3 open source?",
        "How many parameters does Sparrow-3 have?",
        "Orla says Sparrow-3 was trained on Dunmore chips.",
      ].join("\n"),
    );
    cleanSource(source);
    const kept = source.kept.map((l) => l.text).filter(Boolean);
    expect(kept).toContain("Orla released the Sparrow-3 model in January 2027.");
    expect(kept).toContain("Orla says Sparrow-3 was trained on Dunmore chips.");
    expect(kept.filter((t) => t.endsWith("?") || t === "People also ask")).toEqual([]);
  });
});

describe("cleanSeed on a post's comments", () => {
  it("should drop a comment prompt that asks a question first", () => {
    const source = sourceFrom(
      "Orvane shipped its first stacks in May.\nWhat do you think? Join the conversation below.",
    );
    cleanSource(source);
    expect(source.kept.map((l) => l.text).filter(Boolean)).toEqual(["Orvane shipped its first stacks in May."]);
  });

  it("should drop what follows a comment sort control such as 'Most relevant ▾'", () => {
    const source = sourceFrom(
      [
        "Orvane began shipping its 12-high stacks to Halden Cloud this month.",
        "96 comments · 41 reposts",
        "Most relevant ▾",
        "Lin Qiao • 3w",
        "What does this mean for the 16-high timeline with other customers?",
      ].join("\n"),
    );
    cleanSource(source);
    expect(source.kept.map((l) => l.text).filter(Boolean)).toEqual([
      "Orvane began shipping its 12-high stacks to Halden Cloud this month.",
    ]);
  });
});
