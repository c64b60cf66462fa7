// Released against still expected, grouped by the product released, not by the chips it was trained on.
import { describe, expect, it } from "vitest";
import { productionStage, releaseStatus } from "../../../src/rules/disagreements/status.ts";
import { seenDated } from "./articles.ts";

const dates = new Map([
  ["rel-a-kestrel", "2026-03-03"],
  ["rel-b-dx500", "2026-03-05"],
  ["rel-c-kestrel-preview", "2026-03-06"],
]);

describe("release status", () => {
  it("should not read a model's release as the release of the chips it was trained on", () => {
    expect(seenDated(dates, "rel-a-kestrel", "rel-b-dx500")).toEqual([]);
  });

  it("should still set a model's reported release against a later report that expects it", () => {
    expect(seenDated(dates, "rel-a-kestrel", "rel-b-dx500", "rel-c-kestrel-preview").map((d) => d.sides)).toEqual([
      [
        ["rel-a-kestrel: Kestrel-7, which was trained on Dunmore's DX-500 chips, was released on Tuesday."],
        [
          "rel-c-kestrel-preview: Kestrel-7 is expected to launch within weeks, two people familiar with the plans said.",
        ],
      ],
    ]);
  });

  it("should read samples shipped, or goods shipped to a named or counted buyer, as a delivery, not the release", () => {
    expect(releaseStatus("Veltra has already shipped samples of its Q9 to several cloud companies.")).toBeNull();
    expect(releaseStatus("Veltra shipped the first Q9 units to ByteDance in May.")).toBeNull();
    expect(releaseStatus("The Q9 shipped to customers last week.")).toBe("released");
    expect(releaseStatus("Veltra shipped the Q9 on Monday.")).toBe("released");
  });
});

describe("mass production against still sampling", () => {
  const stages = (dates: Array<[string, string]>, ...stems: string[]) =>
    seenDated(new Map(dates), ...stems).map((d) => d.sides.map((side) => side.map((x) => x.split(":")[0])));

  it("should set a maker's mass production against buyers who still get samples of the same chip that day", () => {
    expect(
      stages(
        [
          ["stage-a-maker", "2027-06-02"],
          ["stage-b-buyers", "2027-06-02"],
        ],
        "stage-a-maker",
        "stage-b-buyers",
      ),
    ).toEqual([[["stage-a-maker"], ["stage-b-buyers"]]]);
    // In its own words, not a release's.
    const [found] = seenDated(
      new Map([
        ["stage-a-maker", "2027-06-02"],
        ["stage-b-buyers", "2027-06-02"],
      ]),
      "stage-a-maker",
      "stage-b-buyers",
    );
    expect(found?.text).toMatch(
      /^Sources differ on whether \S+ is in mass production: one source says it is, while one source dated the same day or later says it is still sampling\.$/,
    );
  });

  it("should read samples reported before the production report as an earlier stage", () => {
    expect(
      stages(
        [
          ["stage-a-maker", "2027-06-02"],
          ["stage-b-buyers", "2027-03-10"],
        ],
        "stage-a-maker",
        "stage-b-buyers",
      ),
    ).toEqual([]);
  });

  it("should not set a plan for mass production, or another chip of the maker, against sampling", () => {
    expect(productionStage("Korrin plans to be in mass production of the KR-60 next year.")).toBeNull();
    expect(productionStage("The KR-40 is not in mass production yet.")).toBeNull();
    expect(
      stages(
        [
          ["stage-a-maker", "2027-06-02"],
          ["stage-c-plan", "2027-06-02"],
        ],
        "stage-a-maker",
        "stage-c-plan",
      ),
    ).toEqual([]);
  });
});
