import { describe, expect, it } from "vitest";
import { claimShape, figureWords, shapesAgree } from "../../src/rules/sameClaim.ts";
import { predicatesOf, relationsDiffer } from "../../src/rules/predicates.ts";

/** Whether two sentences may state one claim, whatever words they share. */
const agree = (a: string, b: string): boolean => shapesAgree(claimShape(a), claimShape(b));

describe("shapesAgree", () => {
  it.each<[string, string, string]>([
    [
      "a model that runs on chips is not a model trained on them",
      "The Orion model runs on Kestrel chips from Vantor.",
      "The Orion model was trained on Kestrel chips from Vantor.",
    ],
    [
      "shipping a chip is not how it compares",
      "Vantor began shipping the Kestrel 950 to customers this spring.",
      "The Kestrel 950 still trails the Z9 on memory bandwidth.",
    ],
    [
      "a chip that trails another is not one that matches it",
      "The Kestrel 950 trails the Z9 on low-precision throughput.",
      "The Kestrel 950 matches the Z9 on low-precision throughput.",
    ],
    [
      "a sentence giving two ranges is not the claim of one of them",
      "The ministry certified the sedan's range at 640 km, well short of the 720 km in the maker's launch material.",
      "The maker rates the sedan's range at 720 km per charge.",
    ],
    [
      "a licence needed is not a licence granted",
      "Tessel needs a Commerce Department licence before it can sell chips to Corvex.",
      "The Commerce Department granted Tessel a licence for the Corvex chips.",
    ],
  ])("should keep apart: %s", (_, a, b) => {
    expect(agree(a, b)).toBe(false);
  });

  it.each<[string, string, string]>([
    [
      "one relation in two words",
      "The Orion model is served on Vantor's Kestrel hardware.",
      "The Orion model runs on Vantor's Kestrel chips.",
    ],
    [
      "a model named in full and by its number",
      "Vantor's Kestrel 950 still trails the Z9 on memory bandwidth.",
      "Independent testers say the 950 still trails the Z9 once bandwidth is counted.",
    ],
    [
      "a sale allowed, told as a sale permitted",
      "Washington decided to let Arlo sell the Z9 in the region.",
      "Washington decided to permit Z9 sales to the region.",
    ],
    [
      "the same range in other words",
      "The sedan's range is 720 km.",
      "The maker rates the range at 720 km per charge.",
    ],
  ])("should let agree: %s", (_, a, b) => {
    expect(agree(a, b)).toBe(true);
  });
});

describe("predicatesOf", () => {
  it("should read the relation, not light verbs or nouns that look like one", () => {
    expect([...predicatesOf("Huawei began shipping the Kestrel in volume.")]).toEqual(["release"]);
    expect(predicatesOf("The lab made the model work on the other hand's computing power.").size).toBe(0);
  });

  it("should find no difference where a side states no relation", () => {
    expect(relationsDiffer(new Set(["run"]), new Set())).toBe(false);
    expect(relationsDiffer(new Set(["run", "train"]), new Set(["train"]))).toBe(false);
    expect(relationsDiffer(new Set(["run"]), new Set(["train"]))).toBe(true);
  });
});

describe("figureWords", () => {
  it("should give one word to one figure however it is written", () => {
    const words = (text: string): string => figureWords(claimShape(text));
    expect(words("The flagship has 1.6 trillion parameters.")).toBe(
      words("The card lists it at 1.6T total parameters."),
    );
    expect(words("Orders reached 200,000 units.")).toBe(words("Orders reached 200 thousand units."));
    expect(words("The vendor is targeting output of 1.6m chips.")).toBe(
      words("The vendor aims to make 1,600,000 chips."),
    );
    // A chip's name is no figure.
    expect(words("Cloud groups ordered the 910B in bulk.")).toBe("");
    expect(words("Orders reached 200,000 units.")).not.toBe(words("Orders reached 250,000 units."));
    // A vague magnitude is no exact figure.
    expect(words("Orders ran to hundreds of thousands of units.")).toBe("");
  });
});

describe("a move told with its cause", () => {
  it("should not be the claim its cause states", () => {
    expect(
      agree(
        "Shares of Tessel closed 9% higher on Monday after Harbour Wire reported that Velto had ordered 60,000 of its chips.",
        "Velto has ordered about 60,000 Tessel chips, three people told Harbour Wire.",
      ),
    ).toBe(false);
    expect(agree("Shares of Tessel closed 9% higher on Monday.", "Tessel's shares rose 9% on Monday.")).toBe(true);
  });
});
