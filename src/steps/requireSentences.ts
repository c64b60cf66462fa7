// Refuses a seed that has no usable sentence left after cleaning: it would add a source that says nothing.
import { SeedError } from "../errors.ts";
import { words } from "../text/tokens.ts";
import type { PipelineState } from "../pipeline.ts";
import type { Source } from "../types.ts";

// A sentence of fewer words than this is a label or a fragment, not something a point can rest on.
const MIN_WORDS = 4;

/** Throws a SeedError when no paragraph or list sentence of the source is long enough to cite. */
export function requireSentence(source: Source): void {
  if (source.sentences.some((s) => s.kind !== "heading" && words(s.text).length >= MIN_WORDS)) return;
  const removed = source.messages.filter((m) => m.ruleId === "boilerplate" || m.ruleId === "mojibake").length;
  throw new SeedError(
    source.file,
    null,
    `no usable sentence is left after cleaning (${removed} line(s) were removed as page furniture or garbled text)`,
    "Run npm run check to see what was removed, and paste the article's own text.",
  );
}

/** Pipeline step: every seed must keep at least one sentence. */
export function requireSentences(state: PipelineState): void {
  for (const source of state.sources) requireSentence(source);
}
