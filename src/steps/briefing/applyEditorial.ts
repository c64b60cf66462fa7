// Applies the maintainer's editorial decisions from briefing.yaml: pin a point to the top, hide it, or move it.
import { ConfigError } from "../../model/errors.ts";

import { Message } from "../../model/messages.ts";
import type { PipelineState } from "../../pipeline/state.ts";
import { slugWithCounter } from "../../text/slug.ts";
import type { Briefing, Claim, Point, SectionId, Sentence, Source, EditorialAction } from "../../model/types.ts";

import { comparable } from "../../text/comparable.ts";
import { citationsOf, pointText } from "../../rules/pointText.ts";

interface Placed {
  point: Point;
  section: SectionId;
  pinned: boolean;
}

const quotes = (action: EditorialAction, source: string, text: string): boolean =>
  (action.source === null || action.source === source) && comparable(text).includes(comparable(action.quote));

/** How an entry is named in messages: `pin "Huawei will…" (source 001)`. */
function describe(action: EditorialAction): string {
  const short = action.quote.length > 50 ? `${action.quote.slice(0, 49)}…` : action.quote;
  return `${action.action} "${short}"${action.source ? ` (source ${action.source})` : ""}`;
}

/** A point for a sentence the assembled briefing left out: from its claim when it has one, else from it alone. */
function pointFor(sentence: Sentence, claims: readonly Claim[]): { point: Point; section: SectionId | null } {
  const claim: Claim = claims.find((c) => c.members.includes(sentence)) ?? {
    id: sentence.id,
    representative: sentence,
    members: [sentence],
    section: null,
  };
  const point: Point = { id: claim.id, text: pointText(claim), citations: citationsOf(claim) };
  return { point: claim.origins ? { ...point, origins: claim.origins } : point, section: claim.section };
}

/** Applies the actions in order to a briefing; throws ConfigError when a pin or move names a quote no seed has. */
export function applyActions(
  briefing: Briefing,
  actions: readonly EditorialAction[],
  sources: readonly Source[],
  claims: readonly Claim[],
  configFile: string,
  notes: Message[],
): Briefing {
  const placed: Placed[] = briefing.sections.flatMap((s) =>
    s.points.map((point) => ({ point, section: s.id, pinned: false })),
  );
  for (const action of actions) {
    const index = placed.findIndex((p) => p.point.citations.some((c) => quotes(action, c.source, c.quote)));
    let entry = index >= 0 ? (placed.splice(index, 1)[0] as Placed) : null;
    if (action.action === "hide") {
      if (!entry)
        notes.push(
          new Message(
            configFile,
            action.line ?? 1,
            `${describe(action)}: no point of the briefing quotes it, so there is nothing to hide`,
            "editorial",
          ),
        );
      continue;
    }
    if (!entry) {
      const sentence = sources.flatMap((s) => s.sentences).find((s) => quotes(action, s.source, s.text));
      if (!sentence) {
        const where = action.source
          ? (sources.find((s) => s.id === action.source)?.file ??
            `source ${action.source}, which is no longer among the seeds`)
          : "any seed";
        throw new ConfigError(
          configFile,
          action.line,
          `${describe(action)}: the quote is not in ${where}`,
          "Update the entry to a sentence the seed still has, or remove it.",
        );
      }
      const made = pointFor(sentence, claims);
      const section = action.to ?? made.section;
      if (!section)
        throw new ConfigError(
          configFile,
          action.line,
          `${describe(action)}: the sentence belongs to no section`,
          "Add a to: line naming the section.",
        );
      entry = { point: made.point, section, pinned: false };
    }
    entry.section = action.to ?? entry.section;
    entry.pinned ||= action.action === "pin";
    // Last in the list: a moved point ends its new section; pins come first below, in the order of their entries.
    placed.push(entry);
  }
  // Ids are assigned again in reading order, so they stay unique and stable for the same settings.
  const slug = slugWithCounter();
  const sections = briefing.sections.map((section) => {
    const here = placed.filter((p) => p.section === section.id);
    const ordered = [...here.filter((p) => p.pinned), ...here.filter((p) => !p.pinned)];
    const { more: _more, ...rest } = section;
    return { ...rest, points: ordered.map((p) => ({ ...p.point, id: slug(p.point.text) })) };
  });
  // A "More in …" point an entry names was hidden, or now stands where the entry put it: it is not listed twice.
  const named = (point: Point): boolean =>
    actions.some((a) => point.citations.some((c) => quotes(a, c.source, c.quote)));
  return {
    ...briefing,
    sections: sections.map((section, i) => {
      const more = (briefing.sections[i]?.more ?? []).filter((p) => !named(p));
      return more.length > 0 ? { ...section, more: more.map((p) => ({ ...p, id: slug(p.text) })) } : section;
    }),
  };
}

/** Pipeline step: applies `config.editorial` to `state.briefing`. */
export function applyEditorial(state: PipelineState): void {
  const actions = state.config.editorial ?? [];
  if (!state.briefing || actions.length === 0) return;
  state.briefing = applyActions(
    state.briefing,
    actions,
    state.sources,
    state.claims,
    state.options.configDisplayPath,
    state.notes,
  );
}
