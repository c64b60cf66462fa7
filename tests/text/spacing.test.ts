import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { collapseSpaces } from "../../src/text/spacing.ts";

describe("collapseSpaces", () => {
  it("gives what replacing every run of white space with one space gives", () => {
    const char = fc.constantFrom(
      "a",
      "B",
      ".",
      " ",
      "\t",
      "\n",
      "\r",
      "\u00a0",
      "\u2028",
      "\u3000",
      "\ufeff",
      "\u200b",
      "x",
    );
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 30 }).map((cs) => cs.join("")),
        (text) => {
          expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, " "));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("leaves single spaces alone and makes every other run one space", () => {
    expect(collapseSpaces("Huawei  shipped\t600,000\u00a0chips.\n\nMore ")).toBe("Huawei shipped 600,000 chips. More ");
  });
});
