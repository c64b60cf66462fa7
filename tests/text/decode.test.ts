// Encodings and garbled text, driven by the byte fixtures in tests/fixtures/encoding and their expected.json.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeSeed } from "../../src/text/decode.ts";
import { readSeed as readSource } from "../helpers.ts";
import { cleanSeed as cleanSource } from "../../src/steps/seed/cleanSeed.ts";
import { isSourcebriefError } from "../../src/model/errors.ts";
import { FIXTURES } from "../helpers.ts";

interface Expectation {
  file: string;
  encoding: string | null;
  expectText: string | null;
  expectAlso?: string[];
  expectAbsent?: string[];
  expectStartsWith?: string;
  expectParagraphs?: number;
  expectWarning: string | null;
  fatal: boolean;
}

const dir = join(FIXTURES, "encoding");
const fixtures = (JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { fixtures: Expectation[] }).fixtures;
const seedOf = (file: string) => ({ id: "900", file: `seeds/${file}`, path: join(dir, file) });

describe("decoding seeds", () => {
  describe.each(fixtures.filter((f) => !f.fatal))("$file", (f) => {
    it("should detect the encoding", () => {
      if (f.encoding) expect(decodeSeed(readFileSync(join(dir, f.file)), f.file).encoding).toBe(f.encoding);
    });

    it("should give the expected text, repaired and normalised", async () => {
      const source = await readSource(seedOf(f.file));
      const text = source.lines.map((l) => l.text).join("\n");
      for (const expected of [f.expectText, ...(f.expectAlso ?? [])]) expect(text).toContain(expected);
      for (const absent of f.expectAbsent ?? []) expect(text).not.toContain(absent);
      if (f.expectStartsWith) expect(text.startsWith(f.expectStartsWith)).toBe(true);
      expect(text).not.toContain("\uFFFD");
      expect(text).not.toMatch(/[\u0080-\u009F]/u);
    });

    it("should keep one paragraph per line of text", async () => {
      const source = await readSource(seedOf(f.file));
      // html.txt counts paragraphs after page furniture is removed (its fourth line is an ad).
      if (f.file === "html.txt") cleanSource(source);
      const lines = f.file === "html.txt" ? source.kept : source.lines;
      expect(lines.filter((l) => l.text.trim()).length).toBe(f.expectParagraphs);
    });

    it(
      f.expectWarning ? `should warn about ${f.expectWarning}, naming the file and line` : "should not warn",
      async () => {
        const source = await readSource(seedOf(f.file));
        const warnings = source.messages.map(String);
        if (!f.expectWarning) expect(warnings).toEqual([]);
        else
          expect(
            warnings.some(
              (w) => w.toLowerCase().includes(f.expectWarning as string) && w.startsWith(`seeds/${f.file}:`),
            ),
          ).toBe(true);
      },
    );
  });

  it.each(fixtures.filter((f) => f.fatal))("should refuse $file with an error naming it", async (f) => {
    const error = await readSource(seedOf(f.file)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isSourcebriefError(error)).toBe(true);
    expect((error as Error).message).toMatch(new RegExp(`^seeds/${f.file}: .*${f.expectWarning}.*\\. .+\\.$`, "i"));
  });

  it("should say which characters it repaired, and which it could only guess", async () => {
    const latin = await readSource(seedOf("mojibake-latin.txt"));
    expect(latin.messages.map(String)).toContain(
      'seeds/mojibake-latin.txt:2: repaired mojibake "â€”" to "—" (UTF-8 text that was read as Windows-1252)',
    );
    const thai = await readSource(seedOf("mojibake-thai.txt"));
    expect(thai.lines[1]?.text).toContain("ahead of the V4 release — a bet");
    expect(thai.messages.map(String).join("\n")).toMatch(
      /^seeds\/mojibake-thai\.txt:2: garbled characters .* could not be restored exactly/m,
    );
  });

  it("should leave Thai alone in a Thai article", () => {
    const text = "ข่าวเทคโนโลยี\nหัวเว่ยเพิ่มการผลิตชิป Ascend ในปีนี้";
    const decoded = decodeSeed(new TextEncoder().encode(text), "seeds/th.txt");
    expect(decoded.text).toBe(text);
    expect(decoded.messages).toEqual([]);
  });
});

describe("mojibake with lost bytes (UTF-8 read as strict TIS-620)", () => {
  const repair = (line: string) =>
    decodeSeed(new TextEncoder().encode(`Huawei ships Ascend chips to Tencent.\n${line}`), "seeds/x.txt");

  it.each([
    ["Chips โข memory โข software", "Chips • memory • software"],
    ["The rules are unclearโฆ for now", "The rules are unclear… for now"],
    ["caf\u0E23\u0E09 owners", "café owners"],
    ["V4 is here โ and it runs on Ascend", "V4 is here — and it runs on Ascend"],
    ["๐ฌ Join the discussion", "Join the discussion"],
  ])("should read %s as %s, with a warning at its line", (garbled, expected) => {
    const decoded = repair(garbled);
    expect(decoded.text.split("\n")[1]).toBe(expected);
    expect(decoded.messages.map(String).join("\n")).toMatch(/^seeds\/x\.txt:2: .*mojibake/m);
  });
});

describe("mojibake with the closing quote's last byte lost (UTF-8 read as Windows-1252)", () => {
  it("should restore the closing quote and the rest of the line, with a warning at its line", () => {
    const pasted = "Huawei ships Ascend chips.\nDeepSeekâ€™s team runs on â€œdomestic cardsâ€ efficiently.";
    const decoded = decodeSeed(new TextEncoder().encode(pasted), "seeds/x.txt");
    expect(decoded.text.split("\n")[1]).toBe("DeepSeek’s team runs on “domestic cards” efficiently.");
    expect(decoded.messages.map(String).join("\n")).toMatch(/^seeds\/x\.txt:2: repaired mojibake "â€" to "”"/m);
  });
});
