import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/rules/boilerplate.ts";

const sentence = (text: string, heading: string | null = null) => ({ text, heading });

describe("isBoilerplate", () => {
  it("should take a bare quotation, with no one named as saying it, for a pull quote", () => {
    expect(isBoilerplate(sentence('"Buying the chips is now a policy choice as much as a technical one."'))).toBe(true);
    expect(isBoilerplate(sentence("“The order is real, but the numbers are inflated.”"))).toBe(true);
  });

  it("should keep a quotation that says whose it is, and plain claims", () => {
    expect(isBoilerplate(sentence("“The order is real,” said Ana Lucero, an analyst at Harbour Research."))).toBe(
      false,
    );
    expect(isBoilerplate(sentence("The order is real, an analyst said."))).toBe(false);
  });

  it("should take a publisher's About block and a Sources line for boilerplate", () => {
    expect(isBoilerplate(sentence("Lanxi Cloud runs data centres in Sichuan.", "About Lanxi Cloud"))).toBe(true);
    expect(isBoilerplate(sentence("Sources: Kestrel Wire, Meridian Post"))).toBe(true);
  });
});
