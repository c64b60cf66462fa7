// The briefing read in a real browser: notes that say who and when, footnotes there and back, previews by mouse,
// keyboard and finger, sidenotes, print, accessibility, screenshots.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { REPO } from "../helpers.ts";
import { axeSource, hasChromium, htmlPages, launch, serve, sharedSite } from "./harness.ts";

const SHOTS = join(REPO, "test-results");
const SEED = "001_62f8299da32287d5.txt";
const ORIGINAL = "https://news.example/deepseek-v4-huawei";

/** The shipped seeds, one of them given who published it, when and where, and a byline: as a maintainer would paste it. */
async function seeds(): Promise<Record<string, string>> {
  const text = await readFile(join(REPO, "seeds", SEED), "utf8");
  return { [SEED]: `---\npublisher: AI News\nurl: ${ORIGINAL}\npublished: 2026-04-05\n---\nBy Jane Example\n${text}` };
}

/** axe-core's violations on the page as it stands, as `rule: targets`. */
async function axeViolations(page: Page, axe: string): Promise<string[]> {
  await page.addScriptTag({ content: axe });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
        };
      }
    ).axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  });
}

/** The background of the marker a link returned to, and of a marker beside it that it did not. */
const markerBackgrounds = (page: Page, id: string): Promise<[string, string]> =>
  page.evaluate((id) => {
    const target = document.getElementById(id) as HTMLElement;
    const other = [...document.querySelectorAll(".points sup.ref a")].find((a) => a !== target) as HTMLElement;
    return [getComputedStyle(target).backgroundColor, getComputedStyle(other).backgroundColor];
  }, id);

const inView = (page: Page, selector: string): Promise<boolean> =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

