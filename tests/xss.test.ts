// A seed full of script tags, event handlers, javascript: URLs and template syntax builds, and nothing in it is live.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { load } from "cheerio";
import { buildSite } from "../src/cli/build.ts";
import { stripHtml } from "../src/text/html.ts";
import type { Briefing } from "../src/model/types.ts";
import { FIXTURES, tempProject } from "./helpers.ts";

describe("a seed full of XSS payloads", () => {
  let root = "";
  const pages: Record<string, string> = {};
  let briefing: Briefing;

  beforeAll(async () => {
    root = await tempProject({ seeds: { "009_xss.txt": await readFile(join(FIXTURES, "xss", "xss-seed.txt")) } });
    await buildSite({ root });
    const site = join(root, "_site");
    for (const entry of await readdir(site, { recursive: true })) {
      if (entry.endsWith(".html")) pages[entry] = await readFile(join(site, entry), "utf8");
    }
    briefing = JSON.parse(await readFile(join(site, "briefing.json"), "utf8")) as Briefing;
  });
  afterAll(() => rm(root, { recursive: true }));

  it("should build, with points that cite its clean sentences", () => {
    expect(Object.keys(pages)).toContain(join("sources", "009", "index.html"));
    const cited = briefing.sections
      .flatMap((s) => s.points.flatMap((p) => p.citations))
      .filter((c) => c.source === "009");
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect(c.quote).not.toMatch(/<|javascript:|\{\{/i);
  });

  it("should put no script, iframe, svg or image element from the seed in any page", () => {
    for (const [page, html] of Object.entries(pages)) {
      const $ = load(html);
      // The page's own optional preview script is marked; anything else would have come from the seed.
      expect($("script:not([data-sourcebrief]), iframe, svg, object, embed").length, page).toBe(0);
      expect($("img").filter((_, el) => /^x$|javascript/i.test($(el).attr("src") ?? "")).length, page).toBe(0);
    }
  });

  it("should leave no event-handler attribute and no javascript: link", () => {
    for (const [page, html] of Object.entries(pages)) {
      const $ = load(html);
      $("*").each((_, el) => {
        for (const [name, value] of Object.entries(
          (el as unknown as { attribs: Record<string, string> }).attribs ?? {},
        )) {
          expect(name, `${page}: ${name}`).not.toMatch(/^on/i);
          expect(value.replace(/[\s\u0000-\u001F]/g, ""), `${page}: ${name}`).not.toMatch(
            /^(javascript|data|vbscript):/i,
          );
        }
      });
    }
  });

  it("should not evaluate template syntax", () => {
    const text = load(pages[join("sources", "009", "index.html")] as string)("main").text();
    expect(text).not.toContain("49");
  });

  it("should drop the javascript: url and show the title as text", () => {
    const source = briefing.sources.find((s) => s.id === "009");
    expect(source?.url).toBeNull();
    expect(source?.warnings.join("\n")).toContain('dropped url "javascript:alert(1)"');
    const $ = load(pages[join("sources", "009", "index.html")] as string);
    expect($("h1").text()).toContain("<script>alert(1)</script>");
  });
});

describe("stripping markup from reading text", () => {
  it("should keep a Markdown link's words and drop its target", () => {
    const { lines, messages } = stripHtml(
      [{ text: "See the [full filing](javascript:alert(1)) for details.", line: 7 }],
      "seeds/x.txt",
    );
    expect(lines[0]?.text).toBe("See the full filing for details.");
    expect(messages.map(String)).toEqual([
      "seeds/x.txt:7: removed Markdown link from the text; paste the article as plain text to silence this",
    ]);
  });

  it("should keep a less-than sign that is not a tag", () => {
    const { lines, messages } = stripHtml(
      [{ text: "Revenue was < $5 billion & rising, and 3<4.", line: 1 }],
      "seeds/x.txt",
    );
    expect(lines[0]?.text).toBe("Revenue was < $5 billion & rising, and 3<4.");
    expect(messages).toEqual([]);
  });
});
