// Each disagreement detector on sentences written for it: what it must find, and near misses it must leave alone.
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../../src/model/types.ts";
import { allDisagreements } from "../../../src/rules/disagreements/index.ts";
import { sentenceOf } from "../../helpers.ts";
import { seenDated } from "./articles.ts";

let n = 0;
function sentence(source: string, text: string): Sentence {
  n++;
  const scores = { "hardware-shift": 0, orders: 0, geopolitics: 0, "open-questions": 0 };
  return sentenceOf(source, text, { id: `${source}-p1-s${n}`, line: n, informativeness: 3, scores, sections: [] });
}

const makers = new Map([
  ["falcon", "northwind"],
  ["k210", "pioneer"],
  ["k300", "pioneer"],
]);

function find(sentences: Sentence[], dates: Record<string, string | null> = {}) {
  const all = new Map(sentences.map((s) => [s.source, dates[s.source] ?? null]));
  return allDisagreements(sentences, { dates: all, makers });
}

const sides = (d: { sides: readonly (readonly Sentence[])[] }) => d.sides.map((side) => side.map((s) => s.source));

describe("disagreements", () => {
  it("should find a statement one source affirms and another denies, and not a restatement of the denial", () => {
    const found = find([
      sentence("a", "Three hospital groups have placed large orders for Medix scanners, the Ledger reported."),
      sentence("b", "The hospital groups have yet to place large orders for Medix scanners, two suppliers said."),
      sentence("c", "Medix kept its new scanners away from rival distributors before launch."),
      sentence("d", "Medix did not give rival distributors an early unit of its new scanner."),
    ]).disagreements;
    expect(found.map((d) => [d.kind, ...sides(d)])).toEqual([["polarity", ["a"], ["b"]]]);
  });

  it("should not take a contrast, a description or a doubt for a denial", () => {
    const found = find([
      sentence("a", "The launch is not only about the scanner, but about who controls the supply chain."),
      sentence("b", "The launch is about the scanner and the supply chain behind it, analysts said."),
      sentence("c", "Medix has not said whether the scanner will be sold abroad."),
      sentence("d", "Medix will sell the scanner abroad from next year, the company said."),
    ]).disagreements;
    expect(found).toEqual([]);
  });

  it("should compare figures of the same quantity of the same subject, never a model number or a date", () => {
    const found = find([
      sentence("a", "Pioneer's share of the European sensor market is about 40%, its chief executive said."),
      sentence("b", "Pioneer's share of the European sensor market has fallen to effectively zero, an analyst said."),
      sentence("c", "The Falcon 900 went on sale on March 14 in Europe."),
      sentence("d", "Pioneer sold 300 sensors to Europe in March."),
    ]).disagreements;
    expect(found.map((d) => [d.kind, ...sides(d)])).toEqual([["figures", ["a"], ["b"]]]);
  });

  it("should not read a chip named to compare with as the chip a model was trained on", () => {
    const found = find([
      sentence("a", "Northwind said the Falcon 690 is on par with Pioneer's K300 for training workloads."),
      sentence("b", "On 3 March the company launched the Falcon 690, an accelerator for training large AI models."),
    ]).disagreements;
    expect(found.filter((d) => d.kind === "training")).toEqual([]);
  });

  it("should find two makers named for the same training, and not a source's own account of the other side", () => {
    const found = find([
      sentence("a", "The Atlas model was trained entirely on Northwind Falcon chips, two engineers said."),
      sentence(
        "b",
        "Atlas's technical report says pre-training ran on Pioneer K300 clusters, with Falcon chips used for inference.",
      ),
      sentence("c", "The Atlas model runs on Falcon hardware in production."),
    ]).disagreements;
    expect(found.map((d) => [d.kind, ...sides(d)])).toEqual([["training", ["a"], ["b"]]]);
  });

  it("should read chips 'on a cluster of' a maker's parts, and leave a writer's guess about the next version alone", () => {
    const found = find([
      sentence("a", "Atlas 2.1 was trained entirely on Northwind Falcon chips, the company said."),
      sentence("b", "The maker says Atlas 2.1 was pre-trained on a cluster of Pioneer K300 chips."),
      sentence(
        "c",
        "Atlas 2 itself was pre-trained on Pioneer K300 hardware, and I expect Atlas 2.1 to be no different.",
      ),
    ]).disagreements;
    expect(found.map((d) => [d.kind, ...sides(d)])).toEqual([["training", ["a"], ["b"]]]);
  });

  it("should compare a count in words with one in digits", () => {
    const found = find([
      sentence("a", "Atlas 2.1 supports a context window of one million tokens."),
      sentence("b", "The Atlas 2.1 context window is 256,000 tokens."),
    ]).disagreements;
    expect(found.map((d) => d.kind)).toEqual(["figures"]);
  });

  it("should find one product said to trail another and said to match it", () => {
    const found = find([
      sentence("a", "Independent tests show the Falcon still trails the K300 on memory bandwidth."),
      sentence("b", "Northwind claims its Falcon matches the K300 on low-precision work."),
    ]).disagreements;
    expect(found.map((d) => [d.kind, ...sides(d)])).toEqual([["capability", ["a"], ["b"]]]);
  });

  it("should treat an earlier expectation as replaced by a later report of the release, not as a dispute", () => {
    const sentences = [
      sentence("old", "Atlas 2 is expected to launch within weeks, people briefed on the plans said."),
      sentence("new", "Northwind released Atlas 2 on May 2, with weights available the same day."),
      sentence("late", "Atlas 2 is expected to launch next month, an investor note said."),
      sentence("undated", "Atlas 2 is due in the coming weeks."),
    ];
    const found = find(sentences, { old: "2026-04-01", new: "2026-05-02", late: "2026-05-20" });
    expect(found.superseded.map((s) => s.source).sort()).toEqual(["old", "undated"]);
    const status = found.disagreements.filter((d) => d.kind === "status");
    expect(status.map((d) => [d.unordered ?? false, ...sides(d)])).toEqual([
      [false, ["new"], ["late"]],
      [true, ["new"], ["undated"]],
    ]);
  });

  it("should find two suppliers named for the same part when one source says 'rather than' the other", () => {
    const found = find([
      sentence("a", "The cells in the Falcon pack are made by Orbis Power at its plant in Lyon."),
      sentence(
        "b",
        "Most of the cells in the Falcon pack are made by Kestrel Cells rather than by Orbis Power, two managers said.",
      ),
      sentence("c", "The benchmark figures come from Northwind itself."),
    ]).disagreements;
    expect(found.map((d) => [d.kind, ...sides(d).sort()])).toEqual([["training", ["a"], ["b"]]]);
  });

  it("should show a denial of a maker once, as the dispute over who makes the part", () => {
    const found = find([
      sentence("a", "Every Falcon board is fabricated by Orbis Foundry, the company said."),
      sentence("b", "We took a Falcon board apart. The die isn't from Orbis Foundry."),
      sentence("b", "The die we examined was fabricated by Kestrel Semi on its 7nm process."),
    ]).disagreements;
    expect(found.map((d) => [d.kind, ...sides(d)])).toEqual([["training", ["a"], ["b"]]]);
  });

  it("should find a feature one source says is there and another says is missing, and leave a plan alone", () => {
    const found = find([
      sentence("a", "The Falcon supports image input through its public interface."),
      sentence("b", "There is no image input on the Falcon yet; it is a text-only model."),
      sentence("c", "Northwind plans to add video input next year."),
    ]).disagreements;
    expect(found.map((d) => [d.kind, ...sides(d)])).toEqual([["capability", ["b"], ["a"]]]);
  });

  it("should compare measures in the same unit and never a speed with a distance", () => {
    const found = find([
      sentence("a", "Northwind rates the Falcon's range at 720 km per charge."),
      sentence("b", "Regulators certified the Falcon's range at 640 km on the official cycle."),
      sentence("c", "The Falcon reaches 100 km/h in 4.2 seconds."),
    ]).disagreements;
    expect(found.map((d) => [d.kind, ...sides(d)])).toEqual([["figures", ["a"], ["b"]]]);
  });

  it("should find a denial reported after a verb of saying, even from a source that also reports the claim", () => {
    const found = find([
      sentence(
        "a",
        "Northwind said in a filing that regulators had granted it a licence to sell Falcon scanners abroad.",
      ),
      sentence("b", "Northwind says regulators granted it a licence to sell Falcon scanners abroad."),
      sentence("b", "A regulator's spokesperson told us that no licence has been issued for Falcon sales abroad."),
    ]).disagreements;
    expect(found.map((d) => [d.kind, ...sides(d)])).toEqual([["polarity", ["a"], ["b"]]]);
  });
});

