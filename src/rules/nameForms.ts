// One name in a shorter or longer form: "hanul" and "hanul energy", "us commerce department" and "commerce department".

/** A country that may stand before an institution's name: "the US Commerce Department" is the Commerce Department. */
const COUNTRY = /^(?:us|u\.s\.?|american|chinese|china['’]s)\s+/;

/**
 * The key of `keys` that is `key` in a shorter or longer form: one name's words begin the other's ("hanul", "hanul
 * energy"), or one is the other after its country ("us commerce department", "commerce department"). The first such
 * key in the order given; a key equal to `key` counts too.
 */
export function otherFormOf(key: string, keys: Iterable<string>): string | undefined {
  for (const other of keys)
    if (
      other.startsWith(`${key} `) ||
      key.startsWith(`${other} `) ||
      other.replace(COUNTRY, "") === key ||
      key.replace(COUNTRY, "") === other
    )
      return other;
  return undefined;
}

/** The lower of two places, either of which may be missing. */
function earlier(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || (b !== undefined && b < a) ? b : a;
}

/** The words a name begins with, each a shorter form of it: "a b c" gives "a" and "a b". */
function shorterForms(name: string): string[] {
  const out: string[] = [];
  for (let i = name.indexOf(" "); i >= 0; i = name.indexOf(" ", i + 1)) out.push(name.slice(0, i));
  return out;
}

/**
 * Names in the order they were added, found as `otherFormOf` finds them, in a few map lookups rather than a comparison
 * with each: a claim in a large archive credits hundreds of outlets, and each is looked up among the others.
 */
export class NameForms {
  readonly #names: string[] = [];
  /** Each name, and each name after its country, by where it was added. */
  readonly #whole = new Map<string, number>();
  readonly #withoutCountry = new Map<string, number>();
  /** Each shorter form of a name ("hanul" of "hanul energy"), by the first name it shortens. */
  readonly #shorter = new Map<string, number>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  add(name: string): void {
    if (this.#whole.has(name)) return;
    const at = this.#names.push(name) - 1;
    this.#whole.set(name, at);
    const bare = name.replace(COUNTRY, "");
    if (!this.#withoutCountry.has(bare)) this.#withoutCountry.set(bare, at);
    for (const form of shorterForms(name)) if (!this.#shorter.has(form)) this.#shorter.set(form, at);
  }

  /** `key` if it was added, else the first name added that is another form of it. */
  find(key: string): string | undefined {
    if (this.#whole.has(key)) return key;
    // A longer form of the key ("hanul energy" for "hanul"), or the key with its country taken off the name; then a
    // shorter form ("hanul" for "hanul energy"), or the name the key is after its country. The first added wins.
    let best = earlier(this.#shorter.get(key), this.#withoutCountry.get(key));
    for (const form of shorterForms(key)) best = earlier(best, this.#whole.get(form));
    best = earlier(best, this.#whole.get(key.replace(COUNTRY, "")));
    return best === undefined ? undefined : this.#names[best];
  }
}

/** Words an acronym may pass over: "BIS" is the Bureau of Industry and Security. */
const LINK_WORDS = new Set(["of", "and", "the", "for", "&", "on", "in"]);

/**
 * The fuller name's words in the order an acronym spells them: "China's commerce ministry" as "ministry of commerce",
 * the order "MOFCOM" is made from; any name as it stands.
 */
function spelledOrders(name: string): string[][] {
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w.length > 0);
  const plain = words.map((w) => w.replace(/['’]s$/, ""));
  const out = [plain];
  const last = words[words.length - 1];
  if ((last === "ministry" || last === "department") && words.length >= 2) {
    // Its country goes: "Norway's trade ministry", "US commerce department" are the ministry of trade, of commerce.
    const rest = words.slice(0, -1).filter((w, i) => !(i === 0 && (/['’]s$/.test(w) || COUNTRY.test(`${w} `))));
    if (rest.length > 0) out.push([last, "of", ...rest]);
  }
  return out;
}

/**
 * Whether `short`, written in capitals ("MOFCOM", "SMIC", "BIS"), is an acronym of `long`: it is the beginnings of
 * long's words run together, in order, every word but a link word ("of", "and") giving at least its first letter.
 * "MOFCOM" is M-OF-COM of the Ministry of Commerce; "SMIC" is S-M-I-C of Semiconductor Manufacturing International
 * Corporation. A capitalised word that is a name of its own ("NVIDIA") spells no other name of several words.
 */
export function isAcronymOf(short: string, long: string): boolean {
  if (!/^[A-Z][A-Z&]{1,7}$/.test(short)) return false;
  const letters = short.toLowerCase();
  return spelledOrders(long).some((words) => words.length >= 2 && spells(letters, 0, words, 0));
}

function spells(letters: string, at: number, words: readonly string[], w: number): boolean {
  if (w === words.length) return at === letters.length;
  const word = words[w] as string;
  // A link word may be passed over; a leading country ("China's commerce ministry") is part of the order above.
  if (LINK_WORDS.has(word) && spells(letters, at, words, w + 1)) return true;
  for (let n = 1; n <= word.length && at + n <= letters.length; n++) {
    if (letters[at + n - 1] !== word[n - 1]) break;
    if (spells(letters, at + n, words, w + 1)) return true;
  }
  return false;
}
