// Extent disagreements on short articles: all of a product from one country against part of it, or against a part
// from a company another sentence places in another country; never a plan for another product.
import { describe, expect, it } from "vitest";
import { seen } from "./articles.ts";

describe("extent disagreements", () => {
  it("should set 'built entirely from Chinese components' against '70% Chinese' and against a US designer's chip", () => {
    expect(seen("phone-a-state", "phone-b-teardown", "phone-c-card")).toEqual([
      {
        text: "Sources differ on whether all of P8 is Chinese-made: 2 sources say only part of it is, while one source says all of it is.",
        sides: [
          [
            "phone-b-teardown: About 70% of the P8's components by value come from Chinese suppliers, a teardown by Gridline found.",
            "phone-c-card: The Lumio P8 runs on Arden Micro's AM-5 chip.",
          ],
          ["phone-a-state: State television said the Lumio P8 is built entirely from Chinese components."],
        ],
      },
    ]);
  });

  it("should find nothing when no source says all of it, and read the chip maker's country from another sentence", () => {
    expect(seen("phone-b-teardown", "phone-c-card")).toEqual([]);
    const unplaced = seen("phone-a-state", "phone-c-card").filter((d) => d.text.includes("Chinese-made"));
    expect(unplaced.map((d) => d.sides)).toEqual([
      [
        ["phone-c-card: The Lumio P8 runs on Arden Micro's AM-5 chip."],
        ["phone-a-state: State television said the Lumio P8 is built entirely from Chinese components."],
      ],
    ]);
  });
});
