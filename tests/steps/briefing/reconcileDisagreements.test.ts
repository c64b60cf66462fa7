// The reconcile step: a dispute over figures or a denial between sentences the grouping found to state one claim is not
// shown; other disputes, and disputes between separate claims, are.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Claim, Disagreement } from "../../../src/model/types.ts";
import { runPipeline } from "../../../src/pipeline/run.ts";
import type { PipelineState } from "../../../src/pipeline/state.ts";
import { reconcileDisagreements } from "../../../src/steps/briefing/reconcileDisagreements.ts";
import { FIXTURES } from "../../helpers.ts";

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
