// Ordering of ids and names that does not depend on the machine's locale.

/**
 * Compares two strings by UTF-16 code units. `localeCompare` would order ties by the build machine's locale
 * (two machines could write different bytes from the same seeds), and costs a collator lookup per call, which
 * told in sorts of 400,000 sentences.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
