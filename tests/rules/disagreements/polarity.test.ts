// Polarity disagreements on short articles: a deal one source reports and another denies.
import { describe, expect, it } from "vitest";
import { seen, seenDated } from "./articles.ts";

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

  it("should set an order against 'no deal has been reached' between the same two, and not a deal with someone else", () => {
    expect(seen("jets-a-order", "jets-b-talks")).toEqual([
      {
        text: 'Sources contradict each other: one source reports it, while one source denies it ("No deal has been reached between Pellam Air").',
        sides: [
          ["jets-a-order: Pellam Air has ordered 40 Skyline jets from Orvik Aero, the airline said on Tuesday."],
          [
            "jets-b-talks: No deal has been reached between Pellam Air and Orvik Aero, two people familiar with the talks said.",
          ],
        ],
      },
    ]);
  });

  it("should not take 'have not publicly confirmed' for a denial of the order", () => {
    expect(seen("jets-a-order", "jets-c-unconfirmed")).toEqual([]);
  });

  it("should set a report against a company pushing back on it, and nothing else the company says", () => {
    const found = seen("probe-a-report", "probe-b-denial").filter((d) => d.text.includes("contradict"));
    expect(found.map((d) => d.sides)).toEqual([
      [
        [
          "probe-a-report: Orion is training its next model on Kestrel accelerators smuggled into the country, the Harbour Times reported on Monday, citing two people.",
        ],
        [
          "probe-b-denial: Vantor pushed back on the report of smuggled Kestrel accelerators, saying it had seen no evidence.",
        ],
      ],
    ]);
  });
});

describe("a denied deal", () => {
  it("should be set against a report of the deal only, not against other sentences that name the same companies", () => {
    const found = seen("deal-a-report", "deal-b-denial");
    expect(found.map((d) => d.sides.map((side) => side.map((s) => s.split(":")[0])))).toEqual([
      [["deal-a-report"], ["deal-b-denial"]],
    ]);
    expect(found[0]?.sides[0]).toEqual([
      "deal-a-report: Pellam has ordered about 30,000 sensors from Orvik Systems, people familiar with the deal said.",
    ]);
  });
});

describe("polarity disagreements, who did not act", () => {
  it("should set 'X has not placed an order' only against X's order, never against another buyer's", () => {
    // Corlan's and Dunmore's orders say nothing of Ashby's; a blacklisting of Vesta says nothing of Pemberly.
    expect(seen("buyers-a-order", "buyers-b-holdout")).toEqual([]);
    const found = seen("buyers-b-holdout", "buyers-c-listing");
    expect(found.map((d) => d.sides.flat())).toEqual([
      [
        "buyers-c-listing: Ashby Systems has placed an order for 5,000 Vesta V2 accelerators, a supplier said.",
        "buyers-b-holdout: Ashby Systems has tested the Vesta V2 but has not placed an order, two people familiar with the matter said.",
      ],
    ]);
  });
});

describe("polarity disagreements, what a rule requires", () => {
  it("should not take 'exporters need a licence to sell' for a report that the chips were sold", () => {
    expect(seen("licence-a-rule", "licence-b-denial")).toEqual([]);
    expect(seen("licence-b-denial", "licence-c-report").map((d) => d.sides.flat().length)).toEqual([2]);
  });
});

describe("a denied order in other words", () => {
  it("should read 'placed no order' and 'never ordered' as denials of the order reported", () => {
    for (const denial of ["deal-c-placed-none", "deal-d-never"]) {
      const found = seen("deal-a-report", denial);
      expect(found.map((d) => d.sides.map((side) => side.map((s) => s.split(":")[0])))).toEqual([
        [["deal-a-report"], [denial]],
      ]);
    }
  });

  it("should not read 'has no plans' or 'has no idea' as a denial of the order", () => {
    expect(seen("deal-a-report", "deal-e-no-plans")).toEqual([]);
  });
});

