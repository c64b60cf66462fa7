// A claim's centroid kept up to date as members join, and the two closeness tests the grouping asks of a sentence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addInto, centroidSimilarity, close } from "../../src/similarity/centroid.ts";
import type { Vector } from "../../src/similarity/tfidf.ts";
import { TermSums } from "../../src/similarity/termSums.ts";

/** A unit-length vector over the given term ids and raw weights. */
function unit(entries: ReadonlyArray<readonly [number, number]>): Vector {
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return {
    ids: Int32Array.from(entries.map(([t]) => t)),
    weights: Float64Array.from(entries.map(([, w]) => w / norm)),
  };
}

describe("addInto", () => {
  it("should keep the squared norm equal to the centroid's own, however many members join", () => {
    const member = fc
      .uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 })
      .chain((ids) =>
        fc.tuple(
          fc.constant(ids),
          fc.array(fc.double({ min: 0.01, max: 5, noNaN: true }), { minLength: ids.length, maxLength: ids.length }),
        ),
      )
      .map(([ids, ws]) => unit(ids.map((t, i) => [t, ws[i] as number] as const)));
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 20 }), (members) => {
        const sum = new TermSums(4);
        let norm2 = 0;
        for (const m of members) norm2 = addInto(sum, norm2, m.ids, m.weights);
        let direct = 0;
        sum.forEach((_, w) => {
          direct += w * w;
        });
        expect(norm2).toBeCloseTo(direct, 9);
      }),
    );
  });
});

describe("centroidSimilarity", () => {
  it("should be the cosine of a sentence with the claim's members summed", () => {
    const a = unit([
      [1, 1],
      [2, 1],
    ]);
    const b = unit([
      [2, 1],
      [3, 1],
    ]);
    const sum = new TermSums(4);
    let norm2 = addInto(sum, 0, a.ids, a.weights);
    // A sentence alone in its claim is as close to it as can be.
    expect(centroidSimilarity(a, sum, norm2)).toBeCloseTo(1, 9);
    norm2 = addInto(sum, norm2, b.ids, b.weights);
    // Sum (0.71, 1.41, 0.71) over norm √3: a against it is (0.5 + 1) / √3.
    expect(centroidSimilarity(a, sum, norm2)).toBeCloseTo(1.5 / Math.sqrt(3), 9);
    // A sentence sharing no term with the claim is not close at all, and an empty claim is close to nothing.
    expect(centroidSimilarity(unit([[9, 1]]), sum, norm2)).toBe(0);
    expect(centroidSimilarity(a, new TermSums(1), 0)).toBe(0);
  });
});

describe("close", () => {
  const first = unit([
    [1, 3],
    [2, 1],
    [3, 1],
    [4, 1],
  ]);
  it("should need both the similarity and the number of shared terms", () => {
    // Three terms in common, but the heavy one missing: too far.
    const light = unit([
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 3],
    ]);
    expect(close(first, light, 0.5, 3)).toBe(false);
    expect(close(first, light, 0.1, 3)).toBe(true);
    // Close in weight through one heavy term alone, but only one term shared: not one claim.
    const oneTerm = unit([
      [1, 3],
      [7, 1],
    ]);
    expect(close(first, oneTerm, 0.5, 1)).toBe(true);
    expect(close(first, oneTerm, 0.5, 3)).toBe(false);
  });
});
