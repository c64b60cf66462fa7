// Checks `npm start` for real: copies the project, serves it, edits seeds and src/, and times how soon the page follows.
import { startPreview } from "./previewServer.mjs";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repo = resolve(import.meta.dirname, "..");
const port = 8000 + Math.floor(Math.random() * 900);
const root = await mkdtemp(join(tmpdir(), "sourcebrief-preview-"));
for (const name of [
  "src",
  "seeds",
  "templates",
  "briefing.yaml",
  "eleventy.config.ts",
  "package.json",
  "tsconfig.json",
  // Eleventy reads it: what it lists is not watched.
  ".gitignore",
])
  await cp(join(repo, name), join(root, name), { recursive: true });
await symlink(join(repo, "node_modules"), join(root, "node_modules"));
const preview = startPreview(root, { port });
const server = preview.server;

const page = async (path = "/") =>
  fetch(`http://127.0.0.1:${port}${path}`).then(
    (r) => (r.ok ? r.text() : ""),
    () => "",
  );
/** Milliseconds until the served page satisfies `test`, or null after 10 s. */
async function until(test, path = "/") {
  const start = performance.now();
  while (performance.now() - start < 10_000) {
    if (test(await page(path))) return Math.round(performance.now() - start);
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}
const sources = (html) => Number(/(\d+) sources ·/.exec(html)?.[1] ?? NaN);
const results = [];
const check = async (name, act, test, path = "/") => {
  await act();
  const ms = await until(test, path);
  results.push(`${ms === null ? "FAIL" : "ok  "} ${name}${ms === null ? "" : `: ${ms} ms`}`);
};

try {
  await until((html) => sources(html) === 5);
  const seed = join(root, "seeds", "004_09b10f78906402f2.txt");
  // A seed with the same text as another is refused, so the probe adds a line of its own to a copy.
  const probe = `${await readFile(seed, "utf8")}\nThe preview probe added this closing line to make the article its own.\n`;
  await check(
    "added seed shows",
    () => writeFile(join(root, "seeds", "009_copy.txt"), probe),
    (h) => sources(h) === 6,
  );
  await check(
    "edited seed shows",
    () => writeFile(join(root, "seeds", "009_copy.txt"), `---\ntitle: Preview probe title\n---\n${probe}`),
    (h) => h.includes("Preview probe title"),
  );
  // Pages of unchanged seeds are kept from the build before; the edited seed's own page must not be one of them.
  await check(
    "edited seed's page shows",
    async () => {},
    (h) => h.includes("<h1>Preview probe title</h1>"),
    "/sources/009/index.html",
  );
  await check(
    "deleted seed disappears",
    () => rm(join(root, "seeds", "009_copy.txt")),
    (h) => sources(h) === 5,
  );
  const site = join(root, "src", "site", "siteData.ts");
  await check(
    "edit of src/ is picked up",
    async () =>
      writeFile(
        site,
        (await readFile(site, "utf8")).replace("title: briefing.title,", "title: briefing.title + ' (src edited)',"),
      ),
    (h) => h.includes("(src edited)"),
  );
  await writeFile(join(root, "seeds", "010_blank.txt"), "\n  \n");
  await new Promise((r) => setTimeout(r, 1500));
  const kept = (await page()).includes("(src edited)");
  results.push(
    `${kept && preview.log().includes("seeds/010_blank.txt: the seed is empty") ? "ok  " : "FAIL"} broken seed: error in the terminal, last good page kept`,
  );
  const mark = preview.log().length;
  await check(
    "builds again once the broken seed is removed",
    () => rm(join(root, "seeds", "010_blank.txt")),
    () => /Wrote [1-9]\d* files/.test(preview.log().slice(mark)),
  );
} finally {
  server.kill();
  await rm(root, { recursive: true, force: true });
}
console.log(results.join("\n"));
process.exitCode = results.some((r) => r.startsWith("FAIL")) ? 1 : 0;
