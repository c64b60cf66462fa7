// Reads the `editorial` list of briefing.yaml: pin, hide or move a point, named by a quote it cites.
import { isMap, isScalar, isSeq, type Node } from "yaml";
import { type EditorialAction, type EditorialVerb, SECTION_IDS, type SectionId } from "../model/types.ts";

const VERBS: readonly EditorialVerb[] = ["pin", "hide", "move"];
const KEYS = new Set([...VERBS, "source", "to"]);

type Fail = (node: Node | null | undefined, problem: string, fix: string) => never;

/** Parses the `editorial` list; every problem is reported through `fail` at its node's line. */
export function readEditorial(
  value: Node | null,
  fail: Fail,
  lineOf: (node: Node | null | undefined) => number | null,
): EditorialAction[] {
  if (value === null || (isScalar(value) && value.value === null)) return [];
  if (!isSeq(value))
    return fail(
      value,
      "editorial must be a list",
      'Write e.g. editorial:\n  - pin: "Huawei will ship…"\n    source: "001"',
    );
  return value.items.map((item) => {
    const node = item as Node;
    if (!isMap(node))
      return fail(node, "each editorial entry must be a mapping", 'Write e.g. - hide: "a quoted sentence".');
    let verb: EditorialVerb | null = null;
    let quote = "";
    let source: string | null = null;
    let to: SectionId | null = null;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      const v = pair.value as Node | null;
      if (!KEYS.has(key))
        fail(pair.key as Node, `unknown key "${key}" in an editorial entry`, `Use one of: ${[...KEYS].join(", ")}.`);
      const text =
        isScalar(v) && (typeof v.value === "string" || typeof v.value === "number") ? String(v.value).trim() : "";
      if ((VERBS as readonly string[]).includes(key)) {
        if (verb)
          fail(
            pair.key as Node,
            `an editorial entry has both "${verb}" and "${key}"`,
            "Give each action its own entry.",
          );
        if (!text)
          fail(
            v ?? (pair.key as Node),
            `${key} needs the quote of the point`,
            `Write e.g. ${key}: "a sentence the point quotes".`,
          );
        verb = key as EditorialVerb;
        quote = text;
      } else if (key === "source") {
        if (!text) fail(v ?? (pair.key as Node), "source must name a seed id", 'Write e.g. source: "001".');
        source = text;
      } else {
        if (!(SECTION_IDS as readonly string[]).includes(text))
          fail(v ?? (pair.key as Node), `unknown section "${text}"`, `Use one of: ${SECTION_IDS.join(", ")}.`);
        to = text as SectionId;
      }
    }
    if (!verb)
      return fail(node, "an editorial entry needs an action", "Start it with pin:, hide: or move: and the quote.");
    if (verb === "move" && !to) fail(node, "move needs a target section", `Add e.g. to: ${SECTION_IDS[2]}.`);
    if (verb === "hide" && to) fail(node, "hide takes no target section", "Remove the to: line.");
    return { action: verb, quote, source, to, line: lineOf(node) };
  });
}
