// Finds the seed files in the seeds folder, in file-name order, each with its stable source id.
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { SeedError } from "../model/errors.ts";
import { Message } from "../model/messages.ts";
import type { SeedFile } from "../model/types.ts";

export const SEED_EXTENSIONS = /\.(txt|text|md|markdown)$/i;

/** Lists the seed files; anything else in the folder is noted and skipped. */
export async function listSeeds(seedsDir: string, displayDir: string, notes: Message[]): Promise<SeedFile[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(seedsDir, { withFileTypes: true });
  } catch (cause) {
    throw new SeedError(
      displayDir,
      null,
      "cannot read the seeds folder",
      "Create it and put the article .txt files in it.",
      { cause },
    );
  }
  const seeds: SeedFile[] = [];
  const byId = new Map<string, string>();
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = entry.name;
    const path = join(seedsDir, name);
    const file = `${displayDir}/${name}`;
    if (name.startsWith(".")) continue;
    const isFile =
      entry.isFile() ||
      (!entry.isDirectory() &&
        (
          await stat(path).catch((cause: unknown) => {
            throw new SeedError(
              file,
              null,
              "cannot read the file (a broken link?)",
              "Check that it exists and is readable, or remove it.",
              { cause },
            );
          })
        ).isFile());
    if (!isFile || !SEED_EXTENSIONS.test(name)) {
      notes.push(new Message(file, 1, "not a seed (expected a .txt or .md file): skipped", "not-a-seed", "info"));
      continue;
    }
    const id = name.replace(SEED_EXTENSIONS, "").split("_")[0] ?? "";
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(id))
      throw new SeedError(
        file,
        null,
        `cannot derive a source id from the file name "${name}"`,
        'Name seeds like "005_some-slug.txt": letters, digits and "-" before the first "_".',
      );
    const other = byId.get(id.toLowerCase());
    if (other)
      throw new SeedError(
        file,
        null,
        `source id "${id}" is already used by ${other}`,
        'Rename one of the files so the part before the first "_" differs.',
      );
    byId.set(id.toLowerCase(), file);
    seeds.push({ id, file, path });
  }
  return seeds;
}
