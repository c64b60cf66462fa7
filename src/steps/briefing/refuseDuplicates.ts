// Refuses two seeds whose text is the same once spacing and case are ignored: one article would count twice.
import { createHash } from "node:crypto";
import { SeedError } from "../../model/errors.ts";
import type { Source } from "../../model/types.ts";
import type { PipelineState } from "../../pipeline/state.ts";
import { collapseSpaces } from "../../text/spacing.ts";

/** The pairs of sources with the same text, each later one with the first that had it. */
export function duplicateSources(sources: readonly Source[]): Array<{ source: Source; first: Source }> {
  const seen = new Map<string, Source>();
  const found: Array<{ source: Source; first: Source }> = [];
  for (const source of sources) {
    const text = source.lines
      .map((l) => collapseSpaces(l.text).trim().toLowerCase())
      .filter(Boolean)
      .join("\n");
    const key = createHash("sha256").update(text).digest("base64");
    const first = seen.get(key);
    if (first) found.push({ source, first });
    else seen.set(key, source);
  }
  return found;
}

/** The error for one duplicate pair. */
export function duplicateError({ source, first }: { source: Source; first: Source }): SeedError {
  return new SeedError(
    source.file,
    null,
    `the seed has the same text as ${first.file}`,
    "Delete one of the two files.",
  );
}

/** Briefing step: throws for the first duplicate. */
export function refuseDuplicates(state: PipelineState): void {
  const [duplicate] = duplicateSources(state.sources);
  if (duplicate) throw duplicateError(duplicate);
}
