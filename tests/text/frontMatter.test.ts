// Front matter: fields validated at file:line; pasted extras and unsafe addresses dropped with a warning.
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/text/frontMatter.ts";

describe("front matter", () => {
  it("should ignore an unknown key with a warning at its line", () => {
    const fm = splitFrontMatter("---\ntitle: Chips\nauthor: Jane Doe\n---\nBody.", "seeds/x.txt");
    expect(fm.meta.title).toBe("Chips");
    expect(fm.messages.map(String)).toEqual([
      'seeds/x.txt:3: ignored unknown front matter key "author" (sourcebrief reads title, publisher, url, published)',
    ]);
  });

  it.each(["javascript:alert(1)", "data:text/html,<b>x</b>", 'https://example.com/"><script>'])(
    "should drop the url %s with a warning",
    (url) => {
      const fm = splitFrontMatter(`---\nurl: '${url}'\n---\nBody.`, "seeds/x.txt");
      expect(fm.meta.url).toBeNull();
      expect(fm.messages.map(String)[0]).toMatch(/^seeds\/x\.txt:2: dropped url ".*": not an http\(s\) address/);
    },
  );

  it("should keep an https url", () => {
    expect(splitFrontMatter("---\nurl: https://example.com/a?b=1\n---\nBody.", "seeds/x.txt").meta.url).toBe(
      "https://example.com/a?b=1",
    );
  });

  it("should stop on a malformed block at its line", () => {
    expect(() => splitFrontMatter("---\ntitle: [unclosed\n---\nBody.", "seeds/x.txt")).toThrow(
      /^seeds\/x\.txt:2: front matter is not valid YAML/,
    );
    expect(() => splitFrontMatter("---\ntitle: Chips\nBody.", "seeds/x.txt")).toThrow(
      "seeds/x.txt:1: front matter opened with --- is never closed. Add a line with --- after the last field.",
    );
  });
});
