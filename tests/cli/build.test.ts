// The build command: output swapped in whole, the last good _site/ kept when a seed is bad, same bytes every time.
import { describe, expect, it } from "vitest";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { buildSite, findOwnError } from "../../src/cli/build.ts";
import { tempProject } from "../helpers.ts";

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[relative(dir, path)] = await readFile(path, "utf8");
    }
  }
  return out;
}

describe("build command", () => {
  it("should give byte-identical output for two builds of the same seeds", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const first = await snapshot(join(root, "_site"));
    await buildSite({ root });
    expect(await snapshot(join(root, "_site"))).toEqual(first);
    expect(Object.keys(first).sort()).toContain("briefing.json");
    await rm(root, { recursive: true });
  });

  it("should leave the last good _site/ untouched when a seed is bad, and name the seed", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const good = await snapshot(join(root, "_site"));
    await writeFile(join(root, "seeds", "005_blank.txt"), "\n   \n");
    const failure = await buildSite({ root }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(findOwnError(failure)?.name).toBe("SeedError");
    expect(findOwnError(failure)?.message).toBe(
      "seeds/005_blank.txt: the seed is empty. Paste the article text into it, or delete the file.",
    );
    expect(await snapshot(join(root, "_site"))).toEqual(good);
    // No staging folder and no lock left behind.
    expect((await readdir(root)).filter((n) => n.startsWith("_site."))).toEqual([]);
    await rm(root, { recursive: true });
  });

  it("should drop the page of a seed that was removed", async () => {
    const root = await tempProject();
    await buildSite({ root });
    await rm(join(root, "seeds", "004_09b10f78906402f2.txt"));
    await buildSite({ root });
    // sources/ also holds the paginated list of all sources (index.html); the per-source pages are its folders.
    const pages = (await readdir(join(root, "_site", "sources"))).filter((name) => !name.endsWith(".html"));
    expect(pages).toEqual(["000", "001", "002", "003"]);
    await rm(root, { recursive: true });
  });
});