describe("polarity disagreements, not yet", () => {
  it("should set 'has not yet sold' against an earlier report of the sale, never a later one or an undated one", () => {
    const at = (denial: string, report: string | null) =>
      seenDated(
        new Map([
          ["notyet-a-denial", denial],
          ["licence-c-report", report],
        ]),
        "notyet-a-denial",
        "licence-c-report",
      );
    // The report came first and the company still says no: a dispute.
    expect(at("2027-01-20", "2027-01-10").map((d) => d.sides.flat().length)).toEqual([2]);
    // The sale reported after "not yet" is the news it waited for; an undated report cannot be placed.
    expect(at("2027-01-10", "2027-01-20")).toEqual([]);
    expect(at("2027-01-10", null)).toEqual([]);
  });

  it("should set 'has not received any' against a delivery to the same buyer, never a delivery to another or an approval", () => {
    expect(seen("dlv-a-maker", "dlv-b-buyer", "dlv-c-other", "dlv-d-regulator")).toEqual([
      {
        text: 'Sources contradict each other: one source reports it, while one source denies it ("has not received any Kestrel accelerators from Orvane").',
        sides: [
          [
            "dlv-a-maker: Orvane said on Monday that it began delivering Kestrel accelerators to Halden Cloud in March.",
          ],
          [
            "dlv-b-buyer: Halden Cloud has not received any Kestrel accelerators from Orvane, a Halden spokesperson said on Friday.",
          ],
        ],
      },
    ]);
    expect(seen("dlv-c-other", "dlv-d-regulator")).toEqual([]);
  });

  it("should set 'has not shipped any samples' against samples shipped or sent, never against a product not yet shipped", () => {
    expect(seen("smp-a-report", "smp-b-relay", "smp-c-denial", "smp-d-other")).toEqual([
      {
        text: 'Sources contradict each other: 2 sources report it, while one source denies it ("has not shipped any Q9 samples to customers").',
        sides: [
          [
            "smp-a-report: Veltra has already shipped samples of its Q9 accelerator to several cloud companies, three people at those companies told the Lantern.",
            "smp-b-relay: Veltra has sent Q9 samples to customers in Europe, the Lantern reported.",
          ],
          [
            "smp-c-denial: Veltra has not shipped any Q9 samples to customers, a company spokesperson said on Thursday.",
          ],
        ],
      },
    ]);
    // Samples shipped are not the chip's release, and another company's samples are not Veltra's.
    expect(seen("smp-a-report", "smp-d-other")).toEqual([]);
  });

  it("should hold 'X says it has not ordered' to X's own orders, whatever stands between", () => {
    const found = seen("self-a-orders", "self-b-denial");
    // Halden's order is no answer to Mirel's denial, and Mirel's own two denials agree.
    expect(found).toEqual([]);
  });

  it("should read 'denies ever buying' as a denial, and a transcript's 'X, by the way, says it has never' as X's", () => {
    // Two denials agree; Orla's renting is no answer to Pellam's; a share of an H100's throughput is no use of one.
    expect(seen("tx-a-podcast", "tx-b-note")).toEqual([]);
  });
});

describe("polarity disagreements, a roundabout way and a facility at work", () => {
  it("should set 'never bought through third parties' against chips that reached the buyer through a broker, not against a direct purchase", () => {
    expect(seen("ind-a-denial", "ind-b-report").map((d) => d.sides)).toEqual([
      [
        [
          "ind-b-report: About 2,000 Tolvane T90 chips reached Corvane through a Singapore broker, three traders told the Ledger.",
        ],
        ["ind-a-denial: Corvane has never bought Tolvane chips through third parties, a spokesman said."],
      ],
    ]);
    // Buying from the maker itself is what the denial leaves standing.
    expect(seen("ind-a-denial", "ind-c-direct")).toEqual([]);
  });

  it("should set 'has not begun operating' against an earlier report that the plant was put into operation, never a later one or a permit", () => {
    const at = (company: string, ministry: string) =>
      seenDated(
        new Map([
          ["ops-a-company", company],
          ["ops-b-ministry", ministry],
          ["ops-c-permit", company],
        ]),
        "ops-a-company",
        "ops-b-ministry",
        "ops-c-permit",
      );
    expect(at("2027-03-20", "2027-04-02").map((d) => d.sides.map((side) => side.map((s) => s.split(":")[0])))).toEqual([
      [["ops-a-company"], ["ops-b-ministry"]],
    ]);
    // Reported running only after the ministry spoke: the news it waited for, not a dispute.
    expect(at("2027-04-10", "2027-04-02")).toEqual([]);
    // "Is not operational" says how things stand that day, as "has not begun" does.
    const state = (company: string, ministry: string) =>
      seenDated(
        new Map([
          ["ops-a-company", company],
          ["ops-d-state", ministry],
        ]),
        "ops-a-company",
        "ops-d-state",
      );
    expect(state("2027-03-20", "2027-04-02")).toHaveLength(1);
    expect(state("2027-04-10", "2027-04-02")).toEqual([]);
  });
});
