import { describe, expect, it } from "vitest";
import { carriedOutlet } from "../../src/rules/provenance.ts";

describe("carriedOutlet", () => {
  it.each<[string, string[], string[], string | null]>([
    [
      "a wire named in the dateline",
      ["Bay Courier", "SHANGHAI, Nov 30 (Harbour Wire) - Velto has ordered 60,000 sensors."],
      [],
      "Harbour Wire",
    ],
    [
      "a footer saying who supplied the story",
      [],
      ["This story was supplied by Harbour Wire and has not been edited."],
      "Harbour Wire",
    ],
    [
      "a footer naming the reporting it is based on",
      [],
      ["This article is based on reporting by Harbour Wire."],
      "Harbour Wire",
    ],
    ["a sign-off that names an outlet", [], ["— Northpoint Press", "© Bay Courier 2026"], "Northpoint Press"],
    ["a sign-off that names a person", [], ["— Sam Ortiz"], null],
    [
      "a release sent out by a distribution wire",
      ["HONG KONG, Oct. 21, 2026 /PRNewswire/ -- Acme opened a plant."],
      [],
      null,
    ],
    ["a page of its own", ["Bay Courier", "Velto has ordered 60,000 sensors."], ["© Bay Courier 2026"], null],
  ])("%s", (_, opening, footer, outlet) => {
    expect(carriedOutlet(opening, footer)).toBe(outlet);
  });
});
