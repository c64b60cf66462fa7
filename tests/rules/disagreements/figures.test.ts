// Figure disagreements on short articles: the same quantity of the same thing, never a part, a base price against a
// price as tested or after incentives, another car's price, a count of something else, a date or a model number.
import { describe, expect, it } from "vitest";
import { seen, seenDated } from "./articles.ts";
import {
  figureClaimKeys,
  figureDisagreements,
  readFigures,
  sameFigureClaim,
} from "../../../src/rules/disagreements/figures.ts";
import { sentenceOf } from "../../helpers.ts";

describe("figure disagreements", () => {
  it("should not set the first batch of an order against the order's size", () => {
    const said = [
      ["wire", "Harbin Data is in talks to take about 40,000 Kestrel KL-4 boards."],
      ["blog", "Harbin Data was haggling over roughly 40,000 KL-4s in spring."],
      ["daily", "A Kestrel spokesman says the first 4,000 KL-4s were handed over to Harbin Data on June 2."],
    ].map(([source, text], i) => sentenceOf(source as string, text as string, { id: `${source}-p1-s${i}` }));
    expect(figureDisagreements(said, { dates: new Map(), makers: new Map() })).toEqual([]);
  });

  it("should set two counts of enrolled patients against each other, and leave the part who completed alone", () => {
    expect(seen("trial-a-wire", "trial-b-registry")).toEqual([
      {
        text: 'Sources give different figures for the patients: "1,200" (one source) against "about 900" (one source).',
        sides: [
          [
            "trial-a-wire: BASEL, March 3 (Lakeside Wire) - Amsel Pharma said its Velorin heart-failure trial enrolled 1,200 patients across 14 countries.",
          ],
          [
            "trial-b-registry: Amsel's Velorin study enrolled about 900 patients, according to the public trial registry.",
          ],
        ],
      },
    ]);
  });

  it("should not compare a base price with a price as tested, after incentives, or with another car's price", () => {
    const found = seen("car-a-launch", "car-b-review", "car-c-dealer");
    expect(found.filter((d) => d.text.includes("figures"))).toEqual([]);
  });

  it("should keep a figure a source credits to another outlet on its own side, against the figure others give", () => {
    const found = seen("fab-a-report", "fab-b-analysis", "fab-c-denial").filter((d) => d.text.includes("figures"));
    expect(found).toEqual([
      {
        text: 'Sources give different figures for the wafers: "40,000" (one source) against "closer to 25,000" (one source).',
        sides: [
          ["fab-a-report: Castellan said the order covers 40,000 wafers."],
          [
            "fab-b-analysis: The Ledger, citing two people briefed on the talks, reported that the order was closer to 25,000 wafers.",
          ],
        ],
      },
    ]);
  });

  it("should set a maker's yield against checks that find a share of dies failing, and leave bond yields alone", () => {
    const found = seen("yield-a-maker", "yield-b-checks", "yield-c-bonds", "yield-d-agrees");
    expect(found.filter((d) => d.text.includes("figures"))).toEqual([
      {
        text: 'Sources give different figures for the yield: "Roughly 40%" (2 sources) against "85%" (one source).',
        sides: [
          [
            "yield-b-checks: Roughly 40% of Corvane's Halden 4 dies are failing final test at the packaging house in Penang, according to supply-chain checks by Ostrava Research.",
            "yield-d-agrees: Corvane's Halden 4 yields are at about 60%, people at the Penang plant told the Lantern.",
          ],
          [
            "yield-a-maker: Corvane Microsystems said on Thursday that yields on its Halden 4 inference chip had passed 85%, up sharply since the spring.",
          ],
        ],
      },
    ]);
  });

  it("should put a page that credits one figure to other outlets and gives its own on the side of its own", () => {
    expect(seen("own-a-wire", "own-b-card", "own-c-paper")).toEqual([
      {
        text: 'Sources give different figures for the accelerators: "about 30,000" (2 sources) against "about 18,000" (one source).',
        sides: [
          [
            "own-a-wire: Kestrel Cloud has ordered about 30,000 Vanta accelerators, people familiar with the deal told Harbor Wire.",
            "own-b-card: Kestrel Cloud ordered about 30,000 Vanta chips last month, Harbor Wire has reported.",
          ],
          [
            "own-c-paper: According to this newspaper's understanding, Kestrel Cloud's order is for about 18,000 Vanta units.",
          ],
        ],
      },
    ]);
  });

  it("should set pages that relay a wire's figure and give another from their own contacts against the wire", () => {
    const stems = ["both-a-note", "both-b-markets", "both-c-wire", "both-d-brief"];
    const found = seenDated(new Map(stems.map((s) => [s, "2026-03-02"])), ...stems);
    expect(found.map((d) => d.sides.map((side) => side.map((x) => x.split(":")[0])))).toEqual([
      [
        ["both-c-wire", "both-d-brief"],
        ["both-a-note", "both-b-markets"],
      ],
    ]);
  });

  it("should set two scores of one model on one benchmark against each other, and no score on another", () => {
    expect(seen("score-a-maker", "score-b-lab")).toEqual([
      {
        text: 'Sources give different figures for the score on TaskForge: "68.4%" (one source) against "61.9%" (one source).',
        sides: [
          [
            "score-a-maker: On the TaskForge reasoning benchmark, Corvane's Mistral-7 model scored 68.4%, according to results the company published on Tuesday.",
          ],
          [
            "score-b-lab: In our own runs, Corvane's Mistral-7 scored 61.9% on TaskForge, well below the company's figure.",
          ],
        ],
      },
    ]);
  });

  it("should not set a price against the price a later reported cut replaced", () => {
    // A page of September says the fee went from 4 to 2.5 yuan: the launch page of June and the undated forum gave the
    // fee before the cut, the undated relay after it.
    const dates = new Map([
      ["fee-a-launch", "2027-06-18"],
      ["fee-c-cut", "2027-09-04"],
    ]);
    const fees = (...stems: string[]) => seenDated(dates, ...stems);
    expect(fees("fee-a-launch", "fee-b-forum", "fee-c-cut", "fee-d-relay")).toEqual([]);
    // Reported as cut on the launch day itself, the old fee is not explained away.
    const sameDay = new Map([...dates, ["fee-c-cut", "2027-06-18"]]);
    expect(seenDated(sameDay, "fee-a-launch", "fee-b-forum", "fee-c-cut", "fee-d-relay")).toHaveLength(1);
    // A third fee no change explains is still a rival figure.
    const rival = fees("fee-a-launch", "fee-b-forum", "fee-c-cut", "fee-d-relay", "fee-e-rival");
    expect(rival.map((d) => d.sides.map((side) => side.map((x) => x.split(":")[0])))).toEqual([
      [["fee-a-launch", "fee-b-forum"], ["fee-e-rival"]],
    ]);
  });

  it("should not set an analyst's expected revenue against the revenue reported", () => {
    const stems = ["fc-a-result", "fc-b-forecast"];
    expect(seenDated(new Map(stems.map((s) => [s, "2027-01-20"])), ...stems)).toEqual([]);
  });

  it("should set two figures of one buyer's order against each other, never two buyers' orders", () => {
    const found = seen("buyer2-a-wire", "buyer2-b-other", "buyer2-c-paper");
    expect(found.map((d) => d.sides.map((side) => side.map((x) => x.split(":")[0])))).toEqual([
      [["buyer2-a-wire"], ["buyer2-c-paper"]],
    ]);
  });

  it("should not set units shipped so far against the order they are part of", () => {
    expect(seen("ship-a-maker", "ship-b-order")).toEqual([]);
  });

  it("should read two cuts of a price on two days as one after the other, not as rival figures", () => {
    const at = (a: string, b: string) =>
      seenDated(
        new Map([
          ["rent-a-jan", a],
          ["rent-b-mar", b],
        ]),
        "rent-a-jan",
        "rent-b-mar",
      );
    expect(at("2027-01-12", "2027-03-02")).toEqual([]);
    // Reported on one day, the two prices do dispute each other.
    expect(at("2027-03-02", "2027-03-02")).toHaveLength(1);
  });

  it("should not set a figure a correction says is wrong against the corrected one", () => {
    const stems = ["corr-a-roundup", "corr-b-ledger", "corr-c-company"];
    expect(seenDated(new Map(stems.map((s) => [s, "2027-01-22"])), ...stems)).toEqual([]);
  });

  it("should compare counts of one product family, however many of another the pages also count", () => {
    const found = seen("cnt-a-maker", "cnt-b-copy", "cnt-c-note", "cnt-d-smuggled", "cnt-e-relay", "cnt-f-card");
    expect(found.map((d) => d.text)).toEqual([
      'Sources give different figures for the accelerators: "about 40,000" (2 sources) against "about 25,000" (one source).',
    ]);
  });

  it("should not take a dateline, a model number or a count of launches for a rival figure", () => {
    expect(seen("launch-a-maker", "launch-b-analysts").filter((d) => d.text.includes("figures"))).toEqual([]);
  });

  it("should compare amounts only of one measure and one period, and counts only of one year", () => {
    const dates = new Map([
      ["solar-a-results", "2026-04-21"],
      ["solar-b-outlook", "2026-04-22"],
      ["solar-c-capacity", "2026-04-23"],
    ]);
    const found = seenDated(dates, "solar-a-results", "solar-b-outlook", "solar-c-capacity");
    // A quarter's revenue is not a year's, a profit or a price per watt; this year's plan is not last year's capacity.
    // Two first-quarter revenues of one company are one quantity.
    expect(found.map((d) => d.text)).toEqual([
      'Sources give different figures for the revenue: "3.1 billion" (one source) against "2.6 billion" (one source).',
    ]);
  });

  it("should leave a figure of 'last year' in an undated source uncompared with a dated year", () => {
    const found = seen("solar-b-outlook", "solar-c-capacity");
    expect(found.filter((d) => d.text.includes("megawatts"))).toEqual([]);
  });
});

