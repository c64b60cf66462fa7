import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseConfig } from "../../src/settings/loadSettings.ts";
import { ConfigError } from "../../src/model/errors.ts";
import { REPO } from "../helpers.ts";

const shipped = readFileSync(join(REPO, "briefing.yaml"), "utf8");

describe("config", () => {
  it("should read the shipped settings with the four sections in contract order", () => {
    const config = parseConfig(shipped, "briefing.yaml");
    expect(config.sections.map((s) => s.id)).toEqual(["hardware-shift", "orders", "geopolitics", "open-questions"]);
    expect(config.sections[1]?.cues.order).toBe(3);
  });

  it("should name the line of an unknown key", () => {
    const text = shipped.replace('title: "DeepSeek', 'titel: "x"\ntitle: "DeepSeek');
    const line = text.split("\n").findIndex((l) => l.startsWith("titel")) + 1;
    expect(() => parseConfig(text, "briefing.yaml")).toThrow(
      new ConfigError(
        "briefing.yaml",
        line,
        'unknown key "titel"',
        "Use one of: title, edition, sections, limits, synonyms, makers, editorial.",
      ),
    );
  });

  it("should refuse a cue without a numeric weight, at its line", () => {
    const text = shipped.replace("      Ascend: 2", "      Ascend: lots");
    const line = text.split("\n").findIndex((l) => l.includes("Ascend: lots")) + 1;
    expect(() => parseConfig(text, "briefing.yaml")).toThrow(
      `briefing.yaml:${line}: cue "Ascend" needs a number as its weight`,
    );
  });

  it("should refuse a missing section", () => {
    const text = shipped.replace("id: orders", "id: hardware-shift");
    expect(() => parseConfig(text, "briefing.yaml")).toThrow(/section "orders" is not defined/);
  });

  it("should read synonym groups, and name the line of a group that is not a list of words", () => {
    expect(parseConfig(shipped, "briefing.yaml").synonyms?.[0]).toContain("processor");
    const text = shipped.replace("synonyms:\n", "synonyms:\n  - chip\n");
    const line = text.split("\n").indexOf("  - chip") + 1;
    expect(() => parseConfig(text, "briefing.yaml")).toThrow(
      `briefing.yaml:${line}: each synonym group must list two or more words`,
    );
    expect(() =>
      parseConfig(shipped.replace("synonyms:\n", "synonyms:\n  - [chip, AI chip]\n"), "briefing.yaml"),
    ).toThrow(/"AI chip" is not a single word/);
  });

  it("should read which company makes which products, and name the line of a maker whose products are not a list", () => {
    const makers = parseConfig(shipped, "briefing.yaml").makers;
    expect(makers?.get("ascend")).toBe("huawei");
    expect(makers?.get("h800")).toBe("nvidia");
    const text = shipped.replace("makers:\n", "makers:\n  Northwind: Falcon\n");
    const line = text.split("\n").indexOf("  Northwind: Falcon") + 1;
    expect(() => parseConfig(text, "briefing.yaml")).toThrow(
      `briefing.yaml:${line}: the products of northwind must be a list`,
    );
  });
});
