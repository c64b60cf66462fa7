// Text or not: NUL bytes, control characters, and the size limit as a setting.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rm } from "node:fs/promises";
import { binaryReason, controlShare } from "../../src/text/inspect.ts";
import { readSeed as readSource } from "../helpers.ts";

import { parseConfig } from "../../src/settings/loadSettings.ts";
import { FIXTURES, REPO, tempProject } from "../helpers.ts";
import { resolveOptions } from "../../src/pipeline/options.ts";

describe("telling text from binary", () => {
  it("should not call UTF-16 with a BOM binary, though it holds NUL bytes", () => {
    expect(binaryReason(readFileSync(join(FIXTURES, "encoding", "utf16le-bom.txt")))).toBeNull();
    expect(binaryReason(readFileSync(join(FIXTURES, "encoding", "binary.txt")))).toMatch(/NUL bytes/);
  });

  it("should name UTF-16 without a BOM rather than call it binary", () => {
    const bytes = readFileSync(join(FIXTURES, "encoding", "utf16le-bom.txt")).subarray(2);
    expect(binaryReason(bytes)).toBe(
      "it looks like UTF-16 text without a byte-order mark, which cannot be read reliably",
    );
  });

  it("should measure control characters against visible text", () => {
    expect(controlShare("Huawei\u0007 ships chips.").count).toBe(1);
    expect(controlShare("\u0001\u0002\u0003ab").share).toBeCloseTo(0.6);
  });

  it("should remove a few stray control characters with a warning, and keep the text", async () => {
    const root = await tempProject({
      seeds: { "100_ctl.txt": "Huawei\u0007 shipped Ascend chips\u001B to Tencent this year.\n" },
    });
    const source = await readSource({ id: "100", file: "seeds/100_ctl.txt", path: join(root, "seeds", "100_ctl.txt") });
    expect(source.lines[0]?.text).toBe("Huawei shipped Ascend chips to Tencent this year.");
    expect(source.messages.map(String)).toEqual(["seeds/100_ctl.txt:1: removed 2 invisible control character(s)"]);
    await rm(root, { recursive: true });
  });
});

describe("the seed size limit", () => {
  it("should be read from limits.maxSeedBytes in briefing.yaml", () => {
    const shipped = readFileSync(join(REPO, "briefing.yaml"), "utf8");
    expect(parseConfig(`${shipped}\nlimits:\n  maxSeedBytes: 5000\n`, "briefing.yaml").maxSeedBytes).toBe(5000);
    expect(parseConfig(shipped, "briefing.yaml").maxSeedBytes).toBeUndefined();
  });

  it("should refuse a limit that is not a whole number, at its line", () => {
    const shipped = readFileSync(join(REPO, "briefing.yaml"), "utf8");
    const text = `${shipped.trimEnd()}\nlimits:\n  maxSeedBytes: lots\n`;
    const line = text.split("\n").length - 1;
    expect(() => parseConfig(text, "briefing.yaml")).toThrow(
      `briefing.yaml:${line}: maxSeedBytes must be a whole number of bytes above 0. Write e.g. maxSeedBytes: 2000000.`,
    );
  });

  it("should throw a TypeError for a bad maxSeedBytes option", () => {
    expect(() => resolveOptions({ maxSeedBytes: -1 })).toThrow(
      new TypeError("maxSeedBytes must be a positive integer, got -1"),
    );
    expect(resolveOptions({ maxSeedBytes: 10 }).maxSeedBytes).toBe(10);
  });
});
