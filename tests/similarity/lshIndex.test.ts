import { describe, expect, it } from "vitest";
import { MAX_CANDIDATES, mostShared } from "../../src/similarity/lshIndex.ts";

describe("mostShared", () => {
  it("keeps the claims that share the most keys, the lower claim first among equals, in claim order", () => {
    // Claims 0…99 share one key each, except claims 90…99 (five keys) and 40…59 (three keys).
    const shared = new Uint16Array(100).fill(1);
    for (let c = 90; c < 100; c++) shared[c] = 5;
    for (let c = 40; c < 60; c++) shared[c] = 3;
    const found = Array.from({ length: 100 }, (_, i) => 99 - i);
    const expected = [
      0,
      1,
      ...Array.from({ length: 20 }, (_, i) => 40 + i),
      ...Array.from({ length: 10 }, (_, i) => 90 + i),
    ];
    expect(MAX_CANDIDATES).toBe(32);
    expect(mostShared(found, shared)).toEqual(expected);
  });

  it("ranks claims past the range of a small integer", () => {
    const shared = new Uint16Array(3_000_001);
    const found = Array.from({ length: 40 }, (_, i) => 3_000_000 - i);
    for (const c of found) shared[c] = 2;
    shared[3_000_000 - 39] = 9;
    const result = mostShared(found, shared);
    expect(result).toHaveLength(32);
    expect(result[0]).toBe(3_000_000 - 39);
    expect(result.slice(1)).toEqual(Array.from({ length: 31 }, (_, i) => 3_000_000 - 38 + i));
  });
});
