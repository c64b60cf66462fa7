// Clustering on distinct sentences: `node --import tsx bench/distinct.ts [count]` prints time and peak memory.
// The synthetic corpora mix claims that recur with sentences of each article's own, built from a few templates, so
// their sentences still share much wording. This feeds clustering the harder case: sentences that share nothing but
// chance words, random words from a 30,000-word vocabulary, common words far more often than rare ones, from a
// fixed PRNG seed.
import { clusterSentences } from "../src/steps/briefing/clusterClaims.ts";
import type { Sentence } from "../src/model/types.ts";
import { prng } from "./corpus.ts";

const count = Number(process.argv[2] ?? 100_000);
const r = prng(20261124);
const vocabulary = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x`);
const sentences: Sentence[] = Array.from({ length: count }, (_, i) => {
  const words = Array.from(
    { length: 12 + Math.floor(r() * 14) },
    () => vocabulary[Math.floor(r() ** 2 * vocabulary.length)],
  );
  return {
    id: `${i % 10_000}-p${Math.floor(i / 10_000)}-s1`,
    source: String(i % 10_000),
    paragraph: Math.floor(i / 10_000),
    line: 1,
    index: 1,
    text: `The ${words.join(" ")}.`,
    kind: "paragraph",
    heading: null,
    position: r(),
    standalone: true,
    informativeness: 1,
    scores: { "hardware-shift": 3, orders: 0, geopolitics: 0, "open-questions": 0 },
    sections: ["hardware-shift"],
  };
});
const start = performance.now();
const claims = clusterSentences(sentences);
const ms = Math.round(performance.now() - start);
process.stdout.write(
  `${count} distinct sentences -> ${claims.length} claims in ${ms} ms; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
);
