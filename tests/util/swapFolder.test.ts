// Swapping a built folder in: whole old or whole new after any stop, and a cut swap finished by the next build.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recoverSwap, swapFolders, swapIn } from "../../src/util/swapFolder.ts";

async function site(dir: string, text: string): Promise<void> {
  await mkdir(join(dir, "sources"), { recursive: true });
  await writeFile(join(dir, "index.html"), text);
  await writeFile(join(dir, "sources", "a.html"), text);
}

describe("swapping a site folder in", () => {
  it("should replace the output with the staged folder and delete the old one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-swap-"));
    const folders = swapFolders(join(dir, "_site"), "b1");
    await site(folders.output, "old");
    await site(folders.staging, "new");
    await swapIn(folders);
    expect(await readFile(join(dir, "_site", "index.html"), "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["_site"]);
    await rm(dir, { recursive: true });
  });

  it("should give every build folders of its own", () => {
    const a = swapFolders("/x/_site");
    const b = swapFolders("/x/_site");
    expect(a.staging).not.toBe(b.staging);
    expect(a.staging).toMatch(/^\/x\/_site\.new-/);
    expect(a.old).toMatch(/^\/x\/_site\.old-/);
  });

  it("should finish a swap cut between its two renames, keeping the new site whole", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-swap-"));
    // What a kill right after the first rename leaves: no output, the old site aside, the new one staged.
    await site(join(dir, "_site.old-b1"), "old");
    await site(join(dir, "_site.new-b1"), "new");
    // A staging folder of another build, stopped while writing: never swapped in.
    await site(join(dir, "_site.new-zz"), "half");
    const said = await recoverSwap(join(dir, "_site"));
    expect(said).toEqual([
      "_site/ was missing: a build had been stopped while swapping it in; its output, complete, is now _site/",
    ]);
    expect(await readFile(join(dir, "_site", "index.html"), "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["_site"]);
    await rm(dir, { recursive: true });
  });

  it("should put the old site back when it is all a stopped build left", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-swap-"));
    await site(join(dir, "_site.old-b1"), "old");
    await site(join(dir, "_site.new-b2"), "half");
    await recoverSwap(join(dir, "_site"));
    expect(await readFile(join(dir, "_site", "index.html"), "utf8")).toBe("old");
    expect(await readdir(dir)).toEqual(["_site"]);
    await rm(dir, { recursive: true });
  });

  it("should finish a swap cut by a kill in the layout of earlier versions (_site.next, _site.prev)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-swap-"));
    await site(join(dir, "_site.prev"), "old");
    await site(join(dir, "_site.next"), "new");
    await recoverSwap(join(dir, "_site"));
    expect(await readFile(join(dir, "_site", "index.html"), "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["_site"]);
    await rm(dir, { recursive: true });
  });

  it("should only delete what stopped builds left when the output is there, and touch nothing else", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-swap-"));
    await site(join(dir, "_site"), "current");
    await site(join(dir, "_site.new-b1"), "half");
    await site(join(dir, "_site.old-b0"), "deleting");
    await site(join(dir, "_site_cold"), "another output");
    await writeFile(join(dir, "_site.lock"), "");
    expect(await recoverSwap(join(dir, "_site"))).toEqual([]);
    expect(await readFile(join(dir, "_site", "index.html"), "utf8")).toBe("current");
    expect((await readdir(dir)).sort()).toEqual(["_site", "_site.lock", "_site_cold"]);
    await rm(dir, { recursive: true });
  });
});
