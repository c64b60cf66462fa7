import { describe, expect, it } from "vitest";
import { datesIn, type Reading, readingsAgree, readShape } from "../../src/rules/claimReading.ts";
import { claimShape } from "../../src/rules/sameClaim.ts";

const MAKERS = new Map([
  ["orion", "lumen"],
  ["h200", "nvidia"],
]);

const read = (text: string): Reading | null => readShape(claimShape(text), MAKERS);
const slots = (text: string): string | null => {
  const r = read(text);
  return r ? `${r.agent}|${r.relation}|${r.theme}` : null;
};
const agree = (a: string, b: string): boolean => {
  const [x, y] = [read(a), read(b)];
  return Boolean(x && y && readingsAgree(x, y));
};

describe("readShape", () => {
  it("should read who does what to what from the names before and after the relation word", () => {
    expect(slots("Kestrel Cloud has ordered the Orion 300.")).toBe("kestrel|order|300");
    expect(slots("The Orion 300 still trails Nvidia's H200 in memory bandwidth.")).toBe("300|trail|h200");
    expect(slots("Halcyon Foundry manufactures the Orion 300 on its newest line.")).toBe("halcyon|make|300");
  });

  it("should read the actor of a passive after 'by', and the thing acted on before the verb", () => {
    expect(slots("The Orion 300 is manufactured by Halcyon Foundry.")).toBe("halcyon|make|300");
    expect(slots("Vantor was outperformed by Kestrel on memory bandwidth.")).toBe("kestrel|beat|vantor");
  });

  it("should read a product released with no one named as released by no one in particular", () => {
    expect(slots("The Orion 300 made its debut at a trade fair.")).toBe("null|release|300");
  });

  it("should say nothing where the reading is unsure", () => {
    // Two relations: a sentence of two claims.
    expect(read("Lumen launched the Orion 300 and Kestrel ordered it.")).toBeNull();
    // The relation word is a noun.
    expect(read("The launch of the Orion 300 drew a crowd of buyers.")).toBeNull();
    // Two actors.
    expect(read("Kestrel and Vantor ordered the Orion 300 last month.")).toBeNull();
    // A denial whose object is a relation.
    expect(read("Kestrel Cloud denies ordering the Orion 300 for its data centres.")).toBeNull();
    // Another clause between the name and the relation.
    expect(read("Washington decided in March to let Lumen sell the Orion 300 abroad.")).toBeNull();
    // Something acted on but not named.
    expect(read("Lumen released a preview of its newest accelerator on Monday.")).toBeNull();
    // What is expected turns on when, which a reading does not hold.
    expect(read("Kestrel is expected to order the Orion 300 next quarter.")).toBeNull();
  });
});

describe("readingsAgree", () => {
  it("should agree on paraphrases: active and passive, another verb of the same relation", () => {
    expect(
      agree(
        "Lumen Semiconductor unveiled the Orion 300 accelerator on Monday.",
        "The Orion 300 was launched by Lumen at a trade fair.",
      ),
    ).toBe(true);
    expect(agree("Halcyon Foundry manufactures the Orion 300.", "The Orion 300 is fabricated by Halcyon.")).toBe(true);
    expect(agree("Kestrel outperformed Vantor on memory bandwidth.", "Vantor was outperformed by Kestrel.")).toBe(true);
  });

  it("should keep apart two relations of one chip, and one relation to two things", () => {
    expect(
      agree("Lumen began shipping the Orion 300 to cloud customers.", "The Orion 300 still trails Nvidia's H200."),
    ).toBe(false);
    expect(agree("Kestrel Cloud has ordered the Orion 300.", "Kestrel Cloud has ordered the H200.")).toBe(false);
  });

  it("should keep apart a comparison and its reverse", () => {
    expect(agree("Kestrel outperformed Vantor on memory bandwidth.", "Vantor outperformed Kestrel on bandwidth.")).toBe(
      false,
    );
  });

  it("should keep apart one relation on two dates or towards two other parties", () => {
    expect(agree("Lumen launched the Orion 300 on 3 March.", "Lumen launched the Orion 300 on 9 June.")).toBe(false);
    expect(
      agree("Lumen began shipping the Orion 300 to Kestrel.", "Lumen began shipping the Orion 300 to Vantor."),
    ).toBe(false);
  });

  it("should not take an unnamed buyer for a named one", () => {
    expect(agree("Kestrel Cloud has ordered the Orion 300.", "The Orion 300 has been ordered in bulk.")).toBe(false);
  });
});

describe("datesIn", () => {
  it("should read one date however it is written", () => {
    expect(datesIn("on 3 November")).toContain("d:nov3");
    expect(datesIn("on November 3rd, 2026")).toEqual(expect.arrayContaining(["d:nov3", "m:nov", "y:2026"]));
  });
});
