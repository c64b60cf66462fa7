// A plan reported dropped against the company's word that it stands.
import { describe, expect, it } from "vitest";
import { planStatus } from "../../../src/rules/disagreements/plans.ts";
import { seen } from "./articles.ts";

describe("plan dropped against plan unchanged", () => {
  it("should set a report that a plan was shelved against the company saying it is unchanged", () => {
    const found = seen("plan-a-report", "plan-b-denial").map((d) => d.sides.map((s) => s.map((x) => x.split(":")[0])));
    // The page that gives the report and then the denial stands for the denial: the report has a page of its own.
    expect(found).toEqual([[["plan-a-report"], ["plan-b-denial"]]]);
  });

  it("should not read a denial, a fall in shares or a doubt as a plan dropped", () => {
    expect(planStatus("Velmor has not shelved anything, analysts said.")).toBeNull();
    expect(planStatus("Shares of Velmor dropped 4% on Monday.")).toBeNull();
    expect(planStatus("Velmor may have shelved the plan.")).toBeNull();
    expect(seen("plan-a-report", "plan-c-other")).toEqual([]);
  });

  it("should read a plan on track, and a denial of the report, as the plan standing", () => {
    expect(planStatus("Velmor said its expansion plans remain on track.")).toBe("stands");
    expect(planStatus("Velmor denied a report that it had scrapped the line.")).toBe("stands");
    expect(planStatus("Velmor put its Linhe plans on hold last week.")).toBe("dropped");
  });
});
