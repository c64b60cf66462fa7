// Bad seeds stop the build with one message naming the file, and the last good _site/ stays as it was, byte for byte.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendFile, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { buildSite, findOwnError } from "../../src/cli/build.ts";
import { FIXTURES, REPO, snapshotDir, tempProject } from "../helpers.ts";

const encoding = (file: string) => readFile(join(FIXTURES, "encoding", file));

describe("a build with a bad seed", () => {
  let root = "";
  let good: Record<string, string> = {};

  beforeAll(async () => {
    root = await tempProject();
    await buildSite({ root });
    good = await snapshotDir(join(root, "_site"));
  });
  afterAll(() => rm(root, { recursive: true }));

  // Each case writes one bad file, builds, and checks the message and that _site/ is untouched.
  async function refuse(name: string, write: (path: string) => Promise<unknown>): Promise<string> {
    const path = join(root, "seeds", name);
    await write(path);
    try {
      const failure = await buildSite({ root }).then(
        () => null,
        (e: unknown) => e,
      );
      const own = findOwnError(failure);
      expect(own, "the build should fail with sourcebrief's own error").not.toBeNull();
      expect(await snapshotDir(join(root, "_site"))).toEqual(good);
      expect((await readdir(root)).filter((n) => n.startsWith("_site."))).toEqual([]);
      return own?.message ?? "";
    } finally {
      await rm(path, { force: true });
    }
  }

  it("should refuse an empty seed", async () => {
    expect(await refuse("009_bad.txt", async (p) => writeFile(p, await encoding("empty.txt")))).toBe(
      "seeds/009_bad.txt: the seed is empty. Paste the article text into it, or delete the file.",
    );
  });

  it("should refuse a whitespace-only seed", async () => {
    expect(await refuse("009_bad.txt", async (p) => writeFile(p, await encoding("blank.txt")))).toBe(
      "seeds/009_bad.txt: the seed is empty. Paste the article text into it, or delete the file.",
    );
  });

  it("should refuse a binary file", async () => {
    expect(await refuse("009_bad.txt", async (p) => writeFile(p, await encoding("binary.txt")))).toBe(
      "seeds/009_bad.txt: it holds NUL bytes, so it is a binary file (an image, PDF or document?), not text. Save the article as plain text (UTF-8) and put that in seeds/ instead.",
    );
  });

  it("should refuse a file of control characters", async () => {
    expect(await refuse("009_bad.txt", async (p) => writeFile(p, await encoding("controls.txt")))).toMatch(
      /^seeds\/009_bad\.txt: the seed is mostly control characters \(\d+%\), not text\. Save the article as plain text/,
    );
  });

  it("should refuse a seed over the default 2 MB limit", async () => {
    const big = "Huawei shipped more Ascend chips to Tencent this year. ".repeat(40_000);
    expect(await refuse("009_bad.txt", (p) => writeFile(p, big))).toBe(
      `seeds/009_bad.txt: the seed is ${Buffer.byteLength(big).toLocaleString("en-US")} bytes, over the limit of 2,097,152 bytes. Paste only the article's text, or raise limits.maxSeedBytes in briefing.yaml.`,
    );
  });

  it("should refuse a seed over a limit set in briefing.yaml", async () => {
    const settings = await readFile(join(root, "briefing.yaml"), "utf8");
    await appendFile(join(root, "briefing.yaml"), "limits:\n  maxSeedBytes: 10000\n");
    try {
      const message = await refuse("009_bad.txt", (p) =>
        writeFile(p, "Huawei shipped more Ascend chips to Tencent this year.\n".repeat(200)),
      );
      expect(message).toBe(
        "seeds/009_bad.txt: the seed is 11,000 bytes, over the limit of 10,000 bytes. Paste only the article's text, or raise limits.maxSeedBytes in briefing.yaml.",
      );
    } finally {
      await writeFile(join(root, "briefing.yaml"), settings);
    }
  });

  it("should refuse a seed with no usable sentence after cleaning", async () => {
    expect(
      await refuse("009_bad.txt", (p) =>
        writeFile(p, "Advertisement\nShare this article\nSign up for our daily newsletter\nComments\n"),
      ),
    ).toBe(
      "seeds/009_bad.txt: no usable sentence is left after cleaning (4 line(s) were removed as page furniture or garbled text). Run npm run check to see what was removed, and paste the article's own text.",
    );
  });

  it("should refuse two seeds with the same content", async () => {
    const original = (await readdir(join(root, "seeds"))).find((n) => n.startsWith("002_")) as string;
    expect(await refuse("009_copy.txt", async (p) => writeFile(p, await readFile(join(root, "seeds", original))))).toBe(
      `seeds/009_copy.txt: the seed has the same text as seeds/${original}. Delete one of the two files.`,
    );
  });

  it("should refuse an unreadable file", async () => {
    expect(await refuse("009_gone.txt", (p) => symlink(join(root, "nowhere.txt"), p))).toBe(
      "seeds/009_gone.txt: cannot read the file (a broken link?). Check that it exists and is readable, or remove it.",
    );
  });

  it("should refuse a bad front matter date at its line", async () => {
    expect(
      await refuse("009_bad.txt", (p) =>
        writeFile(
          p,
          "---\ntitle: Chips\npublished: last Tuesday\n---\nHuawei shipped more Ascend chips to Tencent this year.\n",
        ),
      ),
    ).toBe(
      'seeds/009_bad.txt:3: published "last Tuesday" is not a date. Write the day the article came out as YYYY-MM-DD, e.g. published: 2026-04-05.',
    );
  });

  it("should print one clear message from npm run build, no stack trace, and exit 1", async () => {
    const path = join(root, "seeds", "009_bad.txt");
    await writeFile(path, await encoding("binary.txt"));
    try {
      const run = promisify(execFile)(
        process.execPath,
        ["--import", import.meta.resolve("tsx"), join(REPO, "src", "cli", "build.ts")],
        { cwd: root },
      );
      const failure = (await run.then(
        () => null,
        (e: unknown) => e,
      )) as { code: number; stderr: string } | null;
      expect(failure?.code).toBe(1);
      expect(failure?.stderr.trim()).toBe(
        "build failed: seeds/009_bad.txt: it holds NUL bytes, so it is a binary file (an image, PDF or document?), not text. Save the article as plain text (UTF-8) and put that in seeds/ instead.\n_site/ was left as the last good build wrote it.",
      );
      expect(await snapshotDir(join(root, "_site"))).toEqual(good);
    } finally {
      await rm(path, { force: true });
    }
  });
});
