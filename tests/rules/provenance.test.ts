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

describe("carriedOutlet of a release and of a portal's provider line", () => {
  it("should give the company a press release comes from", () => {
    const opening = [
      "FOR IMMEDIATE RELEASE",
      "Velto Opens Sensor Plant",
      "Busan, 4 March 2026 — Velto Sensors Corporation (KRX: 123456) today announced that its new plant has opened.",
    ];
    expect(carriedOutlet(opening, [])).toBe("Velto Sensors");
  });

  it("should give the outlet a portal names under its masthead and the story credits", () => {
    const lines = [
      "Bay Finance",
      "Harbour Wire",
      "Tue, March 3, 2026",
      "Velto has ordered 60,000 sensors, Harbour Wire reported.",
    ];
    expect(carriedOutlet(lines.slice(0, 3), [], lines)).toBe("Harbour Wire");
    // Without the credit in the story, the line may be anything: a section, a sponsor.
    expect(carriedOutlet(lines.slice(0, 3), [], lines.slice(0, 3))).toBeNull();
  });

  it("should give the outlet when the story credits it by its short name", () => {
    const lines = ["Bay Finance", "Harbour News", "Tue, March 3, 2026", "Two staff told Harbour the plant was idle."];
    expect(carriedOutlet(lines.slice(0, 3), [], lines)).toBe("Harbour News");
  });
});
