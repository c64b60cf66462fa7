// The fourth claim tuning set: its labels must point at text the built sources hold, so a typo in a label fails here
// rather than silently lowering the figures.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { type ClaimLabels, loadClaimLabels } from "../../src/eval/claims.ts";
import { normalise } from "../../src/eval/evaluate.ts";
import { runPipeline } from "../../src/pipeline/run.ts";
import { FIXTURES, REPO } from "../helpers.ts";

const SET = join(FIXTURES, "eval", "claims-dev4");

/** The members of `labels` that no decoded line of their built source contains, as "file: text". */
async function missingMembers(labels: ClaimLabels): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), "sourcebrief-dev4-"));
  try {
    for (const name of (await readdir(SET)).filter((n) => n.endsWith(".txt")))
      await cp(join(SET, name), join(root, "seeds", name));
    const state = await runPipeline({ root, configPath: join(REPO, "briefing.yaml") });
    const lines = new Map(
      state.sources.map((s) => [s.file.split("/").at(-1) ?? s.file, s.lines.map((l) => normalise(l.text))]),
    );
    return labels.claims.flatMap((claim) =>
      claim.members
        .filter((m) => !(lines.get(m.file) ?? []).some((l) => l.includes(normalise(m.text))))
        .map((m) => `${m.file}: ${m.text}`),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe("claims-dev4 labels", () => {
  it("should pass the shared label checker", async () => {
    const run = promisify(execFile)(process.execPath, [join(SET, "check-labels.mjs")]);
    await expect(run).resolves.toMatchObject({ stdout: expect.stringContaining("OK") });
  });

  it("should find every claim member in the decoded lines of its built source", async () => {
    const labels = await loadClaimLabels(SET);
    expect(labels.claims.flatMap((c) => c.members).length).toBeGreaterThan(80);
    expect(await missingMembers(labels)).toEqual([]);
  });

  it("should notice a member with a typo", async () => {
    const labels = await loadClaimLabels(SET);
    const at = labels.claims.findIndex((c) => c.members.some((m) => m.text.includes("Huawei")));
    const claim = labels.claims[at];
    const member = claim?.members.find((m) => m.text.includes("Huawei"));
    if (!claim || !member) throw new Error("claims-dev4 names Huawei in no member");
    const typo = { ...member, text: member.text.replace("Huawei", "Huawie") };
    const claims = labels.claims.map((c, i) => (i === at ? { ...c, members: [typo] } : c));
    expect(await missingMembers({ ...labels, claims })).toEqual([`${typo.file}: ${typo.text}`]);
  });
});
