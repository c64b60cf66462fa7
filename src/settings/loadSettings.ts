// Reads and validates briefing.yaml, the maintainer's settings: title, edition and section definitions.
import { readFile } from "node:fs/promises";
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from "yaml";
import { ConfigError } from "../model/errors.ts";
import { readEditorial } from "./readEditorial.ts";
import {
  SECTION_IDS,
  type BriefingConfig,
  type SectionDefinition,
  type SectionId,
  type EditorialAction,
} from "../model/types.ts";

const TOP_KEYS = new Set(["title", "edition", "sections", "limits", "synonyms", "makers", "editorial"]);
const SECTION_KEYS = new Set(["id", "title", "description", "intro", "cues"]);

/** Loads `briefing.yaml`; every problem is a ConfigError at `file:line`. */
export async function loadSettings(path: string, displayPath: string): Promise<BriefingConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    throw new ConfigError(
      displayPath,
      null,
      "cannot read the settings file",
      "Restore it from git or create it; see README.",
      { cause },
    );
  }
  return parseConfig(text, displayPath);
}

export function parseConfig(text: string, file: string): BriefingConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number | null =>
    node?.range ? counter.linePos(node.range[0]).line : null;
  const fail = (node: Node | null | undefined, problem: string, fix: string): never => {
    throw new ConfigError(file, lineOf(node), problem, fix);
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0]?.line ?? null;
    throw new ConfigError(
      file,
      line,
      `invalid YAML (${firstError.message.split("\n")[0]})`,
      "Fix the syntax at that line.",
    );
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, "expected a mapping with title and sections", "See the shipped briefing.yaml.");

  let title: string | null = null;
  let edition: string | null = null;
  let sections: SectionDefinition[] = [];
  let maxSeedBytes: number | undefined;
  let editorial: EditorialAction[] = [];
  let synonyms: string[][] = [];
  let makers = new Map<string, string>();
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = pair.value as Node | null;
    if (!TOP_KEYS.has(key)) fail(pair.key as Node, `unknown key "${key}"`, `Use one of: ${[...TOP_KEYS].join(", ")}.`);
    if (key === "title") {
      if (!isScalar(value) || typeof value.value !== "string" || !value.value.trim())
        fail(value ?? (pair.key as Node), "title must be a non-empty string", 'Write e.g. title: "China\'s AI chips".');
      title = String((value as { value: string }).value).trim();
    } else if (key === "edition") {
      edition = readDate(value, (problem) => fail(value, problem, "Write the date as YYYY-MM-DD, or remove the line."));
    } else if (key === "sections") {
      if (!isSeq(value)) return fail(value, "sections must be a list", "See the shipped briefing.yaml.");
      sections = value.items.map((item) => readSection(item as Node, fail));
    } else if (key === "limits") {
      maxSeedBytes = readLimits(value, fail);
    } else if (key === "makers") {
      makers = readMakers(value, fail);
    } else if (key === "synonyms") {
      synonyms = readSynonyms(value, fail);
    } else if (key === "editorial") {
      editorial = readEditorial(value, fail, lineOf);
    }
  }
  if (title === null) fail(root, "missing title", 'Add a line: title: "…".');
  const seen = new Set(sections.map((s) => s.id));
  for (const id of SECTION_IDS) {
    if (!seen.has(id))
      fail(root, `section "${id}" is not defined`, `Define all four sections: ${SECTION_IDS.join(", ")}.`);
  }
  // The order of sections is the contract's, whatever order the file lists them in.
  sections.sort((a, b) => SECTION_IDS.indexOf(a.id) - SECTION_IDS.indexOf(b.id));
  return {
    title: title as string,
    edition,
    sections,
    synonyms,
    makers,
    editorial,
    ...(maxSeedBytes === undefined ? {} : { maxSeedBytes }),
  };
}

// `limits:` holds one setting today, `maxSeedBytes`: the largest seed file accepted.
function readLimits(node: Node | null, fail: Fail): number | undefined {
  if (node === null) return undefined;
  if (!isMap(node))
    return fail(node, "limits must be a mapping", "Write limits: then an indented line maxSeedBytes: 2000000.");
  let max: number | undefined;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = pair.value as Node | null;
    if (key !== "maxSeedBytes") fail(pair.key as Node, `unknown limit "${key}"`, "Use maxSeedBytes.");
    if (!isScalar(value) || typeof value.value !== "number" || !Number.isInteger(value.value) || value.value <= 0)
      fail(
        value ?? (pair.key as Node),
        "maxSeedBytes must be a whole number of bytes above 0",
        "Write e.g. maxSeedBytes: 2000000.",
      );
    max = (value as { value: number }).value;
  }
  return max;
}

