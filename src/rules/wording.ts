// The briefing's own words around quotes: how a disagreement, a doubt or a question is put to the reader.
import type { Citation, Disagreement, Sentence } from "../model/types.ts";
import { contradicts, figures } from "./figures.ts";
import { deniedWords } from "./disagreements/polarity.ts";
import { periodPhrase } from "./disagreements/schedule.ts";

export const cite = (s: Sentence): Citation => ({
  source: s.source,
  paragraph: s.paragraph,
  line: s.line,
  quote: s.text,
});

export const count = (n: number, one: string, many: string): string => (n === 1 ? `one ${one}` : `${n} ${many}`);

const sources = (n: number): string => (n === 1 ? "one source" : `${n} sources`);
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The reader-facing wording of a disagreement, each side with how many sources take it; only the quotes are verbatim. */
export function disagreementText(d: Disagreement): string {
  const [a, b] = d.sides;
  switch (d.kind) {
    case "status":
      if (d.unordered)
        return `${capital(sources(a.length))} ${a.length === 1 ? "reports" : "report"} that ${d.topic} is out, while ${sources(b.length)} without a date still ${b.length === 1 ? "calls" : "call"} it upcoming and may have been written before the release.`;
      return `Sources differ on whether ${d.topic} is out: ${sources(a.length)} report the release, while ${sources(b.length)} dated after it still ${b.length === 1 ? "calls" : "call"} it upcoming.`;
    case "stage":
      if (d.unordered)
        return `${capital(sources(a.length))} ${a.length === 1 ? "says" : "say"} ${d.topic} is in mass production, while ${sources(b.length)} without a date ${b.length === 1 ? "says" : "say"} it is still sampling and may have been written before.`;
      return `Sources differ on whether ${d.topic} is in mass production: ${sources(a.length)} ${a.length === 1 ? "says" : "say"} it is, while ${sources(b.length)} dated the same day or later ${b.length === 1 ? "says" : "say"} it is still sampling.`;
    case "plan":
      return `Sources differ on whether ${d.topic} dropped a plan: ${sources(a.length)} ${a.length === 1 ? "reports" : "report"} it shelved, while ${sources(b.length)} ${b.length === 1 ? "says" : "say"} it stands.`;
    case "figures": {
      const pair = contradicts(figures(a[0]?.text ?? ""), figures(b[0]?.text ?? ""));
      const [x, y] = pair ? [pair[0].phrase, pair[1].phrase] : ["one figure", "another"];
      return `Sources give different figures for the ${d.topic}: "${x}" (${sources(a.length)}) against "${y}" (${sources(b.length)}).`;
    }
    case "polarity":
      return `Sources contradict each other: ${sources(a.length)} ${a.length === 1 ? "reports" : "report"} it, while ${sources(b.length)} ${b.length === 1 ? "denies" : "deny"} it ("${deniedWords(b[0]?.text ?? d.topic)}").`;
    case "training":
      return `Sources differ on what ${d.topic} was trained and runs on: ${sources(a.length)} against ${sources(b.length)}.`;
    case "capability":
      return `Sources differ on ${d.topic}: ${sources(a.length)} against ${sources(b.length)}.`;
    case "schedule": {
      const [x, y] = [periodPhrase(a[0]?.text ?? ""), periodPhrase(b[0]?.text ?? "")];
      return x && y
        ? `Sources give different dates for ${d.topic}: "${x}" (${sources(a.length)}) against "${y}" (${sources(b.length)}).`
        : `Sources give different dates for ${d.topic}: ${sources(a.length)} against ${sources(b.length)}.`;
    }
    case "extent":
      return `Sources differ on whether all of ${d.topic}: ${sources(a.length)} ${a.length === 1 ? "says" : "say"} only part of it is, while ${sources(b.length)} ${b.length === 1 ? "says" : "say"} all of it is.`;
  }
}

export function doubters(related: readonly Sentence[]): string {
  const n = new Set(related.map((s) => s.source)).size;
  return n === 0 ? "" : n === 1 ? "Another source also doubts it." : `${n} other sources also doubt it.`;
}

/** "Says" for one source, "Say" for several: a side's label reads before the names of its sources. */
const says = (sentences: readonly Sentence[], one: string, many: string): string =>
  new Set(sentences.map((s) => s.source)).size === 1 ? one : many;

/** How each side of a disagreement is labelled beside its sources, in the words `disagreementText` uses. */
export function sideLabels(d: Disagreement): [string, string] {
  const [a, b] = d.sides;
  switch (d.kind) {
    case "status":
      return [says(a, "Reports it out", "Report it out"), says(b, "Calls it upcoming", "Call it upcoming")];
    case "stage":
      return [
        says(a, "Says mass production", "Say mass production"),
        says(b, "Says still sampling", "Say still sampling"),
      ];
    case "plan":
      return [says(a, "Reports it shelved", "Report it shelved"), says(b, "Says it stands", "Say it stands")];
    case "figures": {
      const pair = contradicts(figures(a[0]?.text ?? ""), figures(b[0]?.text ?? ""));
      return pair ? [`“${pair[0].phrase}”`, `“${pair[1].phrase}”`] : ["One figure", "Another"];
    }
    case "polarity":
      return [says(a, "Reports it", "Report it"), says(b, "Denies it", "Deny it")];
    case "training":
    case "capability":
      return ["One account", "The other account"];
    case "schedule": {
      const [x, y] = [periodPhrase(a[0]?.text ?? ""), periodPhrase(b[0]?.text ?? "")];
      return x && y ? [`“${x}”`, `“${y}”`] : ["One date", "Another"];
    }
    case "extent":
      return [says(a, "Says only part", "Say only part"), says(b, "Says all of it", "Say all of it")];
  }
}

/** How a question point labels those who ask it and those who doubt the matter. */
export function questionSideLabels(
  askers: readonly Sentence[],
  answered: boolean,
  related: readonly Sentence[],
): [string, string] {
  return [
    answered ? says(askers, "Asks and answers", "Ask and answer") : says(askers, "Asks", "Ask"),
    says(related, "Doubts it", "Doubt it"),
  ];
}
