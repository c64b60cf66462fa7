// What the templates get: the pipeline's result shaped for reading, and nothing they must compute themselves.
import MarkdownIt from "markdown-it";
import { briefingJson, isEmpty } from "../rules/changes.ts";

import type {
  Block,
  Briefing,
  BriefingSection,
  Citation,
  Line,
  Point,
  SourceSummary,
  Footnote,
  NoteReference,
  Changes,
} from "../model/types.ts";
import { coverageMatrix, type Coverage } from "./coverage.ts";
import { safeUrl } from "./links.ts";
import { blockParts as textParts, type QuoteUse } from "./sourceText.ts";
import { sourceTextHtml, type BlockParts } from "./sourceHtml.ts";
import type { PipelineState } from "../pipeline/state.ts";

export interface PointView extends Point {
  /** How many different sources back the point. */
  readonly sourceCount: number;
  readonly refs: ReadonlyArray<{ readonly note: number; readonly ref: NoteReference; readonly source: string }>;
  /** How the point is named elsewhere: "Orders, point 2". */
  readonly label: string;
  /** When the main page shows only some of its citations: "+407 more sources", linking to the point's full list. */
  readonly more: { readonly label: string; readonly href: string } | null;
}

export interface SectionView extends Omit<BriefingSection, "points" | "more"> {
  readonly points: readonly PointView[];
  /** The points under "More in <section>", shown as the others are; empty when none. */
  readonly more: readonly PointView[];
  /** The maintainer's intro, Markdown rendered to HTML with raw HTML disabled; empty when none. */
  readonly introHtml: string;
}

export interface NoteView extends Footnote {
  readonly sourceTitle: string;
  readonly publisher: string | null;
}

export interface SourceView extends SourceSummary {
  /** The cleaned text as HTML, escaped, with quoted sentences marked (`src/view/sourceHtml.ts`). */
  readonly textHtml: string;
  /** Points (with their section) that cite this source. */
  readonly citedBy: ReadonlyArray<{
    readonly section: string;
    readonly point: string;
    readonly text: string;
    readonly label: string;
  }>;
  /** The same points grouped by section, for the ledger: section title, then each point's number in that section. */
  readonly ledger: ReadonlyArray<{
    readonly section: string;
    readonly points: ReadonlyArray<{
      readonly point: string;
      readonly n: number;
      readonly label: string;
      readonly text: string;
    }>;
  }>;
  /** The original article's address when it is a web address; never a `javascript:` or other scheme. */
  readonly link: string | null;
}

/** One page of a point's full list of citations (`points/<id>/index.html`, `index-2.html`, …). */
export interface PointPage {
  readonly point: {
    readonly id: string;
    readonly text: string;
    readonly label: string;
    readonly sourceCount: number;
    readonly citationCount: number;
  };
  /** The page's file name in the point's folder. */
  readonly file: string;
  readonly n: number;
  readonly of: number;
  /** File names of all pages of this point, for the pager. */
  readonly files: readonly string[];
  /** The number of the first citation on this page. */
  readonly start: number;
  readonly citations: ReadonlyArray<Citation & { readonly sourceTitle: string; readonly publisher: string | null }>;
}

export interface SiteData {
  readonly title: string;
  readonly edition: string | null;
  readonly sections: readonly SectionView[];
  /** "At a glance": the briefing's most corroborated points, as shown in their sections. */
  readonly glance: readonly PointView[];
  readonly notes: readonly NoteView[];
  readonly sources: readonly SourceView[];
  /** Full citation lists of the points that cite more than the main page shows, in pages of POINT_PAGE_SIZE. */
  readonly pointPages: readonly PointPage[];
  /**
   * The per-item pages this build renders: all of them, or, when the last build's pages can be reused
   * (`src/cache/pageCache.ts`), only those whose content changed.
   */
  readonly render: { readonly sources: readonly SourceView[]; readonly pointPages: readonly PointPage[] };
  readonly pointCount: number;
  readonly citationCount: number;
  /** Claims of one origin that no section had room for (see `PipelineState.cut`). */
  readonly cut: number;
  /** Sources by sections: how many points each source backs where. */
  readonly coverage: Coverage;
  /** `briefing.json`, serialised once, byte-stable. */
  readonly json: string;
  /** Every warning of the build, as `file:line: reason` with the rule that found it, grouped by file in seed order. */
  readonly warnings: ReadonlyArray<{ readonly text: string; readonly rule: string }>;
  readonly timings: Readonly<Record<string, number>>;
  /** What changed since the previous edition; null on a first build. `empty` when nothing did. */
  readonly changes: (Changes & { readonly empty: boolean }) | null;
  /** `changes.json` and `changes-baseline.json` (the edition compared with, or null), byte-stable. */
  readonly changesJson: string;
  readonly baselineJson: string;
}

