// The pipeline run the build command begins before Eleventy loads: taken up once, by the same options only.
import { describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../src/cli/build.ts";
import { beginHeadStart, dropHeadStart, takeHeadStart } from "../src/headStart.ts";
import { REPO, tempProject } from "./helpers.ts";

/** The options `buildSite` runs the pipeline with for a project at `root`, cache on. */
const buildOptions = (root: string) => ({ root, cacheDir: join(root, ".cache", "sourcebrief"), previousDir: join(root, "_site") });

describe("head start", () => {
  it("should hand the begun run to the same options, in any order and with unset ones, once", async () => {
    const root = await tempProject();
    beginHeadStart({ root, cacheDir: undefined, previousDir: join(root, "_site") });
    expect(takeHeadStart({ root: join(root, "elsewhere"), previousDir: join(root, "_site") })).toBeNull();
    const run = takeHeadStart({ previousDir: join(root, "_site"), root });
    expect(run).not.toBeNull();
    expect(takeHeadStart({ root, previousDir: join(root, "_site") })).toBeNull();
    const state = await run;
    expect(state?.sources).toHaveLength(5);
    await rm(root, { recursive: true });
  });

  it("should let the build's data function take up the run the build began, and build as without it", async () => {
    const root = await tempProject();
    await buildSite({ root });
    expect(takeHeadStart(buildOptions(root))).toBeNull();
    const html = await readFile(join(root, "_site", "index.html"), "utf8");
    expect(html).toContain("Hardware shift");
    await rm(root, { recursive: true });
  });

  it("should carry a seed's error from the begun run to the build, and leave the last good _site/", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const before = await readFile(join(root, "_site", "index.html"), "utf8");
    await writeFile(join(root, "seeds", "zz_empty.txt"), "");
    await expect(buildSite({ root })).rejects.toThrow(/zz_empty\.txt/);
    expect(await readFile(join(root, "_site", "index.html"), "utf8")).toBe(before);
    expect(takeHeadStart(buildOptions(root))).toBeNull();
    await rm(root, { recursive: true });
  });

  it("should wait for and drop a begun run when Eleventy fails before it reads its data", async () => {
    const root = await tempProject();
    // An Eleventy config that throws: Eleventy stops before it asks for the site data.
    const app = await mkdtemp(join(tmpdir(), "sourcebrief-app-"));
    await symlink(join(REPO, "templates"), join(app, "templates"));
    await writeFile(join(app, "eleventy.config.ts"), 'throw new Error("this config is broken");\n');
    await expect(buildSite({ root, app })).rejects.toThrow();
    expect(takeHeadStart(buildOptions(root))).toBeNull();
    await rm(root, { recursive: true });
    await rm(app, { recursive: true });
  });

  it("should resolve dropping once the dropped run has stopped, failed or not", async () => {
    beginHeadStart({ root: "/nonexistent/sourcebrief-project" });
    await expect(dropHeadStart()).resolves.toBeUndefined();
    expect(takeHeadStart({ root: "/nonexistent/sourcebrief-project" })).toBeNull();
  });
});
