// Scores the per-seed steps on a labelled set of pasted pages: furniture that leaks, claims lost, who/when/kind found.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Sentence, Source, SourceKind } from "../model/types.ts";
import { analyseSeed, seedContext } from "../pipeline/analyse.ts";
import { SEED_STEPS } from "../pipeline/steps.ts";
import type { BriefingConfig } from "../model/types.ts";
import { hasWords } from "../text/tokens.ts";

/** One file's labels, in the claims-set format (`labels.json`: `files.<name>`). */
export interface PageLabels {
  readonly published: string | null;
  readonly publisher: string | null;
  readonly author: string | null;
  readonly kind: SourceKind;
  /** Lines or fragments that must never become a point. */
  readonly furniture: readonly string[];
}

export interface CleaningScore {
  /** `file: sentence` for every citable sentence that is (or holds) furniture. */
  readonly leaks: readonly string[];
  /** `file: text` for every labelled claim sentence no citable sentence holds. */
  readonly lost: readonly string[];
  /** `file: field: got X, want Y` for each wrong metadata field. */
  readonly metadata: readonly string[];
  /** Metadata fields right, of all checked (publisher, author, published, kind per file). */
  readonly metadataRight: number;
  readonly metadataTotal: number;
  /** Titles that are furniture or a cut-off first sentence. */
  readonly titles: readonly string[];
}

const flat = (text: string): string => text.replace(/\s+/g, " ").trim();
const strip = (text: string): string => flat(text).replace(/^[-*•]\s+/, "");

/** A sentence that could become a point: what the claim step takes (not a heading, six words or more, no label). */
const citable = (s: Sentence): boolean => s.kind !== "heading" && hasWords(s.text, 6) && !/:\s*$/.test(s.text);

function leaksOf(source: Source, raw: string, furniture: readonly string[]): string[] {
  const lines = new Set(raw.split("\n").map(strip));
  const out: string[] = [];
  for (const s of source.sentences.filter(citable)) {
    const text = strip(s.text);
    const hit = furniture.find((f) => {
      const frag = strip(f);
      // A fragment that is a whole line is furniture only as that line, not as the same words inside prose.
      if (lines.has(frag)) return frag.includes(text) || text === frag;
      return frag.includes(text) || text.includes(frag);
    });
    if (hit !== undefined) out.push(`${source.file}:${s.line}: ${text}`);
  }
  return out;
}

/** Runs the seed steps on every labelled file of `dir` and scores the result against `labels.json`. */
export async function scoreCleaning(dir: string, config: BriefingConfig): Promise<CleaningScore> {
  const labels = JSON.parse(await readFile(join(dir, "labels.json"), "utf8")) as {
    files: Record<string, PageLabels>;
    claims?: Array<{ members: Array<{ file: string; text: string }> }>;
  };
  const context = seedContext(config);
  const leaks: string[] = [];
  const lost: string[] = [];
  const metadata: string[] = [];
  const titles: string[] = [];
  let right = 0;
  let total = 0;
  const names = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  for (const name of names) {
    const label = labels.files[name];
    if (!label) continue;
    const path = join(dir, name);
    const raw = await readFile(path, "utf8");
    const source = await analyseSeed({ id: name.split("_")[0] as string, file: name, path }, SEED_STEPS, context);
    leaks.push(...leaksOf(source, raw, label.furniture));
    const texts = source.sentences.filter((s) => s.kind !== "heading").map((s) => strip(s.text));
    for (const claim of labels.claims ?? [])
      for (const m of claim.members)
        if (m.file === name && !texts.some((t) => t.includes(strip(m.text))) && source.title !== m.text)
          lost.push(`${name}: ${m.text}`);
    const got: Record<string, string | null> = {
      publisher: source.meta.publisher,
      author: source.meta.author,
      published: source.meta.published,
      kind: source.kind,
    };
    for (const field of ["publisher", "author", "published", "kind"] as const) {
      total++;
      if (got[field] === label[field]) right++;
      else metadata.push(`${name}: ${field}: got ${JSON.stringify(got[field])}, want ${JSON.stringify(label[field])}`);
    }
    const title = strip(source.title);
    if (label.furniture.some((f) => strip(f) === title) || title.endsWith("…")) titles.push(`${name}: ${source.title}`);
  }
  return { leaks, lost, metadata, metadataRight: right, metadataTotal: total, titles };
}
