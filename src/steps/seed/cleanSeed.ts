// Removes page furniture line by line, keeping a `file:line` warning for every removal.
import { Message, excerpt } from "../../model/messages.ts";
import { matchFurniture } from "../../rules/furniture.ts";
import { hasMojibake, isThaiArticle } from "../../text/mojibake.ts";
import type { Line, Source } from "../../model/types.ts";

/** Seed step: sets `kept` and appends a message per removed line. */
export function cleanSeed(source: Source): void {
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
        source.messages.push(
          new Message(
            source.file,
            line.line,
            `removed line "${excerpt(before)}" (boilerplate before a related-articles list)`,
            "boilerplate",
          ),
        );
      }
      const rest = source.lines.slice(i).filter((l) => l.text.trim()).length;
      source.messages.push(
        new Message(
          source.file,
          line.line,
          `removed "${excerpt(text.slice(match.at ?? 0), 24)}" and the ${rest - 1} non-empty line(s) after it (${match.label})`,
          "boilerplate",
        ),
      );
      break;
    }
    if (match) {
      source.messages.push(
        new Message(
          source.file,
          line.line,
          `removed ${match.label} line "${excerpt(text)}" (boilerplate)`,
          "boilerplate",
        ),
      );
      continue;
    }
    if (hasMojibake(text, thai)) {
      source.messages.push(
        new Message(
          source.file,
          line.line,
          `removed line with garbled characters "${excerpt(text)}" (mojibake); re-save the seed as UTF-8 from the original`,
          "mojibake",
        ),
      );
      continue;
    }
    kept.push(line);
  }
  source.kept = kept;
  // Repairs (decode) and removals (clean) of one line are read together, in file order.
  source.messages.sort((a, b) => a.line - b.line);
}
