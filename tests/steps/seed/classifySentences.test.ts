import { describe, expect, it } from "vitest";
import { classifySentence } from "../../../src/steps/seed/classifySentences.ts";
import { parseConfig } from "../../../src/settings/loadSettings.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "../../helpers.ts";
import type { Sentence } from "../../../src/model/types.ts";
import { compileSections } from "../../../src/rules/sectionCues.ts";
import { isStandalone, standaloneText, withoutConnective } from "../../../src/rules/standalone.ts";

const config = parseConfig(readFileSync(join(REPO, "briefing.yaml"), "utf8"), "briefing.yaml");
const sections = compileSections(config.sections);

function sentence(text: string, heading: string | null = null): Sentence {
  const s: Sentence = {
    id: "900-p1-s1",
    source: "900",
    paragraph: 1,
    line: 1,
    index: 1,
    text,
    kind: "paragraph",
    heading,
    position: 0,
    standalone: false,
    informativeness: 0,
    scores: { "hardware-shift": 0, orders: 0, geopolitics: 0, "open-questions": 0 },
    sections: [],
  };
  classifySentence(s, sections);
  return s;
}

describe("classifySentences", () => {
  it("should put each sentence in the sections its cue terms point to", () => {
    expect(sentence("Alibaba, ByteDance and Tencent have placed orders for Huawei chips.").sections).toEqual([
      "orders",
    ]);
    expect(sentence("US export controls limit access to advanced Nvidia chips.").sections).toContain("geopolitics");
    expect(sentence("DeepSeek rewrote parts of its code to run on Huawei Ascend chips.").sections).toEqual([
      "hardware-shift",
    ]);
    expect(sentence("Will DeepSeek V4 be available globally?").sections).toEqual(["open-questions"]);
    expect(sentence("The weather in Amsterdam was pleasant all week long.").sections).toEqual([]);
  });

  it("should count a heading above the paragraph as evidence", () => {
    const plain = sentence("Chinese firms now plan years ahead for their infrastructure.");
    const under = sentence(
      "Chinese firms now plan years ahead for their infrastructure.",
      "Export controls and supply chain worries",
    );
    expect(under.scores.geopolitics).toBeGreaterThan(plain.scores.geopolitics);
  });

  it("should reject sentences that only make sense after the one before", () => {
    expect(isStandalone({ text: "This is a big change from what is normal in the industry.", kind: "paragraph" })).toBe(
      false,
    );
    expect(isStandalone({ text: "But there are still problems.", kind: "paragraph" })).toBe(false);
    expect(
      isStandalone({ text: "The company has reportedly decided not to share its V4 model.", kind: "paragraph" }),
    ).toBe(false);
    expect(
      isStandalone({ text: "Reuters reported that DeepSeek worked with Huawei and Cambricon.", kind: "paragraph" }),
    ).toBe(true);
    expect(isStandalone({ text: "Supply chain independence", kind: "list" })).toBe(false);
  });

  it("should reject a main clause that opens on a pronoun after an introductory phrase, and a recorded non-answer", () => {
    expect(
      isStandalone({ text: "If it works, it could shift the balance between the two camps.", kind: "paragraph" }),
    ).toBe(false);
    expect(
      isStandalone({ text: "If export rules tighten again, Chinese buyers will turn to Huawei.", kind: "paragraph" }),
    ).toBe(false);
    expect(isStandalone({ text: "Alibaba and Tencent declined to comment on the purchases.", kind: "paragraph" })).toBe(
      false,
    );
    expect(
      isStandalone({ text: "Through its newest model, it is showing what local chips can do.", kind: "paragraph" }),
    ).toBe(false);
    expect(
      isStandalone({ text: "In April, Huawei said its Ascend chips would ship in volume.", kind: "paragraph" }),
    ).toBe(true);
    expect(
      isStandalone({ text: "ByteDance did not respond to a request for comment on Friday.", kind: "paragraph" }),
    ).toBe(false);
  });

  it("should drop a leading connective from what the reader sees", () => {
    expect(withoutConnective("At the same time, large firms placed orders.")).toBe("Large firms placed orders.");
    expect(withoutConnective("Huawei makes chips.")).toBe("Huawei makes chips.");
  });

  it("should read a live blog's entry past its time stamp, and show it without", () => {
    const entry = "(21:30) Since January 1, memory makers have needed a government permit to export HBM to China.";
    expect(isStandalone({ text: entry, kind: "paragraph" })).toBe(true);
    expect(standaloneText({ text: entry, kind: "paragraph" })).toBe(
      "Since January 1, memory makers have needed a government permit to export HBM to China.",
    );
    expect(withoutConnective("09:15 — The ministry said the rule takes effect on Monday.")).toBe(
      "The ministry said the rule takes effect on Monday.",
    );
    // A time that is the sentence's subject, or inside it, is part of it.
    expect(withoutConnective("10:00 is when the market opens.")).toBe("10:00 is when the market opens.");
    expect(withoutConnective("Trading resumed at 10:30 after the halt.")).toBe(
      "Trading resumed at 10:30 after the halt.",
    );
  });

  it("should send what a source says is not confirmed or not known to Open questions, whatever its topic", () => {
    const unconfirmed = sentence("Alibaba, ByteDance and Tencent have not publicly confirmed the purchases.");
    expect(Math.max(...Object.values(unconfirmed.scores))).toBe(unconfirmed.scores["open-questions"]);
    expect(unconfirmed.scores["open-questions"]).toBeGreaterThan(unconfirmed.scores.orders);
    expect(sentence("DeepSeek has not confirmed which chips V4 will use.").sections).toEqual(["open-questions"]);
    expect(
      sentence("The benchmark figures come from DeepSeek itself and have not been reproduced independently.").sections,
    ).toEqual(["open-questions"]);
    expect(sentence("Alibaba, ByteDance and Tencent have confirmed the purchases.").sections).toEqual(["orders"]);
    expect(sentence("No launch date for V4 has been confirmed by DeepSeek.").sections).toContain("open-questions");
    expect(
      sentence("Whether Huawei hardware can train frontier models as well as Nvidia remains an open question.")
        .sections,
    ).toContain("open-questions");
    // The adverb after "been", a modal's "be", and "neither … nor … have confirmed".
    expect(sentence("The size of the orders has not been independently confirmed.").sections).toContain(
      "open-questions",
    );
    expect(sentence("The reported order volumes could not be independently verified.").sections).toContain(
      "open-questions",
    );
    expect(sentence("Neither Huawei nor the buyers have confirmed how large the orders are.").sections).toContain(
      "open-questions",
    );
  });

  it("should let a pronoun point forward to the name its clause opens with", () => {
    expect(
      isStandalone({
        text: "While DeepSeek has acknowledged using Nvidia chips, it has not said where they came from.",
        kind: "paragraph",
      }),
    ).toBe(true);
    expect(
      isStandalone({ text: "While the deal was announced in April, it has not closed yet.", kind: "paragraph" }),
    ).toBe(false);
  });

  it("should show the clause after a colon when only the lead-in points back", () => {
    const text =
      "This level of demand also shows a bigger trend: Chinese companies are getting ready for a future without Western chips.";
    expect(standaloneText({ text, kind: "paragraph" })).toBe(
      "Chinese companies are getting ready for a future without Western chips.",
    );
    expect(standaloneText({ text: "This also shows something: it is big.", kind: "paragraph" })).toBeNull();
  });

  it("should reject speculation and back-references that name no claim", () => {
    expect(
      isStandalone({
        text: "If V4 delivers strong results, it could mark a turning point for the industry.",
        kind: "paragraph",
      }),
    ).toBe(false);
    expect(
      isStandalone({
        text: "For American policymakers, the episode cuts both ways in the long run.",
        kind: "paragraph",
      }),
    ).toBe(false);
    expect(
      isStandalone({
        text: "If these benchmarks hold up to further testing, V4 will be one of the best open models.",
        kind: "paragraph",
      }),
    ).toBe(true);
  });

  it("should not make a point of who a speaker is, and should show what a transcript's speaker said without the label", () => {
    expect(isStandalone({ text: "Lena Voss covers semiconductors at Harborline Research.", kind: "paragraph" })).toBe(
      false,
    );
    expect(isStandalone({ text: "Grace Lim is a senior analyst at Harbourline Securities.", kind: "paragraph" })).toBe(
      false,
    );
    expect(
      standaloneText({
        text: "DANIEL OKAFOR: So the headline is that DeepSeek's new V4 model is built to run on Huawei's Ascend processors.",
        kind: "paragraph",
      }),
    ).toBe("The headline is that DeepSeek's new V4 model is built to run on Huawei's Ascend processors.");
  });

  it("should put a sentence a mojibake repair changed in no section, so no point quotes it", () => {
    const text = "Alibaba, ByteDance and Tencent ordered hundreds of thousands of Huawei Ascend chips.";
    const plain = sentence(text);
    const repaired = { ...sentence(text), repaired: true };
    classifySentence(plain, sections);
    classifySentence(repaired, sections);
    expect(plain.sections.length).toBeGreaterThan(0);
    expect(repaired.sections).toEqual([]);
  });
});
