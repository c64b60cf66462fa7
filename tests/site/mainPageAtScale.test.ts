// The main page at scale: however many sources back a point, the page a reader opens stays short, and every quote is one click away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { buildSite } from "../../src/cli/build.ts";
import { article } from "../../bench/corpus.ts";
import type { Briefing } from "../../src/model/types.ts";
import { NOTES_PER_MORE } from "../../src/steps/briefing/numberFootnotes.ts";
import { tempProject } from "../helpers.ts";

describe("main page at 305 seeds", () => {
  let root = "";
  let site = "";
  let index = "";
  let briefing: Briefing;

  beforeAll(async () => {
    // 300 synthetic seeds on four shared stories beside the 5 shipped ones: each point is backed by about a hundred sources.
    const seeds = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`${100 + i}.txt`, article(i, 11)]));
    root = await tempProject({ seeds });
    await buildSite({ root });
    site = join(root, "_site");
    index = await readFile(join(site, "index.html"), "utf8");
    briefing = JSON.parse(await readFile(join(site, "briefing.json"), "utf8")) as Briefing;
  }, 180_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true });
  });

  it("should keep the notes to a handful per point and the page small", () => {
    const $ = cheerio.load(index);
    const points = $(".points > li").length;
    // "More in …" points: every corroborated claim is listed, each with its first notes and a link to the rest.
    const more = $(".more-points > li").length;
    const citations = briefing.sections.flatMap((s) => s.points).reduce((n, p) => n + p.citations.length, 0);
    expect(citations).toBeGreaterThan(1000); // briefing.json keeps every citation
    expect(more).toBe(briefing.sections.reduce((n, s) => n + (s.more?.length ?? 0), 0));
    expect($(".footnotes li").length).toBeLessThanOrEqual(points * 5 + more * NOTES_PER_MORE);
    for (const li of $(".points > li").toArray()) expect($(li).find("sup.ref").length).toBeLessThanOrEqual(5);
    for (const li of $(".more-points > li").toArray())
      expect($(li).find("sup.ref").length).toBeLessThanOrEqual(NOTES_PER_MORE);
    // The points shown first stay within the old budget; each "More in …" line adds its text, badge and markers, and
    // one note that says who and when and links to the quoted sentence at the original (about 1.5 KB in all).
    expect(Buffer.byteLength(index)).toBeLessThan(150_000 + 2_000 * more);
  });

  it("should keep every section to between 3 and 8 points, however many sources repeat them", () => {
    const $ = cheerio.load(index);
    for (const section of briefing.sections) {
      expect(section.points.length, section.id).toBeGreaterThanOrEqual(3);
      expect(section.points.length, section.id).toBeLessThanOrEqual(8);
      expect($(`#${section.id} .points > li`).length, section.id).toBe(section.points.length);
    }
  });

  it("should link each point shown in part to the full list of its quotes", async () => {
    const $ = cheerio.load(index);
    const long = briefing.sections.flatMap((s) => s.points).filter((p) => p.citations.length > 5);
    expect(long.length).toBeGreaterThan(0);
    for (const point of long) {
      const more = $(`#point-${point.id} a.more-refs`);
      const hidden =
        new Set(point.citations.map((c) => c.source)).size -
        new Set(point.citations.slice(0, 5).map((c) => c.source)).size;
      expect(more.text()).toBe(`+${hidden} more source${hidden === 1 ? "" : "s"}`);
      // Follow the link and every page after it, as a reader would, and collect the quotes listed.
      const quotes: string[] = [];
      let href: string | undefined = more.attr("href");
      let dir = site;
      while (href) {
        const file = join(dir, href);
        dir = join(file, "..");
        const page = cheerio.load(await readFile(file, "utf8"));
        quotes.push(
          ...page(".footnotes blockquote")
            .toArray()
            .map((q) => page(q).text()),
        );
        href = page('nav[aria-label="Pages of quotes"] [aria-current="page"] + a').first().attr("href");
      }
      expect(quotes).toEqual(point.citations.map((c) => c.quote));
    }
  });
});
