// Readable, stable ids for points: the first words of the text, de-duplicated with a counter (foo, foo-2).
import { slugifyWithCounter } from "@sindresorhus/slugify";

/** Returns a function that slugs texts, numbering repeats in the order they are asked for. */
export function slugWithCounter(maxWords = 8): (text: string) => string {
  const slugify = slugifyWithCounter();
  return (text: string) => {
    const firstWords = text
      .replace(/['’]s\b/g, "")
      .split(/\s+/)
      .slice(0, maxWords)
      .join(" ");
    return slugify(firstWords, { decamelize: false }) || slugify("point");
  };
}
