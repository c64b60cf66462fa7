// Listing the seeds: links out of seeds/ and things that are not files refused by name, every naming problem collected.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, findOwnError } from "../../src/cli/build.ts";
import type { Message } from "../../src/model/messages.ts";
import { findSeeds, listSeeds } from "../../src/pipeline/listSeeds.ts";
import { snapshotDir, tempProject } from "../helpers.ts";

const SECRET = "operator:x:0:0:the build machine's private account list\n";

/** A file outside the project, as the system password file is: what a link in seeds/ must never publish. */
async function outsideFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "sourcebrief-outside-"));
  await writeFile(join(dir, "accounts"), SECRET.repeat(20));
  return join(dir, "accounts");
}

describe("listing seeds", () => {
  it("should refuse a seed that links to a file outside seeds/, by name, and build nothing from it", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const good = await snapshotDir(join(root, "_site"));
    const target = await outsideFile();
    await symlink(target, join(root, "seeds", "009_x.txt"));
    // A relative link climbing out of the folder is the same.
    await symlink("../briefing.yaml", join(root, "seeds", "010_settings.txt"));
    const found = await findSeeds(join(root, "seeds"), "seeds", []);
    expect(found.problems.map((p) => p.message)).toEqual([
      "seeds/009_x.txt: the seed is a link to a file outside the seeds folder, which is not read. Copy the article's text into a file in seeds/ instead of linking to it.",
      "seeds/010_settings.txt: the seed is a link to a file outside the seeds folder, which is not read. Copy the article's text into a file in seeds/ instead of linking to it.",
    ]);
    const failure = await buildSite({ root }).catch((e: unknown) => e);
    expect(findOwnError(failure)?.message).toMatch(/^seeds\/009_x\.txt: the seed is a link to a file outside/);
    const site = await snapshotDir(join(root, "_site"));
    expect(site).toEqual(good);
    expect(Object.values(site).some((b64) => Buffer.from(b64, "base64").toString().includes("operator:x"))).toBe(false);
    await rm(root, { recursive: true });
    await rm(join(target, ".."), { recursive: true });
  });

  it("should accept a link to a seed file inside seeds/, and a seeds folder that is itself a link", async () => {
    const root = await tempProject();
    await mkdir(join(root, "seeds", "archive"));
    const text = await readFile(join(root, "seeds", "004_09b10f78906402f2.txt"));
    await rm(join(root, "seeds", "004_09b10f78906402f2.txt"));
    await writeFile(join(root, "seeds", "archive", "kept.txt"), text);
    await symlink("archive/kept.txt", join(root, "seeds", "004_linked.txt"));
    const notes: Message[] = [];
    const found = await findSeeds(join(root, "seeds"), "seeds", notes);
    expect(found.problems).toEqual([]);
    expect(found.seeds.map((s) => s.file)).toContain("seeds/004_linked.txt");
    await symlink(join(root, "seeds"), join(root, "seeds-link"));
    expect((await findSeeds(join(root, "seeds-link"), "seeds", [])).seeds).toHaveLength(5);
    await rm(root, { recursive: true });
  });

  it("should say that a folder named like a seed is a folder, not that it has the wrong extension", async () => {
    const root = await tempProject();
    await mkdir(join(root, "seeds", "009_dir.txt"));
    const notes: Message[] = [];
    const found = await findSeeds(join(root, "seeds"), "seeds", notes);
    expect(found.seeds).toHaveLength(5);
    expect(notes.map(String)).toEqual([
      "seeds/009_dir.txt:1: a folder, not a seed: skipped (seeds inside folders are not read)",
    ]);
    await rm(root, { recursive: true });
  });

  it("should refuse a named pipe named like a seed instead of waiting on it for ever", async () => {
    const root = await tempProject();
    try {
      execFileSync("mkfifo", [join(root, "seeds", "009_pipe.txt")]);
    } catch {
      return; // no mkfifo on this system
    }
    const found = await findSeeds(join(root, "seeds"), "seeds", []);
    expect(found.problems.map((p) => p.message)).toEqual([
      "seeds/009_pipe.txt: the seed is not a regular file (a named pipe, socket or device?). Save the article as a plain text file in seeds/.",
    ]);
    await rm(root, { recursive: true });
  });

  it("should show control characters of a file name as escapes, never as raw bytes a terminal would obey", async () => {
    const root = await tempProject({ seeds: { "009_\u001b[31mred\u001b]0;pwned\u0007.txt": "" } });
    const found = await findSeeds(join(root, "seeds"), "seeds", []);
    const file = found.seeds.find((s) => s.id === "009")?.file;
    expect(file).toBe("seeds/009_\\x1b[31mred\\x1b]0;pwned\\x07.txt");
    const failure = await buildSite({ root }).catch((e: unknown) => e);
    expect(findOwnError(failure)?.message).toBe(
      "seeds/009_\\x1b[31mred\\x1b]0;pwned\\x07.txt: the seed is empty. Paste the article text into it, or delete the file.",
    );
    await rm(root, { recursive: true });
  });

  it("should collect every naming problem, each by name, and still list the good seeds", async () => {
    const root = await tempProject({
      seeds: { "-1_x.txt": "text", "005_a.txt": "text", "005_b.txt": "text", "ü09_x.txt": "text" },
    });
    await symlink("011_loop.txt", join(root, "seeds", "011_loop.txt"));
    await symlink("nowhere.txt", join(root, "seeds", "012_broken.txt"));
    const found = await findSeeds(join(root, "seeds"), "seeds", []);
    expect(found.seeds.map((s) => s.id)).toEqual(["000", "001", "002", "003", "004", "005"]);
    expect(found.problems.map((p) => p.message.split(":")[0])).toEqual([
      "seeds/-1_x.txt",
      "seeds/005_b.txt",
      "seeds/011_loop.txt",
      "seeds/012_broken.txt",
      "seeds/ü09_x.txt",
    ]);
    // The build stops on the first.
    await expect(listSeeds(join(root, "seeds"), "seeds", [])).rejects.toThrow(
      /^seeds\/-1_x\.txt: cannot derive a source id/,
    );
    await rm(root, { recursive: true });
  });
});
