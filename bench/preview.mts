// `npm run bench:preview`: how fast the running preview (`npm start`) follows an edit of one seed in a large archive.
// Writes a corpus into a throwaway project, starts the dev server, waits for its first build, then appends a
// sentence to one seed three times and times each regeneration until Eleventy reports the files it wrote.
import { startPreview } from "../scripts/previewServer.mjs";
import { appendFile, cp, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CORPUS_SEED, writeCorpus } from "./corpus.ts";

const repo = resolve(import.meta.dirname, "..");
const size = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(size) || size < 1) throw new Error("usage: npm run bench:preview -- [seeds, default 1000]");

const root = await mkdtemp(join(tmpdir(), "sourcebrief-preview-bench-"));
await writeCorpus(root, size, CORPUS_SEED, await readFile(join(repo, "briefing.yaml"), "utf8"));
for (const name of ["src", "templates", "eleventy.config.ts", "package.json", "tsconfig.json"])
  await cp(join(repo, name), join(root, name), { recursive: true });
await symlink(join(repo, "node_modules"), join(root, "node_modules"));

const port = 8000 + Math.floor(Math.random() * 900);
const preview = startPreview(root, { port });
const server = preview.server;
const WROTE = /Wrote (\d+) files in ([\d.]+) seconds/;

/** Milliseconds until Eleventy reports a finished build after log offset `from`. */
async function built(from: number): Promise<number> {
  const start = performance.now();
  while (!WROTE.test(preview.log().slice(from))) {
    if (performance.now() - start > 600_000 || server.exitCode !== null)
      throw new Error(`no build reported:\n${preview.log().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return performance.now() - start;
}

try {
  const seed = join(root, "seeds", `${"0".padStart(String(size - 1).length, "0")}.txt`);
  const first = await built(0);
  process.stdout.write(
    `${size} seeds: first build of the preview ${(first / 1000).toFixed(2)} s (the seed cache filled as it goes)\n`,
  );
  for (let i = 1; i <= 3; i++) {
    await new Promise((r) => setTimeout(r, 1500));
    const mark = preview.log().length;
    const start = performance.now();
    await appendFile(seed, `\nThe company said more details would follow in ${i + 1} weeks.\n`);
    await built(mark);
    const [, files, seconds] = WROTE.exec(preview.log().slice(mark)) ?? [];
    process.stdout.write(
      `edit ${i}: regenerated in ${((performance.now() - start) / 1000).toFixed(2)} s from saving the seed (Eleventy: ${files} files written, ${seconds} s)\n`,
    );
  }
} finally {
  server.kill();
  await rm(root, { recursive: true, force: true });
}
