// The list of sources at scale: past 200 sources the main page links to a paginated list instead of listing them all.
import { describe, expect, it } from "vitest";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { buildSite } from "../../src/cli/build.ts";
import { article } from "../../bench/corpus.ts";
import { tempProject } from "../helpers.ts";

const count = (html: string, pattern: RegExp): number => html.match(pattern)?.length ?? 0;

describe("sources list", () => {
  it("should keep the main page short and paginate all sources at 210 seeds", async () => {
    const seeds = Object.fromEntries(Array.from({ length: 205 }, (_, i) => [`${100 + i}.txt`, article(i, 7)]));
    const root = await tempProject({ seeds }); // 205 synthetic seeds beside the 5 shipped ones
    await buildSite({ root });
    const site = join(root, "_site");
    const index = await readFile(join(site, "index.html"), "utf8");
    const first = await readFile(join(site, "sources", "index.html"), "utf8");
    const second = await readFile(join(site, "sources", "index-2.html"), "utf8");
    expect(count(index, /<li id="source-/g)).toBe(0);
    expect(index).toContain('<a href="sources/index.html">All 210 sources</a>');
    expect(count(first, /<li id="source-/g)).toBe(200);
    expect(count(second, /<li id="source-/g)).toBe(10);
    expect(second).toContain('<li id="source-304"><a href="304/index.html">');
    expect(first).toContain('<a href="index-2.html">2</a>');
    await rm(root, { recursive: true });
  }, 120_000);

  it("should still list every source on the main page of a small briefing", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const index = await readFile(join(root, "_site", "index.html"), "utf8");
    expect(count(index, /<li id="source-/g)).toBe(5);
    expect(index).toContain('<a href="sources/index.html">All 5 sources</a>');
    await rm(root, { recursive: true });
  }, 60_000);
});
