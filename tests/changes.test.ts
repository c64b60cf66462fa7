// "Changes since the previous edition": what a maintainer sees after adding, editing or removing a seed.
import { describe, expect, it } from "vitest";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import * as cheerio from "cheerio";
import { buildSite } from "../src/cli/build.ts";
import type { Changes } from "../src/changes.ts";
import { FIXTURES, tempProject } from "./helpers.ts";

const read = async (root: string, file: string): Promise<string> => readFile(join(root, "_site", file), "utf8");
const changesOf = async (root: string): Promise<Changes & { since: string | null }> => JSON.parse(await read(root, "changes.json"));
const banner = async (root: string): Promise<string> => cheerio.load(await read(root, "index.html"))("section.changes").text();

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[relative(dir, join(e.parentPath, e.name))] = await readFile(join(e.parentPath, e.name), "utf8");
  }
  return out;
}

describe("changes since the previous edition", () => {
  it("should show nothing on a first build, nor after rebuilding the same seeds", async () => {
    const root = await tempProject();
    await buildSite({ root });
    expect(await banner(root)).toBe("");
    expect(await changesOf(root)).toEqual({ since: null, added: [], removed: [], sourcing: [], stale: [] });
    const first = await snapshot(join(root, "_site"));
    await buildSite({ root });
    expect(await snapshot(join(root, "_site"))).toEqual(first);
    await rm(root, { recursive: true });
  });

  it("should report points a new seed adds or backs, and keep the report on an unchanged rebuild", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const extra = (await readdir(join(FIXTURES, "eval", "extra-seeds"))).filter((f) => f.endsWith(".txt"))[0] as string;
    await cp(join(FIXTURES, "eval", "extra-seeds", extra), join(root, "seeds", extra));
    await buildSite({ root });
    const changes = await changesOf(root);
    const id = extra.split("_")[0] as string;
    expect(changes.added.length + changes.sourcing.filter((s) => s.gained.includes(id)).length).toBeGreaterThan(0);
    expect(changes.stale).toEqual([]);
    expect(await banner(root)).toContain(`Changes since ${changes.since}`);
    const reported = await snapshot(join(root, "_site"));
    // Rebuilding the same seeds measures against the same previous edition: same bytes, report kept.
    await buildSite({ root });
    expect(await snapshot(join(root, "_site"))).toEqual(reported);
    await rm(root, { recursive: true });
  });

  it("should name a quote that an edit of its seed made stale", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const seed = join(root, "seeds", "001_62f8299da32287d5.txt");
    await writeFile(seed, (await readFile(seed, "utf8")).replace("have placed orders for hundreds of thousands of Huawei chips", "have ordered many Huawei chips"));
    await buildSite({ root });
    const { stale } = await changesOf(root);
    expect(stale).toHaveLength(1);
    expect(stale[0]?.file).toBe("seeds/001_62f8299da32287d5.txt");
    expect(stale[0]?.quote).toContain("placed orders for hundreds of thousands of Huawei chips");
    expect(await banner(root)).toContain("Stale quote: seeds/001_62f8299da32287d5.txt no longer says");
    await rm(root, { recursive: true });
  });

  it("should report what a removed seed took away, without calling its quotes stale", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const before = JSON.parse(await read(root, "briefing.json"));
    await rm(join(root, "seeds", "000_7597d96bac2faded.txt"));
    await buildSite({ root });
    const changes = await changesOf(root);
    const lostSource = changes.sourcing.filter((s) => s.lost.includes("000"));
    const only000 = before.sections.flatMap((s: { points: Array<{ text: string; citations: Array<{ source: string }> }> }) =>
      s.points.filter((p) => p.citations.every((c) => c.source === "000")).map((p) => p.text));
    expect(lostSource.length).toBeGreaterThan(0);
    for (const text of only000) expect(changes.removed.map((r) => r.text)).toContain(text);
    expect(changes.stale).toEqual([]);
    expect(await banner(root)).toContain("no longer cites 000");
    await rm(root, { recursive: true });
  });

  it("should compare with an edition the maintainer names", async () => {
    const root = await tempProject();
    await buildSite({ root });
    await cp(join(root, "_site", "briefing.json"), join(root, "edition-1.json"));
    await buildSite({ root, previous: join(root, "edition-1.json") });
    expect(await banner(root)).toContain("No point was added, removed or re-sourced");
    const failure = await buildSite({ root, previous: join(root, "missing.json") }).then(() => null, (e: unknown) => e);
    expect(String((failure as Error).message ?? failure)).toContain("missing.json");
    await rm(root, { recursive: true });
  });
});
