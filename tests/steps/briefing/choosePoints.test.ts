// Choosing a section's points: strongest first, no restatements, no actor-less commentary outside Open questions.
import { describe, expect, it } from "vitest";
import { chooseGlance, choosePoints, chooseSection } from "../../../src/steps/briefing/assembleBriefing.ts";
import { MAX_POINTS, MORE_SINGLE } from "../../../src/rules/limits.ts";
import { classifySentence } from "../../../src/steps/seed/classifySentences.ts";
import { parseConfig } from "../../../src/settings/loadSettings.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, sentenceOf } from "../../helpers.ts";
import type { Claim, SectionId, Sentence } from "../../../src/model/types.ts";
import { compileSections } from "../../../src/rules/sectionCues.ts";
import { termWeights } from "../../../src/similarity/termWeights.ts";

const sections = compileSections(
  parseConfig(readFileSync(join(REPO, "briefing.yaml"), "utf8"), "briefing.yaml").sections,
);

function claim(id: string, texts: Array<[source: string, text: string]>, section: SectionId): Claim {
  const members = texts.map(([source, text], i): Sentence => {
    const s = sentenceOf(source, text, {
      id: `${id}-${i}`,
      position: 0.1,
      standalone: false,
      informativeness: 0,
      scores: { "hardware-shift": 0, orders: 0, geopolitics: 0, "open-questions": 0 },
      sections: [],
    });
    classifySentence(s, sections);
    return s;
  });
  return { id, representative: members[0] as Sentence, members, section };
}

describe("choosePoints", () => {
  it("should keep only the stronger of two points that say the same thing", () => {
    const a = claim(
      "a",
      [
        ["000", "DeepSeek's V4 model will run on Huawei's Ascend chips, two reports said."],
        ["001", "DeepSeek V4 runs on Huawei Ascend chips."],
      ],
      "hardware-shift",
    );
    const b = claim(
      "b",
      [["002", "DeepSeek's V4 model will run on Huawei's Ascend chips, a blog said."]],
      "hardware-shift",
    );
    const c = claim(
      "c",
      [["002", "Cambricon engineers rewrote parts of the inference code for DeepSeek."]],
      "hardware-shift",
    );
    expect(choosePoints([b, c, a], "hardware-shift").map((x) => x.id)).toEqual(["a", "c"]);
  });

  it("should leave out commentary that names no actor and gives no figure, except among open questions", () => {
    const vague = claim(
      "v",
      [["000", "Control over chips and software can shape what is possible and at what cost."]],
      "geopolitics",
    );
    expect(choosePoints([vague], "geopolitics")).toEqual([]);
    const open = claim("o", [["000", "Details about availability haven't been announced yet."]], "open-questions");
    expect(choosePoints([open], "open-questions")).toHaveLength(1);
  });

  it("should put news before background of the same backing", () => {
    const background = claim(
      "bg",
      [["000", "AI developers usually work closely with Nvidia and AMD on chip support."]],
      "hardware-shift",
    );
    const news = claim(
      "news",
      [["001", "DeepSeek gave Huawei early access to its V4 model before launch."]],
      "hardware-shift",
    );
    expect(choosePoints([background, news], "hardware-shift").map((x) => x.id)).toEqual(["news", "bg"]);
  });

  it("should leave a one-source claim that another source contradicts to Open questions", () => {
    const contested = claim(
      "x",
      [["000", "DeepSeek trained V4 mostly on Nvidia hardware, with Huawei chips kept for inference."]],
      "hardware-shift",
    );
    const backed = claim(
      "y",
      [
        ["001", "DeepSeek worked with Huawei and Cambricon to rewrite parts of the V4 code."],
        ["002", "Huawei and Cambricon helped DeepSeek rewrite V4 code."],
      ],
      "hardware-shift",
    );
    const ids = (contestedIds: string[]): string[] =>
      choosePoints([contested, backed], "hardware-shift", undefined, new Set(contestedIds)).map((c) => c.id);
    expect(ids([])).toEqual(["y", "x"]);
    expect(ids(["x-0"])).toEqual(["y"]);
    // A claim several sources back stays a point even when one of its sentences is contested.
    expect(ids(["y-0"])).toEqual(["y", "x"]);
  });

  it("should not let a short question swallow a point that shares two words with it", () => {
    const question = claim("q", [["000", "How do Huawei chips compare to Nvidia GPUs?"]], "open-questions");
    const doubt = claim(
      "d",
      [["001", "DeepSeek has not said whether its Nvidia chips were exported before the rules."]],
      "open-questions",
    );
    expect(
      choosePoints([question, doubt], "open-questions")
        .map((x) => x.id)
        .sort(),
    ).toEqual(["d", "q"]);
  });

  it("should say one claim once at a glance, though two sections word it differently", () => {
    const a = claim(
      "a",
      [
        ["000", "DeepSeek's V4 model will run on Huawei's Ascend chips, two reports said."],
        ["001", "DeepSeek V4 runs on Huawei Ascend chips."],
        ["002", "V4 runs on Huawei chips."],
      ],
      "hardware-shift",
    );
    const b = claim(
      "b",
      [
        ["000", "DeepSeek's V4 model will run on Huawei's Ascend chips, challenging US export controls."],
        ["003", "V4 will run on Huawei chips despite US export controls."],
      ],
      "geopolitics",
    );
    const c = claim(
      "c",
      [
        ["001", "Alibaba, ByteDance and Tencent placed orders for Huawei chips."],
        ["002", "Alibaba and Tencent ordered Huawei chips."],
      ],
      "orders",
    );
    const point = (x: Claim) => ({ claim: x, point: { id: x.id, text: x.representative.text, citations: [] } });
    expect(chooseGlance([a, b, c].map(point))).toEqual(["a", "c"]);
  });

  it("should drop a point that restates another wording of a chosen point, not only its lead sentence", () => {
    const chosen = claim(
      "a",
      [
        ["000", "Alibaba, ByteDance and Tencent placed orders for Huawei chips, filings show."],
        ["001", "The three cloud giants committed to buy 300,000 Ascend processors this year."],
      ],
      "orders",
    );
    const again = claim(
      "b",
      [["002", "Cloud giants committed to buy 300,000 Ascend processors, a broker said."]],
      "orders",
    );
    expect(choosePoints([chosen, again], "orders").map((x) => x.id)).toEqual(["a"]);
  });

  it("should not count words every sentence uses as saying the same thing", () => {
    const story = (id: string, source: string, text: string) => claim(id, [[source, text]], "hardware-shift");
    const filler = [
      "DeepSeek said Huawei chips run V4.",
      "DeepSeek V4 runs on Huawei chips, Reuters said.",
      "Reuters said DeepSeek V4 uses Huawei chips.",
      "DeepSeek V4 and Huawei chips, Reuters reported.",
    ].map((t, i) => story(`f${i}`, `01${i}`, t));
    const a = story("a", "000", "Reuters said DeepSeek V4 will run on Huawei chips rather than Nvidia hardware.");
    const b = story("b", "001", "Reuters said DeepSeek V4 code was rewritten with Huawei engineers.");
    const weights = termWeights([a, b, ...filler].flatMap((c) => c.members.map((m) => m.text)));
    expect(choosePoints([a, b], "hardware-shift").map((x) => x.id)).toEqual(["a"]);
    expect(
      choosePoints([a, b], "hardware-shift", undefined, undefined, weights)
        .map((x) => x.id)
        .sort(),
    ).toEqual(["a", "b"]);
  });
});

