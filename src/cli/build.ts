// `npm run build`: builds into a staging folder and swaps it in, so a failed build never touches the last good _site/.
import { rm, rename, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { formatError, isSourcebriefError, type SourcebriefError } from "../model/errors.ts";
import type { PipelineHooks } from "../pipeline/state.ts";
import { sourcebrief } from "../site/eleventyPlugin.ts";

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
}

/** What a build did. */
export interface BuildReport {
  /** Files Eleventy rendered; the others are the last build's unchanged pages, taken as they were. */
  readonly rendered: number;
}

/** Builds the site into `<output>.next`, then replaces `<output>` with it. */
export async function buildSite(options: BuildOptions = {}): Promise<BuildReport> {
  const root = resolve(options.root ?? process.cwd());
  const output = join(root, options.output ?? "_site");
  const staging = `${output}.next`;
  const previous = `${output}.prev`;
  await rm(staging, { recursive: true, force: true });
  const plugin = {
    root,
    cache: options.cache ?? true,
    previousDir: output,
    ...(options.previous === undefined ? {} : { previousFile: resolve(options.previous) }),
    ...(options.afterStep ? { afterStep: options.afterStep } : {}),
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
    if (!findOwnError(error)) process.stderr.write(held.map((line) => `${line}\n`).join(""));
    throw error;
  }
  process.stderr.write(held.map((line) => `${line}\n`).join(""));
  await rm(previous, { recursive: true, force: true });
  if (await exists(output)) await rename(output, previous);
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
  return { rendered };
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
  buildSite({ ...(at >= 0 ? { previous: args[at + 1] as string } : {}), cache: !args.includes("--no-cache") }).then(
    ({ rendered }) =>
      process.stderr.write(
        `built _site/ in ${((performance.now() - start) / 1000).toFixed(2)} s (${rendered} files rendered)\n`,
      ),
    (error: unknown) => {
      const own = findOwnError(error);
      process.stderr.write(
        `\nbuild failed: ${own ? own.message : formatError(error)}\n_site/ was left as the last good build wrote it.\n`,
      );
      process.exitCode = 1;
    },
  );
}
