// The second held-out claim set: its labels must point at text the built sources hold, so a typo in a label fails here
// rather than silently lowering the figures. Failures name files and counts only: the set is never read while tuning.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadClaimLabels } from "../../src/eval/claims.ts";
import { normalise } from "../../src/eval/evaluate.ts";
import { runPipeline } from "../../src/pipeline/run.ts";
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
    const root = await mkdtemp(join(tmpdir(), "sourcebrief-holdout2-"));
    try {
      for (const name of (await readdir(SET)).filter((n) => n.endsWith(".txt")))
        await cp(join(SET, name), join(root, "seeds", name));
      const state = await runPipeline({ root, configPath: join(REPO, "briefing.yaml") });
      const lines = new Map(
        state.sources.map((s) => [s.file.split("/").at(-1) ?? s.file, s.lines.map((l) => normalise(l.text))]),
      );
      const missing = new Map<string, number>();
      let members = 0;
      for (const claim of labels.claims) {
        for (const m of claim.members) {
          members++;
          const text = normalise(m.text);
          if (!(lines.get(m.file) ?? []).some((l) => l.includes(text)))
            missing.set(m.file, (missing.get(m.file) ?? 0) + 1);
        }
      }
      expect(members).toBeGreaterThan(150);
      expect(Object.fromEntries(missing)).toEqual({});
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
