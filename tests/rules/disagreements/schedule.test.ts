// Schedule disagreements on short articles: a plan and its later slip are no dispute; a schedule given after the slip is.
import { describe, expect, it } from "vitest";
import { allDisagreements } from "../../../src/rules/disagreements/index.ts";
import { periodAfter, scheduledProduct } from "../../../src/rules/disagreements/schedule.ts";
import { articles, seenDated } from "./articles.ts";

const DATES = new Map<string, string | null>([
  ["sched-a-plan", "2027-01-12"],
  ["sched-b-slip", "2027-02-09"],
  ["sched-c-insists", "2027-02-11"],
  ["sched-d-agrees", "2027-02-12"],
  ["sched-e-other", "2027-02-12"],
  ["sched-f-rival", "2027-01-13"],
]);

const superseded = (dates: ReadonlyMap<string, string | null>, ...stems: string[]) =>
  allDisagreements(articles(...stems), { dates, makers: new Map() }).superseded.map((s) => `${s.source}: ${s.text}`);

describe("schedule disagreements", () => {
  it("should set a slip against a schedule for the old period given after it, with the reports that agree", () => {
    expect(seenDated(DATES, "sched-b-slip", "sched-c-insists", "sched-d-agrees")).toEqual([
      {
        text: 'Sources give different dates for PR-40 shipments: "the fourth quarter" (2 sources) against "the second quarter" (one source).',
        sides: [
          [
            "sched-b-slip: Pellucid Robotics has pushed back volume shipments of the PR-40 to the fourth quarter because of a motor shortage, three suppliers said.",
            "sched-d-agrees: Distributors now expect PR-40 deliveries to start in the fourth quarter.",
          ],
          [
            "sched-c-insists: Pellucid said on Thursday that shipments of the PR-40 remain on track for the second quarter.",
          ],
        ],
      },
    ]);
  });

  it("should let a later slip replace an earlier plan, not dispute it, and keep the slip's own look back out", () => {
    expect(seenDated(DATES, "sched-a-plan", "sched-b-slip")).toEqual([]);
    expect(superseded(DATES, "sched-a-plan", "sched-b-slip")).toEqual([
      "sched-a-plan: Pellucid Robotics plans to begin volume shipments of its PR-40 arm in the second quarter, two people briefed on the plan said.",
    ]);
  });

  it("should place an undated source neither before nor after the slip", () => {
    const undated = new Map([...DATES, ["sched-a-plan", null], ["sched-c-insists", null]]);
    expect(seenDated(undated, "sched-a-plan", "sched-b-slip", "sched-c-insists")).toEqual([]);
    expect(superseded(undated, "sched-a-plan", "sched-b-slip", "sched-c-insists")).toEqual([]);
  });

  it("should set two schedules for different quarters given at about the same time against each other", () => {
    expect(seenDated(DATES, "sched-a-plan", "sched-f-rival").map((d) => d.text)).toEqual([
      'Sources give different dates for PR-40 shipments: "the second quarter" (one source) against "the third quarter" (one source).',
    ]);
    const weeksApart = new Map([...DATES, ["sched-f-rival", "2027-03-01"]]);
    expect(seenDated(weeksApart, "sched-a-plan", "sched-f-rival")).toEqual([]);
  });

  it("should not read another product's schedule, a hedged slip or a past shipment as a date of this one", () => {
    expect(seenDated(DATES, "sched-b-slip", "sched-e-other")).toEqual([]);
    expect(seenDated(DATES, "sched-a-plan", "sched-e-other")).toEqual([]);
  });
});

describe("periods and products of a schedule", () => {
  it("should place a quarter without a year in its source's year, or the next when that quarter is past", () => {
    expect(periodAfter("shipments begin in the second quarter", 0, "2027-02-10")).toMatchObject({
      from: 2027 * 12 + 3,
      to: 2027 * 12 + 5,
      phrase: "the second quarter",
    });
    expect(periodAfter("shipments begin in the first quarter", 0, "2026-11-02")?.from).toBe(2027 * 12);
    expect(periodAfter("pushed back to early 2027", 0, "2026-09-10")).toMatchObject({
      from: 2027 * 12,
      to: 2027 * 12 + 3,
    });
    expect(periodAfter("it will now arrive in the autumn", 0, "2027-01-05")?.phrase).toBe("the autumn");
    expect(periodAfter("shipments begin in the second quarter", 0, null)).toBeNull();
    expect(periodAfter("shares fall after the report", 0, "2027-01-05")).toBeNull();
  });

  it("should name the one product a sentence schedules, never a quarter, a year or a count", () => {
    expect(scheduledProduct("Volume shipments of the MX-300s slip to Q4 2027.")).toBe("mx-300");
    expect(scheduledProduct("Huawei expects to begin Ascend 950DT deliveries in the fourth quarter.")).toBe("950dt");
    expect(scheduledProduct("It ships 4,000 units in Q3.")).toBeNull();
    expect(scheduledProduct("The 950DT ships in Q4 and the Ascend 960 in 2027.")).toBeNull();
  });
});