describe.skipIf(!hasChromium)("the briefing in Chromium", () => {
  let site: string;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const preview = () => page.locator("#note-preview");

  beforeAll(async () => {
    site = await sharedSite({ seeds: await seeds() });
    server = await serve(site);
    browser = await launch();
    browser.on("request", (r) => requests.push(r.url()));
    page = await browser.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("should say on every note, and in its preview, who published the source, who wrote it and when, and link to the sentence in the original", async () => {
    await page.goto(server.url);
    const note = page.locator(".footnotes li", { has: page.locator("a.original") }).first();
    const cite = (await note.locator(".cite").textContent()) ?? "";
    expect(cite).toContain("AI News, Jane Example · 2026-04-05");
    expect(cite).toMatch(/aggregator/i);
    const original = (await note.locator("a.original").getAttribute("href")) ?? "";
    expect(original.startsWith(`${ORIGINAL}#:~:text=`)).toBe(true);
    // The fragment names the quote's first words, as the original shows them.
    const quote = ((await note.locator("blockquote").textContent()) ?? "").trim();
    const start = decodeURIComponent(original.split("#:~:text=")[1]?.split(",")[0] ?? "");
    expect(quote.replace(/\s+(?=[,.])/g, "").startsWith(start)).toBe(true);
    // Notes of sources with nothing known but a title read cleanly: no "null", no empty separators.
    for (const text of await page.locator(".footnotes .cite").allTextContents())
      expect(text).not.toMatch(/null|undefined|·\s*·|^\s*·|,\s*,/);

    const marker = page.locator(`.points sup.ref a[href="#${await note.getAttribute("id")}"]`).first();
    await marker.hover();
    await expect.poll(() => preview().isVisible()).toBe(true);
    expect(await preview().textContent()).toContain("AI News, Jane Example · 2026-04-05");
    expect(await preview().locator("a.original").getAttribute("href")).toBe(original);
    await page.mouse.move(0, 0);
  });

  it("should open a preview after a short rest of the mouse, keep it open on the way into it, and close it after a delay", async () => {
    await page.goto(server.url);
    await page.evaluate(() => {
      const box = document.getElementById("note-preview") as HTMLElement;
      const times: Record<string, number> = {};
      (window as unknown as { times: typeof times }).times = times;
      new MutationObserver(() => {
        times[box.hidden ? "closed" : "opened"] = performance.now();
      }).observe(box, { attributes: true, attributeFilter: ["hidden"] });
    });
    const now = () => page.evaluate(() => performance.now());
    const times = () => page.evaluate(() => (window as unknown as { times: Record<string, number> }).times);
    const marker = page.locator(".points sup.ref a").first();
    await marker.scrollIntoViewIfNeeded();
    const before = await now();
    await marker.hover();
    await expect.poll(() => preview().isVisible()).toBe(true);
    expect(((await times()).opened ?? 0) - before).toBeGreaterThanOrEqual(100);
    const box = await preview().boundingBox();
    await page.mouse.move((box?.x ?? 0) + 20, (box?.y ?? 0) + 20);
    await page.waitForTimeout(500);
    expect(await preview().isVisible()).toBe(true);
    const leaving = await now();
    await page.mouse.move(1, 1);
    await expect.poll(() => preview().isVisible()).toBe(false);
    expect(((await times()).closed ?? 0) - leaving).toBeGreaterThanOrEqual(200);
  });

  it("should land on the note when a marker is clicked, and return by its back-link to the marker, highlighted, with no preview over the text", async () => {
    await page.goto(server.url);
    const marker = page.locator(".points sup.ref a").nth(2);
    const href = (await marker.getAttribute("href")) as string;
    const id = (await marker.getAttribute("id")) as string;
    await marker.click();
    expect(new URL(page.url()).hash).toBe(href);
    await expect.poll(() => page.locator(`${href}:target`).isVisible()).toBe(true);
    expect(await preview().isVisible()).toBe(false);
    await page.locator(`${href} a.backref[href="#${id}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    expect(await inView(page, `#${id}`)).toBe(true);
    const [returned, other] = await markerBackgrounds(page, id);
    expect(returned).not.toBe(other);
    await page.waitForTimeout(400);
    expect(await preview().isVisible()).toBe(false);
  });

  it("should give At a glance markers ids, so that a note's back-link returns there", async () => {
    await page.goto(server.url);
    const marker = page.locator("#glance sup.gref a").first();
    const id = (await marker.getAttribute("id")) as string;
    const href = (await marker.getAttribute("href")) as string;
    expect(id).toMatch(/^g-fnref-/);
    await marker.click();
    const back = page.locator(`${href} a.backref[href="#${id}"]`);
    expect(await back.getAttribute("aria-label")).toContain("At a glance");
    await back.click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    expect(await inView(page, `#${id}`)).toBe(true);
    expect(await page.locator(`#glance #${id}:target`).count()).toBe(1);
  });

  it("should follow a note to its source and set the quoted sentence apart from the paragraph's other quotes", async () => {
    await page.goto(`${server.url}#fn-1`);
    const quote = ((await page.locator("#fn-1 blockquote").textContent()) ?? "").trim();
    await page.locator("#fn-1 .cite a:not(.original)").click();
    expect(page.url()).toMatch(/\/sources\/\d+\/index\.html#p\d+(?:-\d+)?-q\d+$/);
    const mark = page.locator("mark.cited:target");
    await expect.poll(() => mark.isVisible()).toBe(true);
    expect(((await mark.textContent()) ?? "").trim()).toBe(quote);
    // The sentence links back to the point that cites it.
    await mark.locator("xpath=following-sibling::span[contains(@class, 'cited-by')][1]//a").first().click();
    expect(page.url()).toMatch(/\/index\.html#point-/);
    expect(await page.locator(":target sup.ref a[href='#fn-1']").count()).toBe(1);

    // Where a paragraph holds two quoted sentences, the cited one is distinct from the other.
    await page.goto(server.url);
    const links = await page
      .locator(".footnotes .cite a:not(.original)")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    let pairs = 0;
    for (const link of links) {
      await page.goto(link);
      const seen = await page.evaluate(() => {
        const target = document.querySelector("mark.cited:target") as HTMLElement | null;
        const others = [...(target?.parentElement?.closest("[id^=p]")?.querySelectorAll("mark.cited") ?? [])];
        const other = others.find((m) => m !== target);
        if (!target || !other) return null;
        const style = (m: Element) => [getComputedStyle(m).backgroundColor, getComputedStyle(m).textDecorationLine];
        const r = target.getBoundingClientRect();
        return { target: style(target), other: style(other), inView: r.top >= 0 && r.bottom <= window.innerHeight };
      });
      if (!seen) continue;
      pairs++;
      expect(seen.target, link).not.toEqual(seen.other);
      expect(seen.inView, link).toBe(true);
      if (pairs >= 3) break;
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it("should open a note's preview on keyboard focus, close it with Esc, and not leave it behind on Enter", async () => {
    await page.goto(server.url);
    expect(await preview().isVisible()).toBe(false);
    let focused = "";
    for (let i = 0; i < 40 && !focused.startsWith("fnref-"); i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focused).toMatch(/^fnref-/);
    await expect.poll(() => preview().isVisible()).toBe(true);
    const note = (await page.locator(`#${focused}`).getAttribute("href")) as string;
    const quote = ((await page.locator(`${note} blockquote`).textContent()) ?? "").trim();
    expect(await preview().textContent()).toContain(quote);
    expect(await page.locator(`#${focused}`).getAttribute("aria-describedby")).toBe("note-preview");
    await page.keyboard.press("Escape");
    expect(await preview().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(focused);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect.poll(() => preview().isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe(note);
    expect(await preview().isVisible()).toBe(false);
  });

  it("should show each point's notes beside it from 1,200 px, in the margin, none over another, and only there", async () => {
    for (const width of [1200, 1500]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(server.url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}`).toBeLessThanOrEqual(width);
      const points = await page.evaluate(() =>
        [...document.querySelectorAll(".points > li")].map((li) => {
          const text = (li.querySelector(":scope > p") as Element).getBoundingClientRect();
          const side = li.querySelector(".sidenotes")?.getBoundingClientRect();
          return {
            text: { top: text.top, right: text.right },
            side: side && { top: side.top, bottom: side.bottom, left: side.left, right: side.right },
            notes: li.querySelectorAll(".sidenote").length,
            markers: li.querySelectorAll("sup.ref a").length,
            first: li === li.parentElement?.firstElementChild,
          };
        }),
      );
      expect(points.length).toBeGreaterThan(10);
      let above = -Infinity;
      for (const [i, p] of points.entries()) {
        const side = p.side as NonNullable<typeof p.side>;
        expect(side, `point ${i}`).toBeDefined();
        expect(p.notes, `point ${i}`).toBe(p.markers);
        expect(side.left, `point ${i}`).toBeGreaterThanOrEqual(p.text.right + 8);
        expect(side.right, `point ${i}`).toBeLessThanOrEqual(width);
        // Never above its point; the first of a section level with it; never over the notes of the point before.
        expect(side.top, `point ${i}`).toBeGreaterThanOrEqual(p.text.top - 4);
        if (p.first) expect(side.top - p.text.top, `point ${i}`).toBeLessThan(12);
        expect(side.top, `point ${i}`).toBeGreaterThanOrEqual(above - 1);
        above = side.bottom;
      }
      expect(await page.locator(".sidenote", { hasText: "AI News · 2026-04-05 · aggregator" }).count()).toBeGreaterThan(
        0,
      );
    }
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".sidenotes").first().isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1100, height: 900 });
    expect(await page.locator(".sidenotes").first().isVisible()).toBe(false);
    expect(await page.locator(".footnotes li").first().isVisible()).toBe(true);
  });

  it("should print markers one bracket per source, the original's address after its link, and quoted sentences underlined", async () => {
    await page.goto(server.url);
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => {
      const sup = document.querySelector(".points sup.ref") as Element;
      const pair = document.querySelector(".points sup.ref a + a");
      const original = document.querySelector(".footnotes a.original") as Element;
      return {
        open: getComputedStyle(sup, "::before").content,
        close: getComputedStyle(sup, "::after").content,
        between: pair && getComputedStyle(pair, "::before").content,
        address: getComputedStyle(original, "::after").content,
      };
    });
    expect([printed.open, printed.close]).toEqual(['"["', '"]"']);
    if (printed.between !== null) expect(printed.between).toBe('", "');
    expect(printed.address).toBe(`" (${ORIGINAL})"`);
    expect(await page.locator(".footnotes .cite .who").first().isVisible()).toBe(true);
    const link = (await page.locator(".footnotes .cite a:not(.original)").first().getAttribute("href")) as string;
    await page.goto(server.url + link);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll("mark.cited")].map((m) => ({
        target: m.matches(":target"),
        line: getComputedStyle(m).textDecorationLine,
        style: getComputedStyle(m).textDecorationStyle,
      })),
    );
    expect(marks.every((m) => m.line.includes("underline"))).toBe(true);
    expect(marks.filter((m) => m.target).map((m) => m.style)).toEqual(["double"]);
    await page.emulateMedia({ media: "screen" });
  });

  it("should have no axe-core violations on any page in light and dark mode, at rest, with a note, a marker or a sentence targeted, and with a preview open", async () => {
    const axe = await axeSource();
    await page.setViewportSize({ width: 1280, height: 900 });
    const link = await (async () => {
      await page.goto(server.url);
      return (await page.locator("#fn-3 .cite a:not(.original)").getAttribute("href")) as string;
    })();
    const targeted = ["index.html#fn-3", "index.html#fnref-3", "index.html#g-fnref-1", link];
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of [...(await htmlPages(site)), ...targeted]) {
        await page.goto(server.url + path);
        expect(await axeViolations(page, axe), `${scheme} ${path}`).toEqual([]);
      }
      await page.goto(server.url);
      await page.locator(".points sup.ref a").first().hover();
      await expect.poll(() => page.locator("#note-preview").isVisible()).toBe(true);
      expect(await axeViolations(page, axe), `${scheme} with a preview open`).toEqual([]);
      await page.mouse.move(0, 0);
    }
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("should make no request outside the site", async () => {
    const outside = requests.filter(
      (u) => !u.startsWith(server.url) && !u.startsWith("data:") && !u.startsWith("about:"),
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  it("should fit 320 and 390 px without sideways scrolling, and write screenshots at 390, 1,280 and 1,500 px and for print", async () => {
    await mkdir(SHOTS, { recursive: true });
    for (const [name, path] of [
      ["briefing", ""],
      ["source", "sources/001/index.html#p3"],
    ] as const) {
      for (const width of [320, 390, 1280, 1500]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(server.url + path);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${name} at ${width} px`,
        ).toBeLessThanOrEqual(width);
        if (width === 320) continue;
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
        // The first screen alone: what a reader sees on opening the page.
        await page.screenshot({ path: join(SHOTS, `${name}-${width}-first-screen.png`) });
      }
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.emulateMedia({ media: "print" });
      await page.screenshot({ path: join(SHOTS, `${name}-print.png`), fullPage: true });
      expect(await page.locator(".backref, .masthead nav").first().isVisible()).toBe(false);
      await page.emulateMedia({ media: "screen" });
    }
  });
});

describe.skipIf(!hasChromium)("the briefing on a touch screen", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: BrowserContext;
  let page: Page;
  const preview = () => page.locator("#note-preview");

  beforeAll(async () => {
    server = await serve(await sharedSite({ seeds: await seeds() }));
    browser = await launch({ phone: true });
    page = await browser.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("should open a note's preview on a tap without leaving the text, go to the note from a link in it, and come back to no preview", async () => {
    await page.goto(server.url);
    const marker = page.locator(".points sup.ref a").nth(1);
    const [href, id] = [await marker.getAttribute("href"), await marker.getAttribute("id")];
    await marker.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await marker.tap();
    await expect.poll(() => preview().isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe("");
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await inView(page, "#note-preview")).toBe(true);
    const quote = ((await page.locator(`${href} blockquote`).textContent()) ?? "").trim();
    expect(await preview().textContent()).toContain(quote);
    await page.screenshot({ path: join(SHOTS, "briefing-390-preview.png") });

    await preview().locator(".preview-go a").tap();
    expect(new URL(page.url()).hash).toBe(href);
    expect(await preview().isVisible()).toBe(false);
    expect(await inView(page, `${href} blockquote`)).toBe(true);

    await page.locator(`${href} a.backref[href="#${id}"]`).tap();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await page.waitForTimeout(400);
    expect(await preview().isVisible()).toBe(false);
    const [returned, other] = await markerBackgrounds(page, id as string);
    expect(returned).not.toBe(other);
  });

  it("should close the preview on a tap elsewhere, a scroll, or a second tap on its marker", async () => {
    await page.goto(server.url);
    const point = page.locator(".points > li").nth(1);
    const marker = point.locator("sup.ref a").first();
    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    await expect.poll(() => preview().isVisible()).toBe(true);
    // A tap on the page beside the text, just above or below the preview, outside it.
    const text = (await point.locator(":scope > p").first().boundingBox()) as { x: number; y: number };
    const box = (await preview().boundingBox()) as { x: number; y: number; width: number; height: number };
    const [x, y] = [text.x + 4, box.y > 40 ? box.y - 20 : box.y + box.height + 20];
    expect(x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height).toBe(false);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => preview().isVisible()).toBe(false);

    await marker.tap();
    await expect.poll(() => preview().isVisible()).toBe(true);
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect.poll(() => preview().isVisible()).toBe(false);

    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    await expect.poll(() => preview().isVisible()).toBe(true);
    await marker.tap();
    await expect.poll(() => preview().isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe("");
  });
});

describe.skipIf(!hasChromium)("the briefing in Chromium with JavaScript off", () => {
  it("should still take a click on a marker to its note", async () => {
    const server = await serve(await sharedSite({ seeds: await seeds() }));
    const browser = await launch({ javaScriptEnabled: false });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      const marker = page.locator("sup.ref a").first();
      await marker.hover();
      await marker.click();
      expect(new URL(page.url()).hash).toBe(await marker.getAttribute("href"));
      expect(await page.locator("#note-preview").count()).toBe(0);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
