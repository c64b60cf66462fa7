// Reads the short articles in tests/fixtures/disagreement-shapes into sentences, as the seed steps would leave them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Disagreement, Sentence } from "../../../src/model/types.ts";
import { allDisagreements } from "../../../src/rules/disagreements/index.ts";
import { disagreementText } from "../../../src/rules/wording.ts";
import { FIXTURES, sentenceOf } from "../../helpers.ts";

const DIR = join(FIXTURES, "disagreement-shapes");
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** The sentences of the named articles (file names without `.txt`), one paragraph per line, each article its own source. */
export function articles(...stems: string[]): Sentence[] {
  return stems.flatMap((source) =>
    readFileSync(join(DIR, `${source}.txt`), "utf8")
      .split("\n")
      .flatMap((line, i) =>
        [...segmenter.segment(line)]
          .map((s) => s.segment.trim())
          .filter((text) => text.length > 0)
          .map((text, j) =>
            sentenceOf(source, text, {
              id: `${source}-p${i + 1}-s${j + 1}`,
              paragraph: i + 1,
              line: i + 1,
              index: j + 1,
            }),
          ),
      ),
  );
}

/** What a reader sees of each disagreement found among the articles: its sentence and, per side, the quotes. */
export function seen(...stems: string[]): Array<{ text: string; sides: string[][] }> {
  return seenDated(new Map(), ...stems);
}

/** As `seen`, with the articles' dates (article name → YYYY-MM-DD). */
export function seenDated(
  dates: ReadonlyMap<string, string | null>,
  ...stems: string[]
): Array<{ text: string; sides: string[][] }> {
  const found = allDisagreements(articles(...stems), { dates, makers: new Map() }).disagreements;
  return found
    .filter((d: Disagreement) => !d.unordered)
    .map((d) => ({
      text: disagreementText(d),
      sides: d.sides.map((side) => side.map((s) => `${s.source}: ${s.text}`)),
    }));
}
