import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.ts";
import { join } from "node:path";
import { FIXTURES, REPO } from "../helpers.ts";

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
});
