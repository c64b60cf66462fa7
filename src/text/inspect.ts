// Tells text from binary: NUL bytes outside UTF-16, or text that is mostly control characters.

// C0 controls other than tab, line feed, carriage return and form feed; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/gu;

/** Why the bytes are not a text file, or null when they look like text. UTF-16 (with BOM) may hold NUL bytes. */
export function binaryReason(bytes: Uint8Array): string | null {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || !bytes.includes(0)) return null;
  // UTF-16 without a BOM: a NUL beside nearly every ASCII byte, all on one side.
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  if (Math.max(even, odd) > bytes.length * 0.4 && Math.min(even, odd) < bytes.length * 0.02)
    return "it looks like UTF-16 text without a byte-order mark, which cannot be read reliably";
  return "it holds NUL bytes, so it is a binary file (an image, PDF or document?), not text";
}

/** How many control characters the text holds, and what share of its non-blank characters they are. */
export function controlShare(text: string): { count: number; share: number } {
  const count = text.match(CONTROL)?.length ?? 0;
  // Nearly every seed has none, and counting the visible characters copies the whole text.
  if (count === 0) return { count, share: 0 };
  const visible = text.replace(/\s/gu, "").length;
  return { count, share: visible ? count / visible : 0 };
}

/** The text without control characters. */
export function removeControls(text: string): string {
  return text.replace(CONTROL, "");
}
