// Finds the seed files in the seeds folder, in file-name order, each with its stable source id.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import { SeedError } from "../model/errors.ts";
import { Message } from "../model/messages.ts";
import type { SeedFile } from "../model/types.ts";
import { escapeControls } from "../text/terminal.ts";

export const SEED_EXTENSIONS = /\.(txt|text|md|markdown)$/i;

/** The seeds found, and the files that should be seeds but cannot be used, each as the error that says why. */
export interface FoundSeeds {
  readonly seeds: SeedFile[];
  readonly problems: SeedError[];
}

/** Lists the seed files; throws the first problem of any file (the build stops on it). */
export async function listSeeds(seedsDir: string, displayDir: string, notes: Message[]): Promise<SeedFile[]> {
  const { seeds, problems } = await findSeeds(seedsDir, displayDir, notes);
  if (problems[0]) throw problems[0];
  return seeds;
}

/**
 * Lists the seed files and every problem with them, going on past a bad name or link so that `npm run check` can list
 * them all. Anything else in the folder is noted and skipped. A seed must be a regular file in the folder, or a link to
 * one inside it: a link out of the folder would publish whatever file it points to.
 */
export async function findSeeds(seedsDir: string, displayDir: string, notes: Message[]): Promise<FoundSeeds> {
  let entries: Dirent[];
  let realDir: string;
  try {
    entries = await readdir(seedsDir, { withFileTypes: true });
    realDir = await realpath(seedsDir);
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
  const problems: SeedError[] = [];
  const byId = new Map<string, string>();
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = entry.name;
    if (name.startsWith(".")) continue;
    const file = `${displayDir}/${escapeControls(name)}`;
    const seedName = SEED_EXTENSIONS.test(name);
    const kind = await entryKind(entry, join(seedsDir, name), realDir);
    if (kind === "folder") {
      notes.push(
        new Message(file, 1, "a folder, not a seed: skipped (seeds inside folders are not read)", "not-a-seed", "info"),
      );
      continue;
    }
    if (!seedName) {
      notes.push(new Message(file, 1, "not a seed (expected a .txt or .md file): skipped", "not-a-seed", "info"));
      continue;
    }
    if (kind !== "file") {
      problems.push(new SeedError(file, null, REFUSALS[kind].problem, REFUSALS[kind].fix));
      continue;
    }
    const id = name.replace(SEED_EXTENSIONS, "").split("_")[0] ?? "";
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(id)) {
      problems.push(
        new SeedError(
          file,
          null,
          `cannot derive a source id from the file name "${escapeControls(name)}"`,
          'Name seeds like "005_some-slug.txt": letters, digits and "-" before the first "_".',
        ),
      );
      continue;
    }
    const other = byId.get(id.toLowerCase());
    if (other) {
      problems.push(
        new SeedError(
          file,
          null,
          `source id "${id}" is already used by ${other}`,
          'Rename one of the files so the part before the first "_" differs.',
        ),
      );
      continue;
    }
    byId.set(id.toLowerCase(), file);
    seeds.push({ id, file, path: join(seedsDir, name) });
  }
  return { seeds, problems };
}

type Kind = "file" | "folder" | "outside" | "broken" | "special";

const REFUSALS: Record<Exclude<Kind, "file" | "folder">, { problem: string; fix: string }> = {
  outside: {
    problem: "the seed is a link to a file outside the seeds folder, which is not read",
    fix: "Copy the article's text into a file in seeds/ instead of linking to it.",
  },
  broken: {
    problem: "cannot read the file (a broken link?)",
    fix: "Check that it exists and is readable, or remove it.",
  },
  special: {
    problem: "the seed is not a regular file (a named pipe, socket or device?)",
    fix: "Save the article as a plain text file in seeds/.",
  },
};

/** What an entry of the seeds folder is, following a link only as far as it stays inside the folder. */
async function entryKind(entry: Dirent, path: string, realDir: string): Promise<Kind> {
  if (entry.isDirectory()) return "folder";
  if (entry.isFile()) return "file";
  if (!entry.isSymbolicLink()) return "special";
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    return "broken";
  }
  const inside = relative(realDir, target);
  if (!inside || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return "outside";
  const info = await stat(target).catch(() => null);
  if (!info) return "broken";
  return info.isDirectory() ? "folder" : info.isFile() ? "file" : "special";
}
