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

  it("should set a share of another product's measure against a claim of parity, unless the share is near parity", () => {
    expect(seen("par-a-maker", "par-b-tests").map((d) => d.sides)).toEqual([
      [
        ["par-b-tests: In our lab tests the BX-7 delivers about 65% of a T90's inference throughput."],
        ["par-a-maker: Brightwell Silicon says its BX-7 matches the Tolvane T90 on inference throughput."],
      ],
    ]);
    // 95% of the rival is close enough to "matches" that no rule can say they disagree.
    expect(seen("par-a-maker", "par-c-close")).toEqual([]);
    // "Half the speed of a T90" trails it on speed.
    expect(seen("par-d-speed", "par-e-half").map((d) => d.text)).toEqual([
      "Sources differ on how the BX-7 compares with the T90: one source against one source.",
    ]);
    // A share of a market is no comparison with anything.
    expect(seen("par-f-market", "par-d-speed")).toEqual([]);
    // Half the power or a third of the price of a rival is an advantage, not a shortfall.
    expect(seen("par-i-parity", "par-g-power")).toEqual([]);
    expect(seen("par-i-parity", "par-h-price")).toEqual([]);
  });
});
