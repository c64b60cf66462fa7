// Text bound for a terminal: control characters from file names and seed text shown as escapes, never obeyed.

// C0 and C1 controls and DEL (a terminal acts on ESC sequences, BEL, backspace, carriage return), and the Unicode
// direction overrides that make a line read differently from what it holds.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const asEscape = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
};

/** One line of text with every control character written as `\xHH` or `\uHHHH`: for a file name in a message. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, asEscape);
}

/** Text to print: control characters escaped, except the newlines and tabs that lay it out. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS_BUT_LINES, asEscape);
}
