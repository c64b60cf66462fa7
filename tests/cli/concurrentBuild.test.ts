// Builds at the same time, and builds stopped at the worst moment: _site/ is always one whole build, history kept.
import { spawn } from "node:child_process";
import { readdir, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BuildBusyError, buildSite } from "../../src/cli/build.ts";
import { REPO, snapshotDir, tempProject } from "../helpers.ts";

/** Runs `npm run build`'s command in a project, with extra modules loaded first; resolves to its exit and output. */
function runBuild(
  root: string,
  preload: string[] = [],
): Promise<{ code: number | null; signal: string | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", ...preload.flatMap((p) => ["--import", p]), join(REPO, "src", "cli", "build.ts")],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
    );
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code, signal) => resolve({ code, signal, err }));
  });
}

describe("concurrent builds", () => {
  it("should run two builds of one folder one after the other, the second saying it waits, and leave a whole site", async () => {
    const root = await tempProject();
    const reference = await tempProject();
    await buildSite({ root: reference });
    const said: string[] = [];
    const results = await Promise.all([
      buildSite({ root, log: (l) => said.push(`1: ${l}`) }),
      buildSite({ root, log: (l) => said.push(`2: ${l}`) }),
    ]);
    expect(results.map((r) => r.rendered > 0)).toEqual([true, true]);
    expect(said).toEqual([`2: another build of _site/ is running (process ${process.pid}); waiting for it to finish`]);
    expect(await snapshotDir(join(root, "_site"))).toEqual(await snapshotDir(join(reference, "_site")));
    expect((await readdir(root)).filter((n) => n.startsWith("_site"))).toEqual(["_site"]);
    await rm(root, { recursive: true });
    await rm(reference, { recursive: true });
  });

  it("should stop at once with a clear message when asked not to wait, leaving _site/ alone", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const before = await snapshotDir(join(root, "_site"));
    const first = buildSite({ root });
    const second = await buildSite({ root, wait: false }).catch((e: unknown) => e);
    await first;
    expect(second).toBeInstanceOf(BuildBusyError);
    expect((second as Error).message).toBe(
      `another build of _site/ is running (process ${process.pid}). Wait for it to finish and build again; if no build is running, delete _site.lock.`,
    );
    expect(await snapshotDir(join(root, "_site"))).toEqual(before);
    await rm(root, { recursive: true });
  });

  it("should build when the lock was left by a build that was killed", async () => {
    const root = await tempProject();
    await symlink(join(REPO, "node_modules"), join(root, "node_modules"));
    // A build killed as soon as it holds the lock: its lock file stays, naming a process that no longer runs.
    const preload = join(root, "die-holding-lock.mjs");
    await writeFile(
      preload,
      `import fs from "node:fs";
       import { syncBuiltinESMExports } from "node:module";
       const link = fs.linkSync;
       fs.linkSync = (from, to) => { link(from, to); if (String(to).endsWith("_site.lock")) process.kill(process.pid, "SIGKILL"); };
       syncBuiltinESMExports();`,
    );
    expect((await runBuild(root, [preload])).signal).toBe("SIGKILL");
    expect(await readdir(root)).toContain("_site.lock");
    const next = await runBuild(root);
    expect([next.code, next.err]).toEqual([0, expect.stringMatching(/^sourcebrief: 5 seeds read/)]);
    expect(await readdir(root)).not.toContain("_site.lock");
    await rm(root, { recursive: true });
  }, 60_000);

  it("should keep the new site and the changes history when a build is killed between the two renames of its swap", async () => {
    const root = await tempProject();
    const reference = await tempProject();
    await symlink(join(REPO, "node_modules"), join(root, "node_modules"));
    const dropped = "004_09b10f78906402f2.txt";
    // The reference: a first edition, a second one without one seed, and a rebuild, all uninterrupted.
    await buildSite({ root: reference });
    await rm(join(reference, "seeds", dropped));
    await buildSite({ root: reference });
    await buildSite({ root: reference });
    const expected = await snapshotDir(join(reference, "_site"));
    expect(
      JSON.parse(
        expected["changes-baseline.json"]
          ? Buffer.from(expected["changes-baseline.json"], "base64").toString()
          : "null",
      ),
    ).not.toBeNull();

    await buildSite({ root });
    await rm(join(root, "seeds", dropped));
    // Killed right after the last edition was moved aside and before the new one took its name.
    const preload = join(root, "die-in-swap.mjs");
    await writeFile(
      preload,
      `import fs from "node:fs";
       import { syncBuiltinESMExports } from "node:module";
       const rename = fs.renameSync;
       fs.renameSync = (from, to) => { rename(from, to); if (/\\.old-[\\w-]+$/.test(String(to))) process.kill(process.pid, "SIGKILL"); };
       syncBuiltinESMExports();`,
    );
    expect((await runBuild(root, [preload])).signal).toBe("SIGKILL");
    const left = (await readdir(root)).filter((n) => n.startsWith("_site")).sort();
    expect(left).toEqual([
      expect.stringMatching(/^_site\.lock$/),
      expect.stringMatching(/^_site\.new-/),
      expect.stringMatching(/^_site\.old-/),
    ]);
    const next = await runBuild(root);
    expect(next.code).toBe(0);
    expect(next.err).toMatch(
      /^_site\/ was missing: a build had been stopped while swapping it in; its output, complete, is now _site\/\n/,
    );
    expect(await snapshotDir(join(root, "_site"))).toEqual(expected);
    expect((await readdir(root)).filter((n) => n.startsWith("_site"))).toEqual(["_site"]);
    await rm(root, { recursive: true });
    await rm(reference, { recursive: true });
  }, 90_000);
});
