// What the templates get: the pipeline's result shaped for reading, and nothing they must compute themselves.
import { runPipeline, type PipelineOptions, type PipelineState } from "./pipeline.ts";
import type { Footnote, NoteReference } from "./steps/numberFootnotes.ts";
import { listItemText } from "./steps/segmentSeeds.ts";
import type { Block, Briefing, BriefingSection, Line, Point, SourceSummary } from "./types.ts";

export interface PointView extends Point {
  /** How many different sources back the point. */
  readonly sourceCount: number;
  readonly refs: ReadonlyArray<{ readonly note: number; readonly ref: NoteReference; readonly source: string }>;
}

export interface SectionView extends Omit<BriefingSection, "points"> {
  readonly points: readonly PointView[];
}

export interface NoteView extends Footnote {
  readonly sourceTitle: string;
  readonly publisher: string | null;
}

export interface BlockView {
  readonly n: number;
  readonly kind: Block["kind"];
  /** Paragraph or heading text; for a list, its items. */
  readonly text: string;
  readonly items: readonly string[];
  readonly line: number;
}

export interface SourceView extends SourceSummary {
  readonly blocks: readonly BlockView[];
  /** Points (with their section) that cite this source. */
  readonly citedBy: ReadonlyArray<{ readonly section: string; readonly point: string; readonly text: string }>;
}

export interface SiteData {
  readonly title: string;
  readonly edition: string | null;
  readonly sections: readonly SectionView[];
  readonly notes: readonly NoteView[];
  readonly sources: readonly SourceView[];
  readonly pointCount: number;
  readonly citationCount: number;
  /** `briefing.json`, serialised once, byte-stable. */
  readonly json: string;
  /** Every warning of the build, as `file:line: reason`, grouped by file in seed order. */
  readonly warnings: readonly string[];
  readonly timings: Readonly<Record<string, number>>;
}

/** Serialises the briefing with a fixed key order and a final newline. */
export function briefingJson(briefing: Briefing): string {
  return `${JSON.stringify(briefing, null, 2)}\n`;
}

/** Shapes a pipeline state for the templates. */
export function toSiteData(state: PipelineState): SiteData {
  const briefing = state.briefing as Briefing;
  const footnotes = state.footnotes ?? { notes: [], refs: {} };
  const byId = new Map(briefing.sources.map((s) => [s.id, s]));
  const notesByNumber = new Map(footnotes.notes.map((n) => [n.number, n]));
  const sections: SectionView[] = briefing.sections.map((section) => ({
    ...section,
    points: section.points.map((point) => ({
      ...point,
      sourceCount: new Set(point.citations.map((c) => c.source)).size,
      refs: (footnotes.refs[point.id] ?? []).map((r) => ({ ...r, source: notesByNumber.get(r.note)?.source ?? "" })),
    })),
  }));
  // One pass over the citations, not one per source: scanning every point for every source grows as sources × citations.
  const citedBy = new Map<string, SourceView["citedBy"][number][]>();
  for (const section of sections) {
    for (const p of section.points) {
      for (const id of new Set(p.citations.map((c) => c.source))) {
        const list = citedBy.get(id) ?? [];
        list.push({ section: section.title, point: p.id, text: p.text });
        citedBy.set(id, list);
      }
    }
  }
  const sources: SourceView[] = state.sources.map((source) => {
    const summary = byId.get(source.id) as SourceSummary;
    return { ...summary, blocks: source.blocks.map((b) => blockView(b)), citedBy: citedBy.get(source.id) ?? [] };
  });
  return {
    title: briefing.title,
    edition: briefing.edition,
    sections,
    notes: footnotes.notes.map((n) => ({ ...n, sourceTitle: byId.get(n.source)?.title ?? n.source, publisher: byId.get(n.source)?.publisher ?? null })),
    sources,
    pointCount: sections.reduce((sum, s) => sum + s.points.length, 0),
    citationCount: sections.reduce((sum, s) => sum + s.points.reduce((a, p) => a + p.citations.length, 0), 0),
    json: briefingJson(briefing),
    warnings: [...state.sources.flatMap((s) => s.messages), ...state.notes].map(String),
    timings: state.timings,
  };
}

function blockView(block: Block): BlockView {
  const first = block.lines[0] as Line;
  const items = block.kind === "list" ? block.lines.map((l) => listItemText(l.text)) : [];
  return { n: block.n, kind: block.kind, text: block.lines.map((l) => l.text.trim()).join(" "), items, line: first.line };
}

/** Runs the pipeline and shapes its result: the one function Eleventy calls. */
export async function buildSiteData(options: PipelineOptions = {}): Promise<SiteData> {
  return toSiteData(await runPipeline(options));
}