// Seed text never reaches this renderer; intros are the maintainer's, and raw HTML in them is still escaped.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Shapes a pipeline state for the templates. */
export function toSiteData(state: PipelineState): SiteData {
  const briefing = state.briefing as Briefing;
  const footnotes = state.footnotes ?? { notes: [], refs: {} };
  const byId = new Map(briefing.sources.map((s) => [s.id, s]));
  const notesByNumber = new Map(footnotes.notes.map((n) => [n.number, n]));
  const intros = new Map(state.config.sections.map((s) => [s.id, s.intro ? markdown.render(s.intro) : ""]));
  const view = (point: Point, label: string): PointView => ({
    ...point,
    label,
    sourceCount: new Set(point.citations.map((c) => c.source)).size,
    refs: (footnotes.refs[point.id] ?? []).map((r) => ({ ...r, source: notesByNumber.get(r.note)?.source ?? "" })),
    more: morePoint(point, (footnotes.refs[point.id] ?? []).length),
  });
  const sections: SectionView[] = briefing.sections.map((section) => ({
    ...section,
    introHtml: intros.get(section.id) ?? "",
    points: section.points.map((point, i) => view(point, `${section.title}, point ${i + 1}`)),
    more: (section.more ?? []).map((point, i) => view(point, `More in ${section.title}, point ${i + 1}`)),
  }));
  // One pass over the citations, not one per source: scanning every point for every source grows as sources × citations.
  const bySource = new Map<
    string,
    { uses: QuoteUse[]; citedBy: SourceView["citedBy"][number][]; ledger: SourceView["ledger"][number][] }
  >();
  const entry = (id: string) => {
    let e = bySource.get(id);
    if (!e) bySource.set(id, (e = { uses: [], citedBy: [], ledger: [] }));
    return e;
  };
  for (const section of sections) {
    // A "More in …" point's quotes are marked on its sources' pages too; the ledger numbers the section's points.
    for (const p of section.more)
      for (const c of p.citations)
        entry(c.source).uses.push({
          paragraph: c.paragraph,
          quote: c.quote,
          by: { point: p.id, label: p.label, text: p.text },
        });
    section.points.forEach((p, i) => {
      for (const c of p.citations)
        entry(c.source).uses.push({
          paragraph: c.paragraph,
          quote: c.quote,
          by: { point: p.id, label: p.label, text: p.text },
        });
      for (const id of new Set(p.citations.map((c) => c.source))) {
        const e = entry(id);
        e.citedBy.push({ section: section.title, point: p.id, text: p.text, label: p.label });
        let group = e.ledger.at(-1);
        if (group?.section !== section.title) e.ledger.push((group = { section: section.title, points: [] }));
        (group.points as Array<(typeof group.points)[number]>).push({
          point: p.id,
          n: i + 1,
          label: p.label,
          text: p.text,
        });
      }
    });
  }
  const sources: SourceView[] = state.sources.map((source) => {
    const summary = byId.get(source.id) as SourceSummary;
    const e = bySource.get(source.id) ?? { uses: [], citedBy: [], ledger: [] };
    return {
      ...summary,
      link: safeUrl(summary.url),
      ledger: e.ledger,
      textHtml: sourceTextHtml(source.blocks.map((b) => blockParts(b, e.uses, summary.url))),
      citedBy: e.citedBy,
    };
  });
  const pointsById = new Map(sections.flatMap((s) => s.points.map((p) => [p.id, p] as const)));
  const allPointPages = sections.flatMap((s) =>
    [...s.points, ...s.more].filter((p) => p.more).flatMap((p) => pointPages(p, byId)),
  );
  return {
    title: briefing.title,
    edition: briefing.edition,
    sections,
    glance: (briefing.glance ?? []).map((id) => pointsById.get(id)).filter((p): p is PointView => p !== undefined),
    notes: footnotes.notes.map((n) => ({
      ...n,
      sourceTitle: byId.get(n.source)?.title ?? n.source,
      publisher: byId.get(n.source)?.publisher ?? null,
    })),
    sources,
    pointPages: allPointPages,
    render: { sources, pointPages: allPointPages },
    pointCount: sections.reduce((sum, s) => sum + s.points.length, 0),
    cut: state.cut ?? 0,
    citationCount: sections.reduce((sum, s) => sum + s.points.reduce((a, p) => a + p.citations.length, 0), 0),
    coverage: coverageMatrix(briefing.sources, briefing.sections),
    json: state.json ?? briefingJson(briefing),
    warnings: [...state.sources.flatMap((s) => s.messages), ...state.notes].map((m) => ({
      text: String(m),
      rule: m.ruleId,
    })),
    timings: state.timings,
    changes: state.changes ? { ...state.changes, empty: isEmpty(state.changes) } : null,
    changesJson: `${JSON.stringify(state.changes ?? { since: null, added: [], removed: [], sourcing: [], stale: [] }, null, 2)}\n`,
    baselineJson: `${JSON.stringify(state.baseline ?? null, null, 2)}\n`,
  };
}

