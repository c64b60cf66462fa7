// Turns a seed's bytes into text: BOMs, UTF-16, Windows-1252 fallback, line endings, invisible characters.
import { Message } from "../model/messages.ts";
import { CP1252, decodeSingleByte } from "./codepages.ts";
import { repairMojibake } from "./mojibake.ts";

export interface Decoded {
  readonly text: string;
  readonly encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";
  readonly messages: readonly Message[];
  /** The text before mojibake repair, line for line with `text`: what the file says. */
  readonly unrepaired: string;
}

/** Decodes seed bytes; never throws on bad bytes (Windows-1252 accepts any byte). */
export function decodeSeed(bytes: Uint8Array, file: string): Decoded {
  const messages: Message[] = [];
  let encoding: Decoded["encoding"] = "utf-8";
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  } else {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = "utf-8-bom";
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      encoding = "windows-1252";
      text = decodeSingleByte(bytes, CP1252);
      messages.push(
        new Message(
          file,
          1,
          "not valid UTF-8: read as Windows-1252; save the file as UTF-8 to silence this",
          "encoding",
        ),
      );
    }
  }
  // Mojibake is repaired before NBSP is normalised: "Â" + NBSP is itself a garbled sequence.
  const repaired = repairMojibake(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), file);
  const unrepaired = normalizeText(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  return { text: normalizeText(repaired.text), encoding, messages: [...messages, ...repaired.messages], unrepaired };
}

/** Line endings to `\n`; NBSP to a space; zero-width characters and a stray BOM removed. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u202F\u2007]/g, " ")
    .replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g, "");
}
