import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/run.ts";
import { clusterSentences } from "../../../src/steps/briefing/clusterClaims.ts";

import { compileSynonyms } from "../../../src/text/tokens.ts";
import type { Sentence } from "../../../src/model/types.ts";
import { join } from "node:path";
import { FIXTURES, REPO } from "../../helpers.ts";
import { informativeness } from "../../../src/rules/informativeness.ts";
import { representativeFirst } from "../../../src/rules/clarity.ts";

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

  it("should make one claim of the Huawei and Cambricon code work, though one report adds the rewrite", async () => {
    const state = await runPipeline({ root: REPO });
    const claim = state.claims.find((c) => c.members.some((m) => /rewrote parts of V4/.test(m.text)));
    const cambricon = claim?.members.filter((m) => /Cambricon/.test(m.text)).map((m) => m.source);
    expect(new Set(cambricon)).toEqual(new Set(["000", "001", "002"]));
  });

  it("should never put a question and a statement in one claim", async () => {
    const state = await runPipeline({ root: REPO });
    for (const claim of state.claims) {
      const questions = claim.members.filter((m) => m.text.endsWith("?")).length;
      expect([0, claim.members.length]).toContain(questions);
    }
  });

  it("should make one claim of two wordings that differ only in words the settings call synonyms", () => {
    const make = (source: string, text: string): Sentence => ({
      id: `${source}-p1-s1`,
      source,
      paragraph: 1,
      line: 1,
      index: 1,
      text,
      kind: "paragraph",
      heading: null,
      position: 0,
      standalone: true,
      informativeness: 3,
      scores: { "hardware-shift": 4, orders: 0, geopolitics: 0, "open-questions": 0 },
      sections: ["hardware-shift"],
    });
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

  it("should compare two sentences that share a rare term, though their wording barely overlaps", async () => {
    const state = await runPipeline({ root: REPO, seedsDir: join(REPO, "tests/fixtures/eval/holdout-seeds") });
    const cann = state.claims.find((c) => c.members.some((m) => /CANN toolkit trails/.test(m.text)));
    expect(cann?.members.some((m) => /Compiling on CANN/.test(m.text))).toBe(true);
  });
});

describe("representativeFirst", () => {
  const make = (source: string, text: string): Sentence => ({
    id: `${source}-p1-s1`,
    source,
    paragraph: 1,
    line: 1,
    index: 1,
    text,
    kind: "paragraph",
    heading: null,
    position: 0,
    standalone: true,
    informativeness: informativeness(text),
    scores: { "hardware-shift": 4, orders: 0, geopolitics: 0, "open-questions": 0 },
    sections: ["hardware-shift"],
  });

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
});
