// `npm run build`: builds into a staging folder and swaps it in, so a failed build never touches the last good _site/.
import { rm } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { formatError, isSourcebriefError, SourcebriefError } from "../model/errors.ts";
import type { PipelineHooks } from "../pipeline/state.ts";
import { sourcebrief } from "../site/eleventyPlugin.ts";
import { terminalSafe } from "../text/terminal.ts";
import { acquireLock, describeOwner, LockedError } from "../util/lock.ts";
import { recoverSwap, swapFolders, swapIn } from "../util/swapFolder.ts";

export interface BuildOptions {
  /** Project root: seeds, settings, cache and output. Default: the working directory. */
  readonly root?: string;
  /** Where `templates/` and `eleventy.config.ts` are, when not in the root (the benchmark builds corpora elsewhere). Default: the root. */
  readonly app?: string;
  /** Output folder, relative to the root. Default: `_site`. */
  readonly output?: string;
  /** Passed to Eleventy: no per-file log lines. Default: true. */
  readonly quiet?: boolean;
  /** Cache per-seed analysis in `<root>/.cache/sourcebrief`, and reuse the last build's unchanged pages. Default: true. */
  readonly cache?: boolean;
  /** A `briefing.json` to report changes against. Default: the last build's, kept in `<output>`. */
  readonly previous?: string;
  /** Called after each briefing step with its name and duration. */
  readonly afterStep?: PipelineHooks["afterStep"];
  /** Cores the build may use; 1 runs every step on this thread. Default: what the machine has. */
  readonly threads?: number;
  /** When another build of the same output is running: wait for it (default), or stop at once with an error. */
  readonly wait?: boolean;
  /** Where to say that the build waits for another, or repaired what a stopped build left. Default: nowhere. */
  readonly log?: (line: string) => void;
}

/** What a build did. */
export interface BuildReport {
  /** Files Eleventy rendered; the others are the last build's unchanged pages, taken as they were. */
  readonly rendered: number;
}

/** Thrown, with `wait: false`, when another build of the same output holds the lock. */
export class BuildBusyError extends SourcebriefError {}

/**
 * Builds the site into a staging folder of its own, then swaps it in for `<output>`. One build of an output runs at a
 * time: the others wait for the lock `<output>.lock` (which names the process holding it, and is taken over when that
 * process has died or stopped refreshing it). Whoever holds the lock first puts right what a killed build left (see
 * `recoverSwap`).
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildReport> {
  const root = resolve(options.root ?? process.cwd());
  const output = join(root, options.output ?? "_site");
  const shown = `${basename(output)}/`;
  const lock = await acquireLock(`${output}.lock`, {
    wait: options.wait ?? true,
    onWait: (owner) =>
      options.log?.(`another build of ${shown} is running (${describeOwner(owner)}); waiting for it to finish`),
  }).catch((error: unknown) => {
    if (error instanceof LockedError)
      throw new BuildBusyError(
        `another build of ${shown} is running (${describeOwner(error.owner)}). Wait for it to finish and build again; if no build is running, delete ${basename(error.path)}.`,
        { cause: error },
      );
    throw error;
  });
  try {
    for (const line of await recoverSwap(output)) options.log?.(line);
    return await buildLocked(root, output, options, lock.stillHeld);
  } finally {
    lock.release();
  }
}

async function buildLocked(
  root: string,
  output: string,
  options: BuildOptions,
  stillHeld: () => boolean,
): Promise<BuildReport> {
  const folders = swapFolders(output);
  const staging = folders.staging;
  const plugin = {
    root,
    cache: options.cache ?? true,
    previousDir: output,
    ...(options.previous === undefined ? {} : { previousFile: resolve(options.previous) }),
    ...(options.afterStep ? { afterStep: options.afterStep } : {}),
    ...(options.threads === undefined ? {} : { threads: options.threads }),
  };
  // Eleventy logs a failure with its stack trace even in quiet mode; hold its lines back, and print them only
  // when the failure is not one of ours (ours is printed once, as one clear message, by the caller).
  const held: string[] = [];
  let rendered: number;
  try {
    const { default: Eleventy } = await import("@11ty/eleventy");
    const app = resolve(options.app ?? root);
    const eleventy = new Eleventy(join(app, "templates"), staging, {
      configPath: join(app, "eleventy.config.ts"),
      quietMode: options.quiet ?? true,
      config: (eleventyConfig: any) => eleventyConfig.addPlugin(sourcebrief, plugin),
    });
    const hold = (...args: unknown[]): void => void held.push(args.map(String).join(" "));
    eleventy.logger.overrideLogger({ log: hold, info: hold, warn: hold, error: hold, debug: hold });
    // Eleventy's programmatic write resolves to its passthrough copies and the pages it rendered.
    const [, pages] = (await eleventy.write()) as unknown as [unknown, unknown[]];
    rendered = pages.length;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!findOwnError(error)) process.stderr.write(terminalSafe(held.map((line) => `${line}\n`).join("")));
    throw error;
  }
  process.stderr.write(terminalSafe(held.map((line) => `${line}\n`).join("")));
  // A build paused for longer than the lock stays fresh (a suspended laptop, a stopped process) may find another build
  // in its place: that one's output is newer.
  if (!stillHeld()) {
    await rm(staging, { recursive: true, force: true });
    throw new BuildBusyError(
      `another build of ${basename(output)}/ took over while this one was paused, and its output is newer. Build again if needed.`,
    );
  }
  await swapIn(folders);
  return { rendered };
}

/** The first SourcebriefError in an error's chain of causes: Eleventy wraps what the data function throws. */
export function findOwnError(error: unknown): SourcebriefError | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    if (isSourcebriefError(e)) return e;
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const start = performance.now();
  const args = process.argv.slice(2);
  const at = args.indexOf("--previous");
  const flags = ["--previous", "--no-cache", "--no-wait"];
  if (args.some((a, i) => !flags.includes(a) && i !== at + 1) || (at >= 0 && !args[at + 1])) {
    process.stderr.write("usage: npm run build -- [--previous path/to/briefing.json] [--no-cache] [--no-wait]\n");
    process.exit(2);
  }
  buildSite({
    ...(at >= 0 ? { previous: args[at + 1] as string } : {}),
    cache: !args.includes("--no-cache"),
    wait: !args.includes("--no-wait"),
    log: (line) => process.stderr.write(`${terminalSafe(line)}\n`),
  }).then(
    ({ rendered }) =>
      process.stderr.write(
        `built _site/ in ${((performance.now() - start) / 1000).toFixed(2)} s (${rendered} files rendered)\n`,
      ),
    (error: unknown) => {
      const own = findOwnError(error);
      process.stderr.write(
        terminalSafe(
          `\nbuild failed: ${own ? own.message : formatError(error)}\n_site/ was left as the last good build wrote it.\n`,
        ),
      );
      process.exitCode = 1;
    },
  );
}
