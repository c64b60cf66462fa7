// Holds the briefing's measured quality on the shipped and the extra seeds, so a drop fails.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/eval/evaluate.ts";
import { FIXTURES, REPO } from "../helpers.ts";

const LABELS = join(FIXTURES, "eval", "labels");

// The targets: 0.9 for section precision and for key-fact recall, on both seed sets. Measured today (recall counts the
// "More in" lists): shipped precision 1.00, recall 0.96; extra precision 0.97, recall 0.96. Never lower them to make a
// change pass.
const FLOORS = {
  shipped: { precision: 0.9, recall: 0.9 },
  extra: { precision: 0.9, recall: 0.9 },
  // Held-out seeds were written blind to the rules; their floors are the figures once the cleaning, claim and
  // disagreement work was merged (first set: 0.84 / 0.42 blind, then 0.90 / 0.73; second set: 0.85 / 0.55 blind,
  // then 0.89 / 0.62). The relation classes, figure words and the disagreement rules of the next session moved them
  // apart, one down and one up: 0.88 / 0.69 and 0.93 / 0.69; the cleaning and figure rules after them took recall to
  // 0.73 and 0.72.
  holdout: { precision: 0.88, recall: 0.73 },
  holdout2: { precision: 0.93, recall: 0.72 },
};

describe("evaluate", () => {
  it("should keep section precision and key-fact recall on the shipped seeds, with no furniture quoted", async () => {
    const s = await evaluate({ root: REPO }, LABELS);
    expect(s.leaks).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(FLOORS.shipped.precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOORS.shipped.recall);
  });

  it("should keep them on the extra seeds, written in other outlets' styles", async () => {
    const s = await evaluate({ root: REPO, seedsDir: join(FIXTURES, "eval", "extra-seeds") }, LABELS);
    expect(s.leaks).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(FLOORS.extra.precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOORS.extra.recall);
  });

  it.each([
    ["holdout", "holdout-seeds"],
    ["holdout2", "holdout2-seeds"],
  ] as const)(
    "should hold the %s figures on seeds written blind to the rules, with no furniture quoted",
    async (name, dir) => {
      const s = await evaluate({ root: REPO, seedsDir: join(FIXTURES, "eval", dir) }, LABELS);
      expect(s.leaks).toEqual([]);
      expect(s.precision).toBeGreaterThanOrEqual(FLOORS[name].precision - 0.005);
      expect(s.recall).toBeGreaterThanOrEqual(FLOORS[name].recall - 0.005);
    },
  );

  it("should count a point whose quote is labelled furniture as a leak", async () => {
    const { score } = await import("../../src/eval/evaluate.ts");
    const labels = {
      files: new Map([["seeds/x.txt", [{ line: 1, text: "- 5 min read", sections: [], furniture: true, fact: null }]]]),
      facts: new Map(),
    };
    const briefing = {
      schemaVersion: 1 as const,
      title: "t",
      edition: null,
      sources: [],
      sections: [
        {
          id: "orders" as const,
          title: "O",
          description: "",
          points: [
            { id: "p", text: "5 min read", citations: [{ source: "x", paragraph: 1, line: 1, quote: "- 5 min read" }] },
          ],
        },
      ],
    };
    const s = score(briefing, labels, new Map([["x", "seeds/x.txt"]]));
    expect(s.leaks).toHaveLength(1);
    expect(s.precision).toBe(0);
  });
});
