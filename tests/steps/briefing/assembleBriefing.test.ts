import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { runPipeline } from "../../../src/pipeline/run.ts";

import { FIXTURES, REPO, tempProject } from "../../helpers.ts";
import { corroboration } from "../../../src/rules/strength.ts";
import { pointText } from "../../../src/rules/pointText.ts";

describe("assembleBriefing", async () => {
  const mini = await runPipeline({ root: join(FIXTURES, "mini") });
  const shipped = await runPipeline({ root: REPO });

  it("should give every point at least one citation, one per backing source outside Open questions, and never one twice", () => {
    for (const section of shipped.briefing!.sections) {
      for (const point of section.points) {
        const sources = point.citations.map((c) => c.source);
        expect(sources.length).toBeGreaterThan(0);
        expect(new Set(point.citations.map((c) => `${c.source}:${c.line}:${c.quote}`)).size).toBe(sources.length);
        // Open questions may cite a question and, apart from it, its answer in the same source.
        if (section.id !== "open-questions") expect(new Set(sources).size).toBe(sources.length);
      }
    }
  });

  it("should order a section's points most corroborated first (Open questions: most open first)", () => {
    for (const section of shipped.briefing!.sections.filter((s) => s.id !== "open-questions")) {
      // Corroboration is counted in independent origins: five pages that repeat one report count one.
      const counts = section.points.map((p) => p.origins?.length ?? new Set(p.citations.map((c) => c.source)).size);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it("should show at most eight points per section, none of them a question-less fragment", () => {
    for (const section of shipped.briefing!.sections) {
      expect(section.points.length).toBeLessThanOrEqual(8);
      for (const p of section.points) expect(p.text).toMatch(/[.!?]["”’)]?$/);
    }
  });

  it("should cite the paragraph and line a quote stands on", () => {
    const citation = mini
      .briefing!.sections.flatMap((s) => s.points.flatMap((p) => p.citations))
      .find((c) => c.source === "010" && c.quote.startsWith("Engineers at Acme Cloud rewrote"))!;
    // The headline is the title, and the byline, date and read time under it are removed: line 7 is paragraph 3.
    expect(citation).toMatchObject({ paragraph: 3, line: 7 });
    expect(mini.claims.some((c) => corroboration(c) === 2)).toBe(true);
  });

  it("should take the edition from the latest published date of the seeds", () => {
    expect(mini.briefing!.edition).toBe("2026-04-02");
    expect(shipped.briefing!.edition).toBeNull();
  });

  it("should give the same point ids on every run", async () => {
    const again = await runPipeline({ root: REPO });
    const ids = (s: typeof shipped) => s.briefing!.sections.flatMap((x) => x.points.map((p) => p.id));
    expect(ids(again)).toEqual(ids(shipped));
    expect(new Set(ids(shipped)).size).toBe(ids(shipped).length);
  });

  it("should count the claims two origins back that no section's cues pick out, for the build summary", async () => {
    const seed = (outlet: string, rest: string) =>
      `---\npublisher: ${outlet}\n---\nThe Quillon lab released its Vireo language model to the public on Tuesday morning.\n${rest}\n`;
    const root = await tempProject({
      seeds: {
        "050_a.txt": seed("Pelham Post", "The lab has about forty staff in two offices."),
        "051_b.txt": seed("Arden Daily", "Its founders met at a university robotics club."),
      },
    });
    const state = await runPipeline({ root });
    const claim = state.claims.find((c) => c.representative.text.includes("Vireo"));
    expect(claim?.section).toBeNull();
    expect(corroboration(claim!)).toBe(2);
    expect(state.unplaced).toBeGreaterThanOrEqual(1);
    expect(shipped.unplaced).toBe(shipped.claims.filter((c) => c.section === null && corroboration(c) >= 2).length);
  });
});

describe("pointText", () => {
  it("should drop a space pasted before punctuation while the quote keeps it", async () => {
    const shipped = await runPipeline({ root: REPO });
    const claim = shipped.claims.find((c) => c.representative.text.includes("cited by Reuters ,"));
    expect(claim && pointText(claim)).toContain("cited by Reuters, said");
  });
});
