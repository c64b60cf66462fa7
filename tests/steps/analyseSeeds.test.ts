// The analysis step's last touch: sentences worded alike end up holding one string, with their text unchanged.
import { describe, expect, it } from "vitest";
import { segmentSource } from "../../src/steps/segmentSeeds.ts";
import { shareWordings } from "../../src/steps/analyseSeeds.ts";
import { sourceFrom } from "../helpers.ts";

describe("shareWordings", () => {
  it("leaves every sentence's text, id and place as they were", () => {
    const sources = [
      sourceFrom("Huawei shipped 600,000 chips. Nvidia did not comment.\n\nHuawei shipped 600,000 chips.", "001"),
      sourceFrom("Analysts expect more orders. Huawei shipped 600,000 chips.", "002"),
    ];
    sources.forEach(segmentSource);
    const before = sources.flatMap((s) => s.sentences.map(({ id, text, line, paragraph }) => ({ id, text, line, paragraph })));
    shareWordings(sources);
    expect(sources.flatMap((s) => s.sentences.map(({ id, text, line, paragraph }) => ({ id, text, line, paragraph })))).toEqual(before);
    expect(before.filter((s) => s.text === "Huawei shipped 600,000 chips.")).toHaveLength(3);
  });
});
