// Links out of the site: web addresses only, and text fragments that land on the quoted sentence.
import { describe, expect, it } from "vitest";
import { safeUrl, textFragmentUrl } from "../../src/site/links.ts";

describe("safeUrl", () => {
  it("should keep http and https addresses", () => {
    expect(safeUrl("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(safeUrl(" http://example.com ")).toBe("http://example.com/");
  });
  it("should refuse javascript:, data: and anything that is not a URL", () => {
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,<b>",
      "//evil.example",
      "not a url",
      "",
      null,
    ]) {
      expect(safeUrl(bad), String(bad)).toBeNull();
    }
  });
});

describe("textFragmentUrl", () => {
  it("should point at a short quote whole, with the syntax's reserved characters encoded", () => {
    expect(textFragmentUrl("https://a.example/x#top", "State-run fabs, and more & less.")).toBe(
      "https://a.example/x#:~:text=State%2Drun%20fabs%2C%20and%20more%20%26%20less",
    );
  });
  it("should match the original's punctuation: no space left where a link was, no final stop or quote marks", () => {
    expect(textFragmentUrl("https://a.example/", "Orders grew , according to Reuters .")).toBe(
      "https://a.example/#:~:text=Orders%20grew%2C%20according%20to%20Reuters",
    );
    expect(textFragmentUrl("https://a.example/", "“We are ready,” she said.")).toBe(
      "https://a.example/#:~:text=We%20are%20ready%2C%E2%80%9D%20she%20said",
    );
  });
  it("should point at a long quote by its first and last words", () => {
    const quote = "one two three four five six seven eight nine ten";
    expect(textFragmentUrl("https://a.example/", quote)).toBe(
      "https://a.example/#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten",
    );
  });
  it("should give no link for a source without a web address", () => {
    expect(textFragmentUrl("javascript:alert(1)", "Hello there.")).toBeNull();
    expect(textFragmentUrl(null, "Hello there.")).toBeNull();
  });
});
