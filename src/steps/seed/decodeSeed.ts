// Turns a seed's bytes into numbered lines: encoding, control characters, front matter and pasted HTML.
import { SeedError } from "../../model/errors.ts";
import { Message } from "../../model/messages.ts";
import type { Line, Source } from "../../model/types.ts";
import { decodeSeed as decodeBytes } from "../../text/decode.ts";
import { splitFrontMatter } from "../../text/frontMatter.ts";
import { stripHtml } from "../../text/html.ts";
import { controlShare, removeControls } from "../../text/inspect.ts";

/** Seed step: sets `meta` and `lines` from `bytes`, and lets go of the bytes. */
export function decodeSeed(source: Source): void {
  if (!source.bytes) throw new TypeError(`decodeSeed: ${source.file} has not been loaded`);
  const decoded = decodeBytes(source.bytes, source.file);
  source.bytes = null;
  const controls = controlShare(decoded.text);
  if (controls.share > 0.3)
    throw new SeedError(
      source.file,
      null,
      `the seed is mostly control characters (${Math.round(controls.share * 100)}%), not text`,
      "Save the article as plain text (UTF-8) and put that in seeds/ instead.",
    );
  const messages = [...decoded.messages];
  if (controls.count)
    messages.push(new Message(source.file, 1, `removed ${controls.count} invisible control character(s)`, "encoding"));
  const { meta, body, bodyLine, messages: metaMessages } = splitFrontMatter(removeControls(decoded.text), source.file);
  // A repaired line keeps what the file says beside it: quotes are checked against that, never against a repair.
  const unrepaired = removeControls(decoded.unrepaired).split("\n");
  const raw: Line[] = body.split("\n").map((text, i) => {
    const original = unrepaired[bodyLine + i - 1];
    return original === undefined || original === text
      ? { text, line: bodyLine + i }
      : { text, line: bodyLine + i, original };
  });
  const html = stripHtml(raw, source.file);
  if (!html.lines.some((l) => l.text.trim()))
    throw new SeedError(source.file, null, "the seed is empty", "Paste the article text into it, or delete the file.");
  messages.push(...metaMessages, ...html.messages);
  source.meta = meta;
  source.lines = html.lines;
  source.messages.push(...messages);
  source.messages.sort((a, b) => a.line - b.line);
}
