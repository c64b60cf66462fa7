import { describe, expect, it } from "vitest";
import { isAcronymOf, NameForms, otherFormOf } from "../../src/rules/nameForms.ts";

describe("NameForms", () => {
  it("should find a name by a shorter, a longer or a country-free form, as otherFormOf does", () => {
    const names = ["hanul energy", "us commerce department", "reuters", "kestrel wire service", "china's ministry"];
    const forms = new NameForms(names);
    for (const key of [
      "hanul",
      "hanul energy group",
      "commerce department",
      "american commerce department",
      "kestrel wire",
      "kestrel",
      "ministry",
      "reuters",
      "the reuters",
      "energy",
      "hanu",
    ])
      expect(forms.find(key), key).toBe(names.includes(key) ? key : otherFormOf(key, names));
    expect(forms.find("hanul")).toBe("hanul energy");
    expect(forms.find("commerce department")).toBe("us commerce department");
    expect(forms.find("hanu")).toBeUndefined();
  });

  it("should give the first name added when several are forms of the key", () => {
    const forms = new NameForms(["northgate press", "northgate"]);
    expect(forms.find("northgate press agency")).toBe("northgate press");
    forms.add("northgate times");
    expect(new NameForms(["northgate times", "northgate press"]).find("northgate")).toBe("northgate times");
  });

  it("should give the key itself before any other form", () => {
    const forms = new NameForms(["us commerce department", "commerce department"]);
    expect(forms.find("commerce department")).toBe("commerce department");
  });
});

describe("isAcronymOf", () => {
  it("should read capitals made of a name's words as that name", () => {
    expect(isAcronymOf("MOFT", "Ministry of Trade")).toBe(true);
    expect(isAcronymOf("MOFT", "Norway's trade ministry")).toBe(true);
    expect(isAcronymOf("VSM", "Velto Semiconductor Manufacturing")).toBe(true);
  });

  it("should not read other capitals, nor a name in capitals, as an acronym", () => {
    expect(isAcronymOf("VSX", "Velto Semiconductor Manufacturing")).toBe(false);
    expect(isAcronymOf("VELTO", "Velto Corp")).toBe(false);
    expect(isAcronymOf("Moft", "Ministry of Trade")).toBe(false);
  });
});
