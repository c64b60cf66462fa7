import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hasWords, words } from "../../src/text/tokens.ts";

describe("words", () => {
  it("keeps a number with thousands separators, inner hyphens and apostrophes as one word", () => {
    expect(words("Huawei's 910C ships 50,000 units, state-backed.")).toEqual([
      "Huawei's",
      "910C",
      "ships",
      "50,000",
      "units",
      "state-backed",
    ]);
  });
});

describe("hasWords", () => {
  it("tells whether a fragment is long enough to stand as a sentence", () => {
    expect(hasWords("U.S.", 2)).toBe(false);
    expect(hasWords("50,000 —", 2)).toBe(false);
    expect(hasWords("Sales fell.", 2)).toBe(true);
  });

  it("counts as words does, whatever the text and however often it is called", () => {
    const text = fc.stringMatching(/^[a-zA-Z0-9,.'’\- ]{0,40}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (t, n) => {
        expect(hasWords(t, n)).toBe(words(t).length >= n);
        // The shared pattern's position is reset: a second call, and words itself, give the same answer.
        expect(hasWords(t, n)).toBe(words(t).length >= n);
      }),
      { numRuns: 1000 },
    );
  });
});
