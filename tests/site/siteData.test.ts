// Every page of the built site as a validator and a phone would judge it: valid HTML, small, self-contained, escaped.
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import * as cheerio from "cheerio";
import { FIXTURES } from "../helpers.ts";
import { builtSite, htmlPages } from "../browser/harness.ts";

// long-title is advice for search snippets; a source page's title is the article's own headline, kept whole.
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });

async function validationErrors(site: string, pages: readonly string[]): Promise<string[]> {
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(await readFile(join(site, page), "utf8"), page);
    errors.push(
      ...report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}: ${m.message} (${m.ruleId})`)),
    );
  }
  return errors;
}

describe("the built site", async () => {
  const site = await builtSite();
  const pages = await htmlPages(site);

  it('should show page titles as written, escaped once (no "&#39;" in a browser tab)', async () => {
    for (const page of pages) {
      const title = cheerio
        .load(await readFile(join(site, page), "utf8"))("title")
        .text();
      expect(title, page).not.toMatch(/&(?:#\d+|amp|lt|gt|quot);/);
    }
    const index = cheerio.load(await readFile(join(site, "index.html"), "utf8"));
    expect(index("title").text()).toBe(index("h1").text());
  });

  it("should be valid HTML on every page", async () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(await validationErrors(site, pages)).toEqual([]);
  });

  it("should ship the briefing page, its styles and script, in under 100 KB", async () => {
    const html = await readFile(join(site, "index.html"));
    // Styles and script are inline, so the page is everything a reader downloads.
    expect(cheerio.load(html.toString())("link[rel=stylesheet], script[src]").length).toBe(0);
    expect(html.byteLength).toBeLessThan(100 * 1024);
  });

  it("should style every page inline, the briefing's own rules only on the briefing", async () => {
    for (const page of pages) {
      const css = cheerio
        .load(await readFile(join(site, page), "utf8"))("style")
        .text();
      expect(css, page).toContain("prefers-color-scheme: dark");
      expect(css, page).toContain("@media print");
      // The coverage matrix and note previews exist on the briefing alone; thousands of source pages need not repeat them.
      expect(/^\.matrix \{/m.test(css), page).toBe(page === "index.html");
    }
  });

  it("should ask nothing of other sites: no fonts, scripts, styles or images from elsewhere", async () => {
    for (const page of pages) {
      const $ = cheerio.load(await readFile(join(site, page), "utf8"));
      expect($("script[src], link[href], img, iframe, object, embed, video, audio").length, page).toBe(0);
      expect($("style").text(), page).not.toMatch(/url\(|@import/);
    }
  });

  it("should give every marker, At a glance's too, a back-link from its note, lettered in page order", async () => {
    const $ = cheerio.load(await readFile(join(site, "index.html"), "utf8"));
    const markers = $("sup.ref a, sup.gref a").toArray();
    expect($("#glance sup.gref a").length).toBeGreaterThan(0);
    const byNote = new Map<string, string[]>();
    for (const a of markers) {
      const id = $(a).attr("id") ?? "";
      expect(id, $(a).text()).toMatch(/^(?:g-)?fnref-/);
      const note = $(a).attr("href") ?? "";
      byNote.set(note, [...(byNote.get(note) ?? []), `#${id}`]);
    }
    for (const [note, ids] of byNote) {
      const back = $(`${note} a.backref`).toArray();
      expect(
        back.map((b) => $(b).attr("href")),
        note,
      ).toEqual(ids);
      const n = note.replace("#fn-", "");
      const labels = back.map((b) => $(b).text().replace("↩ ", ""));
      expect(labels).toEqual(ids.length === 1 ? [n] : ids.map((_, k) => `${n}${String.fromCharCode(97 + k)}`));
    }
  });

  it("should lead each note to the very sentence it quotes, marked on its source page", async () => {
    const $ = cheerio.load(await readFile(join(site, "index.html"), "utf8"));
    const notes = $(".footnotes li").toArray();
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) {
      const [path, fragment] = ($(note).find(".cite a").first().attr("href") ?? "").split("#");
      const source = cheerio.load(await readFile(join(site, path ?? ""), "utf8"));
      const quote = $(note).find("blockquote").text().trim();
      const target = source(`#${fragment}`);
      expect(target.is("mark.cited"), `${$(note).attr("id")} → #${fragment}`).toBe(true);
      expect(target.text()).toBe(quote);
      // Its paragraph is the one the note names.
      const paragraph = $(note)
        .find(".cite")
        .text()
        .match(/paragraph (\d+)/)?.[1];
      expect(target.parent().closest("[id^=p]").attr("id")).toBe(`p${paragraph}`);
    }
  });
});

