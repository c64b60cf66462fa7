// Spots and repairs text garbled by a wrong decode: UTF-8 read as Windows-1252 ("â€™") or as Thai ("โ€", "๐ฌ").
import { Message, excerpt } from "../model/messages.ts";
import { CP1252, CP874, reverseTable } from "./codepages.ts";

// Sequences that UTF-8 multi-byte characters turn into when read as Windows-1252 or Latin-1.
const LATIN_MOJIBAKE = /â€[™œ\u009d”˜¦“\u0093\u0094–—]|Ã[©¨ª«¢¤¡³¶¼¹º§]|Â[ ·©®°]/;
const THAI = /[\u0E00-\u0E7F]/u;

/** True when the line shows mojibake, or letters of a script foreign to the article. */
export function hasMojibake(line: string, articleIsThai = false): boolean {
  return LATIN_MOJIBAKE.test(line) || (!articleIsThai && THAI.test(line));
}

/** True when Thai is the article's own script (most letters are Thai), so Thai letters are not mojibake there. */
export function isThaiArticle(text: string): boolean {
  const thai = text.match(/[\u0E00-\u0E7F]/gu)?.length ?? 0;
  // Most articles hold no Thai at all: their thousands of letters are not listed just to divide zero by them.
  if (thai === 0) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 1;
  return thai / letters > 0.3;
}

interface Codepage {
  readonly name: string;
  readonly pattern: RegExp;
  readonly bytes: ReadonlyMap<string, number>;
}

// A run of characters whose bytes in the code page form well-shaped UTF-8 multi-byte sequences.
function codepage(name: string, table: readonly string[]): Codepage {
  const cls = (from: number, to: number): string =>
    `[${table
      .slice(from, to + 1)
      .filter(Boolean)
      .map((c) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`)
      .join("")}]`;
  const cont = cls(0x80, 0xbf);
  const source = `(?:${cls(0xc2, 0xdf)}${cont}|${cls(0xe0, 0xef)}${cont}{2}|${cls(0xf0, 0xf4)}${cont}{3})+`;
  return { name, pattern: new RegExp(source, "gu"), bytes: reverseTable(table) };
}

const CODEPAGES = { latin: codepage("Windows-1252", CP1252), thai: codepage("Thai Windows-874", CP874) };
const utf8 = new TextDecoder("utf-8", { fatal: true });

// Reverses a wrong decode run by run; a run that does not give valid UTF-8 is left alone.
function undo(line: string, page: Codepage, fixes: string[]): string {
  return line.replace(page.pattern, (run) => {
    const bytes = Uint8Array.from([...run].map((c) => page.bytes.get(c) ?? 0));
    try {
      const fixed = utf8.decode(bytes);
      fixes.push(`"${run}" to "${fixed}"`);
      return fixed;
    } catch {
      return run;
    }
  });
}

/**
 * Repairs mojibake line by line and says what it did, as `file:line` messages. Line count is kept.
 * Thai repairs run only when Thai is foreign to the article, since real Thai text uses the same letters.
 */
export function repairMojibake(text: string, file: string): { text: string; messages: Message[] } {
  const messages: Message[] = [];
  const foreignThai = !isThaiArticle(text);
  const lines = text.split("\n").map((original, i) => {
    const fixes: string[] = [];
    let line = undo(original, CODEPAGES.latin, fixes);
    if (foreignThai) line = undo(line, CODEPAGES.thai, fixes);
    if (fixes.length)
      messages.push(
        new Message(
          file,
          i + 1,
          `repaired mojibake ${fixes.slice(0, 3).join(", ")}${fixes.length > 3 ? ", …" : ""} (UTF-8 text that was read as ${foreignThai && /[\u0E00-\u0E7F]/u.test(original) ? "Thai" : "Windows-1252"})`,
          "mojibake",
        ),
      );
    if (foreignThai && THAI.test(line)) line = repairLostThai(line, file, i + 1, messages);
    line = repairLostQuote(line, file, i + 1, messages);
    return line;
  });
  return { text: lines.join("\n"), messages };
}

// UTF-8 read as strict TIS-620 with the bytes 0x80-0x9F dropped (seed 003): the original character cannot be
// known, only guessed from its lead byte. A spaced "โ" (lead byte E2) was most likely a dash; a "๐" (F0) and the
// Thai letters after it were an emoji; anything else foreign is removed. The warning says it is a guess.
function repairLostThai(line: string, file: string, at: number, messages: Message[]): string {
  const before = line;
  const fixed = line
    .replace(/\s?[\u0E50-\u0E54][\u0E01-\u0E1F]{0,2}\s?/gu, (m) => (/^\s.*\s$/u.test(m) ? " " : ""))
    // One continuation byte survived ("โข"): the lost middle byte is taken as 0x80, General Punctuation (• …).
    .replace(/\u0E42([\u0E01-\u0E1F])/gu, (_, c: string) =>
      utf8.decode(Uint8Array.of(0xe2, 0x80, (c.codePointAt(0) as number) - 0x0e00 + 0xa0)),
    )
    .replace(/ \u0E42 /gu, " — ")
    .replace(/\u0E42(?=\p{Lu})/gu, " ")
    .replace(/[\u0E00-\u0E7F]+/gu, "")
    .replace(/^\s+/, "");
  messages.push(
    new Message(
      file,
      at,
      `garbled characters in "${excerpt(before)}" could not be restored exactly, read as "${excerpt(fixed)}" (mojibake: UTF-8 read as Thai, bytes lost); paste the article again if this matters`,
      "mojibake",
    ),
  );
  return fixed;
}

// "â€" left without its third byte: Windows-1252 has no character for 0x9D, so pasting drops it, and of the
// quotation marks only the closing one (U+201D, bytes E2 80 9D) ends in that byte.
const LOST_CLOSING_QUOTE = /â€(?=[\s\p{P}]|$)/gu;

function repairLostQuote(line: string, file: string, at: number, messages: Message[]): string {
  if (!LOST_CLOSING_QUOTE.test(line)) return line;
  LOST_CLOSING_QUOTE.lastIndex = 0;
  messages.push(
    new Message(
      file,
      at,
      `repaired mojibake "â€" to "”" (UTF-8 text read as Windows-1252, with the closing quote's last byte lost)`,
      "mojibake",
    ),
  );
  return line.replace(LOST_CLOSING_QUOTE, "”");
}
