// File helpers shared by the caches and the build: a folder's fingerprint and writes that never leave half a file.
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

/** A hash of the names and contents of every file under `dir` whose name matches `only`: changes when any of them does. */
export async function hashFolder(dir: string, only: RegExp = /./): Promise<string> {
  const hash = createHash("sha256");
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && only.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(`\0${relative(dir, file)}\0`).update(await readFile(file));
  return hash.digest("hex");
}

/** Writes `data` to `path` through a temporary file in the same folder, so a reader sees the old file or the new one. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${randomUUID()}.tmp`;
  try {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
