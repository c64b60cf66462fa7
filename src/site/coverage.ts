// The coverage matrix: how many points each source backs in each section, with totals for the table's edges.
import type { BriefingSection, SourceSummary } from "../model/types.ts";

export interface CoverageRow {
  readonly source: string;
  readonly title: string;
  /** A short name for the table's row header: the publisher, else the title's first words. */
  readonly short: string;
  /** Points this source backs, one count per section, in section order. */
  readonly counts: readonly number[];
  readonly total: number;
  /** Each count's shade, 0 (none) to 3 (the most in the table). */
  readonly levels: readonly number[];
}

export interface Coverage {
  readonly sections: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly rows: readonly CoverageRow[];
  /** Points per section (a point backed by two sources counts once). */
  readonly sectionTotals: readonly number[];
  /** The largest count in the table: the scale for shading a cell. */
  readonly max: number;
}

/** Counts, per source and section, the points that cite the source at least once. */
export function coverageMatrix(sources: readonly SourceSummary[], sections: readonly BriefingSection[]): Coverage {
  // One pass over the citations, then a lookup per source: scanning every point's citations for every source
  // would cost sources × citations.
  const bySection = sections.map((s) => {
    const counts = new Map<string, number>();
    for (const p of s.points)
      for (const id of new Set(p.citations.map((c) => c.source))) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  });
  const counted = sources.map((source) => ({ source, counts: bySection.map((counts) => counts.get(source.id) ?? 0) }));
  // A loop, not Math.max(...all counts): spreading one argument per cell fails past about 100,000 cells.
  let max = 1;
  for (const r of counted) for (const c of r.counts) if (c > max) max = c;
  const rows = counted.map(({ source, counts }) => ({
    source: source.id,
    title: source.title,
    short: shortName(source),
    counts,
    total: counts.reduce((a, b) => a + b, 0),
    levels: counts.map((c) => (c === 0 ? 0 : Math.ceil((3 * c) / max))),
  }));
  return {
    sections: sections.map((s) => ({ id: s.id, title: s.title })),
    rows,
    sectionTotals: sections.map((s) => s.points.length),
    max,
  };
}

/** How a source is named where space is short (a table row, beside a marker): its publisher, else its title's first words. */
export function shortName(source: Pick<SourceSummary, "publisher" | "title">): string {
  if (source.publisher) return source.publisher;
  const words = source.title.split(/\s+/);
  return words.length <= 6 ? source.title : `${words.slice(0, 6).join(" ")}…`;
}
