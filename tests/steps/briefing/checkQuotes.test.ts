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
