// The whole site built in memory from the shipped seeds, read as a reader would.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import * as cheerio from "cheerio";
import Eleventy from "@11ty/eleventy";
import { REPO } from "./helpers.ts";
import { SECTION_IDS } from "../src/model/types.ts";

interface Page {
  url: string;
  outputPath: string;
  content: string;
}

async function buildInMemory(): Promise<Map<string, string>> {
  const eleventy = new Eleventy(join(REPO, "templates"), join(REPO, "_site"), {
    configPath: join(REPO, "eleventy.config.ts"),
    quietMode: true,
  });
  const pages = (await eleventy.toJSON()) as unknown as Page[];
  return new Map(pages.map((p) => [p.url, p.content]));
}

describe("the built briefing", async () => {
  const pages = await buildInMemory();
  const $ = cheerio.load(pages.get("/") ?? "");
  const briefing = JSON.parse(pages.get("/briefing.json") ?? "{}");

  it("should show the four sections in order, each with points", () => {
    expect(
      $("main > section[id]")
        .filter((_, s) => SECTION_IDS.includes($(s).attr("id") as never))
        .find("h2")
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(["Hardware shift", "Orders", "Geopolitics", "Open questions"]);
    for (const id of ["hardware-shift", "orders", "geopolitics", "open-questions"]) {
      expect($(`#${id} .points > li`).length, id).toBeGreaterThan(0);
    }
  });

  it("should say on each point how many sources back it", () => {
    const orders = $("#orders .points > li").first();
    expect(orders.find(".backing").text()).toBe("3 sources");
    expect(orders.find("sup.ref").length).toBe(3);
  });

  it("should link every footnote marker to a note that links to the quoted paragraph of its source", () => {
    const markers = $(".points sup.ref a");
    expect(markers.length).toBeGreaterThan(10);
    markers.each((_, a) => {
      const note = $($(a).attr("href"));
      expect(note.length).toBe(1);
      const [path, fragment] = (note.find(".cite a").attr("href") ?? "").split("#");
      const source = cheerio.load(pages.get(`/${path?.replace("index.html", "")}`) ?? "");
      const paragraph = source(`#${fragment}`).text().replace(/\s+/g, " ");
      const quote = note.find("blockquote").text().replace(/\s+/g, " ");
      expect(paragraph).toContain(quote);
      // And back: the note has a back-link to this very marker.
      expect(note.find(`a.backref[href="#${$(a).attr("id")}"]`).length).toBe(1);
    });
  });

  it("should open with three to five of the most corroborated points, each with its footnotes", () => {
    const items = $(".glance li");
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(5);
    // Corroboration is counted in independent origins (`origins`), as the badge counts it, not in pages.
    type P = { id: string; origins?: string[]; citations: Array<{ source: string }> };
    const badge = (p: P): number => p.origins?.length ?? new Set(p.citations.map((c) => c.source)).size;
    const all: P[] = briefing.sections.flatMap((s: { points: P[]; more?: P[] }) => [...s.points, ...(s.more ?? [])]);
    const byId = new Map(all.map((p) => [p.id, p]));
    const counts = (briefing.glance as string[]).map((id) => badge(byId.get(id) as P));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...all.filter((p) => p.origins).map(badge)));
    items.each((_, li) => {
      const refs = $(li).find("sup.gref a");
      expect(refs.length).toBeGreaterThan(0);
      refs.each((_, a) => void expect($($(a).attr("href") ?? "").length).toBe(1));
    });
    expect(briefing.glance).toHaveLength(items.length);
  });

  it("should number notes in reading order", () => {
    const firstUses: number[] = [];
    // The "More in …" points come after their section's points, and their notes are numbered there.
    $(".points sup.ref a, .more-points sup.ref a").each((_, a) => {
      const n = Number($(a).text().replace(/\D/g, ""));
      if (!firstUses.includes(n)) firstUses.push(n);
    });
    expect(firstUses).toEqual(firstUses.map((_, i) => i + 1));
  });

  it("should show no page furniture anywhere in the briefing", () => {
    const text = $("main").text();
    for (const furniture of [
      "Editorial Team",
      "min read",
      "hours ago",
      "powered by",
      "Related Articles",
      "Subscribe",
      "Stay ahead",
      "Follow @",
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("should list every source with a page that anchors each paragraph", () => {
    expect(briefing.sources.map((s: { id: string }) => s.id)).toEqual(["000", "001", "002", "003", "004"]);
    const page = cheerio.load(pages.get("/sources/000/") ?? "");
    expect(page("h1").text()).toBe("DeepSeek’s V4 Bet on Huawei Chips Marks a New Stage in the AI Power Struggle");
    expect(page(".source-text > [id^=p]").first().attr("id")).toBe("p1");
    expect(page(".source-text").text()).not.toContain("Editorial Team");
  });

  it("should mark an aggregator on its source page, and list each source's kind in briefing.json", () => {
    const kinds = Object.fromEntries(briefing.sources.map((s: { id: string; kind: string }) => [s.id, s.kind]));
    expect(Object.values(kinds).every((k) => k === "article" || k === "aggregator")).toBe(true);
    for (const [id, kind] of Object.entries(kinds)) {
      const mark = cheerio.load(pages.get(`/sources/${id}/`) ?? "")(".kind-mark");
      expect(mark.length, id).toBe(kind === "aggregator" ? 1 : 0);
      if (kind === "aggregator") expect(mark.text()).toContain("does not count as independent corroboration");
    }
  });

  it("should publish briefing.json matching the page", () => {
    expect(briefing.schemaVersion).toBe(1);
    const pointsOnPage = $(".points > li").length;
    const pointsInJson = briefing.sections.reduce((n: number, s: { points: unknown[] }) => n + s.points.length, 0);
    expect(pointsInJson).toBe(pointsOnPage);
  });
});
