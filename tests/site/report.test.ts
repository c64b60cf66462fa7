import { describe, expect, it } from "vitest";
import { buildSummary, WARNINGS_LISTED } from "../../src/site/report.ts";
import type { SiteData } from "../../src/site/siteData.ts";

function report(warnings: SiteData["warnings"]): string {
  const data = {
    sources: [],
    pointCount: 0,
    citationCount: 0,
    sections: [],
    changes: null,
    warnings,
  } as unknown as SiteData;
  return buildSummary(data);
}

const removal = (seed: number, line: number) => ({
  text: `seeds/${seed}.txt:${line}: removed share line "Share this article" (boilerplate)`,
  rule: "boilerplate",
});

describe("buildSummary", () => {
  it("should list a few warnings one by one, under their file", () => {
    const out = report([removal(1, 2), removal(1, 9), { text: "seeds/2.txt:4: repaired mojibake", rule: "mojibake" }]);
    expect(out).toContain("3 warning(s):\n  seeds/1.txt\n    2: removed share line");
    expect(out).toContain("    9: removed share line");
    expect(out).toContain("  seeds/2.txt\n    4: repaired mojibake");
  });

  it("should count thousands of warnings by rule and still show in full the few of a rare rule", () => {
    const many = Array.from({ length: 2000 }, (_, i) => removal(Math.floor(i / 4), 2 + (i % 4)));
    const rare = [{ text: "seeds/77.txt:12: repaired mojibake", rule: "mojibake" }];
    const out = report([...many, ...rare]);
    expect(out).toContain("2001 warning(s):");
    expect(out).toContain(
      '  boilerplate: 2000 in 500 file(s), e.g. seeds/0.txt:2: removed share line "Share this article" (boilerplate)',
    );
    expect(out).toContain("  mojibake: 1 in 1 file(s)\n    seeds/77.txt:12: repaired mojibake");
    expect(out).toContain("npm run check");
    expect(out.split("\n").length).toBeLessThan(WARNINGS_LISTED);
  });

  it("should list every warning up to the limit, and count them past it", () => {
    const atLimit = report(Array.from({ length: WARNINGS_LISTED }, (_, i) => removal(i, 2)));
    expect(atLimit.match(/removed share line/g)).toHaveLength(WARNINGS_LISTED);
    const past = report(Array.from({ length: WARNINGS_LISTED + 1 }, (_, i) => removal(i, 2)));
    expect(past.match(/removed share line/g)).toHaveLength(1);
  });
});

describe("buildSummary, warnings without a file", () => {
  it("should list a warning that names no file under (build), in full", () => {
    const out = report([{ text: "briefing.yaml: synonyms group has one word", rule: "config" }]);
    expect(out).toContain("1 warning(s):\n  (build)\n    briefing.yaml: synonyms group has one word");
  });
});

describe("buildSummary, coverage", () => {
  it("should say how many points each section lists under More, and how many single-source claims were cut", () => {
    const data = {
      sources: [],
      pointCount: 8,
      citationCount: 9,
      sections: [{ title: "Orders", points: [{ citations: [{}] }], more: [{ citations: [{}] }, { citations: [{}] }] }],
      changes: null,
      warnings: [],
      cut: 3,
      unplaced: 2,
    } as unknown as SiteData;
    const out = buildSummary(data);
    expect(out).toContain("Orders: 1 points (and 2 more), 1 citations");
    expect(out).toMatch(/3 single-source claim\(s\) left out for space/);
    expect(out).toMatch(
      /2 claim\(s\) two or more origins back are in no section: no section's cue terms pick them out/,
    );
  });
});
