// Writes synthetic seed corpora for the benchmark: news prose on shared stories, claims reworded, furniture mixed in.
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Small, fast, seedable PRNG (mulberry32): same seed, same corpus on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

// Each story is a set of claims; each claim has several wordings, so the same fact recurs across articles in varied form.
const STORIES: ReadonlyArray<{ readonly headlines: readonly string[]; readonly claims: ReadonlyArray<readonly string[]> }> = [
  {
    headlines: ["DeepSeek readies V4 for Huawei Ascend chips", "Why DeepSeek's next model runs on Huawei hardware", "DeepSeek V4 and the move away from Nvidia"],
    claims: [
      ["DeepSeek's V4 model is built to run on Huawei's Ascend chips.", "The new V4 model from DeepSeek targets Huawei Ascend accelerators.", "According to people familiar with the plan, DeepSeek V4 will run on Ascend hardware made by Huawei."],
      ["DeepSeek did not give Nvidia or AMD early access to V4.", "Unlike past releases, US chipmakers such as Nvidia and AMD were not given early access to the model.", "Nvidia and AMD were left out of the early access programme for V4, the report said."],
      ["Engineers rewrote parts of the code to move away from CUDA.", "The team rewrote large parts of its software stack so it no longer depends on Nvidia's CUDA.", "Parts of the training code were rewritten for Huawei's CANN framework instead of CUDA."],
      ["Cambricon chips are also being tested for inference.", "DeepSeek is also testing Cambricon accelerators for serving the model.", "Inference tests reportedly include chips from Cambricon as well as Huawei."],
    ],
  },
  {
    headlines: ["Chinese tech giants place large orders for Ascend chips", "Alibaba, ByteDance and Tencent line up for Huawei hardware", "Orders for Huawei AI chips surge ahead of V4"],
    claims: [
      ["Alibaba, ByteDance and Tencent have ordered hundreds of thousands of Ascend chips.", "Large Chinese platforms including ByteDance, Tencent and Alibaba placed orders for several hundred thousand Ascend units.", "Hundreds of thousands of Huawei Ascend chips were ordered by Alibaba, Tencent and ByteDance, sources said."],
      ["Huawei plans to ship about 600,000 Ascend 910C chips next year.", "Huawei aims to deliver roughly 600,000 of its 910C processors next year.", "Shipments of the Ascend 910C could reach around 600,000 units next year, according to the company's plans."],
      ["Chip prices rose after the orders were placed.", "Prices for Ascend accelerators climbed once the orders came in.", "The wave of orders pushed up what buyers pay for Huawei chips."],
    ],
  },
  {
    headlines: ["Export controls push China toward home-grown chips", "Washington's chip rules and Beijing's answer", "Self-reliance becomes the strategy for China's AI labs"],
    claims: [
      ["US export controls bar Nvidia from selling its most advanced chips to China.", "Under US export rules, Nvidia cannot sell its top accelerators to Chinese buyers.", "Washington's export controls keep Nvidia's most capable chips out of China."],
      ["Beijing has urged companies to rely on domestic semiconductors.", "Chinese regulators have pressed firms to buy local chips instead of US ones.", "Officials in Beijing told companies to favour domestic chips for new data centres."],
      ["Analysts say the split between US and Chinese technology stacks is widening.", "The gap between American and Chinese AI hardware ecosystems keeps growing, analysts said.", "According to analysts, the US and China are building separate technology stacks."],
    ],
  },
  {
    headlines: ["What we still do not know about DeepSeek V4", "Open questions hang over DeepSeek's launch", "DeepSeek V4: the unanswered questions"],
    claims: [
      ["It is unclear whether Ascend chips can match Nvidia's performance for training.", "Whether Huawei hardware can train frontier models as well as Nvidia remains an open question.", "It remains unclear if Ascend can keep up with Nvidia on large training runs."],
      ["DeepSeek has not confirmed a release date for V4.", "No launch date for V4 has been confirmed by DeepSeek.", "The company has yet to say when V4 will be released."],
      ["The size of the orders has not been independently confirmed.", "Neither Huawei nor the buyers have confirmed how large the orders are.", "The reported order volumes could not be independently verified."],
    ],
  },
];

const FILLER = [
  "The company declined to comment on the report.",
  "Industry observers have followed the project closely for months.",
  "The announcement drew attention from investors across the region.",
  "Several people spoke on condition of anonymity because the talks are private.",
  "The details could still change before the launch.",
  "Earlier versions of the model were praised for their low training cost.",
  "Shares of several suppliers moved on the news.",
  "The market reaction was muted in early trading.",
  "Researchers have published benchmarks comparing the two approaches.",
  "Developers say the tooling has improved over the past year.",
];
const HEADINGS = ["Background", "What changed", "The bigger picture", "Why it matters", "What comes next"];
const FURNITURE_TOP = ["- Editorial Team", "- 5 min read", "Share this article", "Listen to this story", "Advertisement"];
const FURNITURE_BOTTOM = ["Subscribe to our newsletter for daily updates.", "Related articles", "Follow us on social media", "© 2026 All rights reserved.", "Cookie settings"];
const PUBLISHERS = ["Tech Daily", "Asia Markets Wire", "The Silicon Ledger", "Global Chip Report", "Morning Briefing"];

/** One article, 3–8 KB, deterministic for its index and the corpus seed. */
export function article(index: number, seed: number): string {
  const r = prng(seed * 100_003 + index);
  const story = pick(r, STORIES);
  const other = pick(r, STORIES);
  const target = 3000 + Math.floor(r() * 5000);
  const lines = [pick(r, story.headlines), pick(r, FURNITURE_TOP), pick(r, FURNITURE_TOP), `By staff reporter, ${pick(r, PUBLISHERS)}`, ""];
  let size = lines.join("\n").length;
  let paragraph = 0;
  while (size < target - 300) {
    if (paragraph > 0 && r() < 0.2) lines.push(pick(r, HEADINGS));
    const sentences: string[] = [];
    const count = 2 + Math.floor(r() * 4);
    for (let i = 0; i < count; i++) {
      const pool = r() < 0.75 ? story : other;
      sentences.push(r() < 0.55 ? pick(r, pick(r, pool.claims)) : pick(r, FILLER));
    }
    const text = sentences.join(" ");
    lines.push(text, "");
    if (r() < 0.1) lines.push(pick(r, FURNITURE_TOP), "");
    size += text.length + 2;
    paragraph++;
  }
  lines.push(pick(r, FURNITURE_BOTTOM), pick(r, FURNITURE_BOTTOM), "");
  return lines.join("\n");
}

/** Writes `<dir>/seeds/` with `count` articles and a copy of the project's settings; replaces what was there. */
export async function writeCorpus(dir: string, count: number, seed: number, briefingYaml: string): Promise<void> {
  const seeds = join(dir, "seeds");
  await rm(dir, { recursive: true, force: true });
  await mkdir(seeds, { recursive: true });
  const width = String(count - 1).length;
  for (let i = 0; i < count; i++) await writeFile(join(seeds, `${String(i).padStart(width, "0")}.txt`), article(i, seed));
  await writeFile(join(dir, "briefing.yaml"), briefingYaml);
}

/** How many seed files a corpus folder has; 0 when it does not exist. */
export async function corpusSize(dir: string): Promise<number> {
  return readdir(join(dir, "seeds")).then(
    (files) => files.length,
    () => 0,
  );
}