describe("one outlet's copies", () => {
  it("should not set a wire story run before its correction against the corrected copy", () => {
    const wire = [
      sentence("a", "Halden Foundry can make about 12,000 wafers a month on its newest line, two sources said."),
      sentence("b", "Halden Foundry can make about 35,000 wafers a month on its newest line, two sources said."),
    ];
    const dates = new Map([
      ["a", null],
      ["b", null],
    ]);
    // Without outlets the two pages are two sources in dispute; as copies of one wire's story they are a correction.
    expect(allDisagreements(wire, { dates, makers }).disagreements).toHaveLength(1);
    const outlets = new Map([
      ["a", "harbour wire"],
      ["b", "harbour wire"],
    ]);
    expect(allDisagreements(wire, { dates, makers, outlets }).disagreements).toEqual([]);
    const two = new Map([
      ["a", "harbour wire"],
      ["b", "bay courier"],
    ]);
    expect(allDisagreements(wire, { dates, makers, outlets: two }).disagreements).toHaveLength(1);
  });
});

describe("release status, by tier", () => {
  it("should not set a product's launch against its higher tier still due, and set it against the product itself still expected", () => {
    const dates = new Map([
      ["tiers-a-launch", "2027-01-12"],
      ["tiers-b-pro", "2027-01-20"],
      ["tiers-c-still", "2027-01-25"],
    ]);
    expect(seenDated(dates, "tiers-a-launch", "tiers-b-pro")).toEqual([]);
    expect(seenDated(dates, "tiers-a-launch", "tiers-c-still").map((d) => d.sides.flat().length)).toEqual([2]);
  });
});
