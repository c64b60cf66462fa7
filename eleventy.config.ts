// The thin Eleventy layer: where templates are, one data function that runs the pipeline, a few filters.
import { watch } from "node:fs";
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteData } from "./src/site.ts";

type Modules = { site: typeof import("./src/site.ts"); summary: typeof import("./src/summary.ts") };

/** @param {import("@11ty/eleventy/UserConfig").default} eleventyConfig */
export default function (eleventyConfig: any): void {
  let last: SiteData | null = null;
  // Where this build writes ("fs" for files, "json" for `toJSON()`), told by Eleventy before the data is read.
  let output: { mode: string; dir: string } | null = null;
  let pages: InstanceType<Modules["site"]["PageCache"]> | null = null;
  let garbage: { check(): boolean } | null = null;
  let loaded: { stamp: string; modules: Modules } | null = null;
  let seedWatcher: ReturnType<typeof watch> | null = null;
  const previewing = (): boolean => ["serve", "watch"].includes(process.env.ELEVENTY_RUN_MODE ?? "");
  // The project root: SOURCEBRIEF_ROOT (set by the build command and tests), else the folder above templates/.
  const rootOf = (): string => process.env.SOURCEBRIEF_ROOT ?? dirname(resolve(eleventyConfig.directories.input));
  const deletedStamp = (root: string): string => join(root, ".cache", "sourcebrief", "seed-deleted");

  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.addWatchTarget("./src/");
  eleventyConfig.addWatchTarget("./seeds/");
  eleventyConfig.addWatchTarget("./briefing.yaml");
  eleventyConfig.addWatchTarget("./.cache/sourcebrief/seed-deleted");

  // Node caches imported modules for the life of the process, so in preview an edit of src/ would go
  // unseen; there the pipeline is imported afresh (a new tsx namespace) whenever a file in src/ changed.
  async function modules(): Promise<Modules> {
    if (!previewing()) return { site: await import("./src/site.ts"), summary: await import("./src/summary.ts") };
    // The modules imported below, next to this file: the project root need not hold them (tests link this file in).
    const stamp = await srcStamp(join(dirname(fileURLToPath(import.meta.url)), "src"));
    if (loaded?.stamp !== stamp) {
      const { tsImport } = await import("tsx/esm/api");
      loaded = { stamp, modules: { site: await tsImport("./src/site.ts", import.meta.url), summary: await tsImport("./src/summary.ts", import.meta.url) } };
    }
    return loaded.modules;
  }

  eleventyConfig.addGlobalData("sourcebrief", async () => {
    const root = rootOf();
    const { site } = await modules();
    if (previewing()) watchDeletions(root);
    const env = process.env;
    const cacheDir = env.SOURCEBRIEF_CACHE_DIR || (previewing() ? join(root, ".cache", "sourcebrief") : undefined);
    const previousDir = env.SOURCEBRIEF_PREVIOUS_DIR || (previewing() ? resolve(eleventyConfig.directories.output) : undefined);
    // With the cache on and pages being written, unchanged per-item pages are taken from the last build.
    pages = cacheDir && previousDir && output?.mode === "fs"
      ? new site.PageCache(cacheDir, previousDir, site.renderVersion([resolve(eleventyConfig.directories.input), fileURLToPath(import.meta.url)]))
      : null;
    // The preview rebuilds in this process after each edit: it keeps the sources in memory for the next build.
    const rememberSources = previewing() || undefined;
    last = await site.buildSiteData({ root, cacheDir, previousDir, previousFile: env.SOURCEBRIEF_PREVIOUS_FILE || undefined, rememberSources }, pages ?? undefined);
    // The pipeline's working data is dead now that the site data is built: free it before Eleventy renders the pages.
    site.collectGarbageIfLarge();
    garbage = new site.GarbageWatch();
    // `npm run bench` reads the time each pipeline step took from here.
    if (env.SOURCEBRIEF_TIMINGS_FILE) {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(env.SOURCEBRIEF_TIMINGS_FILE, JSON.stringify(last.timings));
    }
    return last;
  });

  // Eleventy's watcher logs a deleted file but does not rebuild; a deleted seed touches a watched stamp file instead.
  // Not persistent: Eleventy's own watcher keeps the preview running, and on Ctrl-C it stops that one but not this
  // one, which kept `npm start` from exiting.
  function watchDeletions(root: string): void {
    if (seedWatcher) return;
    seedWatcher = watch(join(root, "seeds"), { persistent: false }, (_event, name) => {
      if (!name) return;
      stat(join(root, "seeds", String(name))).catch(async () => {
        await mkdir(dirname(deletedStamp(root)), { recursive: true });
        await writeFile(deletedStamp(root), `${String(name)}\n`);
      });
    });
  }

  // Eleventy keeps every page it renders until the build ends, and what rendering them left behind piles up on top:
  // at 10,000 seeds the heap grew by 0.7 GB over the pages. A page is the one step Eleventy lets us see, so after
  // each one the heap's growth is checked, and past GC_GROWTH (not once at 1,000 seeds) collected.
  eleventyConfig.addTransform("collect-garbage", (content: unknown) => {
    garbage?.check();
    return content;
  });

  eleventyConfig.addFilter("plural", (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`);

  eleventyConfig.on("eleventy.before", ({ outputMode, directories }: { outputMode: string; directories: { output: string } }) => {
    output = { mode: outputMode, dir: resolve(directories.output) };
  });

  // Warnings are printed once, at the end of the build.
  eleventyConfig.on("eleventy.after", async ({ results }: { results: import("./src/cache/pageCache.ts").WrittenPage[] }) => {
    if (pages && output) pages.finish(results, output.dir);
    pages = null;
    if (!last) return;
    const { summary } = await modules();
    process.stderr.write(summary.buildSummary(last));
  });
}

/** Names, sizes and modification times of every file under `dir`: changes when any of them is edited. */
async function srcStamp(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const parts = await Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => {
      const path = join(e.parentPath, e.name);
      const s = await stat(path);
      return `${path}:${s.size}:${s.mtimeMs}`;
    }),
  );
  return parts.sort().join("\n");
}

export const config = {
  dir: { input: "templates", includes: "_includes", data: "_data" },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
