// Refuses a seed that has no usable sentence left after cleaning: it would add a source that says nothing.
import { SeedError } from "../../model/errors.ts";
import { words } from "../../text/tokens.ts";
import type { Source } from "../../model/types.ts";

// A sentence of fewer words than this is a label or a fragment, not something a point can rest on.
const MIN_WORDS = 4;

/** Seed step: throws a SeedError when no paragraph or list sentence of the source is long enough to cite. */
export function requireSentences(source: Source): void {
  if (source.sentences.some((s) => s.kind !== "heading" && words(s.text).length >= MIN_WORDS)) return;
  const removed = source.messages.filter((m) => m.ruleId === "boilerplate" || m.ruleId === "mojibake").length;
  throw new SeedError(
    source.file,
    null,
    `no usable sentence is left after cleaning (${removed} line(s) were removed as page furniture or garbled text)`,
    "Run npm run check to see what was removed, and paste the article's own text.",
  );
}
