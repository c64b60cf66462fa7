// Reads every seed in the seeds folder: bytes to text, front matter to metadata, body to numbered lines.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { SeedError } from "../errors.ts";
import { Message } from "../messages.ts";
import { decodeSeed } from "../text/decode.ts";
import { splitFrontMatter } from "../text/frontMatter.ts";
import type { PipelineState } from "../pipeline.ts";
import type { Line, SeedFile, Source } from "../types.ts";

const SEED_EXTENSIONS = /\.(txt|text|md|markdown)$/i;

/** Lists the seed files, in file-name order; anything else in the folder is noted and skipped. */
export async function listSeeds(seedsDir: string, displayDir: string, notes: Message[]): Promise<SeedFile[]> {
  let names: string[];
  try {
    names = await readdir(seedsDir);
  } catch (cause) {
    throw new SeedError(displayDir, null, "cannot read the seeds folder", "Create it and put the article .txt files in it.", { cause });
  }
  const seeds: SeedFile[] = [];
  const byId = new Map<string, string>();
  for (const name of names.sort()) {
    const path = join(seedsDir, name);
    const file = `${displayDir}/${name}`;
    if (name.startsWith(".")) continue;
    if (!(await stat(path)).isFile() || !SEED_EXTENSIONS.test(name)) {
      notes.push(new Message(file, 1, "not a seed (expected a .txt or .md file): skipped", "not-a-seed", "info"));
      continue;
    }
    const id = name.replace(SEED_EXTENSIONS, "").split("_")[0] ?? "";
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(id))
      throw new SeedError(file, null, `cannot derive a source id from the file name "${name}"`, 'Name seeds like "005_some-slug.txt": letters, digits and "-" before the first "_".');
    const other = byId.get(id.toLowerCase());
    if (other)
      throw new SeedError(file, null, `source id "${id}" is already used by ${other}`, "Rename one of the files so the part before the first \"_\" differs.");
    byId.set(id.toLowerCase(), file);
    seeds.push({ id, file, path });
  }
  return seeds;
}

/** Reads one seed into a Source; throws SeedError when it cannot be used. */
export async function readSource(seed: SeedFile): Promise<Source> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(seed.path);
  } catch (cause) {
    throw new SeedError(seed.file, null, "cannot read the file", "Check that it exists and is readable.", { cause });
  }
  const decoded = decodeSeed(bytes, seed.file);
  const { meta, body, bodyLine } = splitFrontMatter(decoded.text, seed.file);
  const lines: Line[] = body.split("\n").map((text, i) => ({ text, line: bodyLine + i }));
  if (!lines.some((l) => l.text.trim()))
    throw new SeedError(seed.file, null, "the seed is empty", "Paste the article text into it, or delete the file.");
  return { ...seed, meta, lines, kept: [], blocks: [], sentences: [], messages: [...decoded.messages], title: "" };
}

/** Pipeline step: fills `state.sources` from the seeds folder. */
export async function loadSeeds(state: PipelineState): Promise<void> {
  const seeds = await listSeeds(state.options.seedsDir, state.options.seedsDisplayDir, state.notes);
  if (seeds.length === 0)
    throw new SeedError(state.options.seedsDisplayDir, null, "no seeds found", "Add at least one article as a .txt file.");
  state.sources = await Promise.all(seeds.map(readSource));
}
