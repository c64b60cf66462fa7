// Holds the claim model's measured quality on the labelled claim sets, so a drop in grouping or corroboration fails.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateClaims, type Ratio } from "../../src/eval/claims.ts";
import { FIXTURES, REPO } from "../helpers.ts";

const share = (r: Ratio): number => (r.of === 0 ? 1 : r.hits / r.of);
const CONFIG = join(REPO, "briefing.yaml");

// Floors a little below the figures measured when the claim model was rebuilt (issue 23). Tuning set: merge precision
// 1.00, recall 0.69, key facts 0.79, badge right 0.84, overclaims 0.13. Held out (blind before: 0.63, 0.35, 0.81, 0.59,
// 0.41): 0.89, 0.45, 0.88, 0.76, 0.21. The held-out targets are merge precision 0.95, merge recall 0.8, key facts 0.85
// and no overclaim; where a floor is below a target, the target is not met yet. Never lower a floor to make a change
// pass; raise it when a change does better.
const FLOORS = {
  dev: { mergePrecision: 0.97, mergeRecall: 0.66, keyFacts: 0.78, badge: 0.82, overclaims: 0.15 },
  holdout: { mergePrecision: 0.87, mergeRecall: 0.43, keyFacts: 0.85, badge: 0.73, overclaims: 0.24 },
};

describe("claims", () => {
  it("should keep grouping and corroboration on the tuning set", async () => {
    const s = await evaluateClaims(join(FIXTURES, "eval", "claims-dev"), CONFIG);
    expect(share(s.mergePrecision)).toBeGreaterThanOrEqual(FLOORS.dev.mergePrecision);
    expect(share(s.mergeRecall)).toBeGreaterThanOrEqual(FLOORS.dev.mergeRecall);
    expect(share(s.keyFactRecall)).toBeGreaterThanOrEqual(FLOORS.dev.keyFacts);
    expect(share(s.corroboration)).toBeGreaterThanOrEqual(FLOORS.dev.badge);
    expect(share(s.overclaims)).toBeLessThanOrEqual(FLOORS.dev.overclaims);
  });

  // Figures only: what goes wrong on the held-out set is not read while rules are tuned.
  it("should keep them on the held-out set", async () => {
    const s = await evaluateClaims(join(FIXTURES, "eval", "claims-holdout"), CONFIG);
    expect(share(s.mergePrecision)).toBeGreaterThanOrEqual(FLOORS.holdout.mergePrecision);
    expect(share(s.mergeRecall)).toBeGreaterThanOrEqual(FLOORS.holdout.mergeRecall);
    expect(share(s.keyFactRecall)).toBeGreaterThanOrEqual(FLOORS.holdout.keyFacts);
    expect(share(s.corroboration)).toBeGreaterThanOrEqual(FLOORS.holdout.badge);
    expect(share(s.overclaims)).toBeLessThanOrEqual(FLOORS.holdout.overclaims);
  });
});
