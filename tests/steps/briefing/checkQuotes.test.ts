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
