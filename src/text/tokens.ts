// Words to comparable terms: lower-cased Porter stems without stop words; the shared vocabulary of classify and cluster.
import { stemmer } from "stemmer";

const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers him his
  how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own
  same she should so some such than that the their them then there these they this those through to too under until up
  very was we were what when where which while who whom why will with would you your said says say according reported
  report reports one two new like well even still much many make made way time year years`.split(/\s+/),
);

/** True for a function word ("of", "its", "the") that says nothing of what a sentence is about. */
export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

const WORD = /\d{1,3}(?:,\d{3})+(?!\d)|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** Word tokens as they appear: letters, digits, inner apostrophes and hyphens; "50,000" is one number. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Whether `text` holds at least `n` words, as `words` counts them, without splitting past the n-th. */
export function hasWords(text: string, n: number): boolean {
  WORD.lastIndex = 0;
  let found = 0;
  while (found < n && WORD.exec(text)) found++;
  WORD.lastIndex = 0;
  return found >= n;
}

// Stemming is the hottest call of classify and cluster, and news prose repeats its words: remember each word's term.
// Cleared when full so that a huge archive's vocabulary cannot grow memory without bound.
const TERM_CACHE = new Map<string, string>();
const TERM_CACHE_LIMIT = 200_000;

/** A word's comparable form: "U.S."/"US" become `us-country`; others lower-cased and stemmed. */
export function term(word: string): string {
  const known = TERM_CACHE.get(word);
  if (known !== undefined) return known;
  if (TERM_CACHE.size >= TERM_CACHE_LIMIT) TERM_CACHE.clear();
  const result = computeTerm(word);
  TERM_CACHE.set(word, result);
  return result;
}

// Irregular past forms the stemmer leaves apart from their verb: "rewrote" and "rewritten" are "rewrite".
const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(
  `write:wrote,written rewrite:rewrote,rewritten run:ran build:built buy:bought sell:sold take:took,taken give:gave,given
  grow:grew,grown begin:began,begun choose:chose,chosen draw:drew,drawn lead:led win:won lose:lost hold:held
  seek:sought bring:brought think:thought rise:rose,risen fall:fell,fallen drive:drove,driven shrink:shrank,shrunk`
    .split(/\s+/)
    .flatMap((entry) => {
      const [verb, forms] = entry.split(":") as [string, string];
      return forms.split(",").map((form) => [form, verb]);
    }),
);

function computeTerm(word: string): string {
  if (word === "US" || word === "U.S" || word === "U.S.") return "us-country";
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, "");
  return stemmer(IRREGULAR[lower] ?? lower);
}

/** Every word's term, in order, stop words included (for phrase matching). */
export function terms(text: string): string[] {
  return words(text).map(term);
}

/** Term -> the term it stands in for: words that mean the same thing in this story ("processor" for "chip"). */
export type Synonyms = ReadonlyMap<string, string>;

export const NO_SYNONYMS: Synonyms = new Map();

/** Compiles `synonyms:` groups from briefing.yaml: every word's term maps to the term of its group's first word. */
export function compileSynonyms(groups: ReadonlyArray<readonly string[]>): Synonyms {
  const map = new Map<string, string>();
  for (const group of groups) {
    const [head, ...rest] = group.map(term);
    for (const t of rest) if (head !== undefined && t !== head) map.set(t, head);
  }
  return map;
}

/** Content terms: stems without stop words or one-letter tokens, each replaced by its synonym group's term. */
export function contentTerms(text: string, synonyms: Synonyms = NO_SYNONYMS): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP.has(w.toLowerCase()) && w !== "US") continue;
    const t = term(w);
    if (t.length > 1 && !STOP.has(t)) out.push(synonyms.get(t) ?? t);
  }
  return out;
}