describe("a site built from a hostile seed", async () => {
  // The load step drops a `javascript:` url or one holding markup; an http(s) address with quotes and parentheses gets through and must stay inert.
  const seed = (await readFile(join(FIXTURES, "xss", "xss-seed.txt"), "utf8"))
    .replace(/^author:.*\n/m, "")
    .replace(/^url:.*$/m, `url: "https://news.example/huawei?q='onmouseover='alert(1)"`);
  const site = await builtSite({ seeds: { "900_xss.txt": seed } });

  it("should link the source to its original, scrolled to a quoted sentence, with the address escaped", async () => {
    const $ = cheerio.load(await readFile(join(site, "sources", "900", "index.html"), "utf8"));
    const originals = $("a.original")
      .toArray()
      .map((a) => $(a).attr("href") ?? "");
    expect(originals.length).toBeGreaterThan(0);
    for (const href of originals) {
      expect(href).toMatch(/^https:\/\/news\.example\/huawei\?q=\S+#:~:text=\S+$/);
      expect(href).not.toContain("'");
    }
  });

  it("should still be valid HTML on every page", async () => {
    expect(await validationErrors(site, await htmlPages(site))).toEqual([]);
  });

  it("should link to no javascript: address and run no script from the seed", async () => {
    for (const page of await htmlPages(site)) {
      const html = await readFile(join(site, page), "utf8");
      const $ = cheerio.load(html);
      expect($("[href^='javascript' i], [src]").length, page).toBe(0);
      expect($("[onerror], [onload], iframe, svg, img").length, page).toBe(0);
      expect(html).not.toContain("<script>alert");
      // The only script anywhere is our own footnote preview.
      expect(
        $("script")
          .toArray()
          .every((s) => $(s).text().includes("note-preview")),
        page,
      ).toBe(true);
    }
  });
});

describe("the briefing's evidence at a glance", async () => {
  // An article on another subject: its sentences fit no section, so no point cites it.
  const offTopic =
    "---\ntitle: Tomato season in the allotments\n---\nGardeners in the valley picked their first tomatoes this week after a warm spring.\nThe allotment society will hold its summer show in July, with prizes for the heaviest marrow.\n";
  const site = await builtSite({ seeds: { "950_gardening.txt": offTopic } });
  const $ = cheerio.load(await readFile(join(site, "index.html"), "utf8"));
  const briefing = JSON.parse(await readFile(join(site, "briefing.json"), "utf8"));
  const points = briefing.sections.flatMap((s: { points: unknown[] }) => s.points);

  it("should say at the top how many sources and points there are, and that every quote is checked", () => {
    expect($(".masthead .evidence").text()).toBe(
      `${briefing.sources.length} sources · ${points.length} points · every quote checked against its source`,
    );
  });

  it("should count in the coverage matrix, for each source and section, the points that cite the source", () => {
    const rows = $(".matrix tbody tr").toArray();
    expect(rows.length).toBe(briefing.sources.length);
    rows.forEach((row, i) => {
      const id = briefing.sources[i].id;
      const cells = $(row)
        .find("td")
        .toArray()
        .map((td) => Number($(td).text().replace("–", "0")));
      const expected = briefing.sections.map(
        (s: { points: Array<{ citations: Array<{ source: string }> }> }) =>
          s.points.filter((p) => p.citations.some((c) => c.source === id)).length,
      );
      expect(cells, id).toEqual([...expected, expected.reduce((a: number, b: number) => a + b, 0)]);
    });
  });

  it("should list in the ledger the points each source backs, and name a source no point cites", () => {
    expect($("#source-950").text()).toContain("no point cites this source");
    expect($("#source-950 .cited-points a").length).toBe(0);
    const linked = $("#source-000 .cited-points a")
      .toArray()
      .map((a) => $(a).attr("href"));
    expect(linked.length).toBeGreaterThan(0);
    for (const href of linked) {
      // The linked point has a note quoting source 000.
      const notes = $(`${href} sup.ref a`)
        .toArray()
        .map((a) => $($(a).attr("href")).find(".cite a").attr("href"));
      expect(
        notes.some((n) => n?.startsWith("sources/000/")),
        href,
      ).toBe(true);
    }
  });

  it("should end with a note on how the briefing is made", () => {
    expect($("main > section").last().find("h2").text()).toBe("How this briefing is made");
  });
});