describe("figures that look comparable and are not", () => {
  it("should set one unit price against another, never a unit price or a company's market value against a deal's worth", () => {
    const found = seen("price-a-wire", "price-b-estimate", "price-c-statement").filter((d) =>
      d.text.includes("figures"),
    );
    expect(found).toEqual([
      {
        text: 'Sources give different figures for the price: "roughly 80,000" (one source) against "less than 60,000" (one source).',
        sides: [
          [
            "price-b-estimate: At roughly 80,000 yuan per chip, the order would be worth a little under 3 billion yuan, by our calculations.",
          ],
          ["price-c-statement: Tessel Micro said the T7 sells for less than 60,000 yuan per chip."],
        ],
      },
    ]);
  });

  it("should not set a new model's figure against its predecessor's named in the same sentence", () => {
    expect(seen("model-a-launch", "model-b-preview")).toEqual([]);
  });
});

describe("figures of one quantity at other times or over other spans", () => {
  it("should not set what analysts had expected against the result, but still set two results against each other", () => {
    const found = seen("earnings-a-results", "earnings-b-consensus", "earnings-c-rival").filter((d) =>
      d.text.includes("figures"),
    );
    expect(found.flatMap((d) => d.sides.flat()).some((s) => s.startsWith("earnings-b-consensus"))).toBe(false);
    expect(found.flatMap((d) => d.sides.flat().map((s) => s.split(":")[0])).sort()).toEqual([
      "earnings-a-results",
      "earnings-c-rival",
    ]);
  });

  it("should take a figure reported as changed for the new figure, not a rival of the old one", () => {
    const dates = new Map([
      ["quota-a-first", "2026-03-02"],
      ["quota-b-raised", "2026-04-10"],
    ]);
    expect(seenDated(dates, "quota-a-first", "quota-b-raised")).toEqual([]);
  });

  it("should claim nothing when the change cannot be put in order, and a dispute when a later source gives the old figure", () => {
    expect(seen("quota-a-first", "quota-b-raised")).toEqual([]);
    const dates = new Map([
      ["quota-b-raised", "2026-04-10"],
      ["quota-c-stale", "2026-04-20"],
    ]);
    const found = seenDated(dates, "quota-b-raised", "quota-c-stale");
    expect(
      found.map((d) =>
        d.sides
          .flat()
          .map((s) => s.split(":")[0])
          .sort(),
      ),
    ).toEqual([["quota-b-raised", "quota-c-stale"]]);
  });

  it("should not set a total raised since a company's founding against one year's round", () => {
    expect(seen("funding-a-total", "funding-b-round")).toEqual([]);
  });
});

