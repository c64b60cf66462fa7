// Approval disagreements on short articles: a licence granted against one not granted, in other words, placed in time.
import { describe, expect, it } from "vitest";
import { allDisagreements } from "../../../src/rules/disagreements/index.ts";
import { articles, seenDated } from "./articles.ts";

const DATES = new Map<string, string | null>([
  ["lic-a-granted", "2027-03-01"],
  ["lic-b-denied", "2027-03-04"],
  ["lic-c-pending", "2027-02-20"],
  ["lic-d-rule", "2027-03-01"],
]);

const superseded = (dates: ReadonlyMap<string, string | null>, ...stems: string[]) =>
  allDisagreements(articles(...stems), { dates, makers: new Map() }).superseded.map((s) => s.source);

describe("approval disagreements", () => {
  it("should set 'has approved export licences' against 'has not yet been granted any licence' dated after it", () => {
    expect(seenDated(DATES, "lic-a-granted", "lic-b-denied").map((d) => d.sides)).toEqual([
      [
        [
          "lic-a-granted: The Trade Ministry has approved export licences for Veltra's VX-9 accelerator to three Brazilian buyers, two people familiar with the decision said.",
        ],
        [
          "lic-b-denied: Veltra has not yet been granted any licence to export the VX-9 to Brazil, its chief executive said on Thursday.",
        ],
      ],
    ]);
  });

  it("should let a later grant replace 'still waiting for a decision', not dispute it", () => {
    expect(seenDated(DATES, "lic-a-granted", "lic-c-pending")).toEqual([]);
    expect(superseded(DATES, "lic-a-granted", "lic-c-pending")).toEqual(["lic-c-pending"]);
  });

  it("should say nothing when the denial is undated", () => {
    const undated = new Map([...DATES, ["lic-b-denied", null]]);
    expect(seenDated(undated, "lic-a-granted", "lic-b-denied")).toEqual([]);
    expect(superseded(undated, "lic-a-granted", "lic-b-denied")).toEqual([]);
  });

  it("should not read a rule that requires licences as a grant of one", () => {
    expect(seenDated(DATES, "lic-d-rule", "lic-b-denied")).toEqual([]);
  });
});