/** A block cut around the sentences the briefing quotes from it. */
function blockParts(block: Block, uses: readonly QuoteUse[], url: string | null): BlockParts {
  return { n: block.n, kind: block.kind, line: (block.lines[0] as Line).line, parts: textParts(block, uses, url) };
}

/** Citations on one page of a point's full list. */
export const POINT_PAGE_SIZE = 200;

const pointFile = (n: number): string => (n === 1 ? "index.html" : `index-${n}.html`);

/** The link to a point's full list when the main page shows fewer citations than it has; null when it shows them all. */
function morePoint(point: Point, shown: number): PointView["more"] {
  if (point.citations.length <= shown) return null;
  const sources =
    new Set(point.citations.map((c) => c.source)).size -
    new Set(point.citations.slice(0, shown).map((c) => c.source)).size;
  const label =
    sources > 0
      ? `+${sources} more ${sources === 1 ? "source" : "sources"}`
      : `+${point.citations.length - shown} more quotes`;
  return { label, href: `points/${point.id}/index.html` };
}

/** A point's citations cut into pages, each citation with its source's title and publisher. */
function pointPages(point: PointView, sources: ReadonlyMap<string, SourceSummary>): PointPage[] {
  const of = Math.ceil(point.citations.length / POINT_PAGE_SIZE);
  const files = Array.from({ length: of }, (_, i) => pointFile(i + 1));
  const summary = {
    id: point.id,
    text: point.text,
    label: point.label,
    sourceCount: point.sourceCount,
    citationCount: point.citations.length,
  };
  return files.map((file, i) => ({
    point: summary,
    file,
    n: i + 1,
    of,
    files,
    start: i * POINT_PAGE_SIZE + 1,
    citations: point.citations.slice(i * POINT_PAGE_SIZE, (i + 1) * POINT_PAGE_SIZE).map((c) => ({
      ...c,
      sourceTitle: sources.get(c.source)?.title ?? c.source,
      publisher: sources.get(c.source)?.publisher ?? null,
    })),
  }));
}

/** Where each per-item page goes in the site folder; the templates' `*.11tydata.js` give the same addresses. */
export const sourcePagePath = (source: SourceView): string => `sources/${source.id}/index.html`;
export const pointPagePath = (page: PointPage): string => `points/${page.point.id}/${page.file}`;
