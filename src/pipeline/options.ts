// What a pipeline run reads from, with defaults filled in.
import { join, relative, sep } from "node:path";

/** Where the pipeline reads from. */
export interface PipelineOptions {
  /** Project root; seeds and settings are found relative to it. Default: the working directory. */
  readonly root?: string;
  /** Seeds folder. Default: `<root>/seeds`. */
  readonly seedsDir?: string;
  /** Settings file. Default: `<root>/briefing.yaml`. */
  readonly configPath?: string;
  /** Largest seed accepted, in bytes. Default: `limits.maxSeedBytes` in briefing.yaml, else 2 MB. Example: `4_000_000`. */
  readonly maxSeedBytes?: number;
  /** The last build's output folder: its `briefing.json` is the previous edition. Default: none. */
  readonly previousDir?: string;
  /** A `briefing.json` to compare with instead, e.g. a published edition. Default: none. */
  readonly previousFile?: string;
}

export interface ResolvedOptions {
  readonly root: string;
  readonly seedsDir: string;
  /** The seeds folder as messages name it, relative to the root: `seeds`. */
  readonly seedsDisplayDir: string;
  readonly configPath: string;
  /** The settings file as messages name it: `briefing.yaml`. */
  readonly configDisplayPath: string;
  readonly maxSeedBytes?: number;
  readonly previousDir: string | null;
  readonly previousFile: string | null;
}

/** Fills in defaults; throws a TypeError naming a bad option. */
export function resolveOptions(options: PipelineOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== "object")
    throw new TypeError(`pipeline options must be an object, got ${String(options)}`);
  const root = options.root ?? process.cwd();
  const seedsDir = options.seedsDir ?? join(root, "seeds");
  const configPath = options.configPath ?? join(root, "briefing.yaml");
  return {
    root,
    seedsDir,
    seedsDisplayDir: displayPath(root, seedsDir),
    configPath,
    configDisplayPath: displayPath(root, configPath),
    ...(options.maxSeedBytes === undefined ? {} : { maxSeedBytes: positiveInteger(options.maxSeedBytes) }),
    previousDir: options.previousDir ?? null,
    previousFile: options.previousFile ?? null,
  };
}

/** A path as messages show it: relative to the root with `/`, or absolute when outside it. */
export function displayPath(root: string, path: string): string {
  const rel = relative(root, path).split(sep).join("/");
  return rel && !rel.startsWith("..") ? rel : path;
}

function positiveInteger(value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0)
    throw new TypeError(`maxSeedBytes must be a positive integer, got ${String(value)}`);
  return value;
}
