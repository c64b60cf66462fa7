// The build lock: one holder at a time, a waiter told who holds it, a dead holder's lock taken over.
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireLock, LockedError, type LockOwner } from "../../src/util/lock.ts";
import { REPO } from "../helpers.ts";

/** The pid of a process that has exited: a holder killed mid-build. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

const ownerText = (pid: number, host = hostname(), token = "t-dead") =>
  `${JSON.stringify({ pid, host, token, started: "2026-01-01T00:00:00.000Z" })}\n`;

describe("build lock", () => {
  it("should record the holder's pid, and leave nothing behind once released", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-lock-"));
    const path = join(dir, "_site.lock");
    const lock = await acquireLock(path);
    const owner = JSON.parse(await readFile(path, "utf8")) as LockOwner;
    expect(owner.pid).toBe(process.pid);
    expect(owner.host).toBe(hostname());
    lock.release();
    expect(await readdir(dir)).toEqual([]);
    await rm(dir, { recursive: true });
  });

  it("should make a second taker wait until the first releases, telling it who holds the lock", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-lock-"));
    const path = join(dir, "_site.lock");
    const first = await acquireLock(path);
    const order: string[] = [];
    const told: Array<LockOwner | null> = [];
    const second = acquireLock(path, { pollMs: 10, onWait: (o) => told.push(o) }).then((l) => {
      order.push("second holds");
      return l;
    });
    await new Promise((r) => setTimeout(r, 100));
    order.push("first releases");
    first.release();
    (await second).release();
    expect(order).toEqual(["first releases", "second holds"]);
    expect(told).toHaveLength(1);
    expect(told[0]?.pid).toBe(process.pid);
    await rm(dir, { recursive: true });
  });

  it("should stop at once with the holder named when asked not to wait", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-lock-"));
    const path = join(dir, "_site.lock");
    const first = await acquireLock(path);
    const refused = await acquireLock(path, { wait: false }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LockedError);
    expect((refused as LockedError).message).toBe(`${path} is held by process ${process.pid}`);
    first.release();
    await rm(dir, { recursive: true });
  });

  it("should take over the lock of a holder that died, and the temporary file it left", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-lock-"));
    const path = join(dir, "_site.lock");
    const pid = deadPid();
    await writeFile(path, ownerText(pid));
    await writeFile(`${path}.t-dead.tmp`, ownerText(pid));
    const lock = await acquireLock(path, { wait: false });
    expect(lock.owner.pid).toBe(process.pid);
    expect(await readdir(dir)).toEqual(["_site.lock"]);
    lock.release();
    await rm(dir, { recursive: true });
  });

  it("should wait for a live holder on this machine and not break another machine's lock", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-lock-"));
    const path = join(dir, "_site.lock");
    await writeFile(path, ownerText(deadPid(), "another-machine"));
    await expect(acquireLock(path, { wait: false })).rejects.toThrow(/held by process \d+ on another-machine/);
    await rm(dir, { recursive: true });
  });

  it("should give the lock to exactly one of many waiters when its holder died", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-lock-"));
    const path = join(dir, "_site.lock");
    await writeFile(path, ownerText(deadPid()));
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const lock = await acquireLock(path, { pollMs: 1 });
        inside++;
        most = Math.max(most, inside);
        await new Promise((r) => setTimeout(r, 5));
        inside--;
        lock.release();
      }),
    );
    expect(most).toBe(1);
    expect(await readdir(dir)).toEqual([]);
    await rm(dir, { recursive: true });
  });

  it("should let one process at a time in when several processes race for a dead holder's lock", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-lock-"));
    const path = join(dir, "_site.lock");
    const log = join(dir, "log");
    await writeFile(path, ownerText(deadPid()));
    await writeFile(log, "");
    const script = `
      import { appendFileSync } from "node:fs";
      import { acquireLock } from ${JSON.stringify(join(REPO, "src/util/lock.ts"))};
      const lock = await acquireLock(${JSON.stringify(path)}, { pollMs: 2 });
      appendFileSync(${JSON.stringify(log)}, "+");
      await new Promise((r) => setTimeout(r, 20));
      appendFileSync(${JSON.stringify(log)}, "-");
      lock.release();`;
    const runs = Array.from(
      { length: 6 },
      () =>
        new Promise<number | null>((resolve) =>
          spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: "inherit" }).on(
            "exit",
            resolve,
          ),
        ),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await readFile(log, "utf8")).toBe("+-".repeat(6));
    expect(await readdir(dir)).toEqual(["log"]);
    await rm(dir, { recursive: true });
  });

  it("should take over a lock left untouched for too long: a vanished machine's build, or a pid since reused", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-lock-"));
    const path = join(dir, "_site.lock");
    const old = new Date(Date.now() - 60_000);
    for (const text of [ownerText(12345, "a-container-that-is-gone"), ownerText(process.pid, hostname(), "reused")]) {
      await writeFile(path, text);
      await expect(acquireLock(path, { wait: false })).rejects.toThrow(LockedError);
      await utimes(path, old, old);
      const lock = await acquireLock(path, { wait: false });
      expect(lock.stillHeld()).toBe(true);
      lock.release();
    }
    await rm(dir, { recursive: true });
  });

  it("should keep its lock fresh while the main thread is busy, and know when it was taken over", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-lock-"));
    const path = join(dir, "_site.lock");
    const lock = await acquireLock(path, { heartbeatMs: 20 });
    await new Promise((r) => setTimeout(r, 100)); // the heartbeat thread starts
    const old = new Date(Date.now() - 60_000);
    await utimes(path, old, old);
    // A long synchronous step of a build: the heartbeat goes on in its own thread.
    for (const until = Date.now() + 300; Date.now() < until; );
    expect(Date.now() - (await stat(path)).mtimeMs).toBeLessThan(200);
    await writeFile(path, ownerText(process.pid, hostname(), "someone-else"));
    expect(lock.stillHeld()).toBe(false);
    lock.release();
    expect(await readFile(path, "utf8")).toContain("someone-else");
    await rm(dir, { recursive: true });
  });

  it("should treat a lock file that is not a lock as stale once it is a few seconds old", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sourcebrief-lock-"));
    const path = join(dir, "_site.lock");
    await writeFile(path, "garbage");
    await expect(acquireLock(path, { wait: false })).rejects.toThrow(/held by another process/);
    await utimes(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    (await acquireLock(path, { wait: false })).release();
    await rm(dir, { recursive: true });
  });
});
