// A new seed that repeats a claim the briefing already makes adds a citation to that point, not a new point.
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../../src/pipeline/run.ts";
import type { Briefing, SectionId } from "../../../src/model/types.ts";
import { tempProject } from "../../helpers.ts";

const REPEAT = `---
title: Chip orders pile up before DeepSeek's launch
publisher: Test Wire
---
# Chip orders pile up before DeepSeek's launch

Alibaba, ByteDance and Tencent have ordered hundreds of thousands of Huawei AI chips before the V4 release, people familiar with the purchases said.

The weather in Hangzhou was mild on Tuesday, and the city's parks were busy with visitors.
`;

const pointsIn = (b: Briefing, id: SectionId) => b.sections.find((s) => s.id === id)?.points ?? [];

describe("a seed that repeats a known claim", () => {
  it("should add its citation to the existing point rather than make a new point", async () => {
    const before = (await runPipeline({ root: await tempProject() })).briefing as Briefing;
    const after = (await runPipeline({ root: await tempProject({ seeds: { "050_repeat.txt": REPEAT } }) }))
      .briefing as Briefing;
    const orderPoint = (b: Briefing) =>
      pointsIn(b, "orders").find((p) => /Alibaba/.test(p.text) && /Huawei/.test(p.text));
    const was = orderPoint(before);
    const now = orderPoint(after);
    expect(was).toBeDefined();
    expect(now?.citations.map((c) => c.source)).toEqual(
      expect.arrayContaining([...(was?.citations ?? []).map((c) => c.source), "050"]),
    );
    expect(now?.citations.length).toBe((was?.citations.length ?? 0) + 1);
    // Nowhere else does the new seed become a point of its own.
    const own = after.sections.flatMap((s) => s.points).filter((p) => p.citations.every((c) => c.source === "050"));
    expect(own).toEqual([]);
  });
});
