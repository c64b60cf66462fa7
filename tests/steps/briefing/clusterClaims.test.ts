import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/run.ts";
import { clusterSentences } from "../../../src/steps/briefing/clusterClaims.ts";

import { compileSynonyms } from "../../../src/text/tokens.ts";
import type { Sentence } from "../../../src/model/types.ts";
import { join } from "node:path";
import { FIXTURES, REPO, sentenceOf } from "../../helpers.ts";
import { representativeFirst } from "../../../src/rules/clarity.ts";
import { vectorAt, vectorize } from "../../../src/similarity/tfidf.ts";
import { Buckets, candidateKeys, commonTerms } from "../../../src/similarity/lshIndex.ts";

describe("clusterClaims", () => {
  it("should make one claim of the same fact told by two sources in different words", async () => {
    const state = await runPipeline({ root: join(FIXTURES, "mini") });
    const orders = state.claims.find((c) => c.members.some((m) => /placed orders/.test(m.text)));
    expect(new Set(orders?.members.map((m) => m.source))).toEqual(new Set(["010", "011"]));
  });

  it("should keep unrelated claims apart", async () => {
    const state = await runPipeline({ root: join(FIXTURES, "mini") });
    const controls = state.claims.find((c) => c.members.some((m) => /export controls/.test(m.text)));
    expect(controls?.members.every((m) => /export controls/i.test(m.text))).toBe(true);
  });

  it("should cluster the three reports of the Alibaba, ByteDance and Tencent orders in the shipped seeds", async () => {
    const state = await runPipeline({ root: REPO });
    const orders = state.claims.find((c) => c.members.some((m) => m.id === "002-p4-s1"));
    expect(new Set(orders?.members.map((m) => m.source))).toEqual(new Set(["000", "001", "002"]));
  });

  it("should make one claim of the work with Huawei and Cambricon, and one of V4's code rewritten for Huawei", async () => {
    const state = await runPipeline({ root: REPO });
    const sourcesOf = (pattern: RegExp) =>
      new Set(state.claims.find((c) => c.members.some((m) => pattern.test(m.text)))?.members.map((m) => m.source));
    expect(sourcesOf(/working closely with Huawei and Cambricon Technologies/)).toEqual(new Set(["000", "002"]));
    // The rewrite is told by one source with Cambricon and by others as porting V4 to Huawei: one claim, several sources.
    expect(sourcesOf(/rewrote parts of V4/).size).toBeGreaterThanOrEqual(2);
  });

  it("should never put a question and a statement in one claim", async () => {
    const state = await runPipeline({ root: REPO });
    for (const claim of state.claims) {
      const questions = claim.members.filter((m) => m.text.endsWith("?")).length;
      expect([0, claim.members.length]).toContain(questions);
    }
  });

  it("should make one claim of two wordings that differ only in words the settings call synonyms", () => {
    const make = (source: string, text: string): Sentence => sentenceOf(source, text, { informativeness: 3 });
    const sentences = [
      make("100", "Loongson processors power the Sunway supercomputer."),
      make("101", "Sunway's machine is built with Loongson silicon."),
      make("102", "Loongson sells to schools in Shenzhen and Wuhan."),
      make("103", "Sunway staff met buyers in Jakarta on Monday."),
      make("104", "Tencent opened a new data centre in Jakarta on Monday with local staff."),
    ];
    const together = (claims: ReturnType<typeof clusterSentences>): boolean =>
      claims.some(
        (c) =>
          new Set(c.members.map((m) => m.source)).size === 2 &&
          c.members.every((m) => /Loongson/.test(m.text) && /Sunway/.test(m.text)),
      );
    expect(together(clusterSentences(sentences))).toBe(false);
    expect(together(clusterSentences(sentences, compileSynonyms([["chip", "processor", "silicon"]])))).toBe(true);
  });

  it("should never put a statement and a source's doubt about it in one claim", async () => {
    const state = await runPipeline({ root: REPO, seedsDir: join(REPO, "tests/fixtures/eval/extra-seeds") });
    const doubt = state.claims.find((c) => c.members.some((m) => /not publicly confirmed the purchases/.test(m.text)));
    expect(doubt?.members.every((m) => !/placed orders/.test(m.text))).toBe(true);
    expect(doubt?.section).toBe("open-questions");
  });

  it("should find as candidates two sentences that share only a rare term", () => {
    const sentences = [
      "The Quill toolkit lags far behind its rival in debugging support.",
      "Compiling for Quill still takes developers twice as long, engineers complain.",
      "Shares of several chip designers rose sharply in afternoon trading.",
      "Analysts expect demand for training clusters to grow next year.",
    ];
    const vectors = vectorize(sentences.map((text) => ({ text })));
    const common = commonTerms(vectors.df, sentences.length);
    const keys = sentences.map((_, i) => candidateKeys(vectorAt(vectors, i), vectors, common));
    const buckets = new Buckets();
    buckets.add(keys[0] as number[], 0);
    expect(buckets.near(keys[1] as number[], 1)).toEqual([0]);
  });
});

