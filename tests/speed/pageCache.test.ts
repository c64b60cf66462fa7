// Reusing the last build's unchanged pages: fewer pages rendered, never a page that differs from a full build's.
import { describe, expect, it } from "vitest";
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PageCache } from "../../src/speed/pageCache.ts";
import { buildSite } from "../../src/cli/build.ts";
import { REPO, snapshotDir, tempProject } from "../helpers.ts";

type Item = { id: string; text: string };
const pathOf = (item: Item): string => `items/${item.id}/index.html`;
const render = (item: Item, title: string): string => `<h1>${title}</h1><p>${item.text}</p>`;

/** A site folder as a build writes it, and what Eleventy would report for those pages. */
async function writeSite(
  dir: string,
  items: readonly Item[],
  title: string,
): Promise<Array<{ outputPath: string; content: string }>> {
  const written = [];
  for (const item of items) {
    await mkdir(join(dir, "items", item.id), { recursive: true });
    await writeFile(join(dir, pathOf(item)), render(item, title));
    written.push({ outputPath: join(dir, pathOf(item)), content: render(item, title) });
  }
  return written;
}

describe("page cache", () => {
  const items: Item[] = [
    { id: "a", text: "alpha" },
    { id: "b", text: "beta" },
    { id: "c", text: "gamma" },
  ];

  /** One build: plans against the last build's folder, writes what it must render into `out`, and finishes. */
  async function build(
    cacheDir: string,
    previousDir: string,
    out: string,
    list: readonly Item[],
    options: { title?: string; version?: string } = {},
  ): Promise<string[]> {
    const title = options.title ?? "Briefing";
    const pages = new PageCache(cacheDir, previousDir, options.version ?? "v1");
    const rendering = pages.plan(list, pathOf, { title });
    pages.finish(await writeSite(out, rendering, title), out);
    return rendering.map((i) => i.id);
  }

  it("should render every page the first time, then only the pages whose item changed", async () => {
    const root = await mkdtemp(join(tmpdir(), "sourcebrief-pages-"));
    const cache = join(root, "cache");
    expect(await build(cache, join(root, "site1"), join(root, "site1"), items)).toEqual(["a", "b", "c"]);
    const edited = items.map((i) => (i.id === "b" ? { ...i, text: "beta, edited" } : i));
    // A new folder, as `npm run build` makes: the reused pages are linked into it with the same bytes.
    expect(await build(cache, join(root, "site1"), join(root, "site2"), edited)).toEqual(["b"]);
    expect(await readFile(join(root, "site2", "items/a/index.html"), "utf8")).toBe(
      render(items[0] as Item, "Briefing"),
    );
    expect(await readFile(join(root, "site2", "items/b/index.html"), "utf8")).toBe(
      render(edited[1] as Item, "Briefing"),
    );
    expect((await readdir(join(root, "site2", "items"))).sort()).toEqual(["a", "b", "c"]);
    // Nothing changed since: nothing to render.
    expect(await build(cache, join(root, "site2"), join(root, "site3"), edited)).toEqual([]);
    await rm(root, { recursive: true });
  });

  it("should render every page again when the site title or the templates changed", async () => {
    const root = await mkdtemp(join(tmpdir(), "sourcebrief-pages-"));
    const site = join(root, "site");
    await build(join(root, "cache"), site, site, items);
    expect(await build(join(root, "cache"), site, site, items, { title: "Another briefing" })).toEqual(["a", "b", "c"]);
    expect(await build(join(root, "cache"), site, site, items, { title: "Another briefing", version: "v2" })).toEqual([
      "a",
      "b",
      "c",
    ]);
    await rm(root, { recursive: true });
  });

  it("should render a page again when its file was edited or deleted since the last build", async () => {
    const root = await mkdtemp(join(tmpdir(), "sourcebrief-pages-"));
    const site = join(root, "site");
    await build(join(root, "cache"), site, site, items);
    // An edit that keeps the file's size is still seen: the file's modification time changed.
    await writeFile(join(site, "items/a/index.html"), render({ id: "a", text: "ALPHA" }, "Briefing"));
    await rm(join(site, "items/c/index.html"));
    expect(await build(join(root, "cache"), site, site, items)).toEqual(["a", "c"]);
    expect(await readFile(join(site, "items/a/index.html"), "utf8")).toBe(render(items[0] as Item, "Briefing"));
    await rm(root, { recursive: true });
  });

  it("should render everything when the manifest is missing or damaged", async () => {
    const root = await mkdtemp(join(tmpdir(), "sourcebrief-pages-"));
    const site = join(root, "site");
    await build(join(root, "cache"), site, site, items);
    await writeFile(join(root, "cache", "pages", "manifest.json"), "{ not json");
    expect(await build(join(root, "cache"), site, site, items)).toEqual(["a", "b", "c"]);
    expect(await build(join(root, "cache"), site, site, items)).toEqual([]);
    await rm(root, { recursive: true });
  });
});

