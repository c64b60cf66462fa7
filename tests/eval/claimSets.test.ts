// The later claim tuning sets: their labels must point at text the built sources hold, so a typo in a label fails here
// rather than silently lowering the figures.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadClaimLabels, missingMembers } from "../../src/eval/claims.ts";
import { FIXTURES, REPO } from "../helpers.ts";

const CONFIG = join(REPO, "briefing.yaml");

describe.each([
  ["claims-dev3", 150],
  ["claims-dev4", 80],
  ["claims-dev5", 60],
  ["claims-dev6", 110],
  ["claims-dev7", 80],
  ["claims-dev8", 80],
  ["claims-dev9", 90],
  ["claims-dev10", 100],
  ["claims-dev11", 150],
  ["claims-dev12", 90],
  ["claims-dev13", 120],
  ["claims-dev14", 105],
  ["claims-dev15", 120],
] as const)("%s labels", (name, members) => {
  const set = join(FIXTURES, "eval", name);

  it("should pass the shared label checker", async () => {
    const run = promisify(execFile)(process.execPath, [join(set, "check-labels.mjs")]);
    await expect(run).resolves.toMatchObject({ stdout: expect.stringContaining("OK") });
  });

  it("should find every claim member in the decoded lines of its built source", async () => {
    const labels = await loadClaimLabels(set);
    expect(labels.claims.flatMap((c) => c.members).length).toBeGreaterThan(members);
    expect(await missingMembers(set, labels, CONFIG)).toEqual([]);
  });

  it("should notice a member with a typo", async () => {
    const labels = await loadClaimLabels(set);
    const at = labels.claims.findIndex((c) => c.members.some((m) => /\b[A-Z][a-z]{3,}/.test(m.text)));
    const claim = labels.claims[at];
    const member = claim?.members.find((m) => /\b[A-Z][a-z]{3,}/.test(m.text));
    if (!claim || !member) throw new Error(`${name} has no member with a capitalised word`);
    // A name misspelt, as a labeller might: a letter too many.
    const typo = { ...member, text: member.text.replace(/\b([A-Z][a-z]{3,})/, "$1q") };
    const claims = labels.claims.map((c, i) => (i === at ? { ...c, members: [typo] } : c));
    expect(await missingMembers(set, { ...labels, claims }, CONFIG)).toEqual([typo]);
  });
});
