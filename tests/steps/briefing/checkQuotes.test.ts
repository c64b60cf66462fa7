import { describe, expect, it } from "vitest";
import { checkBriefingQuotes } from "../../../src/steps/briefing/checkQuotes.ts";
import { comparable } from "../../../src/text/comparable.ts";
import type { Message } from "../../../src/model/messages.ts";
import type { Briefing } from "../../../src/model/types.ts";
import { sourceFrom } from "../../helpers.ts";

describe("checkQuotes", () => {
  const source = sourceFrom("Huawei’s chips  shipped to “Tencent” in May.\nNothing else.", "001");
  const briefing = (quote: string): Briefing => ({
    schemaVersion: 1,
    title: "t",
    edition: null,
    sources: [],
    sections: [
      {
        id: "orders",
        title: "O",
        description: "",
        points: [{ id: "p", text: "x", citations: [{ source: "001", paragraph: 1, line: 1, quote }] }],
      },
    ],
  });

  it("should accept a quote that differs only in typography", () => {
    expect(comparable("Huawei’s “chips”\u00a0 here")).toBe(`Huawei's "chips" here`);
    const problems: Message[] = [];
    const checked = checkBriefingQuotes(briefing(`Huawei's chips shipped to "Tencent" in May.`), [source], problems);
    expect(checked.sections[0]?.points).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it("should drop a point whose quote the source does not say, and report it", () => {
    const problems: Message[] = [];
    const checked = checkBriefingQuotes(briefing("Huawei shipped chips to Alibaba."), [source], problems);
    expect(checked.sections[0]?.points).toHaveLength(0);
    expect(problems.map(String)).toEqual([
      'seeds/001_test.txt:1: quote not found verbatim, citation dropped: "Huawei shipped chips to Alibaba.…"',
    ]);
  });

  it("should drop a quote of a repaired line: the file does not say it in those words", () => {
    const repaired = sourceFrom("Huawei’s chips shipped in May.", "002");
    repaired.lines = [{ text: "Huawei’s chips shipped in May.", line: 1, original: "Huaweiโs chips shipped in May." }];
    const problems: Message[] = [];
    const quote = briefing("Huawei’s chips shipped in May.");
    const cited = {
      ...quote,
      sections: quote.sections.map((s) => ({
        ...s,
        points: s.points.map((p) => ({ ...p, citations: p.citations.map((c) => ({ ...c, source: "002" })) })),
      })),
    };
    expect(checkBriefingQuotes(cited, [repaired], problems).sections[0]?.points).toHaveLength(0);
    expect(problems).toHaveLength(1);
  });
});

describe("quotes of repaired lines, end to end", async () => {
  const { tempProject } = await import("../../helpers.ts");
  const { runPipeline } = await import("../../../src/pipeline/run.ts");
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  // Two outlets report one order; in the first, the line was saved through a wrong decode ("â€™" for "’").
  const garbled = "Huaweiâ€™s Ascend chips were ordered by Tencent and Alibaba in large numbers this spring.";
  const root = await tempProject({
    seeds: {
      "300_garbled.txt": `Chip orders pile up\n\n${garbled}\nHuawei shipped the first Ascend 950 cards to cloud operators in March.\n`,
      "301_clean.txt":
        "Tencent and Alibaba order Ascend chips\n\nHuawei’s Ascend chips were ordered by Tencent and Alibaba in large numbers this spring.\n",
    },
  });
  const state = await runPipeline({ root });

  it("should never quote the repaired line, while a clean source still backs the point", () => {
    const citations = state.briefing!.sections.flatMap((s) =>
      [...s.points, ...(s.more ?? [])].flatMap((p) => p.citations),
    );
    const file = readFileSync(join(root, "seeds", "300_garbled.txt"), "utf8");
    for (const c of citations.filter((c) => c.source === "300")) expect(file).toContain(c.quote);
    expect(citations.some((c) => c.source === "301" && c.quote.startsWith("Huawei’s Ascend chips were ordered"))).toBe(
      true,
    );
  });
});

describe("checkQuotes, 'More in' points", () => {
  it("should check the quotes of a section's More points as it checks its points", () => {
    const source = sourceFrom("Huawei shipped chips to Tencent in May.\nNothing else.", "001");
    const cite = (quote: string) => [{ source: "001", paragraph: 1, line: 1, quote }];
    const briefing: Briefing = {
      schemaVersion: 1,
      title: "t",
      edition: null,
      sources: [],
      sections: [
        {
          id: "orders",
          title: "O",
          description: "",
          points: [{ id: "p", text: "x", citations: cite("Huawei shipped chips to Tencent in May.") }],
          more: [
            { id: "m1", text: "y", citations: cite("Nothing else.") },
            { id: "m2", text: "z", citations: cite("Huawei shipped chips to ByteDance.") },
          ],
        },
      ],
    };
    const problems: Message[] = [];
    const checked = checkBriefingQuotes(briefing, [source], problems);
    expect(checked.sections[0]?.more?.map((p) => p.id)).toEqual(["m1"]);
    expect(problems).toHaveLength(1);
  });
});

describe("checkQuotes, origins", () => {
  it("should take a source off a point's origins once its quote is dropped, and keep an outlet others still credit", () => {
    const a = sourceFrom("Huawei shipped chips to Tencent in May.", "001");
    const b = sourceFrom("Tencent received Huawei chips in May, Reuters reported.", "002");
    const c = sourceFrom("Huawei chips reached Tencent in May, according to Reuters.", "003");
    const cite = (source: string, quote: string) => ({ source, paragraph: 1, line: 1, quote });
    const briefing: Briefing = {
      schemaVersion: 1,
      title: "t",
      edition: null,
      sources: [],
      sections: [
        {
          id: "orders",
          title: "O",
          description: "",
          points: [
            {
              id: "p",
              text: "x",
              origins: ["001", "Reuters"],
              citations: [
                // Not what source 001 says: dropped, and with it the badge's count of 001.
                cite("001", "Huawei shipped chips to Alibaba in May."),
                cite("002", "Tencent received Huawei chips in May, Reuters reported."),
                cite("003", "Huawei chips reached Tencent in May, according to Reuters."),
              ],
            },
          ],
        },
      ],
    };
    const checked = checkBriefingQuotes(briefing, [a, b, c], []);
    expect(checked.sections[0]?.points[0]?.origins).toEqual(["Reuters"]);
  });
});
