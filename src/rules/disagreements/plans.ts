// A plan reported dropped against the company's word that it stands: "has shelved plans to…" and "its plans were unchanged".
import type { Disagreement, Sentence } from "../../model/types.ts";
import { names } from "../mentions.ts";
import { perText } from "../../util/perText.ts";
import { type DisagreementContext, eitherWay, groupBy } from "./sides.ts";

// Words that drop a plan outright, and those that do only with a plan for object ("dropped its plans"; "shares
// dropped" drops nothing).
const DROPPED =
  /\b(?:shelved|scrapped|abandoned|put\s+(?:[\w'’-]+\s+){0,4}?on\s+(?:ice|hold)|(?:dropped|cancel+ed|halted|paused)\s+(?:(?:its|their|the|those|these|a)\s+)?(?:[\w'’-]+\s+){0,2}?(?:plans?|project|programme|program)\b)/i;
// A denial or a doubt before the verb: "has not shelved", "denying a report that it had shelved".
const NOT_DROPPED =
  /(?:\b(?:not|never|no)\b|n['’]t\b|\b(?:deni(?:ed|es)|denying|deny|dismiss\w*|reject\w*|refut\w*)\b[^.;]{0,60}$|\b(?:may|might|could|would|considering|weighing|plans? to|if)\b[^.;]{0,30}$)/i;
// The plan stands: "its plans … were unchanged", "the plan hasn't changed", "denying a report that it had dropped them".
const STANDS =
  /\bplans?\b[^.;]{0,80}?\b(?:(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:\w+\s+)?(?:unchanged|on track|intact|in place)|(?:has|have|had)(?:\s+not|n['’]t)\s+(?:been\s+)?changed)\b|\b(?:deni(?:ed|es)|denying|deny)\s+(?:(?:a|the|that|those|these|media)\s+)?(?:[\w'’-]+\s+){0,2}?reports?\s+that\s+(?:it|they|the company)\s+(?:had|has|have|was|were)\s+(?:shelved|scrapped|abandoned|dropped|cancel+ed|halted|paused|put\b)/i;

/** Whether a sentence says a plan was dropped, says it stands, or neither. */
export function planStatus(text: string): "dropped" | "stands" | null {
  if (STANDS.test(text)) return "stands";
  const m = DROPPED.exec(text);
  if (m && !NOT_DROPPED.test(text.slice(0, m.index))) return "dropped";
  return null;
}

/**
 * Per company or product named: sentences that report a plan dropped against sentences that say it stands. A page
 * that gives both (the report, then the denial) stays on the side that would otherwise have none.
 */
export function planDisagreements(sentences: readonly Sentence[], context: DisagreementContext): Disagreement[] {
  const statusOf = perText(planStatus);
  const told = sentences.filter((s) => statusOf(s.text) !== null);
  if (told.length === 0) return [];
  const namesOf = perText((text) => [...names(text, context.makers)]);
  const out: Disagreement[] = [];
  for (const [name, group] of groupBy(told, (s) => namesOf(s.text))) {
    const dropped = group.filter((s) => statusOf(s.text) === "dropped");
    const stands = group.filter((s) => statusOf(s.text) === "stands");
    if (dropped.length === 0 || stands.length === 0) continue;
    const d = eitherWay("status", name, dropped, stands);
    if (d) out.push(d);
  }
  return out;
}
