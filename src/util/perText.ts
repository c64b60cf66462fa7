// Work on a sentence's text done once per distinct text: at scale most sentences repeat an earlier one word for word.

/**
 * `read`, remembered by text for as long as the returned function is kept: a search over all sentences makes one and
 * drops it when done. In a large archive most sentences repeat an earlier one (wire copy, quotes, boilerplate), so
 * the regular expressions and tokenising behind `read` run once per wording.
 */
export function perText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined && !known.has(text)) known.set(text, (value = read(text)));
    return value as T;
  };
}