describe("chooseSection", () => {
  // Claims that share no wording: each its own actor, deal and figure.
  const texts = [
    "Acme Cloud ordered 12,000 accelerators for its Guiyang campus.",
    "Bolt Labs signed a supply contract with Cambricon for inference boards.",
    "Cyan Networks cancelled a planned purchase of Nvidia H20 cards.",
    "Dune Systems booked capacity at SMIC's Shanghai fab through 2027.",
    "Echo Data doubled its order of Kunlun processors in March.",
    "Flux AI leased 3,000 GPUs from a Malaysian broker.",
    "Gale Group put out a tender for domestic servers worth 2 billion yuan.",
    "Halo Tech received its first shipment of 910C modules in April.",
    "Iris Compute postponed orders for liquid-cooled racks until autumn.",
    "Jade Holdings bought a stake in a Hefei memory maker.",
    "Kilo Robotics ordered sensors from a Shenzhen supplier.",
    "Lynx Media rented training time on Alibaba's Ascend cluster.",
    "Mint Finance moved its fraud models onto Cambricon hardware.",
    "Nova Games paid 40 million yuan for a batch of Hygon servers.",
    "Opal Bank trialled Moore Threads cards in its Wuhan branch.",
    "Pike Energy secured 800 Biren boards for seismic modelling.",
    "Quill Press switched translation work to Baidu's Kunlun cloud.",
    "Rook Motors reserved Iluvatar accelerators for driver-assist training.",
  ];
  const made = (i: number, origins: string[]): Claim => ({
    ...claim(
      `c${i}`,
      origins.map((_, k): [string, string] => [String(k + 1).padStart(3, "0"), texts[i % texts.length] as string]),
      "orders",
    ),
    origins,
  });

  it("should list past the shown points every claim two origins back, and the strongest single-origin ones", () => {
    const corroborated = Array.from({ length: 10 }, (_, i) => made(i, ["Reuters", `00${i % 9}`]));
    const single = Array.from({ length: 3 }, (_, i) => made(10 + i, ["Reuters"]));
    const { shown, more, cut } = chooseSection([...single, ...corroborated], "orders");
    expect(shown).toHaveLength(MAX_POINTS);
    expect(shown.every((c) => (c.origins?.length ?? 0) >= 2)).toBe(true);
    // The two corroborated claims that did not fit come first under "More in", then the single-origin ones.
    expect(more.map((c) => c.origins?.length)).toEqual([2, 2, 1, 1, 1]);
    expect(cut).toBe(0);
  });

  it("should list a claim several pages carry on one origin's word even when worded much as a shown point", () => {
    const shownOne = made(0, ["Acme Cloud", "Reuters"]);
    const near = (pages: number): Claim => ({
      ...claim(
        "near",
        Array.from({ length: pages }, (_, k): [string, string] => [
          String(k + 5).padStart(3, "0"),
          "Acme Cloud ordered 12,000 accelerators for its Guiyang campus, the company said.",
        ]),
        "orders",
      ),
      origins: ["Acme Cloud"],
    });
    // Three pages retelling the company's own word: one origin, listed under "More in …", not dropped.
    expect(chooseSection([shownOne, near(3)], "orders").more.map((c) => c.id)).toEqual(["near"]);
    // One page saying what a shown point says: dropped as a restatement, and counted.
    expect(chooseSection([shownOne, near(1)], "orders")).toMatchObject({ more: [], cut: 1 });
  });

  it("should list single-origin claims up to a second page's worth, and count those cut", () => {
    const single = texts.map((_, i) => made(i, ["Reuters"]));
    const { shown, more, cut } = chooseSection(single, "orders");
    expect(shown).toHaveLength(MAX_POINTS);
    expect(more).toHaveLength(MORE_SINGLE);
    expect(cut).toBe(texts.length - MAX_POINTS - MORE_SINGLE);
  });
});
