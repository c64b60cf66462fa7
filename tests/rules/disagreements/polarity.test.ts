// Polarity disagreements on short articles: a deal one source reports and another denies.
import { describe, expect, it } from "vitest";
import { seen } from "./articles.ts";

describe("polarity disagreements", () => {
  it("should set a signed agreement against 'has not signed any supply agreement', and not a shipment to others", () => {
    const found = seen("fab-a-report", "fab-b-analysis", "fab-c-denial").filter((d) => d.text.includes("contradict"));
    expect(found).toEqual([
      {
        text: 'Sources contradict each other: one source reports it, while one source denies it ("has not signed any supply agreement with Norhaven").',
        sides: [
          [
            "fab-a-report: Norhaven Semiconductor has signed a three-year agreement to buy wafers from Castellan Foundry, the Harbour Times reported.",
          ],
          [
            "fab-c-denial: Castellan has not signed any supply agreement with Norhaven, a company spokesperson said on Friday.",
          ],
        ],
      },
    ]);
  });
});
