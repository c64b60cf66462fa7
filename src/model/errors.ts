// Fatal problems: one error family, each naming the file it concerns and what to do.

// Eleventy may load the pipeline as a second module instance (cache-busted imports), so `instanceof`
// can fail across that boundary; a registered symbol marks the family in every instance.
const BRAND = Symbol.for("sourcebrief.error");

/** Base of every error sourcebrief throws on purpose. */
export class SourcebriefError extends Error {
  readonly [BRAND] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** True for an error of sourcebrief's own family, from any module instance. */
export function isSourcebriefError(value: unknown): value is SourcebriefError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/** A seed that the build cannot use: names the file, the line, what is wrong and what to do. */
export class SeedError extends SourcebriefError {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, problem: string, fix: string, options?: { cause?: unknown }) {
    super(`${line === null ? file : `${file}:${line}`}: ${problem}. ${fix}`, options);
    this.file = file;
    this.line = line;
  }
}

/** A maintainer-edited settings file (`briefing.yaml`) that cannot be used. */
export class ConfigError extends SeedError {}

/** Formats an error and its chain of causes once, readably, for the terminal. */
export function formatError(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  let depth = 0;
  while (current !== undefined && current !== null && depth < 5) {
    if (isSourcebriefError(current)) lines.push(`${depth ? "  caused by " : ""}${current.message}`);
    else if (current instanceof Error) lines.push(`${depth ? "  caused by " : ""}${current.name}: ${current.message}`);
    else lines.push(`${depth ? "  caused by " : ""}${String(current)}`);
    current = current instanceof Error ? current.cause : undefined;
    depth++;
  }
  return lines.join("\n");
}
