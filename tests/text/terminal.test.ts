// Text bound for the terminal: what a seed's name or text holds is shown, never obeyed.
import { execFile } from "node:child_process";
import { rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { escapeControls, terminalSafe } from "../../src/text/terminal.ts";
import { REPO, tempProject } from "../helpers.ts";

describe("terminal-safe text", () => {
  it("should write escape sequences, bells, carriage returns and direction overrides as visible escapes", () => {
    expect(escapeControls("a\u001b[31mb\u0007c\rd\u202ee\u009bf")).toBe("a\\x1b[31mb\\x07c\\x0dd\\u202ee\\x9bf");
    expect(escapeControls("line\nbreak\ttab")).toBe("line\\x0abreak\\x09tab");
  });

  it("should keep the newlines and tabs that lay a report out, and leave ordinary text alone", () => {
    expect(terminalSafe("seeds/a.txt:1: café — “quoted” 日本\n\tnext\u001b]0;title\u0007")).toBe(
      "seeds/a.txt:1: café — “quoted” 日本\n\tnext\\x1b]0;title\\x07",
    );
  });

  it("should print a seed's file name with escape codes escaped in `npm run check`", async () => {
    const root = await tempProject({ seeds: { "009_\u001b[31mred\u001b]0;pwned\u0007.txt": "" } });
    await symlink(join(REPO, "node_modules"), join(root, "node_modules"));
    const run = await promisify(execFile)(process.execPath, ["--import", "tsx", join(REPO, "src/cli/check.ts")], {
      cwd: root,
    }).catch((e: { stdout: string; stderr: string }) => e);
    expect(run.stdout).toContain(
      "seeds/009_\\x1b[31mred\\x1b]0;pwned\\x07.txt:1: error: the seed is empty. Paste the article text into it, or delete the file.",
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/[\u0007\u001b]/);
    await rm(root, { recursive: true });
  });
});
