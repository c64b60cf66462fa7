// `npm run check`: lints every seed without building; prints each warning and error as `file:line: message`.
import { formatError, isSourcebriefError, SeedError } from "../model/errors.ts";
import type { Message } from "../model/messages.ts";
import type { BriefingConfig, Source } from "../model/types.ts";
import { analyseSeed, seedContext } from "../pipeline/analyse.ts";
import { findSeeds } from "../pipeline/listSeeds.ts";
import { type PipelineOptions, resolveOptions } from "../pipeline/options.ts";
import { SEED_STEPS } from "../pipeline/steps.ts";
import { loadSettings } from "../settings/loadSettings.ts";
import { duplicateError, duplicateSources } from "../steps/briefing/refuseDuplicates.ts";
import { terminalSafe } from "../text/terminal.ts";

/** What a check found: output lines in seed order, and how many were errors. */
export interface CheckReport {
  readonly lines: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  readonly seeds: number;
}

// An error as one `file:line: error: …` line; errors of a whole file point at its first line.
function errorLine(error: unknown): string {
  if (error instanceof SeedError && isSourcebriefError(error)) {
    const at = `${error.file}:${error.line ?? 1}`;
    const prefix = error.line === null ? `${error.file}: ` : `${at}: `;
    return `${at}: error: ${error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message}`;
  }
  throw error;
}

/** Runs the per-seed steps on every seed, going on past a bad seed so that all problems are listed at once. */
export async function checkSeeds(options: PipelineOptions = {}): Promise<CheckReport> {
  const resolved = resolveOptions(options);
  let config: BriefingConfig;
  try {
    config = await loadSettings(resolved.configPath, resolved.configDisplayPath);
  } catch (error) {
    return { lines: [errorLine(error)], errors: 1, warnings: 0, seeds: 0 };
  }
  const notes: Message[] = [];
  const out: Array<{ file: string; line: number; text: string }> = [];
  let errors = 0;
  const fail = (error: unknown): void => {
    const text = errorLine(error);
    errors++;
    out.push({ file: text.slice(0, text.search(/:\d+: /)), line: Number(/:(\d+): /.exec(text)?.[1] ?? 1), text });
  };
  const sources: Source[] = [];
  const context = seedContext(config, resolved.maxSeedBytes);
  let seeds = 0;
  try {
    // A bad file name or link is one seed's problem: the other seeds are still checked.
    const found = await findSeeds(resolved.seedsDir, resolved.seedsDisplayDir, notes);
    seeds = found.seeds.length + found.problems.length;
    for (const problem of found.problems) fail(problem);
    for (const seed of found.seeds) {
      try {
        sources.push(await analyseSeed(seed, SEED_STEPS, context));
      } catch (error) {
        fail(error);
      }
    }
    for (const duplicate of duplicateSources(sources)) fail(duplicateError(duplicate));
  } catch (error) {
    fail(error);
  }
  const messages = [...notes, ...sources.flatMap((s) => s.messages)];
  for (const m of messages) out.push({ file: m.file, line: m.line, text: String(m) });
  out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { lines: out.map((o) => o.text), errors, warnings: messages.length, seeds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  checkSeeds().then(
    (report) => {
      for (const line of report.lines) process.stdout.write(`${terminalSafe(line)}\n`);
      process.stdout.write(
        `${report.seeds} seed(s) checked: ${report.errors} error(s), ${report.warnings} warning(s)\n`,
      );
      if (report.errors) process.exitCode = 1;
    },
    (error: unknown) => {
      process.stderr.write(`check failed: ${terminalSafe(formatError(error))}\n`);
      process.exitCode = 1;
    },
  );
}
