import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TermSums } from "../../src/similarity/termSums.ts";

describe("TermSums", () => {
  it("should hold the same sums as a Map, through any number of additions and growths", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 5000 }),
            fc.double({ min: -10, max: 10, noNaN: true }).map((w) => w + 0),
          ),
          { maxLength: 400 },
        ),
        (adds) => {
          const sums = new TermSums(1);
          const reference = new Map<number, number>();
          for (const [id, w] of adds) {
            expect(sums.add(id, w)).toBe(reference.get(id) ?? 0);
            reference.set(id, (reference.get(id) ?? 0) + w);
          }
          expect(sums.size).toBe(reference.size);
          for (const [id, sum] of reference) expect(sums.get(id)).toBe(sum);
          expect(sums.get(5001)).toBe(0);
          const seen = new Map<number, number>();
          sums.forEach((id, sum) => {
            seen.set(id, sum);
          });
          expect(seen).toEqual(reference);
        },
      ),
      { numRuns: 200 },
    );
  });
});