const sentence = sentenceOf;

const SYNONYMS = compileSynonyms([
  ["chip", "processor", "hardware"],
  ["run", "power"],
  ["order", "purchase"],
  ["pause", "halt"],
]);

/** Whether the cluster step makes one claim of the first two sentences; the rest are other claims of the story. */
function grouped(a: string, b: string, ...others: string[]): boolean {
  const claims = clusterSentences(
    [a, b, ...others].map((text, i) => sentence(String(100 + i), text)),
    SYNONYMS,
  );
  return claims.some((c) => c.members.some((m) => m.source === "100") && c.members.some((m) => m.source === "101"));
}

describe("grouping: what a claim has gathered holds", () => {
  it("should keep talks out of a claim that has gathered a deal done through a wording that says neither", () => {
    // The wording that says neither is the clearest, so it opens the claim and the others are read against it.
    const claims = clusterSentences(
      [
        "Orvane has agreed to buy 20,000 Pell-7 boards from Marrow, the companies said.",
        "Orvane is in advanced talks to buy about 20,000 Pell-7 boards from Marrow, two people said.",
        "Orvane's shopping list: a 20,000-board Pell-7 order from Marrow, priced lower than reported.",
        "Vega sales to schools rose in the spring term.",
      ].map((text, i) => sentence(String(101 + i), text, { informativeness: i === 2 ? 9 : 1 })),
      SYNONYMS,
    );
    const done = claims.find((c) => c.members.some((m) => m.source === "101"));
    expect(done?.members.some((m) => m.source === "102")).toBe(false);
  });
});

describe("grouping: one figure of one thing", () => {
  it("should merge two wordings of one precise figure of one subject that share few words", () => {
    expect(
      grouped(
        "Xihe-3 has 1.2 trillion parameters, its chief scientist said on stage.",
        "The Xihe-3 model card lists 1.2T parameters in total.",
        "Vega sales to schools rose in the spring term.",
        "Orion's developers met investors in Jakarta.",
      ),
    ).toBe(true);
  });
});

