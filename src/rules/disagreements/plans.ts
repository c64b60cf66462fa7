// A plan reported dropped against the company's word that it stands: "has shelved plans to…" and "its plans were unchanged".
import type { Disagreement, Sentence } from "../../model/types.ts";
import { names } from "../mentions.ts";
import { perText } from "../../util/perText.ts";
import { type DisagreementContext, eitherWay, groupBy } from "./sides.ts";

// A plan, a project or a programme dropped: "has shelved plans to build…", "put its Linhe plans on ice", "the project
// was scrapped". The object must be a plan: "scrapped its interim dividend" and "shares dropped" drop none.
const PLAN = String.raw`(?:plans?|project|programme|program|expansion|build-?out)`;
const DROPPED = new RegExp(
  String.raw`\b(?:shelved|scrapped|abandoned|dropped|cancel+ed|halted|paused|suspended)\s+(?:(?:its|their|the|a|an|those|these)\s+)?(?:[\w'’-]+\s+){0,3}?${PLAN}\b|\bput\s+(?:(?:its|their|the|those|these)\s+)?(?:[\w'’-]+\s+){0,3}?${PLAN}\s+(?:[\w'’-]+\s+){0,4}?on\s+(?:ice|hold)\b|\b${PLAN}\b[^.;]{0,60}?\b(?:was|were|has been|have been|had been)\s+(?:shelved|scrapped|abandoned|dropped|cancel+ed|halted|paused|suspended|put\s+on\s+(?:ice|hold))\b`,
  "i",
);
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
    // Two plans of one company ("a data centre in Jakarta", "its plans for Europe") are two matters: the sides must
    // name in common what the plan is about (the product, the plant, the place) besides whose plan it is.
    const about = (text: string) => namesOf(text).filter((n) => n !== name);
    const shared = dropped.some((x) => stands.some((y) => about(x.text).some((n) => about(y.text).includes(n))));
    if (!shared) continue;
    const d = eitherWay("plan", asWritten(name, dropped[0]?.text ?? ""), dropped, stands);
    if (d) out.push(d);
  }
  return out;
}

/** A name (read in lower case) as the sentence writes it: "velmor" is "Velmor". */
function asWritten(name: string, text: string): string {
  const at = text.toLowerCase().indexOf(name);
  return at < 0 ? name : text.slice(at, at + name.length);
}
