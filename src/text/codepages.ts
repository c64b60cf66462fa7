// Single-byte code pages that pasted text is often mis-read through: Windows-1252 and Windows-874 (Thai).

// Node 20's TextDecoder("windows-1252") is really ISO-8859-1 (nodejs/node#56542), so 0x80-0x9F are spelled out here,
// following the WHATWG index: undefined bytes keep their C1 code point.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** The character each byte stands for in Windows-1252. */
export const CP1252: readonly string[] = Array.from({ length: 256 }, (_, b) =>
  b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as string) : String.fromCharCode(b),
);

/** The character each byte stands for in Windows-874 (WHATWG), or "" where the byte is undefined. */
export const CP874: readonly string[] = Array.from({ length: 256 }, (_, b) => {
  if (b < 0x80) return String.fromCharCode(b);
  const special: Record<number, string> = {
    128: "€",
    133: "…",
    145: "‘",
    146: "’",
    147: "“",
    148: "”",
    149: "•",
    150: "–",
    151: "—",
    160: "\u00A0",
  };
  if (special[b]) return special[b];
  if (b < 0xa0) return String.fromCharCode(b);
  if ((b >= 0xa1 && b <= 0xda) || (b >= 0xdf && b <= 0xfb)) return String.fromCharCode(0x0e00 + b - 0xa0);
  return "";
});

/** Decodes bytes with a single-byte table. */
export function decodeSingleByte(bytes: Uint8Array, table: readonly string[]): string {
  let out = "";
  for (const b of bytes) out += table[b] ?? "";
  return out;
}

/** Character -> byte for a table, to undo a wrong decode. */
export function reverseTable(table: readonly string[]): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  table.forEach((char, byte) => {
    if (char && !map.has(char)) map.set(char, byte);
  });
  return map;
}
