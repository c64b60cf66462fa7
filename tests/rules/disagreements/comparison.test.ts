// Comparison disagreements on short articles: one product said to beat another and said to trail it, on one aspect.
import { describe, expect, it } from "vitest";
import { seen } from "./articles.ts";

describe("comparison disagreements", () => {
  it("should find 'its range beats the K5' against 'on range, it trails the K5', and not a hoped-for match", () => {
    expect(seen("car-a-launch", "car-b-review", "car-c-dealer")).toEqual([
      {
        text: "Sources differ on how it compares with the K5: one source against one source.",
        sides: [
          ["car-b-review: On range, it trails the Kora K5, which managed 560 km on the same loop."],
          ["car-a-launch: Its range beats the Kora K5, the best-selling electric estate in the class."],
        ],
      },
    ]);
  });

  it("should compare only on the same aspect, and leave a hope and a reversed comparison alone", () => {
    expect(seen("launch-a-maker", "launch-b-analysts", "launch-c-pricing")).toEqual([
      {
        text: "Sources differ on how the KESTREL compares with the CONDOR: one source against one source.",
        sides: [
          ["launch-b-analysts: Independent analysts say the Kestrel 2 falls short of the Condor on payload."],
          [
            "launch-a-maker: CAPE ORLA, Feb 20 (Orbit Desk) - The Kestrel 2 outperforms the Condor on payload to low orbit, Brightwell Orbital said.",
          ],
        ],
      },
    ]);
  });
});
