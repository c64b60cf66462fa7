// Text as quotes are compared with their seeds: typography and spacing do not count.
import { collapseSpaces } from "./spacing.ts";

/** Same text modulo typography: Unicode compatibility forms, curly quotes, runs of white space. */
export function comparable(text: string): string {
  return collapseSpaces(
    text
      .normalize("NFKC")
      .replace(/[\u2018\u2019\u02BC]/g, "'")
      .replace(/[\u201C\u201D]/g, '"'),
  ).trim();
}

/** A body of lines read for comparison with `comparable` quotes. */
export function comparableText(lines: ReadonlyArray<{ readonly text: string }>): string {
  return comparable(lines.map((l) => l.text).join("\n"));
}
