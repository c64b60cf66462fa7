// The second held-out claim set: its labels must point at text the built sources hold, so a typo in a label fails here
// rather than silently lowering the figures. Failures name files and counts only: the set is never read while tuning.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadClaimLabels, missingMembers } from "../../src/eval/claims.ts";
import { FIXTURES, REPO } from "../helpers.ts";

const SET = join(FIXTURES, "eval", "claims-holdout2");

describe("claims-holdout2 labels", () => {
  it("should pass the shared label checker", async () => {
    // The checker's output quotes labels; only its exit code is looked at.
    const exitCode = await promisify(execFile)(process.execPath, [join(SET, "check-labels.mjs")]).then(
      () => 0,
      (error: { code?: number }) => error.code ?? -1,
    );
    expect(exitCode).toBe(0);
  });

  it("should find every claim member in the decoded lines of its built source", async () => {
    const labels = await loadClaimLabels(SET);
    expect(labels.claims.flatMap((c) => c.members).length).toBeGreaterThan(150);
    // Counts by file only: the set's text is not printed.
    const missing = new Map<string, number>();
    for (const m of await missingMembers(SET, labels, join(REPO, "briefing.yaml")))
      missing.set(m.file, (missing.get(m.file) ?? 0) + 1);
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
