// Collapsing runs of white space, the normalisation behind every comparison of quotes and texts.

// A run of two or more white-space characters, or a lone one that is not a plain space: what `/\s+/g` would
// replace, less the lone spaces it would replace with themselves. Most runs in prose are one plain space, and
// replacing each of them with itself would be most of the work.
const RUN = /\s{2,}|[^\S ]/g;

/** `text` with every run of white space made one plain space: the same as `text.replace(/\s+/g, " ")`. */
export function collapseSpaces(text: string): string {
  return text.replace(RUN, " ");
}
