// Which wording of a claim states it most clearly: the one a point shows.
import type { Sentence } from "../model/types.ts";
import { compareText } from "../text/compare.ts";
import { words } from "../text/tokens.ts";
import { informativeness } from "./informativeness.ts";

/** Better first: self-contained, then informative, then early in its article. */
export function byClarity(a: Sentence, b: Sentence): number {
  return (
    Number(b.standalone) - Number(a.standalone) ||
    b.informativeness - a.informativeness ||
    a.position - b.position ||
    compareText(a.id, b.id)
  );
}

/** Words past this count make a sentence harder to take in at a glance. */
export const CLEAR_LENGTH = 25;

/**
 * Who said it, closing a sentence: ", analysts at CLSA said.", ", according to Tech Daily.". The names there tell who
 * reported the claim, not what it is; as a point's wording they would credit one source with what many say.
 */
export const ATTRIBUTION_TAIL =
  /,\s+(?:according to [^,]{1,60}|[^,]{1,60}?\b(?:said|says|told [^,]{1,40}|reported|wrote))\.["”’]?$/;

/** When one outlet dated the claim: "On Friday, ", "In May, ", "Earlier this month, ". The day names no actor. */
export const DATED_LEAD =
  /^(?:on|in|by|earlier|later|last|this|next|since)\b[^,]{0,20}?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|quarter|today|yesterday)\b[^,]{0,10},\s+/i;

/**
 * How clearly a sentence states its claim: what it says, not counting whom it is attributed to or the day an outlet
 * put on it (a wording without them is preferred), less a little for every word past CLEAR_LENGTH.
 */
export function clarity(s: Sentence): number {
  const tail = ATTRIBUTION_TAIL.exec(s.text);
  const lead = DATED_LEAD.exec(s.text);
  if (!tail && !lead) return s.informativeness - 0.15 * Math.max(0, words(s.text).length - CLEAR_LENGTH);
  const core = `${s.text.slice(lead ? lead[0].length : 0, tail ? tail.index : s.text.length - 1)}.`;
  return (
    informativeness(core) -
    Number(Boolean(tail)) -
    Number(Boolean(lead)) -
    0.15 * Math.max(0, words(s.text).length - CLEAR_LENGTH)
  );
}

/**
 * A claim's members, the representative first: self-contained, then clearest, then earliest in its article.
 * Each member's clarity is worked out once, not at every comparison (a claim many sources repeat has thousands of
 * members), and once per wording: it depends on the text alone, and most members of a large claim repeat another
 * word for word.
 */
export function representativeFirst(members: readonly Sentence[]): Sentence[] {
  const byText = new Map<string, number>();
  const clarityOf = (s: Sentence): number => {
    let c = byText.get(s.text);
    if (c === undefined) byText.set(s.text, (c = clarity(s)));
    return c;
  };
  return members
    .map((s) => ({ s, clarity: clarityOf(s) }))
    .sort(
      (a, b) =>
        Number(b.s.standalone) - Number(a.s.standalone) ||
        b.clarity - a.clarity ||
        a.s.position - b.s.position ||
        compareText(a.s.id, b.s.id),
    )
    .map(({ s }) => s);
}
