// The benchmark's floor: bare Eleventy rendering every seed as one plain page, with no analysis at all.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export default function (eleventyConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  // The same reading any site would do: each file, its first line as title, blank-line-separated paragraphs.
  eleventyConfig.addGlobalData("seeds", async () => {
    const dir = process.env.BENCH_SEEDS;
    if (!dir) throw new Error("BENCH_SEEDS is not set: run the baseline through `npm run bench`.");
    const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
    return Promise.all(
      files.map(async (file) => {
        const text = await readFile(join(dir, file), "utf8");
        const [title = file, ...rest] = text.split("\n");
        const paragraphs = rest.join("\n").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
        return { id: file.replace(/\.txt$/, ""), title, paragraphs };
      }),
    );
  });
}

export const config = {
  dir: { input: "templates", includes: "_includes" },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
