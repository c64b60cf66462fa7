// Prints what the seed steps make of a labelled page set (default: the claims-dev tuning set): furniture leaks,
// claim sentences lost, and publisher/author/date/kind found. Usage: node --import tsx scripts/cleaning-eval.mts [dir]
import { join, resolve } from "node:path";
import { scoreCleaning } from "../src/eval/cleaning.ts";
import { loadSettings } from "../src/settings/loadSettings.ts";

const root = resolve(import.meta.dirname, "..");
const dir = resolve(process.argv[2] ?? join(root, "tests", "fixtures", "eval", "claims-dev"));
const config = await loadSettings(join(root, "briefing.yaml"), "briefing.yaml");
const score = await scoreCleaning(dir, config);
const list = (title: string, items: readonly string[]): void => {
  console.log(`${title}: ${items.length}`);
  for (const i of items) console.log(`  ${i}`);
};
list("furniture leaks", score.leaks);
list("claim sentences lost", score.lost);
list("bad titles", score.titles);
list(`metadata right ${score.metadataRight}/${score.metadataTotal}; wrong`, score.metadata);