describe("figure disagreements, prices of different units", () => {
  it("should set two prices per chip against each other though a price per million tokens is reported more often", () => {
    const found = seen("ppu-a-calc", "ppu-b-maker", "ppu-c-api", "ppu-d-api").filter((d) => d.text.includes("figures"));
    expect(found.map((d) => d.sides)).toEqual([
      [
        [
          "ppu-a-calc: At roughly 70,000 yuan per chip, the order would be worth about 2 billion yuan, by our own reckoning.",
        ],
        ["ppu-b-maker: Tolvane said in a statement that the TX-9 sells for less than 50,000 yuan per chip."],
      ],
    ]);
  });
});

describe("figure disagreements, a model and its tier", () => {
  it("should not set a model's parameter count against that of its Mini tier", () => {
    expect(seen("tier-a-maker", "tier-b-slide")).toEqual([]);
  });
});

describe("one figure of one thing, for grouping", () => {
  const same = (a: string, b: string): boolean => {
    const [ra, rb] = [readFigures(a, "2028-03-01"), readFigures(b, "2028-03-01")];
    if (!ra || !rb) return false;
    const keys = figureClaimKeys(rb);
    return figureClaimKeys(ra).some((k) => keys.includes(k) && sameFigureClaim(ra, rb, k));
  };

  it("should read one figure of one subject in two wordings", () => {
    expect(same("Helix ordered about 65,000 Vega boards.", "Helix has bought 65,000 of the Vega boards.")).toBe(true);
  });

  it("should not read one figure of two buyers, a vague figure, or two quarters as one", () => {
    expect(same("Helix ordered about 65,000 Vega boards.", "Tarn has ordered 65,000 Vega boards.")).toBe(false);
    expect(same("Helix ordered about 65,000 Vega boards.", "Helix ordered tens of thousands of Vega boards.")).toBe(
      false,
    );
    expect(
      same(
        "Helix's third-quarter revenue was 2.4 billion yuan.",
        "Helix's fourth-quarter revenue was 2.4 billion yuan.",
      ),
    ).toBe(false);
  });
});

