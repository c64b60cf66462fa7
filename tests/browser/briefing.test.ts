// The briefing read in a real browser: footnotes there and back, previews, highlighted sources, accessibility, screenshots.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { REPO } from "../helpers.ts";
import { axeSource, builtSite, hasChromium, htmlPages, launch, serve } from "./harness.ts";

const SHOTS = join(REPO, "test-results");

describe.skipIf(!hasChromium)("the briefing in Chromium", () => {
  let site: string;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    site = await builtSite();
    server = await serve(site);
    browser = await launch();
    browser.on("request", (r) => requests.push(r.url()));
    page = await browser.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("should land on the note when a marker is clicked, and come back by its back-link", async () => {
    await page.goto(server.url);
    const marker = page.locator("sup.ref a").nth(2);
    const href = (await marker.getAttribute("href")) as string;
    const markerId = (await marker.getAttribute("id")) as string;
    await marker.click();
    expect(new URL(page.url()).hash).toBe(href);
    await expect.poll(() => page.locator(`${href}:target`).isVisible()).toBe(true);
    await page.locator(`${href} a.backref[href="#${markerId}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${markerId}`);
    expect(await page.locator(`#${markerId}`).isVisible()).toBe(true);
    const box = await page.locator(`#${markerId}`).boundingBox();
    expect(box && box.y >= 0 && box.y < (page.viewportSize()?.height ?? 0)).toBe(true);
  });

  it("should give markers a target large enough to tap", async () => {
    await page.goto(server.url);
    const box = await page.locator("sup.ref a").first().boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
  });

  it("should follow a note to its source and show the quoted sentence highlighted", async () => {
    await page.goto(`${server.url}#fn-1`);
    const quote = ((await page.locator("#fn-1 blockquote").textContent()) ?? "").trim();
    await page.locator("#fn-1 .cite a").click();
    expect(page.url()).toMatch(/\/sources\/\d+\/index\.html#p\d+$/);
    const mark = page.locator(":target mark.cited", { hasText: quote });
    await expect.poll(() => mark.isVisible()).toBe(true);
    const [markBg, pageBg] = await mark.evaluate((m) => [
      getComputedStyle(m).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(markBg).not.toBe(pageBg);
    // …and the sentence links back to the point that cites it.
    // The "cited in" links that follow this very sentence (its paragraph may quote others too).
    const back = mark.locator("xpath=following-sibling::span[contains(@class, 'cited-by')][1]//a").first();
    await back.click();
    expect(page.url()).toMatch(/\/index\.html#point-/);
    expect(await page.locator(":target sup.ref a[href='#fn-1']").count()).toBe(1);
  });

  it("should open a note's preview from the keyboard and close it with Esc", async () => {
    await page.goto(server.url);
    const preview = page.locator("#note-preview");
    expect(await preview.isVisible()).toBe(false);
    let focused = "";
    for (let i = 0; i < 40 && !focused.startsWith("fnref-"); i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focused).toMatch(/^fnref-/);
    await expect.poll(() => preview.isVisible()).toBe(true);
    const note = (await page.locator(`#${focused}`).getAttribute("href")) as string;
    const quote = ((await page.locator(`${note} blockquote`).textContent()) ?? "").trim();
    expect(await preview.textContent()).toContain(quote);
    expect(await page.locator(`#${focused}`).getAttribute("aria-describedby")).toBe("note-preview");
    await page.keyboard.press("Escape");
    expect(await preview.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(focused);
  });

  it("should have no axe-core violations on any page, in light and dark mode", async () => {
    const axe = await axeSource();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of await htmlPages(site)) {
        await page.goto(server.url + path);
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async () => {
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
        expect(violations, `${scheme} ${path}`).toEqual([]);
      }
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

  it("should fit a phone from 320 px without sideways scrolling, and write screenshots at 320, 375 and 1280 px and for print", async () => {
    await mkdir(SHOTS, { recursive: true });
    for (const [name, path] of [
      ["briefing", ""],
      ["source", "sources/000/index.html#p3"],
    ] as const) {
      for (const width of [320, 375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(server.url + path);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${name} at ${width} px`,
        ).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
        // The first screen alone: what a reader sees on opening the page.
        await page.screenshot({ path: join(SHOTS, `${name}-${width}-first-screen.png`) });
      }
      await page.emulateMedia({ media: "print" });
      await page.screenshot({ path: join(SHOTS, `${name}-print.png`), fullPage: true });
      expect(await page.locator(".backref, .masthead nav").first().isVisible()).toBe(false);
      await page.emulateMedia({ media: "screen" });
    }
  });
});

describe.skipIf(!hasChromium)("the briefing on a touch screen", () => {
  it("should take a tap on a marker to its note, and a tap on the back-link home", async () => {
    const server = await serve(await builtSite());
    const browser = await launch({ phone: true });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      const marker = page.locator("sup.ref a").nth(1);
      const [href, id] = [await marker.getAttribute("href"), await marker.getAttribute("id")];
      await marker.tap();
      expect(new URL(page.url()).hash).toBe(href);
      await page.locator(`${href} a.backref[href="#${id}"]`).tap();
      expect(new URL(page.url()).hash).toBe(`#${id}`);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});

describe.skipIf(!hasChromium)("the briefing in Chromium with JavaScript off", () => {
  it("should still take a click on a marker to its note", async () => {
    const site = await builtSite();
    const server = await serve(site);
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
