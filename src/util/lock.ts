// An exclusive lock file naming the process that holds it, so that two builds never write the same folder at once.
import { randomUUID } from "node:crypto";
import { linkSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { Worker } from "node:worker_threads";

/** Who holds a lock, as its file records it. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  /** When the holder took the lock (ISO 8601): for the waiting message only. */
  readonly started: string;
}

/** A lock this process holds. */
export interface HeldLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** True while the lock file is still this holder's: false if another process took it over meanwhile. */
  stillHeld(): boolean;
  /** Gives the lock up; does nothing if it is no longer this process's. */
  release(): void;
}

export interface LockOptions {
  /** Called once, when the lock is held by a live process and this one starts waiting for it. */
  readonly onWait?: (owner: LockOwner | null) => void;
  /** Wait for the holder to finish (default), or throw `LockedError` at once. */
  readonly wait?: boolean;
  /** Milliseconds between two looks at a held lock. Default: 100. */
  readonly pollMs?: number;
  /** How often the holder touches the lock file to show it is alive, in milliseconds. Default: 2,000. */
  readonly heartbeatMs?: number;
  /** A lock not touched for this long is stale, whoever holds it. Default: 30,000. */
  readonly staleMs?: number;
}

/** Thrown when the lock is held and the caller asked not to wait. */
export class LockedError extends Error {
  constructor(
    readonly path: string,
    readonly owner: LockOwner | null,
  ) {
    super(`${path} is held by ${describeOwner(owner)}`);
    this.name = "LockedError";
  }
}

/** "process 1234", with the host when it is another machine's. */
export function describeOwner(owner: LockOwner | null): string {
  if (!owner) return "another process";
  return owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
}

// A lock file that cannot be parsed is one being written (without hard links the write is not atomic) or one that was
// damaged; past this age it is taken to be damaged.
const UNREADABLE_STALE_MS = 5_000;

/**
 * Takes the lock at `path`, waiting while a live process holds it. The lock is stale, and taken over, when its holder
 * has died on this machine (killed, crashed: its file is never trusted to be removed on exit), or when its file has
 * not been touched for `staleMs`: the holder touches it every `heartbeatMs` from a thread of its own, which a long
 * synchronous step of the build does not hold up, so that the lock of a build on another machine or in a container
 * that is gone, or of a process whose pid was reused, does not block builds for ever.
 *
 * The file is written whole under a temporary name and hard-linked into place, so that it appears with its owner
 * already in it, and only if it did not exist: `link` is atomic and fails when the name is taken.
 */
export async function acquireLock(path: string, options: LockOptions = {}): Promise<HeldLock> {
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: randomUUID(),
    started: new Date().toISOString(),
  };
  const text = `${JSON.stringify(owner)}\n`;
  const tmp = `${path}.${owner.token}.tmp`;
  removeDeadTemporaries(path);
  writeFileSync(tmp, text, { flag: "wx" });
  let waiting = false;
  try {
    for (;;) {
      if (tryCreate(path, tmp, text)) break;
      const held = readLock(path);
      if (!held) continue; // released between the two calls: try again at once
      if (isStale(held, options.staleMs ?? 30_000)) {
        breakStale(path, held.text);
        continue;
      }
      if (options.wait === false) throw new LockedError(path, held.owner);
      if (!waiting) options.onWait?.(held.owner);
      waiting = true;
      await new Promise((r) => setTimeout(r, options.pollMs ?? 100));
    }
  } finally {
    unlinkQuietly(tmp);
  }
  const heartbeat = startHeartbeat(path, options.heartbeatMs ?? 2_000);
  const stillHeld = (): boolean => readLock(path)?.owner?.token === owner.token;
  return {
    path,
    owner,
    stillHeld,
    release() {
      heartbeat();
      if (stillHeld()) unlinkQuietly(path);
    },
  };
}

// Run in a worker thread: the main thread may be busy for many seconds in one step of a large build.
const HEARTBEAT = `
const { workerData } = require("node:worker_threads");
const { utimesSync } = require("node:fs");
setInterval(() => {
  try {
    const now = new Date();
    utimesSync(workerData.path, now, now);
  } catch {}
}, workerData.every);
`;

/** Touches the lock file every `every` ms until the returned function is called. */
function startHeartbeat(path: string, every: number): () => void {
  try {
    const worker = new Worker(HEARTBEAT, { eval: true, workerData: { path, every }, execArgv: [] });
    worker.unref();
    return () => void worker.terminate();
  } catch {
    // No worker threads here: touch it from the main thread, between steps.
    const timer = setInterval(() => {
      try {
        utimesSync(path, new Date(), new Date());
      } catch {
        // Released or taken over: nothing to keep alive.
      }
    }, every);
    timer.unref();
    return () => clearInterval(timer);
  }
}

/** Creates the lock file from the prepared one; false when it exists. */
function tryCreate(path: string, tmp: string, text: string): boolean {
  try {
    linkSync(tmp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // A file system without hard links: an exclusive create, whose content a reader may briefly see empty.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
  }
  try {
    writeFileSync(path, text, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

interface HeldState {
  readonly text: string;
  readonly owner: LockOwner | null;
  readonly ageMs: number;
}

/** The lock file as it is now, or null when there is none. */
function readLock(path: string): HeldState | null {
  let text: string;
  let mtimeMs: number;
  try {
    text = readFileSync(path, "utf8");
    mtimeMs = statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return { text, owner: parseOwner(text), ageMs: Date.now() - mtimeMs };
}

function parseOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    return Number.isInteger(o.pid) && typeof o.host === "string" && typeof o.token === "string"
      ? { pid: o.pid as number, host: o.host, token: o.token, started: String(o.started ?? "") }
      : null;
  } catch {
    return null;
  }
}

/** A lock whose holder is gone: a process of this machine that no longer runs, a lock left untouched, or not a lock. */
function isStale(held: HeldState, staleMs: number): boolean {
  if (!held.owner) return held.ageMs > UNREADABLE_STALE_MS;
  return (held.owner.host === hostname() && !isRunning(held.owner.pid)) || held.ageMs > staleMs;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// Breaking a lock takes microseconds; a breaker file older than this was left by a process killed while breaking.
const BREAKER_STALE_MS = 10_000;

/**
 * Removes a stale lock, unless it changed since it was judged stale. Two waiters may judge the same lock stale; removal
 * goes through a second lock file, so that one of them cannot remove the lock the other has just taken in its place.
 */
function breakStale(path: string, staleText: string): void {
  const breaker = `${path}.break`;
  try {
    writeFileSync(breaker, `${JSON.stringify({ pid: process.pid, host: hostname(), token: "break" })}\n`, {
      flag: "wx",
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Another waiter is removing it; if that waiter died doing so, its breaker is stale in turn.
    const held = readLock(breaker);
    if (held && isStale(held, BREAKER_STALE_MS)) unlinkQuietly(breaker);
    return;
  }
  try {
    if (readLock(path)?.text === staleText) unlinkQuietly(path);
  } finally {
    unlinkQuietly(breaker);
  }
}

/**
 * The prepared lock files of processes of this machine killed while taking the lock: nothing else removes them. (A
 * waiter keeps its own for as long as it waits, untouched, so age says nothing.)
 */
function removeDeadTemporaries(path: string): void {
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(dirname(path))) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const owner = readLock(join(dirname(path), name))?.owner;
    if (owner && owner.host === hostname() && !isRunning(owner.pid)) unlinkQuietly(join(dirname(path), name));
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
