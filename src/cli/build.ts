// `npm run build`: builds into a staging folder and swaps it in, so a failed build never touches the last good _site/.
import { rm, rename, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { isSourcebriefError, formatError, type SourcebriefError } from "../errors.ts";

export interface BuildOptions {
  /** Project root. Default: the working directory. */
  readonly root?: string;
  /** Output folder, relative to the root. Default: `_site`. */
  readonly output?: string;
  /** Passed to Eleventy: no per-file log lines. Default: true. */
  readonly quiet?: boolean;
  /** Cache per-seed analysis in `<root>/.cache/sourcebrief`. Default: true. */
  readonly cache?: boolean;
  /** A `briefing.json` to report changes against. Default: the last build's, kept in `<output>`. */
  readonly previous?: string;
}

/** Builds the site into `<output>.next`, then replaces `<output>` with it in two renames. */
export async function buildSite(options: BuildOptions = {}): Promise<void> {
  const root = resolve(options.root ?? process.cwd());
  const output = join(root, options.output ?? "_site");
  const staging = `${output}.next`;
  const previous = `${output}.prev`;
  await rm(staging, { recursive: true, force: true });
  process.env.SOURCEBRIEF_ROOT = root;
  // The data function reads these; each build sets or clears them so one build's choice never leaks into the next.
  setEnv("SOURCEBRIEF_CACHE_DIR", options.cache === false ? undefined : join(root, ".cache", "sourcebrief"));
  setEnv("SOURCEBRIEF_PREVIOUS_DIR", output);
  setEnv("SOURCEBRIEF_PREVIOUS_FILE", options.previous === undefined ? undefined : resolve(options.previous));
  const eleventy = new Eleventy(join(root, "templates"), staging, {
    configPath: join(root, "eleventy.config.ts"),
    quietMode: options.quiet ?? true,
  });
  // Eleventy logs a failure with its stack trace even in quiet mode; hold its lines back, and print them only
  // when the failure is not one of ours (ours is printed once, as one clear message, by the caller).
  const held: string[] = [];
  const hold = (...args: unknown[]): void => void held.push(args.map(String).join(" "));
  eleventy.logger.overrideLogger({ log: hold, info: hold, warn: hold, error: hold, debug: hold });
  try {
    await eleventy.write();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (!findOwnError(error)) process.stderr.write(held.map((line) => `${line}\n`).join(""));
    throw error;
  }
  process.stderr.write(held.map((line) => `${line}\n`).join(""));
  await rm(previous, { recursive: true, force: true });
  if (await exists(output)) await rename(output, previous);
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
}

function setEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
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
  if (args.some((a, i) => !["--previous", "--no-cache"].includes(a) && i !== at + 1) || (at >= 0 && !args[at + 1])) {
    process.stderr.write("usage: npm run build -- [--previous path/to/briefing.json] [--no-cache]\n");
    process.exit(2);
  }
  buildSite({ previous: at >= 0 ? args[at + 1] : undefined, cache: !args.includes("--no-cache") }).then(
    () => process.stderr.write(`built _site/ in ${((performance.now() - start) / 1000).toFixed(2)} s\n`),
    (error: unknown) => {
      const own = findOwnError(error);
      process.stderr.write(`\nbuild failed: ${own ? own.message : formatError(error)}\n_site/ was left as the last good build wrote it.\n`);
      process.exitCode = 1;
    },
  );
}
