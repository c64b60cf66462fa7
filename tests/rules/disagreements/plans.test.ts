// A plan reported dropped against the company's word that it stands.
import { describe, expect, it } from "vitest";
import { planDisagreements, planStatus } from "../../../src/rules/disagreements/plans.ts";
import { disagreementText } from "../../../src/rules/wording.ts";
import { sentenceOf } from "../../helpers.ts";
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

  it("should say a plan is in dispute in its own words, naming the company as written", () => {
    const found = planDisagreements(
      [
        sentenceOf("801", "Velmor Devices has shelved plans to build its VD-8 sensor at the Linhe plant.", {
          id: "801-p1-s1",
        }),
        sentenceOf("802", "Velmor Devices said its plans to build the VD-8 at Linhe were unchanged.", {
          id: "802-p1-s1",
        }),
      ],
      { dates: new Map(), makers: new Map(), outlets: new Map() },
    );
    expect(found.length).toBeGreaterThan(0);
    expect(disagreementText(found[0] as (typeof found)[number])).toBe(
      "Sources differ on whether Velmor dropped a plan: one source reports it shelved, while one source says it stands.",
    );
  });

  it("should set no dropped plan against another plan, nor anything dropped that is not a plan", () => {
    const ctx = { dates: new Map(), makers: new Map(), outlets: new Map() };
    const pair = (a: string, b: string) =>
      planDisagreements([sentenceOf("801", a, { id: "801-p1-s1" }), sentenceOf("802", b, { id: "802-p1-s1" })], ctx);
    expect(
      pair("Alibaba scrapped its interim dividend this year.", "Alibaba said its AI spending plans remain unchanged."),
    ).toEqual([]);
    expect(
      pair("SMIC has abandoned work on a 3nm node.", "SMIC said its capacity expansion plans were on track."),
    ).toEqual([]);
    expect(
      pair(
        "Tencent has paused its plan to build a data centre in Jakarta.",
        "Tencent said its plans for Europe are unchanged.",
      ),
    ).toEqual([]);
  });
});