describe("a damaged page manifest", () => {
  const items: Item[] = [
    { id: "a", text: "alpha" },
    { id: "b", text: "beta" },
  ];
  const damages: Array<[string, (file: string) => Promise<unknown>, RegExp]> = [
    ["cut short", (f) => readFile(f, "utf8").then((t) => writeFile(f, t.slice(0, t.length / 2))), /not JSON/],
    ["random bytes", (f) => writeFile(f, Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x7b])), /not JSON/],
    [
      "pages as a list",
      (f) => writeFile(f, JSON.stringify({ format: "sourcebrief-pages/2", pages: [1, 2, 3] })),
      /lists no pages/,
    ],
    [
      "records of the wrong shape",
      (f) => writeFile(f, JSON.stringify({ format: "sourcebrief-pages/2", pages: { "items/a/index.html": null } })),
      /record is malformed/,
    ],
    ["a folder", (f) => rm(f).then(() => mkdir(join(f, "inside"), { recursive: true })), /cannot be read: EISDIR/],
  ];

  for (const [name, damage, why] of damages) {
    it(`should warn, render every page and write a good manifest when the manifest is ${name}`, async () => {
      const root = await mkdtemp(join(tmpdir(), "sourcebrief-pages-"));
      const site = join(root, "site");
      const cacheDir = join(root, "cache");
      const first = new PageCache(cacheDir, site, "v1", ".cache/sourcebrief");
      first.finish(await writeSite(site, first.plan(items, pathOf, {}), "Briefing"), site);
      expect(first.warnings).toEqual([]);
      await damage(join(cacheDir, "pages", "manifest.json"));
      const second = new PageCache(cacheDir, site, "v1", ".cache/sourcebrief");
      expect(second.plan(items, pathOf, {}).map((i) => i.id)).toEqual(["a", "b"]);
      expect(second.warnings.map(String)).toEqual([
        expect.stringMatching(
          /^\.cache\/sourcebrief\/pages\/manifest\.json:1: page manifest ignored \(.+\); every page was rendered afresh/,
        ),
      ]);
      expect(String(second.warnings[0])).toMatch(why);
      second.finish(await writeSite(site, items, "Briefing"), site);
      const third = new PageCache(cacheDir, site, "v1", ".cache/sourcebrief");
      expect(third.plan(items, pathOf, {})).toEqual([]);
      expect(third.warnings).toEqual([]);
      await rm(root, { recursive: true });
    });
  }

  it("should remove the temporary files a killed build left beside the manifest", async () => {
    const root = await mkdtemp(join(tmpdir(), "sourcebrief-pages-"));
    const site = join(root, "site");
    await mkdir(join(root, "cache", "pages"), { recursive: true });
    await writeFile(join(root, "cache", "pages", "manifest.json.0b1c.tmp"), "{ half");
    const pages = new PageCache(join(root, "cache"), site, "v1");
    pages.finish(await writeSite(site, pages.plan(items, pathOf, {}), "Briefing"), site);
    expect(await readdir(join(root, "cache", "pages"))).toEqual(["manifest.json"]);
    await rm(root, { recursive: true });
  });
});

describe("rebuilding with the last build's pages", () => {
  it("should render only what changed after a seed was edited, and give the bytes of a full build", async () => {
    const root = await tempProject();
    const first = await buildSite({ root });
    const seed = join(root, "seeds", (await readdir(join(root, "seeds"))).sort()[0] as string);
    await appendFile(seed, "\nThe company said more details would follow next week.\n");
    const again = await buildSite({ root });
    expect(again.rendered).toBeLessThan(first.rendered);
    const reused = await snapshotDir(join(root, "_site"));
    const cold = await buildSite({ root, cache: false, output: "_site_cold" });
    expect(cold.rendered).toBe(first.rendered);
    // The cold build compares with the same previous edition only if it reads the same one: compare pages, not changes.
    const coldSite = await snapshotDir(join(root, "_site_cold"));
    for (const path of Object.keys(coldSite).filter((p) => p.startsWith("sources/") || p.startsWith("points/")))
      expect([path, reused[path]]).toEqual([path, coldSite[path]]);
    expect(Object.keys(reused).sort()).toEqual(Object.keys(coldSite).sort());
    await rm(root, { recursive: true });
  });

  it("should reuse pages when the templates live outside the project, as the benchmark's corpora do", async () => {
    const root = await mkdtemp(join(tmpdir(), "sourcebrief-app-"));
    const project = await tempProject();
    await writeFile(join(root, "briefing.yaml"), await readFile(join(project, "briefing.yaml")));
    await mkdir(join(root, "seeds"));
    for (const name of await readdir(join(project, "seeds")))
      await writeFile(join(root, "seeds", name), await readFile(join(project, "seeds", name)));
    const first = await buildSite({ root, app: REPO });
    const again = await buildSite({ root, app: REPO });
    expect(first.rendered).toBeGreaterThan(2);
    expect(again.rendered).toBeLessThan(first.rendered);
    await rm(root, { recursive: true });
    await rm(project, { recursive: true });
  });

  it("should render a page again that was edited by hand in _site/", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const page = join(root, "_site", "sources", "000", "index.html");
    const good = await readFile(page, "utf8");
    await writeFile(page, "<p>edited by hand</p>");
    await buildSite({ root });
    expect(await readFile(page, "utf8")).toBe(good);
    await rm(root, { recursive: true });
  });

  it("should keep the per-item templates to the one site-wide value their fingerprint covers, the title", async () => {
    // A source page and a point's page are reused when their item and `sourcebrief.title` are unchanged
    // (`buildSiteData` in src/site.ts). A template showing anything else of `sourcebrief` would go stale.
    const files = [
      "source.njk",
      "source.11tydata.js",
      "_includes/source-page.njk",
      "point.njk",
      "point.11tydata.js",
      "_includes/point-page.njk",
      "_includes/base.njk",
    ];
    for (const file of files) {
      const text = await readFile(join(REPO, "templates", file), "utf8");
      const used = [...text.matchAll(/sourcebrief\.([\w.]+)/g)].map((m) => m[1] as string);
      expect([file, used.filter((u) => u !== "title" && !u.startsWith("render."))]).toEqual([file, []]);
    }
  });
});
