// The briefing's own words around quotes: how a disagreement, a doubt or a question is put to the reader.
import type { Sentence, Citation, Disagreement } from "../model/types.ts";
import { quantityPhrase } from "./disagreements.ts";
import { words, term } from "../text/tokens.ts";

export const cite = (s: Sentence): Citation => ({
  source: s.source,
  paragraph: s.paragraph,
  line: s.line,
  quote: s.text,
});

export const count = (n: number, one: string, many: string): string => (n === 1 ? `one ${one}` : `${n} ${many}`);

/** The reader-facing wording of a disagreement; only the quotes are verbatim. */
export function disagreementText(d: Disagreement): string {
  const [a, b] = d.sides;
  switch (d.kind) {
    case "status":
      return `Sources differ on whether ${d.topic} has shipped: ${count(a.length, "source says it is out", "sources say it is out")}, ${count(b.length, "calls it upcoming", "call it upcoming")}.`;
    case "certainty": {
      const action = a[0]?.text.match(/\bwill\s+(\w+(?:\s+(?!according\b)[\w'’]+){0,3})/i)?.[1] ?? "go ahead";
      return `Sources differ on how certain it is that ${d.topic.split(":")[0]} will ${action.replace(/[,.;]$/, "")}: ${count(a.length, "says it will", "say it will")}, ${count(b.length, "only that it may", "only that it may")}.`;
    }
    case "figures":
      return `Sources give different figures: "${quantityPhrase(a[0]?.text ?? "")}" in one, "${quantityPhrase(b[0]?.text ?? "")}" in ${b.length === 1 ? "another" : `${b.length} others`}.`;
    case "extent":
      return `Sources differ on how much of ${d.topic}'s work runs on the chips they name: ${count(a.length, "source says only part", "sources say only part")}, ${count(b.length, "says all of it", "say all of it")}.`;
    case "capability": {
      const shown = words(b[0]?.text ?? "").find((w) => term(w) === d.topic) ?? d.topic;
      return `Sources differ on ${shown} features: ${count(a.length, "source expects them", "sources expect them")}, another reportedly says they are missing.`;
    }
  }
}

export function doubters(related: readonly Sentence[]): string {
  const n = new Set(related.map((s) => s.source)).size;
  return n === 0 ? "" : n === 1 ? "Another source also doubts it." : `${n} other sources also doubt it.`;
}
