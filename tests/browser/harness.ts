// What the browser tests share: a freshly built site, a local static server for it, and Debian's Chromium.
import { createServer, type Server } from "node:http";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize, relative } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { buildSite } from "../../src/cli/build.ts";
import { tempProject } from "../helpers.ts";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(
    `\n!!! ${CHROMIUM} is missing: the browser tests are SKIPPED. Install it with: apt-get install -y chromium\n`,
  );

/** Builds the project's shipped seeds (or another fixture project's) into a temporary folder; returns its `_site`. */
export async function builtSite(options: Parameters<typeof tempProject>[0] = {}): Promise<string> {
  const root = await tempProject(options);
  await buildSite({ root });
  return join(root, "_site");
}

const built = new Map<string, Promise<string>>();

/** `builtSite` once per set of options in this test file: several suites may read the same site. */
export function sharedSite(options: Parameters<typeof tempProject>[0] = {}): Promise<string> {
  const key = JSON.stringify(options);
  let site = built.get(key);
  if (!site) built.set(key, (site = builtSite(options)));
  return site;
}

/** Every HTML page of a built site, as paths relative to it (`index.html`, `sources/000/index.html`). */
export async function htmlPages(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(site, join(e.parentPath, e.name)))
    .sort();
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".js": "text/javascript",
};

/** Serves `dir` on 127.0.0.1 at a free port; folders answer with their index.html. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

/** A headless Chromium with a fresh profile, no network beyond what the page asks for, no first-run noise. */
export async function launch(options: { javaScriptEnabled?: boolean; phone?: boolean } = {}): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), "sourcebrief-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.phone ? { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } } : {}),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** axe-core's source, injected into a page to audit it there. */
export const axeSource = (): Promise<string> =>
  readFile(join(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");
