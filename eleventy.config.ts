// The thin Eleventy layer: where templates are, one data function that runs the pipeline, a few filters.
import { dirname, resolve } from "node:path";
import type { SiteData } from "./src/site.ts";

/** @param {import("@11ty/eleventy/UserConfig").default} eleventyConfig */
export default function (eleventyConfig: any): void {
  let last: SiteData | null = null;

  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.addWatchTarget("./src/");
  eleventyConfig.addWatchTarget("./seeds/");
  eleventyConfig.addWatchTarget("./briefing.yaml");

  // Imported inside the function so that watch mode picks up edits of the pipeline.
  eleventyConfig.addGlobalData("sourcebrief", async () => {
    const { buildSiteData } = await import("./src/site.ts");
    // The project root: SOURCEBRIEF_ROOT (set by the build command and tests), else the folder above templates/.
    const root = process.env.SOURCEBRIEF_ROOT ?? dirname(resolve(eleventyConfig.directories.input));
    last = await buildSiteData({ root });
    // `npm run bench` reads the time each pipeline step took from here.
    if (process.env.SOURCEBRIEF_TIMINGS_FILE) {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(process.env.SOURCEBRIEF_TIMINGS_FILE, JSON.stringify(last.timings));
    }
    return last;
  });

  eleventyConfig.addFilter("plural", (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`);

  // Warnings are printed once, at the end of the build.
  eleventyConfig.on("eleventy.after", async () => {
    if (!last) return;
    const { buildSummary } = await import("./src/summary.ts");
    process.stderr.write(buildSummary(last));
  });
}

export const config = {
  dir: { input: "templates", includes: "_includes", data: "_data" },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
