// Numbers the footnotes in reading order: one note per quoted passage, one back-link per reference to it.
import type { PipelineState } from "../../pipeline/state.ts";
import type { Briefing, Citation, Footnotes, Footnote, NoteReference } from "../../model/types.ts";

/**
 * Notes the main page gives one point: its first citations in order. A point a thousand sources back would
 * otherwise put a thousand notes on the page; the rest are listed on the point's own page (`points/<id>/`).
 */
export const NOTES_PER_POINT = 5;

/**
 * Notes the main page gives a "More in …" point: they are many where many sources repeat a story, and a reader who
 * wants the rest follows the point's link to its own page, as for a point shown in part.
 */
export const NOTES_PER_MORE = 1;

/** a, b, … z, then z2, z3: a letter for the k-th (0-based) reference to a note. */
const letter = (k: number): string => (k < 26 ? String.fromCharCode(97 + k) : `z${k - 24}`);

/** A point's citations with each source's side by side, sources in order of first appearance: one marker group per source. */
function bySource(citations: readonly Citation[]): Citation[] {
  const groups = new Map<string, Citation[]>();
  for (const c of citations) {
    const group = groups.get(c.source);
    if (group) group.push(c);
    else groups.set(c.source, [c]);
  }
  return [...groups.values()].flat();
}

/**
 * Walks sections, their points and then their "More in …" points, and up to `perPoint` citations of each, in reading
 * order, and numbers each distinct passage once.
 */
export function numberNotes(
  briefing: Briefing,
  perPoint: number = NOTES_PER_POINT,
  perMore: number = NOTES_PER_MORE,
): Footnotes {
  const notes: Footnote[] = [];
  const byPassage = new Map<string, Footnote>();
  const refs: Record<string, Array<{ note: number; ref: NoteReference }>> = {};
  for (const section of briefing.sections) {
    const listed = [
      ...section.points.map((point) => ({ point, notes: perPoint })),
      ...(section.more ?? []).map((point) => ({ point, notes: perMore })),
    ];
    for (const { point, notes: count } of listed) {
      refs[point.id] = bySource(point.citations.slice(0, count)).map((c) => {
        const key = `${c.source}\u0000${c.paragraph}\u0000${c.quote}`;
        let note = byPassage.get(key);
        if (!note) {
          const number = notes.length + 1;
          note = { ...c, number, id: `fn-${number}`, refs: [] };
          notes.push(note);
          byPassage.set(key, note);
        }
        const k = note.refs.length;
        const ref: NoteReference = {
          id: k === 0 ? `fnref-${note.number}` : `fnref-${note.number}-${k + 1}`,
          label: String(note.number),
        };
        note.refs.push(ref);
        return { note: note.number, ref };
      });
    }
  }
  for (const note of notes) {
    if (note.refs.length < 2) continue;
    note.refs.forEach((ref, k) => {
      ref.label = `${note.number}${letter(k)}`;
    });
  }
  return { notes, refs };
}

/** Pipeline step: sets `state.footnotes`. */
export function numberFootnotes(state: PipelineState): void {
  if (state.briefing) state.footnotes = numberNotes(state.briefing);
}
