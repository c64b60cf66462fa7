// Shared test helpers: temporary projects built from fixtures, and sources made from literal text.
import { mkdtemp, mkdir, writeFile, symlink, cp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import type { Message } from "../src/model/messages.ts";
import type { Line, SeedFile, Sentence, Source } from "../src/model/types.ts";
import { informativeness } from "../src/rules/informativeness.ts";
import { emptySource } from "../src/pipeline/analyse.ts";
import { decodeSeed } from "../src/steps/seed/decodeSeed.ts";
import { DEFAULT_MAX_SEED_BYTES, loadSeed } from "../src/steps/seed/loadSeed.ts";

export const REPO = resolve(import.meta.dirname, "..");
export const FIXTURES = join(REPO, "tests", "fixtures");

/**
 * A throwaway project: the repo's templates and config linked in, seeds and settings copied from
 * `from` (default: the repo itself), plus any extra seed files given as name -> content.
 */
export async function tempProject(
  options: { from?: string; seeds?: Record<string, string | Uint8Array> } = {},
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "sourcebrief-test-"));
  const from = options.from ?? REPO;
  await symlink(join(REPO, "templates"), join(root, "templates"));
  await symlink(join(REPO, "eleventy.config.ts"), join(root, "eleventy.config.ts"));
  await cp(join(from, "briefing.yaml"), join(root, "briefing.yaml"));
  await cp(join(from, "seeds"), join(root, "seeds"), { recursive: true });
  await mkdir(join(root, "seeds"), { recursive: true });
  for (const [name, content] of Object.entries(options.seeds ?? {}))
    await writeFile(join(root, "seeds", name), content);
  return root;
}

/** A Source with the given body lines, as the load step would make it. */
export function sourceFrom(text: string, id = "900", file = `seeds/${id}_test.txt`): Source {
  const lines: Line[] = text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));
  return {
    id,
    file,
    path: file,
    bytes: null,
    meta: { title: null, publisher: null, author: null, url: null, published: null },
    lines,
    kept: lines,
    blocks: [],
    sentences: [],
    messages: [] as Message[],
    kind: "article",
    title: "",
  };
}

/** Every file under a folder, path -> bytes as text: to show that a folder is unchanged, byte for byte. */
export async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[relative(dir, join(entry.parentPath, entry.name))] = (
        await readFile(join(entry.parentPath, entry.name))
      ).toString("base64");
  }
  return out;
}

/** Reads a seed as the load and decode steps do: what the later steps start from. */
export async function readSeed(seed: SeedFile, maxSeedBytes = DEFAULT_MAX_SEED_BYTES): Promise<Source> {
  const source = emptySource(seed);
  await loadSeed(source, { maxSeedBytes });
  decodeSeed(source);
  return source;
}

/**
 * A paragraph's first sentence in a source of its own, classified for Hardware shift and standing alone, as the seed
 * steps would leave it; `fields` change any part of it.
 */
export function sentenceOf(source: string, text: string, fields: Partial<Sentence> = {}): Sentence {
  return {
    id: `${source}-p1-s1`,
    source,
    paragraph: 1,
    line: 1,
    index: 1,
    text,
    kind: "paragraph",
    heading: null,
    position: 0,
    standalone: true,
    informativeness: informativeness(text),
    scores: { "hardware-shift": 4, orders: 0, geopolitics: 0, "open-questions": 0 },
    sections: ["hardware-shift"],
    ...fields,
  };
}
