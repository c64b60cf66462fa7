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
  Source,
  SourceSummary,
  Footnote,
  Changes,
} from "../model/types.ts";
import { coverageMatrix, shortName, type Coverage } from "./coverage.ts";
import { safeUrl, textFragmentUrl } from "./links.ts";
import {
  attributionView,
  badgeView,
  groupMarkers,
  sideViews,
  type AttributionView,
  type BadgeView,
  type MarkerView,
  type SideView,
  type SourceGroupView,
} from "./pointView.ts";
import { blockParts as textParts, type QuoteUse, type TextPart } from "./sourceText.ts";
import { sourceTextHtml, type BlockParts } from "./sourceHtml.ts";
import type { PipelineState } from "../pipeline/state.ts";

export interface PointView extends Omit<Point, "sides"> {
  /** How many different sources back the point. */
  readonly sourceCount: number;
  readonly refs: readonly MarkerView[];
  /** The markers, one group per source: the badge's count of sources is the number of groups the reader sees. */
  readonly groups: readonly SourceGroupView[];
  /** For a point that sets sources against each other, the markers under each side's label; null otherwise. */
  readonly sides: readonly SideView[] | null;
  readonly badge: BadgeView;
  /** True for every point one source alone backs: it carries "single source: not yet confirmed elsewhere". */
  readonly single: boolean;
  /** Who writes it, when the point is a source's opinion in its own words; null otherwise. */
  readonly attribution: AttributionView | null;
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
  /** The source as named where space is short: beside a marker, in a sidenote. */
  readonly sourceName: string;
  readonly publisher: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly aggregator: boolean;
  /** The quoted sentence on its source page (`sources/001/index.html#p4-q2`), or its paragraph when it is not marked. */
  readonly href: string;
  /** The original article scrolled to the quote (`#:~:text=`); null when the source has no web address. */
  readonly original: string | null;
  /** The original article's address, printed after the link: without the text fragment. */
  readonly originalUrl: string | null;
  /** Links back to every marker of this note, in page order: At a glance first, then the sections. */
  readonly backrefs: ReadonlyArray<{ readonly href: string; readonly label: string; readonly where: string }>;
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
  readonly citations: ReadonlyArray<
    Citation & {
      readonly sourceTitle: string;
      readonly publisher: string | null;
      readonly published: string | null;
      readonly href: string;
    }
  >;
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
  /** Claims two or more origins back that fit no section (see `PipelineState.unplaced`). */
  readonly unplaced: number;
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
  const writtenLower = lowerCaseWords(state.sources);
  const view = (point: Point, label: string): PointView => {
    const refs = (footnotes.refs[point.id] ?? []).map((r) => ({
      ...r,
      source: notesByNumber.get(r.note)?.source ?? "",
    }));
    const sourceCount = new Set(point.citations.map((c) => c.source)).size;
    return {
      ...point,
      label,
      sourceCount,
      refs,
      groups: groupMarkers(refs, byId),
      sides: sideViews(point, refs, notesByNumber, byId),
      badge: badgeView(point, sourceCount, byId),
      single: sourceCount === 1,
      attribution: attributionView(point, byId, writtenLower),
      more: morePoint(point, refs.length),
    };
  };
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
  // Where each quoted sentence is marked on its source page, so that a note leads to the sentence, not its paragraph.
  const marks = new Map<string, string>();
  const sources: SourceView[] = state.sources.map((source) => {
    const summary = byId.get(source.id) as SourceSummary;
    const e = bySource.get(source.id) ?? { uses: [], citedBy: [], ledger: [] };
    const blocks = source.blocks.map((b) => blockParts(b, e.uses, summary.url));
    for (const b of blocks) for (const part of b.parts.flat()) recordMark(marks, source.id, b.n, part);
    return {
      ...summary,
      link: safeUrl(summary.url),
      ledger: e.ledger,
      textHtml: sourceTextHtml(blocks),
      citedBy: e.citedBy,
    };
  });
  const markHref = (c: Citation): string =>
    `sources/${c.source}/index.html#${marks.get(markKey(c.source, c.paragraph, c.quote)) ?? `p${c.paragraph}`}`;
  const pointsById = new Map(sections.flatMap((s) => [...s.points, ...s.more].map((p) => [p.id, p] as const)));
  const allPointPages = sections.flatMap((s) =>
    [...s.points, ...s.more].filter((p) => p.more).flatMap((p) => pointPages(p, byId, markHref)),
  );
  const glance = (briefing.glance ?? []).map((id) => pointsById.get(id)).filter((p): p is PointView => p !== undefined);
  const backrefs = backLinks(glance, sections);
  return {
    title: briefing.title,
    edition: briefing.edition,
    sections,
    glance,
    notes: footnotes.notes.map((n) => {
      const source = byId.get(n.source);
      const original = textFragmentUrl(source?.url ?? null, n.quote);
      return {
        ...n,
        sourceTitle: source?.title ?? n.source,
        sourceName: source ? shortName(source) : n.source,
        publisher: source?.publisher ?? null,
        author: source?.author ?? null,
        published: source?.published ?? null,
        aggregator: source?.kind === "aggregator",
        href: markHref(n),
        original,
        originalUrl: original ? (safeUrl(source?.url)?.split("#")[0] ?? null) : null,
        backrefs: backrefs.get(n.number) ?? [],
      };
    }),
    sources,
    pointPages: allPointPages,
    render: { sources, pointPages: allPointPages },
    pointCount: sections.reduce((sum, s) => sum + s.points.length, 0),
    cut: state.cut ?? 0,
    unplaced: state.unplaced ?? 0,
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

/**
 * Whether a word appears in lower case in any source's text. Asked only of the first word of an opinion, so the
 * sources' words are collected once, on the first question.
 */
function lowerCaseWords(sources: readonly Source[]): (word: string) => boolean {
  let words: Set<string> | null = null;
  return (word) => {
    if (!words) {
      words = new Set();
      for (const s of sources)
        for (const l of s.kept) for (const w of l.text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []) words.add(w);
    }
    return words.has(word);
  };
}

const markKey = (source: string, paragraph: number, quote: string): string =>
  `${source}\u0000${paragraph}\u0000${quote}`;

/** Notes the element id of a quoted sentence on its source page; the first mark of a quote wins. */
function recordMark(marks: Map<string, string>, source: string, paragraph: number, part: TextPart): void {
  if (!part.cited) return;
  const key = markKey(source, paragraph, part.text);
  if (!marks.has(key)) marks.set(key, part.cited.id);
}

/** a, b, … z, then z2, z3: how the k-th (0-based) back-link to a note cited more than once is named. */
const letter = (k: number): string => (k < 26 ? String.fromCharCode(97 + k) : `z${k - 24}`);

/** For each note, the links back to its markers in page order: At a glance (ids `g-…`) first, then the sections. */
function backLinks(
  glance: readonly PointView[],
  sections: readonly SectionView[],
): Map<number, Array<{ href: string; label: string; where: string }>> {
  const links = new Map<number, Array<{ href: string; label: string; where: string }>>();
  const add = (note: number, href: string, where: string): void => {
    const list = links.get(note) ?? [];
    list.push({ href, label: "", where });
    links.set(note, list);
  };
  for (const p of glance) for (const r of p.refs) add(r.note, `#g-${r.ref.id}`, "At a glance");
  for (const s of sections)
    for (const p of [...s.points, ...s.more]) for (const r of p.refs) add(r.note, `#${r.ref.id}`, p.label);
  for (const [note, list] of links)
    list.forEach((l, k) => {
      l.label = list.length === 1 ? String(note) : `${note}${letter(k)}`;
    });
  return links;
}

/** A block cut around the sentences the briefing quotes from it. */
function blockParts(block: Block, uses: readonly QuoteUse[], url: string | null): BlockParts {
  const parts = textParts(block, uses, url);
  const repaired = block.lines.some((l) => l.original !== undefined);
  return {
    n: block.n,
    kind: block.kind,
    line: (block.lines[0] as Line).line,
    parts,
    ...(repaired ? { repaired } : {}),
  };
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

/** A point's citations cut into pages, each citation with its source's title, publisher and date. */
function pointPages(
  point: PointView,
  sources: ReadonlyMap<string, SourceSummary>,
  href: (c: Citation) => string,
): PointPage[] {
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
      published: sources.get(c.source)?.published ?? null,
      href: href(c),
    })),
  }));
}

/** Where each per-item page goes in the site folder; the templates' `*.11tydata.js` give the same addresses. */
export const sourcePagePath = (source: SourceView): string => `sources/${source.id}/index.html`;
export const pointPagePath = (page: PointPage): string => `points/${page.point.id}/${page.file}`;
