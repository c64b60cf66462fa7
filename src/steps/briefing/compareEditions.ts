// Finds the previous edition to compare with, and what changed since it; the baseline only moves when the briefing does.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { briefingJson, compareBriefings } from "../../rules/changes.ts";
import { ConfigError } from "../../model/errors.ts";
import { Message } from "../../model/messages.ts";
import type { PipelineState } from "../../pipeline/state.ts";
import type { Briefing } from "../../model/types.ts";

/** The file, next to `briefing.json`, that keeps the edition the changes are measured against. */
export const BASELINE_FILE = "changes-baseline.json";

async function readBriefing(path: string): Promise<Briefing | null | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  return parseBriefing(text);
}

function parseBriefing(text: string): Briefing | null {
  const data = JSON.parse(text) as unknown;
  if (data === null) return null;
  if (typeof data !== "object" || (data as Briefing).schemaVersion !== 1 || !Array.isArray((data as Briefing).sections))
    throw new Error("not a briefing.json of schemaVersion 1");
  return data as Briefing;
}

/**
 * Pipeline step: sets `state.baseline` and `state.changes`.
 *
 * With `options.previousFile`, that edition is the baseline. With `options.previousDir` (the last build's
 * output), the last `briefing.json` becomes the baseline when this briefing differs from it; when it is the
 * same, the last build's own baseline is kept, so rebuilding unchanged seeds gives the same bytes.
 */
export async function compareEditions(state: PipelineState): Promise<void> {
  const { previousFile, previousDir, root } = state.options;
  const current = state.briefing;
  if (!current) return;
  const json = (state.json = briefingJson(current));
  let baseline: Briefing | null = null;
  if (previousFile) {
    const shown = relative(root, previousFile) || previousFile;
    const read = await readBriefing(previousFile).catch((cause: unknown) => {
      throw new ConfigError(
        shown,
        null,
        `cannot use it as the previous edition (${cause instanceof Error ? cause.message : String(cause)})`,
        "Name a briefing.json written by an earlier build.",
        { cause },
      );
    });
    if (!read)
      throw new ConfigError(
        shown,
        null,
        "the previous edition is missing",
        "Name a briefing.json written by an earlier build.",
      );
    baseline = read;
  } else if (previousDir) {
    const ignored = (name: string, error: unknown): null => {
      state.notes.push(
        new Message(
          relative(root, join(previousDir, name)) || name,
          1,
          `ignored as a previous edition (${error instanceof Error ? error.message : String(error)})`,
          "changes",
        ),
      );
      return null;
    };
    const tryRead = async (name: string): Promise<Briefing | null> =>
      readBriefing(join(previousDir, name)).then(
        (b) => b ?? null,
        (error: unknown) => ignored(name, error),
      );
    const lastText = await readFile(join(previousDir, "briefing.json"), "utf8").catch(() => null);
    // The briefing is unchanged exactly when the last build wrote the very text this one writes (the serialisation
    // is fixed; the template may end the file with one more newline): then its baseline is kept, and nothing need be parsed or serialised again to know it.
    if (lastText?.trimEnd() === json.trimEnd()) baseline = await tryRead(BASELINE_FILE);
    else if (lastText !== null) {
      try {
        baseline = parseBriefing(lastText);
      } catch (error) {
        baseline = ignored("briefing.json", error);
      }
    }
  }
  state.baseline = baseline;
  state.changes = baseline ? compareBriefings(baseline, current, state.sources) : null;
}
