// How a point is put to the reader: its markers grouped by source and by side, its badge, and whose judgement it is.
import type { Footnote, NoteReference, Point, SourceSummary } from "../model/types.ts";
import { isOpinion } from "../rules/opinion.ts";
import { comparable } from "../text/comparable.ts";
import { shortName } from "./coverage.ts";

/** One footnote marker of a point. */
export interface MarkerView {
  readonly note: number;
  /** `ref.id` is the marker's element id in its section; At a glance repeats the marker as `g-<id>`. */
  readonly ref: NoteReference;
  readonly source: string;
}

/** A point's markers of one source, shown together: a point backed by two sources shows two groups. */
export interface SourceGroupView {
  readonly source: string;
  /** The source as named beside its markers and in their labels (`shortName`). */
  readonly name: string;
  readonly markers: readonly MarkerView[];
}

/** One side of a point that sets sources against each other, with its own sources' markers. */
export interface SideView {
  readonly label: string;
  readonly groups: readonly SourceGroupView[];
}

/** What a point's badge says, and whether it shows corroboration (more than one independent origin). */
export interface BadgeView {
  readonly label: string;
  readonly corroborated: boolean;
}

/** A point that gives a source's judgement: who writes it, and the point's text as it reads after that. */
export interface AttributionView {
  /** "AI News writes that" or, when the text's first word may be a name, "AI News writes:". */
  readonly who: string;
  readonly text: string;
}

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Consecutive markers of one source as one group; the footnote step numbers a point's notes source by source. */
export function groupMarkers(
  markers: readonly MarkerView[],
  sources: ReadonlyMap<string, SourceSummary>,
): SourceGroupView[] {
  const groups: Array<{ source: string; name: string; markers: MarkerView[] }> = [];
  for (const m of markers) {
    const last = groups.at(-1);
    if (last?.source === m.source) last.markers.push(m);
    else groups.push({ source: m.source, name: nameOf(m.source, sources), markers: [m] });
  }
  return groups;
}

const nameOf = (id: string, sources: ReadonlyMap<string, SourceSummary>): string => {
  const source = sources.get(id);
  return source ? shortName(source) : id;
};

/**
 * The point's markers under the labels of its sides; null when the point has no sides. A note belongs to the side
 * that cites its passage (a note may join two adjacent passages of one source), else to the side of its source.
 */
export function sideViews(
  point: Point,
  markers: readonly MarkerView[],
  notes: ReadonlyMap<number, Footnote>,
  sources: ReadonlyMap<string, SourceSummary>,
): SideView[] | null {
  const sides = point.sides;
  if (!sides || sides.length === 0) return null;
  const bySide: MarkerView[][] = sides.map(() => []);
  const rest: MarkerView[] = [];
  for (const m of markers) {
    const note = notes.get(m.note);
    const quote = comparable(note?.quote ?? "");
    let at = sides.findIndex((s) =>
      s.citations.some((c) => c.source === m.source && quote.includes(comparable(c.quote))),
    );
    if (at < 0) at = sides.findIndex((s) => s.citations.some((c) => c.source === m.source));
    (at < 0 ? rest : (bySide[at] as MarkerView[])).push(m);
  }
  const views = sides
    .map((s, i) => ({ label: s.label, groups: groupMarkers(bySide[i] as MarkerView[], sources) }))
    .filter((s) => s.groups.length > 0);
  if (rest.length > 0) views.push({ label: "Also cited", groups: groupMarkers(rest, sources) });
  return views;
}

/**
 * The badge: how many sources say it, and, when the point knows its origins and they are fewer, that several sources
 * repeat one report ("5 sources, all citing Reuters"). It shows corroboration only for more than one origin and source.
 */
export function badgeView(point: Point, sourceCount: number, sources: ReadonlyMap<string, SourceSummary>): BadgeView {
  const counted = plural(sourceCount, "source", "sources");
  // Sources set against each other do not corroborate anything: the badge counts them and says they differ.
  if (point.sides && point.sides.length > 1)
    return { label: `${counted}, on ${point.sides.length} sides`, corroborated: false };
  const origins = [...new Set(point.origins ?? [])];
  if (origins.length === 0) return { label: counted, corroborated: sourceCount > 1 };
  const corroborated = Math.min(origins.length, sourceCount) > 1;
  const own = origins.every((o) => sources.has(o));
  // As many origins as sources: each source is its own origin or credits a different one, and the count says it all.
  if (origins.length === sourceCount || (origins.length >= sourceCount && own)) return { label: counted, corroborated };
  const names = origins.map((o) => nameOf(o, sources));
  if (origins.length === 1)
    return { label: `${counted}, ${sourceCount > 1 ? "all " : ""}citing ${names[0]}`, corroborated };
  if (origins.length < sourceCount)
    return { label: `${counted} from ${origins.length} independent origins: ${names.join(", ")}`, corroborated };
  return { label: `${counted}, citing ${names.join(" and ")}`, corroborated };
}

/**
 * For a point whose text is a source's opinion in its own words, who writes it: the briefing does not say in its own
 * voice that something "shows China is moving in the right direction". Null for a report of fact, or for text the
 * briefing wrote itself (a disagreement, a question), which is never a source's sentence.
 */
export function attributionView(
  point: Point,
  sources: ReadonlyMap<string, SourceSummary>,
  /** Whether the sources write this word in lower case somewhere: then it is not a name. */
  writtenLower: (word: string) => boolean,
): AttributionView | null {
  if (!isOpinion(point.text)) return null;
  const text = comparable(point.text);
  const ids = [...new Set(point.citations.filter((c) => comparable(c.quote).includes(text)).map((c) => c.source))];
  if (ids.length === 0) return null;
  const publishers = ids.map((id) => sources.get(id)?.publisher ?? null);
  const named = publishers.every((p) => p !== null) ? (publishers as string[]) : null;
  const who =
    ids.length === 1
      ? `${named?.[0] ?? "One source"} writes`
      : named && ids.length === 2
        ? `${named[0]} and ${named[1]} write`
        : `${ids.length} sources write`;
  // "The ability…" reads "writes that the ability…"; a first word that may be a name ("China…") keeps its capital.
  const first = point.text.match(/^\p{Lu}[\p{Ll}'’-]*(?=[\s,])/u)?.[0];
  const lower = first?.toLowerCase();
  return first !== undefined && lower !== undefined && writtenLower(lower)
    ? { who: `${who} that`, text: `${lower}${point.text.slice((first as string).length)}` }
    : { who: `${who}:`, text: point.text };
}
