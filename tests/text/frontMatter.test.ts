// Front matter: fields validated at file:line; pasted extras and unsafe addresses dropped with a warning.
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/text/frontMatter.ts";

describe("front matter", () => {
  it("should ignore an unknown key with a warning at its line", () => {
    const fm = splitFrontMatter("---\ntitle: Chips\ntags: [ai]\nauthor: Jane Doe\n---\nBody.", "seeds/x.txt");
    expect(fm.meta.title).toBe("Chips");
    expect(fm.meta.author).toBe("Jane Doe");
    expect(fm.messages.map(String)).toEqual([
      'seeds/x.txt:3: ignored unknown front matter key "tags" (sourcebrief reads title, publisher, author, url, published)',
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

  it("should read a pasted title with a colon in it as the title, and say so at its line", () => {
    const fm = splitFrontMatter(
      "---\ntitle: Hexin's HBM4: the numbers that matter\npublisher: Stack Height\n---\nBody.",
      "seeds/x.txt",
    );
    expect(fm.meta.title).toBe("Hexin's HBM4: the numbers that matter");
    expect(fm.meta.publisher).toBe("Stack Height");
    expect(fm.messages.map(String)).toEqual([
      'seeds/x.txt:2: front matter title holds ": " and was read as one text; put the value in quotes to say so',
    ]);
    // A quoted title parses as it is, with nothing to say.
    expect(splitFrontMatter('---\ntitle: "A: B"\n---\nBody.', "seeds/x.txt").messages).toEqual([]);
  });

  it("should stop on a malformed block at its line", () => {
    expect(() => splitFrontMatter("---\ntitle: [unclosed\n---\nBody.", "seeds/x.txt")).toThrow(
      /^seeds\/x\.txt:2: front matter is not valid YAML/,
    );
    expect(() => splitFrontMatter("---\ntitle: Chips\nBody.", "seeds/x.txt")).toThrow(
      "seeds/x.txt:1: front matter opened with --- is never closed. Add a line with --- after the last field.",
    );
  });

  it.each([
    ["2026-04-05", "2026-04-05"],
    ["'2026-04-05'", "2026-04-05"],
    ["2026-04-05T09:30", "2026-04-05"],
    ["2026-04-05 09:30:00+08:00", "2026-04-05"],
    ["2024-02-29", "2024-02-29"],
  ])("should read published: %s as %s", (value, date) => {
    expect(splitFrontMatter(`---\npublished: ${value}\n---\nBody.`, "seeds/x.txt").meta.published).toBe(date);
  });

  it.each([
    [
      "2026-02-30",
      /seeds\/x\.txt:3: published "2026-02-30" is not a day of the calendar\. Write the day the article came out as YYYY-MM-DD/,
    ],
    ["2025-02-29", /seeds\/x\.txt:3: published "2025-02-29" is not a day of the calendar/],
    [
      "2026-04-05T99:99",
      /seeds\/x\.txt:3: published "2026-04-05T99:99" has an impossible time of day\. Write the date alone, published: 2026-04-05/,
    ],
    [
      "2026-04-05 last Tuesday",
      /seeds\/x\.txt:3: published "2026-04-05 last Tuesday" has "last Tuesday" after the date\. Write only the date, published: 2026-04-05/,
    ],
    ["last Tuesday", /seeds\/x\.txt:3: published "last Tuesday" is not a date/],
    ["05/04/2026", /is not a date/],
  ])("should stop the build at the line of published: %s, saying what to write", (value, message) => {
    expect(() => splitFrontMatter(`---\ntitle: Chips\npublished: ${value}\n---\nBody.`, "seeds/x.txt")).toThrow(
      message,
    );
  });
});
