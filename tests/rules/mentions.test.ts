// What a sentence names: model numbers written with a hyphen, names at the opening, periods that are not products.
import { describe, expect, it } from "vitest";
import { names, openingActor, products, ranOn } from "../../src/rules/mentions.ts";

const makers = new Map([
  ["h800", "nvidia"],
  ["ascend", "huawei"],
]);
const read = (text: string) => [...names(text, makers)];
const productsIn = (text: string) => [...products(names(text, makers), makers)];

describe("names", () => {
  it("should read a hyphenated model number as one product, plural or not", () => {
    expect(productsIn("Dunmore's DX-500 and RX-90 chips shipped in volume.")).toEqual(["dx-500", "rx-90"]);
    expect(productsIn("The lab bought 4,000 DX-500s and 2,000 H800s last year.")).toEqual(["dx-500", "h800"]);
    expect(productsIn("Chip exports grew through the 1990s.")).toEqual([]);
  });

  it("should keep a hyphenated model name that opens the sentence, and drop an opening gerund", () => {
    expect(productsIn("Kestrel-7 was trained on Dunmore chips.")).toEqual(["kestrel-7"]);
    expect(read("Shipping of the DX-500 began in March.")).toEqual(["dx-500"]);
  });

  it("should read a tier after the model number as that model, and a year after a hyphen as no model", () => {
    expect(productsIn("V4-Pro runs on Ascend 950 chips.")).toEqual(["v4", "ascend", "950"]);
    expect(productsIn("Mid-2025 deliveries of the H800 slowed.")).toEqual(["h800"]);
  });

  it("should read quarters, halves and fiscal years as names but not as products", () => {
    expect(read("Revenue rose in Q4 and H1 of FY2025.")).toEqual(["revenue", "q4", "h1", "fy2025"]);
    expect(productsIn("Revenue rose in Q4 and H1 of FY2025.")).toEqual([]);
    expect(productsIn("Dunmore expects 3Q shipments of the DX-500.")).toEqual(["dx-500"]);
  });
});

describe("ranOn", () => {
  it("should read the chips the work ran on, and not the model that ran on them", () => {
    expect([...ranOn("Kestrel-7 was trained entirely on Dunmore's DX-500 chips, the lab said.", makers)]).toEqual([
      "dunmore",
      "dx-500",
    ]);
    expect([...ranOn("The model runs on Ascend 950s in production.", makers)]).toEqual(["ascend", "huawei", "950"]);
    expect([...ranOn("Kestrel-7 was released on Tuesday with DX-500 support.", makers)]).toEqual([]);
  });
});

describe("openingActor", () => {
  it("reads who a sentence is about past who said it and a leading connective", () => {
    expect(openingActor("Tencent has placed an order for 30,000 T7 Pro accelerators, an insider said.", makers)).toBe(
      "tencent",
    );
    expect(openingActor("According to Lantern Wire, ByteDance has ordered 45,000 chips.", makers)).toBe("bytedance");
    expect(openingActor("Separately, Baidu has tested the chip but placed no order.", makers)).toBe("baidu");
    expect(openingActor("Lou: Lumen-2 scored 78.4% on MathForge in our own testing.", makers)).toBe("lumen-2");
    expect(openingActor("[00:03:40] MAYA ODUYA: And Alibaba Cloud cut its prices by a quarter.", makers)).toBe(
      "alibaba",
    );
    expect(
      openingActor("This newspaper has learned that Huawei's order with Hexin is for 1.6 million stacks.", makers),
    ).toBe("huawei");
  });

  it("gives no one for a sentence that opens on no name", () => {
    expect(openingActor("Prices start at about 70,000 yuan a card.", makers)).toBeNull();
    expect(openingActor("It has not placed an order, the company said.", makers)).toBeNull();
  });
});
