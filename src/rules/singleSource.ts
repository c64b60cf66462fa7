// The single-source flag: a point one source alone backs that states a number, a date or a named deal.
import type { Point } from "../model/types.ts";

/** What makes a one-source claim matter: a number, a date or a named deal. */
const CONSEQUENTIAL =
  /(?<![\p{L}-])\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:deals?|orders?|ordered|contracts?|agreements?|partnerships?|acquisitions?)\b/u;

/**
 * Whether a point rests on one origin (one source, or several that all cite one report) and states a number, a date
 * or a named deal.
 */
export function isSingleSource(point: Pick<Point, "text" | "citations" | "origins">): boolean {
  const origins = point.origins?.length ?? new Set(point.citations.map((c) => c.source)).size;
  return origins === 1 && CONSEQUENTIAL.test(point.text);
}
