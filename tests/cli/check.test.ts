// `npm run check`: every problem of every seed listed as file:line, errors counted, nothing built.
import { describe, expect, it } from "vitest";
import { readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { checkSeeds } from "../../src/cli/check.ts";
import { FIXTURES, REPO, tempProject } from "../helpers.ts";

describe("check command", () => {
  it("should list warnings of good seeds and errors of bad ones, all as file:line, without building", async () => {
    const enc = (file: string) => readFile(join(FIXTURES, "encoding", file));
    const root = await tempProject({
      seeds: { "009_binary.txt": await enc("binary.txt"), "010_html.txt": await enc("html.txt"), "011_empty.txt": "" },
    });
    const report = await checkSeeds({ root });
    expect(report.errors).toBe(2);
    expect(report.lines).toContain(
      "seeds/009_binary.txt:1: error: it holds NUL bytes, so it is a binary file (an image, PDF or document?), not text. Save the article as plain text (UTF-8) and put that in seeds/ instead.",
    );
    expect(report.lines).toContain(
      "seeds/011_empty.txt:1: error: the seed is empty. Paste the article text into it, or delete the file.",
    );
    expect(report.lines).toContain(
      'seeds/010_html.txt:4: removed advertisement line "Advertisement" (boilerplate: advertisement)',
    );
    expect(report.lines).toContain(
      'seeds/000_7597d96bac2faded.txt:2: removed byline line "- Editorial Team" (boilerplate: byline)',
    );
    for (const line of report.lines) expect(line).toMatch(/^seeds\/[^:]+:\d+: /);
    expect(await readdir(root)).not.toContain("_site");
    await rm(root, { recursive: true });
  });

  it("should report no error for the shipped seeds", async () => {
    const report = await checkSeeds({ root: REPO });
    expect(report.errors).toBe(0);
    expect(report.seeds).toBe(5);
  });
});