// `makers:` maps a company to the product names it makes: Huawei: [Ascend, Kunpeng].
function readMakers(node: Node | null, fail: Fail): Map<string, string> {
  const fix = "Write makers: then indented lines like Huawei: [Ascend, Kunpeng].";
  const out = new Map<string, string>();
  if (node === null) return out;
  if (!isMap(node)) return fail(node, "makers must be a mapping of company to product names", fix);
  for (const pair of node.items) {
    const company = isScalar(pair.key) && typeof pair.key.value === "string" ? pair.key.value.trim().toLowerCase() : "";
    if (!company) fail(pair.key as Node, "a maker must be a name", fix);
    const list = pair.value as Node | null;
    if (!isSeq(list)) return fail(list ?? (pair.key as Node), `the products of ${company} must be a list`, fix);
    for (const item of list.items) {
      const product = isScalar(item) ? String(item.value).trim().toLowerCase() : "";
      if (!product) fail(item as Node, "a product must be a name", fix);
      out.set(product, company);
    }
  }
  return out;
}

// `synonyms:` is a list of word groups, each a list of two or more words: [chip, processor, silicon].
function readSynonyms(node: Node | null, fail: Fail): string[][] {
  if (node === null) return [];
  const fix = "Write synonyms: then indented lines like - [chip, processor, silicon].";
  if (!isSeq(node)) return fail(node, "synonyms must be a list of word groups", fix);
  return node.items.map((item) => {
    const group = item as Node;
    if (!isSeq(group) || group.items.length < 2)
      return fail(group, "each synonym group must list two or more words", fix);
    return group.items.map((w) => {
      const word = isScalar(w) && typeof w.value === "string" ? w.value.trim() : "";
      if (!/^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(word))
        fail(
          w as Node,
          `"${String(isScalar(w) ? w.value : "")}" is not a single word`,
          "Give one word per entry; phrases are not matched.",
        );
      return word;
    });
  });
}

type Fail = (node: Node | null | undefined, problem: string, fix: string) => never;

function readSection(node: Node, fail: Fail): SectionDefinition {
  if (!isMap(node)) return fail(node, "each section must be a mapping", "Give it id, title, description and cues.");
  const fields: Record<string, Node | null> = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!SECTION_KEYS.has(key))
      fail(pair.key as Node, `unknown key "${key}" in a section`, `Use one of: ${[...SECTION_KEYS].join(", ")}.`);
    fields[key] = pair.value as Node | null;
  }
  const text = (key: string): string => {
    const value = fields[key];
    if (!isScalar(value) || typeof value.value !== "string" || !value.value.trim())
      return fail(value ?? node, `section ${key} must be a non-empty string`, `Give the section a ${key}.`);
    return value.value.trim();
  };
  const id = text("id");
  if (!(SECTION_IDS as readonly string[]).includes(id))
    fail(fields.id, `unknown section "${id}"`, `Use one of: ${SECTION_IDS.join(", ")}.`);
  const cuesNode = fields.cues;
  const cues: Record<string, number> = {};
  if (!isMap(cuesNode))
    return fail(cuesNode ?? node, "cues must be a mapping of term to weight", "Write e.g. cues: { Huawei: 2 }.");
  for (const pair of cuesNode.items) {
    const term = isScalar(pair.key) ? String(pair.key.value) : "";
    const weight = isScalar(pair.value) ? pair.value.value : undefined;
    if (!term.trim() || typeof weight !== "number" || !Number.isFinite(weight))
      fail((pair.value ?? pair.key) as Node, `cue "${term}" needs a number as its weight`, "Write e.g. Huawei: 2.");
    cues[term] = weight as number;
  }
  const intro = fields.intro === undefined || fields.intro === null ? null : text("intro");
  return { id: id as SectionId, title: text("title"), description: text("description"), intro, cues };
}

function readDate(node: Node | null, fail: (problem: string) => never): string | null {
  if (node === null || (isScalar(node) && node.value === null)) return null;
  const value = isScalar(node) ? node.value : undefined;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "string" ? value.trim() : "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) fail(`"${String(value)}" is not a date`);
  return text;
}