describe("grouping: the same claim is the same thing said", () => {
  const background = [
    "Vega sales to schools rose in the spring term.",
    "Orion's developers met investors in Jakarta on Monday.",
  ];
  it.each([
    ["Lumen processors will power the Orion model.", "The Orion model is built to run on Lumen hardware."],
    [
      "Helix ordered 40,000 Vega chips, Reuters reported.",
      "According to Reuters, Helix has ordered 40,000 Vega processors.",
    ],
    [
      "Regulators told Helix to pause new orders for the Z90 card.",
      "Helix was told by regulators to halt Z90 card purchases.",
    ],
  ])("should merge %j with %j", (a, b) => {
    expect(grouped(a, b, ...background)).toBe(true);
  });

  it.each([
    // Two statements about one chip.
    [
      "Lumen began shipping the Vega 950 to customers in March.",
      "The Vega 950 trails the Zeta X200 in memory bandwidth.",
    ],
    // A denial, a hedge or an expectation never backs the plain statement.
    [
      "Helix placed large orders for Vega chips this spring.",
      "Helix has yet to place large orders for Vega chips this spring.",
    ],
    ["The Orion model runs on Lumen chips in production.", "The Orion model may run on Lumen chips in production."],
    [
      "The Orion model runs on Lumen chips in production.",
      "The Orion model is expected to run on Lumen chips in production.",
    ],
    // All-or-nothing says more than the plain claim.
    [
      "The Orion model runs on Lumen chips in production.",
      "The Orion model runs exclusively on Lumen chips in production.",
    ],
    // Different figures, or a figure against none.
    ["Helix ordered hundreds of thousands of Vega chips.", "Helix ordered about 50,000 Vega chips, analysts estimate."],
    ["Helix placed large orders for Vega chips.", "Helix ordered about 50,000 Vega chips."],
    [
      "Nova's share of the accelerator market fell from 90% to 40%.",
      "Nova's share of the accelerator market is now effectively zero.",
    ],
    // Measures in one unit that differ, and exact sums that differ by less than a tenth.
    [
      "The Orion sedan's battery pack holds 98 kWh, its maker says.",
      "The Orion sedan's battery pack holds 105 kWh, testers say.",
    ],
    [
      "The Orion sedan costs 57.4 million won as tested by reviewers.",
      "The Orion sedan costs 61.9 million won as tested by reviewers.",
    ],
    // One model number against another of its family.
    [
      "The Orion K3 model has 500 billion parameters in total.",
      "The Orion K4 model has 500 billion parameters in total.",
    ],
  ])("should keep %j apart from %j", (a, b) => {
    expect(grouped(a, b, ...background)).toBe(false);
  });

  it("should merge a plan with the same thing said in the future tense, and keep what happened apart", () => {
    const plan = "Lumen plans to start shipping the Vega 950 in the fourth quarter.";
    const future = "Lumen will start shipping the Vega 950 in the fourth quarter, its roadmap shows.";
    const done = "Lumen started shipping the Vega 950 in the fourth quarter.";
    expect(grouped(future, plan, ...background)).toBe(true);
    // Once the claim holds the plan, a statement of what happened does not join it, though the first wording was a
    // plain statement.
    const claims = clusterSentences(
      [future, plan, done].map((text, i) => sentence(String(100 + i), text)),
      SYNONYMS,
    );
    const withDone = claims.find((c) => c.members.some((m) => m.source === "102"));
    expect(withDone?.members.map((m) => m.source)).toEqual(["102"]);
  });

  it("should keep apart three unrelated sentences that each name one chip", () => {
    const texts = [
      "The K100 was among the first chips barred from export, under rules issued in 2022.",
      "Some labs still run inference on K100 cards bought years ago.",
      "Orion's founders had stockpiled about 8,000 K100s before the ban.",
    ];
    const claims = clusterSentences(
      [...texts, ...background].map((t, i) => sentence(String(100 + i), t)),
      SYNONYMS,
    );
    for (const c of claims)
      expect(c.members.filter((m) => /K100/.test(m.text))).toHaveLength(
        c.members.some((m) => /K100/.test(m.text)) ? 1 : 0,
      );
  });
});
describe("representativeFirst", () => {
  const make = sentenceOf;

  it("should word a claim without whom one outlet attributed it to or the day it put on it", () => {
    const members = [
      make("100", "Huawei plans to ship about 600,000 Ascend 910C chips next year, Ravi Sato of TrendForce said."),
      make("101", "On Friday, Huawei plans to ship about 600,000 Ascend 910C chips next year."),
      make("102", "Huawei plans to ship about 600,000 Ascend 910C chips next year."),
    ];
    expect(members.map((m) => m.informativeness)).toEqual(
      [...members.map((m) => m.informativeness)].sort((a, b) => b - a),
    );
    expect(representativeFirst(members)[0]?.source).toBe("102");
    expect(representativeFirst([members[0]!, members[2]!])[0]?.source).toBe("102");
    expect(representativeFirst([members[1]!, members[2]!])[0]?.source).toBe("102");
  });

  it("should credit 'the report' to the outlet its article named before, not to the article", () => {
    const sentences = [
      sentenceOf("001", "Bloomberg reported on Monday that Corvex and Tessel were close to a supply deal.", {
        id: "001-p1-s1",
      }),
      sentenceOf("001", "Corvex agreed to buy about 20 million TS-7 chips from Tessel, according to the report.", {
        id: "001-p2-s1",
      }),
      sentenceOf("002", "Bloomberg reported that Corvex agreed to buy about 20 million TS-7 chips from Tessel.", {
        id: "002-p1-s1",
      }),
    ];
    const sources = new Map([
      ["001", { id: "001", kind: "article" as const, publisher: "Harbour Wire" }],
      ["002", { id: "002", kind: "article" as const, publisher: "Tech Ledger" }],
    ]);
    const deal = clusterSentences(sentences).find((c) => c.members.some((m) => /20 million/.test(m.text)));
    expect(deal?.members.map((m) => m.source).sort()).toEqual(["001", "002"]);
    expect(clusterSentences(sentences, undefined, sources).find((c) => c.id === deal?.id)?.origins).toEqual([
      "Bloomberg",
    ]);
  });

  it("should never gather two makers or two relations into one claim through a wording that names neither", () => {
    const sentences = [
      sentenceOf("001", "The chips are manufactured by Harbin Foundry on its most advanced process.", {
        id: "001-p1-s1",
      }),
      sentenceOf("002", "Harbin Foundry manufactures the chips for Vantor on its advanced process.", {
        id: "002-p1-s1",
      }),
      sentenceOf("003", "Corlis relies on Harbin Foundry to manufacture its Kite chips on that process.", {
        id: "003-p1-s1",
      }),
      sentenceOf("004", "Orion made the final Lumen model generally available on June 16.", { id: "004-p1-s1" }),
      sentenceOf("005", "Orion shipped the final Lumen model on June 16.", { id: "005-p1-s1" }),
      sentenceOf("006", "Orion already serves the final Lumen model on Vantor hardware since June 16.", {
        id: "006-p1-s1",
      }),
    ];
    const makers = new Map([
      ["vantor", "vantor"],
      ["corlis", "corlis"],
      ["kite", "corlis"],
    ]);
    const claims = clusterSentences(sentences, undefined, undefined, makers);
    const together = (a: string, b: string): boolean =>
      claims.some((c) => c.members.some((m) => m.source === a) && c.members.some((m) => m.source === b));
    expect(together("002", "003")).toBe(false);
    expect(together("005", "006")).toBe(false);
  });

  describe("two wordings that agree on who does what to what", () => {
    const makers = new Map([
      ["orion", "lumen"],
      ["h200", "nvidia"],
    ]);
    const texts = [
      "Lumen Semiconductor unveiled the Orion 300 accelerator at its developer day in Suzhou, calling it its fastest part yet.",
      "The Orion 300 was launched by Lumen with little fanfare.",
      "Halcyon Foundry manufactures the Orion 300 on its newest seven-nanometre production line.",
      "The Orion 300 is fabricated by Halcyon.",
      "Kestrel Cloud has ordered the Orion 300 for its new inference clusters.",
      "Kestrel Cloud has not ordered the Orion 300 for its new inference clusters.",
      "Kestrel Cloud has ordered the H200 for its new inference clusters.",
      "The Orion 300 still trails Nvidia's H200 in memory bandwidth, according to independent testers.",
      "Kestrel outperformed Vantor on memory bandwidth in the spring round.",
      "Vantor outperformed Kestrel on memory bandwidth in the spring round.",
      "Analysts expect memory prices to keep rising through the winter months.",
      "Suzhou officials opened a new industrial park for chip design start-ups.",
    ];
    const claims = clusterSentences(
      texts.map((t, i) => sentenceOf(String(100 + i), t)),
      undefined,
      undefined,
      makers,
    );
    const together = (a: number, b: number): boolean =>
      claims.some(
        (c) =>
          c.members.some((m) => m.source === String(100 + a)) && c.members.some((m) => m.source === String(100 + b)),
      );

    it("should make one claim of an active and a passive wording that share few words", () => {
      expect(together(0, 1)).toBe(true);
      expect(together(2, 3)).toBe(true);
    });

    it("should keep apart a denial and the plain statement, however many words they share", () => {
      expect(together(4, 5)).toBe(false);
    });

    it("should keep apart one relation to two things, and two relations of one thing", () => {
      expect(together(4, 6)).toBe(false);
      expect(together(1, 7)).toBe(false);
      expect(together(0, 7)).toBe(false);
    });

    it("should keep apart a comparison and its reverse, though they share every word", () => {
      expect(together(8, 9)).toBe(false);
    });
  });
});

describe("clusterClaims on retellings of one figure", () => {
  const claimsOf = (texts: string[]) => clusterSentences(texts.map((t, i) => sentenceOf(`5${i}0`, t)));
  it("should keep two orders of different amounts apart, however alike their words", () => {
    const claims = claimsOf([
      "Lantern Labs has agreed to buy about $3.4 billion worth of the new accelerators.",
      "Lantern Labs has agreed to buy about $2.9 billion worth of the new accelerators.",
    ]);
    expect(claims).toHaveLength(2);
  });
});
