// One long line against the same text in paragraphs: `npm run bench:long-line [-- 250,500,1000,1990]` (sizes in KB).
// A seed pasted with no line breaks is one paragraph of thousands of sentences; its analysis must cost about what
// the same sentences cost split into paragraphs, not the square of the line's length. Prints the per-seed analysis
// time (load, decode, clean, segment, require, classify) of each form, the median of three runs, and their ratio.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { analyseSeed, seedContext } from "../src/pipeline/analyse.ts";
import { SEED_STEPS } from "../src/pipeline/steps.ts";
import { loadSettings } from "../src/settings/loadSettings.ts";
import { prng } from "./corpus.ts";

const sizes = (process.argv[2] ?? "250,500,1000,1990").split(",").map((kb) => Number(kb) * 1000);
const repo = resolve(import.meta.dirname, "..");
const r = prng(20261203);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const WHO = ["Huawei", "Tencent", "Baidu", "DeepSeek", "Alibaba", "the ministry", "a supplier in Shenzhen"];
const DID = ["shipped", "ordered", "tested", "priced", "delayed", "announced"];
const WHAT = ["Ascend accelerators", "server racks", "training clusters", "inference cards", "memory modules"];
const TAIL = ["the report said.", "according to two people familiar with the plan.", "a spokesperson confirmed."];

/** Distinct news-like sentences adding up to about `bytes`. */
function sentences(bytes: number): string[] {
  const out: string[] = [];
  for (let total = 0, i = 0; total < bytes; i++) {
    const s = `${pick(WHO)} ${pick(DID)} ${1 + Math.floor(r() * 9000)} ${pick(WHAT)} in week ${i}, ${pick(TAIL)}`;
    out.push(s);
    total += s.length + 1;
  }
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

const dir = await mkdtemp(join(tmpdir(), "sourcebrief-long-line-"));
try {
  const context = seedContext(await loadSettings(join(repo, "briefing.yaml"), "briefing.yaml"), 4_000_000);
  const rows: string[] = [
    "| size | sentences | one line (ms) | paragraphs of 5 (ms) | ratio |",
    "| ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const size of sizes) {
    const all = sentences(size);
    const forms = {
      line: all.join(" "),
      paragraphs: Array.from({ length: Math.ceil(all.length / 5) }, (_, i) =>
        all.slice(i * 5, i * 5 + 5).join(" "),
      ).join("\n\n"),
    };
    const ms: Record<string, number> = {};
    for (const [form, text] of Object.entries(forms)) {
      const path = join(dir, `009_${form}.txt`);
      await writeFile(path, text);
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        await analyseSeed({ id: "009", file: `seeds/009_${form}.txt`, path }, SEED_STEPS, context);
        runs.push(performance.now() - start);
      }
      ms[form] = median(runs);
    }
    const line = ms.line as number;
    const paragraphs = ms.paragraphs as number;
    rows.push(
      `| ${Math.round(size / 1000)} KB | ${all.length} | ${Math.round(line)} | ${Math.round(paragraphs)} | ${(line / paragraphs).toFixed(2)} |`,
    );
  }
  process.stdout.write(`${rows.join("\n")}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
