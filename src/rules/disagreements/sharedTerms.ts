// Which items share enough terms with each of several queries put to the same items, without comparing every pair.

/**
 * The items that share at least `least` terms with each of a set of queries. Queries put to one list of items tend
 * to be rewordings of one sentence ("X did not …, an analyst said", "On Monday, X did not …"): the terms all of them
 * use are counted once per item, and each query then adds its own words through the items that use them. An item
 * with `least` of the common terms is a match for every query; the others are reached only through a query's own
 * words, so a query costs its matches and the items that share its own words, not the whole list.
 */
export class SharedTerms<T extends { readonly terms: ReadonlySet<string> }> {
  readonly #items: readonly T[];
  readonly #queries: readonly ReadonlySet<string>[];
  readonly #least: number;
  /** The terms every query uses. */
  readonly #common: ReadonlySet<string>;
  /** Per item, how many of the common terms it uses. */
  readonly #commonCount: Int32Array;
  /** The items that use at least `least` of the common terms, in order. */
  readonly #rich: number[] = [];
  /** For the other items: a term some query uses beyond the common ones → the items using it, in order. */
  readonly #postings = new Map<string, number[]>();

  constructor(items: readonly T[], queries: readonly ReadonlySet<string>[], least: number) {
    this.#items = items;
    this.#queries = queries;
    this.#least = least;
    const common = new Set(queries[0] ?? []);
    for (const q of queries.slice(1)) for (const t of common) if (!q.has(t)) common.delete(t);
    this.#common = common;
    const own = new Set<string>();
    for (const q of queries) for (const t of q) if (!common.has(t)) own.add(t);
    this.#commonCount = new Int32Array(items.length);
    items.forEach((item, i) => {
      let n = 0;
      for (const t of common) if (item.terms.has(t)) n++;
      this.#commonCount[i] = n;
      if (n >= least) this.#rich.push(i);
      else
        for (const t of item.terms)
          if (own.has(t)) {
            const list = this.#postings.get(t);
            if (list) list.push(i);
            else this.#postings.set(t, [i]);
          }
    });
  }

  /** The items sharing at least `least` terms with query number `q`, in item order, each with how many it shares. */
  sharing(q: number): Array<{ readonly item: T; readonly shared: number }> {
    const query = this.#queries[q];
    if (!query) throw new RangeError(`no query ${q}: ${this.#queries.length} were given`);
    const own = [...query].filter((t) => !this.#common.has(t));
    const found: Array<{ index: number; shared: number }> = [];
    for (const i of this.#rich) {
      let shared = this.#commonCount[i] as number;
      const terms = (this.#items[i] as T).terms;
      for (const t of own) if (terms.has(t)) shared++;
      found.push({ index: i, shared });
    }
    const extra = new Map<number, number>();
    for (const t of own) for (const i of this.#postings.get(t) ?? []) extra.set(i, (extra.get(i) ?? 0) + 1);
    for (const [i, n] of extra) {
      const shared = (this.#commonCount[i] as number) + n;
      if (shared >= this.#least) found.push({ index: i, shared });
    }
    if (extra.size > 0) found.sort((a, b) => a.index - b.index);
    return found.map(({ index, shared }) => ({ item: this.#items[index] as T, shared }));
  }
}