describe("figure disagreements, what a deal is worth", () => {
  const dispute = (said: string[][]) =>
    figureDisagreements(
      said.map(([source, text], i) => sentenceOf(source as string, text as string, { id: `${source}-p1-s${i}` })),
      { dates: new Map(), makers: new Map() },
    ).map((d) => d.sides.map((side) => side.map((s) => s.source)));

  it("should set a deal's reported worth against a figure put on it by others in the negotiations", () => {
    expect(
      dispute([
        ["wire", "The purchase would be worth roughly 3.2 billion yuan, two of the people said."],
        [
          "daily",
          "Marrow Cloud is buying Tessel boards, and the deal would be worth 3.2 billion yuan, Fenwick Wire said.",
        ],
        ["weekly", "Marrow Cloud executives briefed on the negotiations put the figure nearer RMB2.6 billion."],
      ]),
    ).toEqual([[["daily"], ["weekly"]]]);
  });

  it("should still compare no worth that a writer works out from a unit price", () => {
    expect(
      dispute([
        ["wire", "The purchase would be worth roughly 3.2 billion yuan, two of the people said."],
        ["blog", "At about 40,000 yuan per board, the purchase would be worth roughly 2.4 billion yuan."],
      ]),
    ).toEqual([]);
  });

  it("should name no subject after an amount's currency code or scale", () => {
    expect([
      ...(readFigures("Price tag in the scoop: ¥3.2bn, about US$440 million.", null)?.names ?? []),
    ]).not.toContain("2bn");
    expect([...(readFigures("Tessel put the price at RMB2.6 billion.", null)?.names ?? [])]).toEqual(["tessel"]);
  });
});
