// Removes page furniture line by line, keeping a `file:line` warning for every removal.
import { Message, excerpt } from "../messages.ts";
import { matchFurniture } from "../text/furniture.ts";
import { hasMojibake, isThaiArticle } from "../text/mojibake.ts";
import type { PipelineState } from "../pipeline.ts";
import type { Line, Source } from "../types.ts";

/** Cleans one source: sets `kept` and appends a message per removed line. */
export function cleanSource(source: Source): void {
  const kept: Line[] = [];
  const thai = isThaiArticle(source.lines.map((l) => l.text).join("\n"));
  for (let i = 0; i < source.lines.length; i++) {
    const line = source.lines[i] as Line;
    const text = line.text.trim();
    if (!text) {
      kept.push(line);
      continue;
    }
    const match = matchFurniture(text);
    if (match?.cutRest) {
      const before = match.at ? text.slice(0, match.at).trim() : "";
      if (before) {
        source.messages.push(new Message(source.file, line.line, `removed line "${excerpt(before)}" (boilerplate before a related-articles list)`, "boilerplate"));
      }
      const rest = source.lines.slice(i).filter((l) => l.text.trim()).length;
      source.messages.push(
        new Message(source.file, line.line, `removed "${excerpt(text.slice(match.at ?? 0), 24)}" and the ${rest - 1} non-empty line(s) after it (${match.label})`, "boilerplate"),
      );
      break;
    }
    if (match) {
      source.messages.push(new Message(source.file, line.line, `removed ${match.label} line "${excerpt(text)}" (boilerplate)`, "boilerplate"));
      continue;
    }
    if (hasMojibake(text, thai)) {
      source.messages.push(new Message(source.file, line.line, `removed line with garbled characters "${excerpt(text)}" (mojibake); re-save the seed as UTF-8 from the original`, "mojibake"));
      continue;
    }
    kept.push(line);
  }
  source.kept = kept;
}

/** Pipeline step: cleans every source. */
export function cleanSeeds(state: PipelineState): void {
  for (const source of state.sources) {
    cleanSource(source);
    // Repairs (load) and removals (clean) of one line are read together, in file order.
    source.messages.sort((a, b) => a.line - b.line);
  }
}
