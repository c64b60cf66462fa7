// Replacing an output folder with a newly built one so that a kill at any moment loses neither, and undoing a cut swap.
import { randomUUID } from "node:crypto";
import { readdirSync, renameSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The folders of one build next to `output`: where it writes, and where the folder it replaces is moved before deletion. */
export interface SwapFolders {
  readonly output: string;
  readonly staging: string;
  readonly old: string;
}

/** Folder names no other build uses: `<output>.new-<id>` and `<output>.old-<id>`. */
export function swapFolders(output: string, id: string = randomUUID().slice(0, 8)): SwapFolders {
  return { output, staging: `${output}.new-${id}`, old: `${output}.old-${id}` };
}

/**
 * Puts the staged folder in place of the output. A folder cannot be swapped with another in one step, so the output is
 * first moved aside under the old name, then the staging folder renamed into place, with nothing in between: a kill
 * between the two renames leaves both folders whole under names that `recoverSwap` recognises as a pair. The old folder
 * is deleted last; a kill during that deletion leaves a leftover that `recoverSwap` removes.
 */
export async function swapIn(folders: SwapFolders): Promise<void> {
  let movedAside = false;
  try {
    renameSync(folders.output, folders.old);
    movedAside = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  try {
    renameSync(folders.staging, folders.output);
  } catch (error) {
    if (movedAside) renameSync(folders.old, folders.output);
    throw error;
  }
  await rm(folders.old, { recursive: true, force: true });
}

/**
 * Run before a build, by the process that holds the lock (no other build is then between two renames): completes a
 * swap that a kill cut between its two renames, so the built site and its history are kept, and deletes the staging
 * and old folders of builds that were stopped. Says what it did, one line per action worth telling.
 */
export async function recoverSwap(output: string): Promise<string[]> {
  const dir = dirname(output);
  const name = basename(output);
  const leftovers = readdirSync(dir)
    .filter((n) => /^\.(?:new|old)-[\w-]+$|^\.(?:next|prev)$/.test(n.slice(name.length)) && n.startsWith(name))
    .sort();
  const done: string[] = [];
  if (!isFolder(output)) {
    // `.next`/`.prev`: the one staging and old folder of earlier versions.
    const pairs = leftovers
      .filter((n) => n.startsWith(`${name}.new-`) || n === `${name}.next`)
      .map((n) => [n, n === `${name}.next` ? `${name}.prev` : n.replace(/\.new-/, ".old-")] as const);
    const cut = pairs.find(([, old]) => leftovers.includes(old));
    const orphan = leftovers.find((n) => n.startsWith(`${name}.old-`) || n === `${name}.prev`);
    if (cut) {
      renameSync(join(dir, cut[0]), output);
      done.push(
        `${name}/ was missing: a build had been stopped while swapping it in; its output, complete, is now ${name}/`,
      );
    } else if (orphan) {
      renameSync(join(dir, orphan), output);
      done.push(`${name}/ was missing: the last build's output, moved aside by a stopped build, is ${name}/ again`);
    }
  }
  for (const n of leftovers) await rm(join(dir, n), { recursive: true, force: true });
  return done;
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
