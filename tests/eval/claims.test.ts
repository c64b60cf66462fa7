// The claim evaluation on a three-article set whose right answers are known: what it counts as right and as wrong.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateClaims, loadClaimLabels, scoreClaims } from "../../src/eval/claims.ts";
import type { PipelineState } from "../../src/pipeline/state.ts";
import { FIXTURES, REPO } from "../helpers.ts";

const SET = join(FIXTURES, "eval", "claims-mini");
const CONFIG = join(REPO, "briefing.yaml");

describe("claim evaluation", async () => {
  const score = await evaluateClaims(SET, CONFIG);

  it("should read the set's metadata from its front matter", () => {
    expect(score.metadata.publisher).toEqual({ hits: 3, of: 3 });
    expect(score.metadata.published).toEqual({ hits: 3, of: 3 });
  });

  it("should find the labelled disagreements (figures, a denial, a comparison) and count nothing else as one", () => {
    expect(score.disagreementRecall).toEqual({ hits: 3, of: 3 });
    expect(score.disagreementPrecision).toEqual({ hits: 3, of: 3 });
  });

  it("should count a wrong merge against merge precision and a missed one against recall", async () => {
    const labels = await loadClaimLabels(SET);
    const sentence = (source: string, text: string, id: string) => ({ id, source, text });
    const a = sentence("500", labels.claims[0]?.members[0]?.text ?? "", "500-p1-s1");
    const b = sentence("501", labels.claims[0]?.members[1]?.text ?? "", "501-p1-s1");
    const c = sentence("502", labels.claims[3]?.members[0]?.text ?? "", "502-p1-s1");
    const state = {
      sources: [
        { id: "500", file: "seeds/500_wire.txt", sentences: [a] },
        { id: "501", file: "seeds/501_blog.txt", sentences: [b] },
        { id: "502", file: "seeds/502_note.txt", sentences: [c] },
      ],
      // The negated report merged with the plain ones: one right pair (a-b), two wrong (a-c, b-c).
      claims: [{ id: "x", members: [a, b, c] }],
      disagreements: [],
      briefing: { sections: [], sources: [] },
    } as unknown as PipelineState;
    const wrong = scoreClaims(state, labels);
    expect(wrong.mergePrecision).toEqual({ hits: 1, of: 3 });
    expect(wrong.mergeRecall).toEqual({ hits: 1, of: 1 });
    expect(wrong.notes.join("\n")).toContain("wrong merge: orders-not-placed + orders-placed");
  });

  it("should count a quoted furniture line or a label run into a quote as a leak, never a tag or a repeated claim", async () => {
    const labels = await loadClaimLabels(SET);
    const page = [
      "Advertisement",
      "Three hospital groups have placed large orders, a trade paper reported.",
      "",
      "Northwind said its scanner ships in June.",
      "",
      "Related: Northwind said its scanner ships in June",
      "Share this story on Threadline",
      "Northwind",
    ];
    const lines = page.map((text, i) => ({ line: i + 1, text }));
    const cite = (line: number, quote: string) => ({ source: "500", paragraph: 1, line, quote });
    const state = {
      sources: [{ id: "500", file: "seeds/500_wire.txt", sentences: [], lines, kept: lines }],
      claims: [],
      disagreements: [],
      briefing: {
        sources: [],
        sections: [
          {
            points: [
              // A share row quoted as a point, and a label line run into the sentence under it: both leak.
              { id: "a", text: "", citations: [cite(7, "Share this story on Threadline")] },
              {
                id: "b",
                text: "",
                citations: [cite(1, "Advertisement Three hospital groups have placed large orders.")],
              },
              // The company's name is also a tag, and the claim is repeated in a related link: neither leaks.
              { id: "c", text: "", citations: [cite(4, "Northwind said its scanner ships in June.")] },
            ],
          },
        ],
      },
    } as unknown as PipelineState;
    const furniture = [
      "Advertisement",
      "Related: Northwind said its scanner ships in June",
      "Share this story on Threadline",
      "Northwind",
    ];
    const withFurniture = {
      ...labels,
      files: { ...labels.files, "500_wire.txt": { ...labels.files["500_wire.txt"], furniture } },
    };
    const score = scoreClaims(state, withFurniture as typeof labels);
    expect(score.leaks).toEqual([
      "500_wire.txt: Share this story on Threadline",
      "500_wire.txt: Advertisement Three hospital groups have placed large orders.",
    ]);
  });
});
