// The seed steps on the claims tuning set of 20 pasted pages: no furniture left to quote, no claim sentence lost,
// and who, when and what kind read right.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreCleaning } from "../../src/eval/cleaning.ts";
import { parseConfig } from "../../src/settings/loadSettings.ts";
import { readFileSync } from "node:fs";
import { FIXTURES, REPO } from "../helpers.ts";

const config = parseConfig(readFileSync(join(REPO, "briefing.yaml"), "utf8"), "briefing.yaml");

describe("cleaning on the claims tuning set", async () => {
  const score = await scoreCleaning(join(FIXTURES, "eval", "claims-dev"), config);

  it("should leave no labelled furniture in a sentence a point could quote", () => {
    expect(score.leaks).toEqual([]);
  });

  it("should keep every sentence that states a labelled claim", () => {
    expect(score.lost).toEqual([]);
  });

  it("should title every page by its headline, never by its masthead or a cut-off first sentence", () => {
    expect(score.titles).toEqual([]);
  });

  it("should read publisher, author, date and kind right for at least 95% of the fields", () => {
    expect(score.metadataRight / score.metadataTotal, score.metadata.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});
