// The reconcile step: a dispute over figures or a denial between sentences the grouping found to state one claim is not
// shown; other disputes, and disputes between separate claims, are.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Claim, Disagreement } from "../../../src/model/types.ts";
import { runPipeline } from "../../../src/pipeline/run.ts";
import type { PipelineState } from "../../../src/pipeline/state.ts";
import { reconcileDisagreements } from "../../../src/steps/briefing/reconcileDisagreements.ts";
import { FIXTURES, sentenceOf } from "../../helpers.ts";

/** The state as the disagree step left it, on a fixture project written around disputes. */
async function found(): Promise<PipelineState> {
  return runPipeline(
    { root: join(FIXTURES, "disagreements") },
    { runStep: async (name, step, state) => void (name === "reconcile" || (await step(state))) },
  );
}

/** The state with one more claim that joins the first sentence of each side of `d`, as a wrong merge would. */
function joined(state: PipelineState, d: Disagreement): Claim {
  const members = [d.sides[0][0], d.sides[1][0]].filter((s) => s !== undefined);
  const claim = { ...(state.claims[0] as Claim), id: "joined", members, representative: members[0] } as Claim;
  const ids = new Set(members.map((m) => m.id));
  state.claims = [...state.claims.map((c) => ({ ...c, members: c.members.filter((m) => !ids.has(m.id)) })), claim];
  return claim;
}

describe("reconcileDisagreements", () => {
  it("keeps every dispute whose sides the grouping keeps apart", async () => {
    const state = await found();
    const before = state.disagreements.length;
    expect(before).toBeGreaterThan(1);
    reconcileDisagreements(state);
    expect(state.disagreements).toHaveLength(before);
  });

  it("drops a figures dispute whose two sides the grouping put in one claim, and only that one", async () => {
    const state = await found();
    const figures = state.disagreements.find((d) => d.kind === "figures") as Disagreement;
    expect(figures).toBeDefined();
    joined(state, figures);
    const others = state.disagreements.filter((d) => d !== figures);
    reconcileDisagreements(state);
    expect(state.disagreements).toEqual(others);
  });

  it("leaves a dispute over what was shown or released to the disagreement rules, whatever the grouping did", async () => {
    const state = await found();
    const other = state.disagreements.find((d) => d.kind !== "figures" && d.kind !== "polarity") as Disagreement;
    expect(other).toBeDefined();
    joined(state, other);
    reconcileDisagreements(state);
    expect(state.disagreements).toContain(other);
  });
});

describe("a dispute between two subjects", () => {
  const dispute = (left: string[], right: string[]): Disagreement => ({
    kind: "polarity",
    topic: "orders",
    sides: [
      left.map((t, i) => sentenceOf(`8${i}0`, t, { id: `8${i}0-p1-s1` })),
      right.map((t, i) => sentenceOf(`9${i}0`, t, { id: `9${i}0-p1-s1` })),
    ],
  });

  it("is not shown when each side opens on a subject the other never names", async () => {
    const state = await found();
    const apart = dispute(
      ["Tencent has placed an order for 30,000 T7 Pro accelerators, an insider told this newspaper."],
      ["Baidu has tested the T7 but has not placed an order, the people said."],
    );
    const report = dispute(
      ["Lantern Wire reported that ByteDance has ordered 45,000 HX-90 chips."],
      ["ByteDance denied that it has ordered any HX-90 chips."],
    );
    const unnamed = dispute(
      ["Tencent has placed an order for 30,000 accelerators."],
      ["It has not placed an order, the company said."],
    );
    // A speaker's label is who speaks, not what the answer is about.
    const interview = dispute(
      ["Independent testers at Tollgate Evals measured Lumen-2 at 71.0% on the MathForge benchmark."],
      ["Lou: Lumen-2 scored 78.4% on MathForge in our own testing."],
    );
    state.disagreements = [apart, report, unnamed, interview];
    reconcileDisagreements(state);
    expect(state.disagreements).toEqual([report, unnamed, interview]);
  });
});
