// The blind claim sets: their labels must point at text the built sources hold, so a typo in a label fails here rather
// than silently lowering the figures, and each set must load and be scored. Only counts are checked, never a figure of
// quality, and failures name files and counts only: the sets are never read while rules are tuned.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { evaluateClaims, loadClaimLabels, missingMembers } from "../../src/eval/claims.ts";
import { FIXTURES, REPO } from "../helpers.ts";

const CONFIG = join(REPO, "briefing.yaml");

// Each set, its number of articles, and at least how many claim members it labels.
const BLIND = [
  ["claims-holdout2", 24, 150],
  ["claims-holdout3", 20, 140],
  ["claims-holdout4", 20, 140],
  ["claims-holdout5", 20, 160],
  ["claims-holdout6", 20, 140],
  ["claims-holdout7", 20, 120],
] as const;

describe.each(BLIND)("%s labels", (name, articles, members) => {
  const SET = join(FIXTURES, "eval", name);

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
    expect(Object.keys(labels.files)).toHaveLength(articles);
    expect(labels.claims.flatMap((c) => c.members).length).toBeGreaterThan(members);
    // Counts by file only: the set's text is not printed.
    const missing = new Map<string, number>();
    for (const m of await missingMembers(SET, labels, CONFIG)) missing.set(m.file, (missing.get(m.file) ?? 0) + 1);
    expect(Object.fromEntries(missing)).toEqual({});
  });

  it("should be scored against all of its labelled disagreements, key claims and sources", async () => {
    const labels = await loadClaimLabels(SET);
    const score = await evaluateClaims(SET, CONFIG);
    // Denominators only: how well the rules do on the set is never asserted here.
    expect(score.disagreementRecall.of).toBe(labels.disagreements.length);
    expect(score.keyFactRecall.of).toBe(labels.claims.filter((c) => c.key).length);
    expect(score.metadata.publisher.of).toBe(Object.values(labels.files).filter((f) => f.publisher !== null).length);
    expect(score.mergeRecall.of).toBeGreaterThan(0);
  });
});
