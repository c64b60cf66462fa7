// SharedTerms: the items sharing enough terms with each query, found without comparing every item with every query.
import { describe, expect, it } from "vitest";
import { SharedTerms } from "../../../src/rules/disagreements/sharedTerms.ts";

const item = (name: string, words: string) => ({ name, terms: new Set(words.split(" ")) });
const query = (words: string) => new Set(words.split(" "));
const found = (search: SharedTerms<{ name: string; terms: ReadonlySet<string> }>, q: number) =>
  search.sharing(q).map(({ item, shared }) => `${item.name}:${shared}`);

describe("SharedTerms", () => {
  it("should find, for each rewording of a sentence, the items sharing three of its terms, common or its own", () => {
    const items = [
      item("core", "acme give bolt access"),
      item("analyst", "give fischer gartner launch"),
      item("day", "monday acme"),
      item("mixed", "bolt access monday"),
    ];
    const search = new SharedTerms(
      items,
      [query("acme give bolt access monday"), query("acme give bolt access fischer gartner")],
      3,
    );
    expect(found(search, 0)).toEqual(["core:4", "mixed:3"]);
    expect(found(search, 1)).toEqual(["core:4", "analyst:3"]);
  });

  it("should find what comparing every item with every query finds, in item order", () => {
    const vocabulary = ["a", "b", "c", "d", "e", "f", "g"];
    const items: Array<{ name: string; terms: Set<string> }> = [];
    for (let mask = 0; mask < 1 << vocabulary.length; mask++) {
      const terms = vocabulary.filter((_, i) => mask & (1 << i));
      if (terms.length >= 2 && terms.length <= 4) items.push({ name: terms.join(""), terms: new Set(terms) });
    }
    const queries = [query("a b c d"), query("a b c e f"), query("a b g"), query("a b c d e f g")];
    const search = new SharedTerms(items, queries, 3);
    queries.forEach((q, i) => {
      const everyPair = items.flatMap((it) => {
        const shared = [...q].filter((t) => it.terms.has(t)).length;
        return shared >= 3 ? [`${it.name}:${shared}`] : [];
      });
      expect(found(search, i)).toEqual(everyPair);
    });
  });

  it("should refuse a query it was not given", () => {
    const search = new SharedTerms([item("x", "a b c")], [query("a b c")], 3);
    expect(() => search.sharing(1)).toThrow(RangeError);
  });
});
