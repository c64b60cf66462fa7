// One build as the Eleventy plugin runs it: the pipeline with its speed plug-ins, shaped into site data.
import { join } from "node:path";
import { displayPath, type PipelineOptions } from "../pipeline/options.ts";
import { runPipeline } from "../pipeline/run.ts";
import type { PipelineHooks } from "../pipeline/state.ts";
import { loadSettings } from "../settings/loadSettings.ts";
import { PageCache, renderVersion, type WrittenPage } from "../speed/pageCache.ts";
import { DisagreeAside } from "../speed/disagreeAside.ts";
import { HeapWatch } from "../speed/heapWatch.ts";
import { analysisVersion, SeedCache } from "../speed/seedCache.ts";
import { pointPagePath, type SiteData, sourcePagePath, toSiteData } from "./siteData.ts";

export { buildSummary } from "./report.ts";

/** What a session is set up with: the pipeline's options, and whether to cache and to remember. */
export interface SessionOptions extends PipelineOptions {
  readonly root: string;
  /** Keep each seed's analysis in `<root>/.cache/sourcebrief` and reuse unchanged pages. */
  readonly cache: boolean;
  /** Keep the last build's sources in memory for the next build in this process (the preview). */
  readonly remember: boolean;
  /** Cores the build may use; 1 runs every step on this thread. Default: what the machine has. */
  readonly threads?: number;
  /** The templates folder Eleventy renders from: a change to it means no page of the last build can be reused. */
  readonly templates: string;
}

/** Builds site data, one build after another; the seed cache it holds remembers across builds when asked. */
export class BuildSession {
  readonly #options: SessionOptions;
  readonly #cacheDir: string;
  #seeds: SeedCache | null = null;
  #pages: PageCache | null = null;
  #heap = new HeapWatch();

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#cacheDir = join(options.root, ".cache", "sourcebrief");
  }

  /** Runs the pipeline and shapes its result; with the cache, unchanged per-item pages are left out of `render`. */
  async siteData(build: {
    previousDir: string;
    writesPages: boolean;
    outputDir: string;
    afterStep?: PipelineHooks["afterStep"];
  }): Promise<SiteData> {
    const options = { ...this.#options, previousDir: this.#options.previousDir ?? build.previousDir };
    this.#heap = new HeapWatch();
    const aside = new DisagreeAside(this.#options.threads);
    const hooks: PipelineHooks = {
      // The thread starts as the seeds are analysed, once their number is known.
      analyseSeeds: (seeds, analyse, notes) => {
        aside.start(seeds.length);
        return this.#seeds ? this.#seeds.analyseSeeds(seeds, analyse, notes) : analyse(seeds);
      },
      runStep: aside.runStep,
      afterStep: (name, ms, state) => {
        this.#heap.check();
        build.afterStep?.(name, ms, state);
      },
    };
    if (this.#options.cache) {
      const settings = await loadSettings(options.configPath ?? join(options.root, "briefing.yaml"), "briefing.yaml");
      const version = await analysisVersion(settings.sections);
      if (this.#seeds?.version !== version)
        this.#seeds = new SeedCache(
          this.#cacheDir,
          displayPath(options.root, this.#cacheDir),
          version,
          this.#options.remember,
        );
    }
    let state: Awaited<ReturnType<typeof runPipeline>>;
    try {
      state = await runPipeline(options, hooks);
    } finally {
      await aside.close();
    }
    const data = toSiteData(state);
    // The pipeline's working state is dead once the site data is shaped: free it before Eleventy renders on top.
    this.#heap.check();
    this.#pages =
      this.#options.cache && build.writesPages
        ? new PageCache(
            this.#cacheDir,
            options.previousDir,
            renderVersion([this.#options.templates]),
            displayPath(options.root, this.#cacheDir),
          )
        : null;
    if (!this.#pages) return data;
    // A source page and a point's page show their own item and the briefing's title, nothing else of the site.
    const shared = { title: data.title };
    return {
      ...data,
      warnings: [...data.warnings, ...this.#pages.warnings.map((m) => ({ text: String(m), rule: m.ruleId }))],
      render: {
        sources: this.#pages.plan(data.sources, sourcePagePath, shared),
        pointPages: this.#pages.plan(data.pointPages, pointPagePath, shared),
      },
    };
  }

  /** Called after each page Eleventy renders: it keeps every page until the build ends. */
  checkHeap(): void {
    this.#heap.check();
  }

  /** After Eleventy wrote the pages: reused pages are copied in and the page manifest recorded. Returns new warnings. */
  finishPages(written: readonly WrittenPage[], outputDir: string): SiteData["warnings"] {
    const pages = this.#pages;
    this.#pages = null;
    if (!pages) return [];
    const before = pages.warnings.length;
    pages.finish(written, outputDir);
    return pages.warnings.slice(before).map((m) => ({ text: String(m), rule: m.ruleId }));
  }
}
