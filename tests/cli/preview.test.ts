// `npm start`, the preview server: it must stop when the maintainer presses Ctrl-C.
import { startPreview } from "../../scripts/previewServer.mjs";
import { describe, expect, it } from "vitest";
import { copyFile, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { REPO, tempProject } from "../helpers.ts";

/** Resolves once `test` matches the output so far, or rejects after `ms`. */
function waitFor(output: () => string, test: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (test.test(output())) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        reject(new Error(`no ${test} within ${ms} ms:\n${output().slice(-2000)}`));
      }
    }, 50);
  });
}

/** Resolves once the page at `url` passes `test`, or rejects after `ms`. */
async function pageUntil(url: string, test: (html: string) => boolean, ms: number): Promise<void> {
  const started = Date.now();
  let html = "";
  while (Date.now() - started < ms) {
    html = await fetch(url).then(
      (r) => (r.ok ? r.text() : ""),
      () => "",
    );
    if (test(html)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not change as expected within ${ms} ms:\n${html.slice(0, 500)}`);
}

const sourceCount = (html: string): number => Number(/(\d+) sources ·/.exec(html)?.[1] ?? Number.NaN);

describe("preview server", () => {
  it("should rebuild when a seed is deleted, in a project whose .gitignore lists the cache folder", async () => {
    const root = await tempProject();
    await symlink(join(REPO, "node_modules"), join(root, "node_modules"));
    await copyFile(join(REPO, ".gitignore"), join(root, ".gitignore"));
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("SOURCEBRIEF_")));
    const port = 9000 + Math.floor(Math.random() * 900);
    const preview = startPreview(root, { port, env });
    const server = preview.server;
    const output = preview.log;
    const url = `http://127.0.0.1:${port}/`;
    try {
      await waitFor(output, /Server at/, 60_000);
      await pageUntil(url, (h) => sourceCount(h) === 5, 30_000);
      const before = (await readdir(join(root, "seeds"))).sort();
      const seed = await readFile(join(root, "seeds", "004_09b10f78906402f2.txt"), "utf8");
      const extra = join(root, "seeds", "009_extra.txt");
      await writeFile(extra, `${seed}\nA closing line of its own makes this copy a different article.\n`);
      await pageUntil(url, (h) => sourceCount(h) === 6, 30_000);
      await rm(extra);
      await pageUntil(url, (h) => sourceCount(h) === 5, 30_000);
      // Nothing the maintainer would see or commit is left in seeds/.
      expect((await readdir(join(root, "seeds"))).sort()).toEqual(before);
    } finally {
      server.kill("SIGINT");
      await new Promise((r) => setTimeout(r, 500));
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);

  it("should stop on Ctrl-C (SIGINT) once it has built and is watching the seeds", async () => {
    const root = await tempProject();
    await symlink(join(REPO, "node_modules"), join(root, "node_modules"));
    // What `npm start` runs, on a port of its own; none of the build command's settings leak in from other tests.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("SOURCEBRIEF_")));
    const port = 9000 + Math.floor(Math.random() * 900);
    const preview = startPreview(root, { port, env });
    const server = preview.server;
    const output = preview.log;
    const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
    try {
      await waitFor(output, /Server at/, 60_000);
      server.kill("SIGINT");
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
      ]);
      expect(stopped, `still running 10 s after SIGINT:\n${output().slice(-1000)}`).toBe(true);
    } finally {
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
      await rm(root, { recursive: true, force: true });
    }
  }, 90_000);
});
