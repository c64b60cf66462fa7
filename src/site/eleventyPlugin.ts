// The thin Eleventy layer: one global data function that runs the pipeline, a filter, and the build's closing summary.
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { mkdirSync, watch, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { PipelineOptions } from "../pipeline/options.ts";
import type { PipelineHooks } from "../pipeline/state.ts";
import type { WrittenPage } from "../speed/pageCache.ts";
import { terminalSafe } from "../text/terminal.ts";
import type { SiteData } from "./siteData.ts";

/**
 * Where the preview notes that a seed was deleted. Eleventy rebuilds when a watched file is added or changed, not when
 * one is deleted; changing this file makes it rebuild. It is out of the maintainer's sight, in the cache folder.
 */
const DELETION_STAMP = ".cache/sourcebrief/seed-deleted";

/** What the build command (or the preview) tells the plugin. */
export interface SourcebriefPluginOptions extends PipelineOptions {
  /** Project root: seeds, settings and the cache are found from it. Default: the folder that holds the templates folder. */
  readonly root?: string;
  /** Keep each seed's analysis in `<root>/.cache/sourcebrief`, and reuse the last build's unchanged pages. Default: true. */
  readonly cache?: boolean;
  /** Called after each briefing step with its name and duration (the benchmark records them). */
  readonly afterStep?: PipelineHooks["afterStep"];
  /** Cores the build may use; 1 runs every step on this thread. Default: what the machine has. */
  readonly threads?: number;
}

type Pipeline = typeof import("./sitePipeline.ts");

/** Registers the `sourcebrief` global data and what goes with it. Unique: the build command's registration wins. */
export function sourcebrief(eleventyConfig: any, options: SourcebriefPluginOptions = {}): void {
  if (typeof options !== "object" || (options.root !== undefined && typeof options.root !== "string"))
    throw new TypeError(
      `sourcebrief plugin options must be an object with a root folder, got ${JSON.stringify(options)}`,
    );
  // The input folder is known once Eleventy has read its settings, so the default root is worked out when first needed.
  const rootOf = (): string => resolve(options.root ?? dirname(resolve(eleventyConfig.directories.input)));
  let runMode = "build";
  let outputMode = "fs";
  let outputDir = "";
  let last: SiteData | null = null;
  let pipeline: { stamp: string; module: Pipeline } | null = null;
  let session: InstanceType<Pipeline["BuildSession"]> | null = null;
  let deletions: ReturnType<typeof watch> | null = null;
  const previewing = (): boolean => runMode === "serve" || runMode === "watch";

  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.addFilter(
    "plural",
    (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`,
  );
  eleventyConfig.addWatchTarget("./src/");
  eleventyConfig.addWatchTarget("./seeds/");
  eleventyConfig.addWatchTarget("./briefing.yaml");
  eleventyConfig.addWatchTarget(`./${DELETION_STAMP}`);
  // Eleventy does not watch what .gitignore lists, and it lists .cache/. The input folder is templates/, in which
  // nothing is git-ignored, and every other watched path is named above: turning it off changes only the stamp's fate.
  eleventyConfig.setUseGitIgnore(false);

  eleventyConfig.on(
    "eleventy.before",
    (event: { runMode: string; outputMode: string; directories: { output: string } }) => {
      runMode = event.runMode;
      outputMode = event.outputMode;
      outputDir = resolve(event.directories.output);
    },
  );

  eleventyConfig.addGlobalData("sourcebrief", async () => {
    const root = rootOf();
    const module = await loadPipeline();
    if (previewing()) watchDeletions(root);
    // One session per plugin instance: in the preview it lives across rebuilds and keeps the last sources in memory.
    session ??= new module.BuildSession({
      ...options,
      root,
      templates: resolve(eleventyConfig.directories.input),
      cache: options.cache ?? true,
      remember: previewing(),
    });
    last = await session.siteData({
      previousDir: options.previousDir ?? outputDir,
      writesPages: outputMode === "fs",
      outputDir,
      afterStep: options.afterStep,
    });
    return last;
  });

  // Rendering is the one phase Eleventy lets us watch page by page: a large build's heap is checked after each page.
  eleventyConfig.addTransform("sourcebrief-heap", (content: unknown) => {
    session?.checkHeap();
    return content;
  });

  eleventyConfig.on("eleventy.after", async ({ results }: { results: WrittenPage[] }) => {
    const late = session?.finishPages(results, outputDir) ?? [];
    if (last && late.length) last = { ...last, warnings: [...last.warnings, ...late] };
    if (last) process.stderr.write(terminalSafe((await loadPipeline()).buildSummary(last)));
  });

  // Node keeps imported modules for the life of the process; in the preview, after an edit of src/, the pipeline is
  // imported afresh through tsx so that the next build runs the edited code.
  async function loadPipeline(): Promise<Pipeline> {
    if (!previewing()) return import("./sitePipeline.ts");
    const stamp = await folderStamp(join(import.meta.dirname, ".."));
    if (pipeline?.stamp !== stamp) {
      const { tsImport } = await import("tsx/esm/api");
      pipeline = { stamp, module: (await tsImport("./sitePipeline.ts", import.meta.url)) as Pipeline };
      session = null;
    }
    return pipeline.module;
  }

  // Eleventy logs a deleted seed but does not rebuild for it; writing the watched stamp does.
  function watchDeletions(root: string): void {
    if (deletions) return;
    const stampFile = join(root, DELETION_STAMP);
    // Made before Eleventy starts watching (after its first build), so that writing it later is a change it sees.
    try {
      mkdirSync(dirname(stampFile), { recursive: true });
      writeFileSync(stampFile, "", { flag: "a" });
    } catch {
      // Reported when a deletion cannot be stamped.
    }
    deletions = watch(join(root, "seeds"), { persistent: false }, (_event, name) => {
      if (!name) return;
      stat(join(root, "seeds", String(name))).catch(async () => {
        try {
          await mkdir(dirname(stampFile), { recursive: true });
          await writeFile(stampFile, `${String(name)}\n`);
        } catch (error) {
          process.stderr.write(
            terminalSafe(
              `${DELETION_STAMP}: cannot be written, so the preview will not notice that ${String(name)} was deleted (${String(error)}); save any seed to rebuild.\n`,
            ),
          );
        }
      });
    });
  }
}
sourcebrief.eleventyPluginOptions = { unique: true };

/** Names, sizes and modification times of every file under `dir`: changes when any of them is edited. */
async function folderStamp(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const parts = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        const s = await stat(path);
        return `${path}:${s.size}:${s.mtimeMs}`;
      }),
  );
  return parts.sort().join("\n");
}
