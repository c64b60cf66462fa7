// Eleventy's settings for sourcebrief: where the templates are, and the plugin that gives them the briefing.
import { sourcebrief } from "./src/site/eleventyPlugin.ts";

/** @param {import("@11ty/eleventy/UserConfig").default} eleventyConfig */
export default function (eleventyConfig: any): void {
  // `npm run build` registers the plugin first, with its own options; the plugin is unique, so this one is then skipped.
  eleventyConfig.addPlugin(sourcebrief);
}

export const config = {
  dir: { input: "templates", includes: "_includes", data: "_data" },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
