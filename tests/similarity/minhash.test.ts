// MinHash/LSH: similar term sets share a bucket, unrelated ones rarely do, and the keys are stable.
import { describe, expect, it } from "vitest";
import { bandKeys, signature } from "../../src/similarity/minhash.ts";

const shared = (a: string[], b: string[]): number => {
  const kb = new Set(bandKeys(signature(b)));
  return bandKeys(signature(a)).filter((k) => kb.has(k)).length;
};

describe("minhash", () => {
  it("should put two wordings of one claim in a shared bucket", () => {
    const a = ["alibaba", "bytedanc", "tencent", "place", "larg", "order", "huawei", "ai", "chip"];
    const b = ["alibaba", "bytedanc", "tencent", "place", "order", "hundr", "thousand", "huawei", "chip"];
    expect(shared(a, b)).toBeGreaterThan(0);
  });

  it("should keep unrelated sentences apart", () => {
    expect(
      shared(
        ["export", "control", "us-country", "nvidia", "ban"],
        ["benchmark", "independ", "verifi", "result", "lab"],
      ),
    ).toBe(0);
  });

  it("should give the same keys for the same set in any order", () => {
    expect(bandKeys(signature(["b", "a", "c"]))).toEqual(bandKeys(signature(["c", "b", "a"])));
  });

  it("should give no keys for an empty set, so that sentences without content terms are never candidates of each other", () => {
    expect(bandKeys(signature([]))).toEqual([]);
    expect(bandKeys(signature(["chip"])).length).toBeGreaterThan(0);
  });
});
