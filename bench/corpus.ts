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
const STORIES: ReadonlyArray<{
  readonly headlines: readonly string[];
  readonly claims: ReadonlyArray<readonly string[]>;
}> = [
  {
    headlines: [
      "DeepSeek readies V4 for Huawei Ascend chips",
      "Why DeepSeek's next model runs on Huawei hardware",
      "DeepSeek V4 and the move away from Nvidia",
    ],
    claims: [
      [
        "DeepSeek's V4 model is built to run on Huawei's Ascend chips.",
        "The new V4 model from DeepSeek targets Huawei Ascend accelerators.",
        "According to people familiar with the plan, DeepSeek V4 will run on Ascend hardware made by Huawei.",
      ],
      [
        "DeepSeek did not give Nvidia or AMD early access to V4.",
        "Unlike past releases, US chipmakers such as Nvidia and AMD were not given early access to the model.",
        "Nvidia and AMD were left out of the early access programme for V4, the report said.",
      ],
      [
        "Engineers rewrote parts of the code to move away from CUDA.",
        "The team rewrote large parts of its software stack so it no longer depends on Nvidia's CUDA.",
        "Parts of the training code were rewritten for Huawei's CANN framework instead of CUDA.",
      ],
      [
        "Cambricon chips are also being tested for inference.",
        "DeepSeek is also testing Cambricon accelerators for serving the model.",
        "Inference tests reportedly include chips from Cambricon as well as Huawei.",
      ],
    ],
  },
  {
    headlines: [
      "Chinese tech giants place large orders for Ascend chips",
      "Alibaba, ByteDance and Tencent line up for Huawei hardware",
      "Orders for Huawei AI chips surge ahead of V4",
    ],
    claims: [
      [
        "Alibaba, ByteDance and Tencent have ordered hundreds of thousands of Ascend chips.",
        "Large Chinese platforms including ByteDance, Tencent and Alibaba placed orders for several hundred thousand Ascend units.",
        "Hundreds of thousands of Huawei Ascend chips were ordered by Alibaba, Tencent and ByteDance, sources said.",
      ],
      [
        "Huawei plans to ship about 600,000 Ascend 910C chips next year.",
        "Huawei aims to deliver roughly 600,000 of its 910C processors next year.",
        "Shipments of the Ascend 910C could reach around 600,000 units next year, according to the company's plans.",
      ],
      [
        "Chip prices rose after the orders were placed.",
        "Prices for Ascend accelerators climbed once the orders came in.",
        "The wave of orders pushed up what buyers pay for Huawei chips.",
      ],
    ],
  },
  {
    headlines: [
      "Export controls push China toward home-grown chips",
      "Washington's chip rules and Beijing's answer",
      "Self-reliance becomes the strategy for China's AI labs",
    ],
    claims: [
      [
        "US export controls bar Nvidia from selling its most advanced chips to China.",
        "Under US export rules, Nvidia cannot sell its top accelerators to Chinese buyers.",
        "Washington's export controls keep Nvidia's most capable chips out of China.",
      ],
      [
        "Beijing has urged companies to rely on domestic semiconductors.",
        "Chinese regulators have pressed firms to buy local chips instead of US ones.",
        "Officials in Beijing told companies to favour domestic chips for new data centres.",
      ],
      [
        "Analysts say the split between US and Chinese technology stacks is widening.",
        "The gap between American and Chinese AI hardware ecosystems keeps growing, analysts said.",
        "According to analysts, the US and China are building separate technology stacks.",
      ],
    ],
  },
  {
    headlines: [
      "What we still do not know about DeepSeek V4",
      "Open questions hang over DeepSeek's launch",
      "DeepSeek V4: the unanswered questions",
    ],
    claims: [
      [
        "It is unclear whether Ascend chips can match Nvidia's performance for training.",
        "Whether Huawei hardware can train frontier models as well as Nvidia remains an open question.",
        "It remains unclear if Ascend can keep up with Nvidia on large training runs.",
      ],
      [
        "DeepSeek has not confirmed a release date for V4.",
        "No launch date for V4 has been confirmed by DeepSeek.",
        "The company has yet to say when V4 will be released.",
      ],
      [
        "The size of the orders has not been independently confirmed.",
        "Neither Huawei nor the buyers have confirmed how large the orders are.",
        "The reported order volumes could not be independently verified.",
      ],
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
const FURNITURE_TOP = [
  "- Editorial Team",
  "- 5 min read",
  "Share this article",
  "Listen to this story",
  "Advertisement",
];
const FURNITURE_BOTTOM = [
  "Subscribe to our newsletter for daily updates.",
  "Related articles",
  "Follow us on social media",
  "© 2026 All rights reserved.",
  "Cookie settings",
];
const PUBLISHERS = ["Tech Daily", "Asia Markets Wire", "The Silicon Ledger", "Global Chip Report", "Morning Briefing"];

// Slot fillers for the sentences only one article has: who said it, where, when, how much. Real articles are
// mostly such sentences; without them a corpus is a few dozen sentences repeated, and clustering never meets
// the distinct text that dominates a real archive.
const FIRST = [
  "Li",
  "Wang",
  "Zhang",
  "Chen",
  "Liu",
  "Anna",
  "James",
  "Maria",
  "David",
  "Sofia",
  "Kenji",
  "Priya",
  "Tom",
  "Elena",
  "Omar",
  "Grace",
  "Hiro",
  "Lucas",
  "Mei",
  "Noah",
  "Ines",
  "Ravi",
  "Clara",
  "Yusuf",
  "Hana",
  "Felix",
  "Amara",
  "Jonas",
  "Leila",
  "Marco",
];
const LAST = [
  "Wei",
  "Min",
  "Jun",
  "Hao",
  "Yang",
  "Brooks",
  "Keller",
  "Okafor",
  "Tanaka",
  "Rossi",
  "Novak",
  "Sharma",
  "Lindqvist",
  "Moreau",
  "Haddad",
  "Fischer",
  "Kowalski",
  "Mendes",
  "Park",
  "Ito",
  "Duarte",
  "Petrov",
  "Nguyen",
  "Berg",
  "Castillo",
  "Adeyemi",
  "Larsen",
  "Quinn",
  "Sato",
  "Varga",
];
const ROLES = [
  "an analyst",
  "a senior analyst",
  "a researcher",
  "a partner",
  "an economist",
  "a hardware engineer",
  "a fund manager",
  "a policy fellow",
  "a consultant",
  "a professor",
];
const FIRMS = [
  "Bernstein",
  "IDC",
  "TrendForce",
  "Counterpoint",
  "Gartner",
  "Jefferies",
  "Morningstar",
  "SemiAnalysis",
  "Omdia",
  "Canalys",
  "Tsinghua University",
  "the Rhodium Group",
  "CLSA",
  "Nomura",
  "Macquarie",
  "TechInsights",
];
const CITIES = [
  "Shenzhen",
  "Hangzhou",
  "Beijing",
  "Shanghai",
  "Guangzhou",
  "Chengdu",
  "Wuhan",
  "Nanjing",
  "Suzhou",
  "Hefei",
  "Xi'an",
  "Tianjin",
];
const COMPANIES = [
  "Baidu",
  "Alibaba Cloud",
  "Tencent",
  "ByteDance",
  "iFlytek",
  "SenseTime",
  "Zhipu",
  "Moonshot",
  "MiniMax",
  "Kuaishou",
  "JD.com",
  "Meituan",
  "China Mobile",
  "Inspur",
  "Sugon",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const VIEWS = [
  "demand for domestic accelerators has outpaced supply",
  "the move away from CUDA took longer than planned",
  "training runs on Ascend hardware are becoming routine",
  "export rules have reshaped purchasing plans across the industry",
  "smaller labs are still waiting for their first deliveries",
  "software support remains the main bottleneck for Chinese chips",
  "the price of older Nvidia parts has kept rising on the grey market",
  "local cloud providers are rationing access to their largest clusters",
  "Huawei's yields at its partner foundries are improving slowly",
  "developers want better debugging tools before they switch for good",
  "the licensing terms for CANN are easier than many expected",
  "inference is moving to domestic chips faster than training",
];
const CHIP_THINGS = [
  "Ascend servers",
  "accelerator cards",
  "910C modules",
  "training nodes",
  "AI chips",
  "inference boards",
];
const MOVES = ["rose", "fell", "climbed", "slipped", "jumped", "dropped"];

type Template = (r: Rand) => string;
const person = (r: Rand): string => `${pick(r, FIRST)} ${pick(r, LAST)}`;
const int = (r: Rand, from: number, to: number): number => from + Math.floor(r() * (to - from + 1));
/** 12,500 as a reporter writes it: thousands grouped by commas. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

/**
 * A fact's own PRNG, seeded by what the fact is about: every article that reports the hiring of one company in one city
 * gives the same head count. Facts, unlike wordings, do not vary from article to article; with figures drawn afresh
 * each time, every pair of articles on the same company and city contradicted each other.
 */
function fact(key: string): Rand {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return prng(h >>> 0);
}

// Sentences with this article's own details, a few kinds per story.
const DETAILS: readonly Template[] = [
  (r) => `${person(r)}, ${pick(r, ROLES)} at ${pick(r, FIRMS)}, said ${pick(r, VIEWS)}.`,
  (r) => {
    const [firm, thing, year] = [pick(r, FIRMS), pick(r, CHIP_THINGS), int(r, 2026, 2029)];
    return `${firm} estimates that China will need about ${grouped(int(fact(`${firm}|${thing}|${year}`), 2, 40) * 50_000)} ${thing} in ${year}.`;
  },
  (r) => {
    const [city, company, thing] = [pick(r, CITIES), pick(r, COMPANIES), pick(r, CHIP_THINGS)];
    const f = fact(`${city}|${company}`);
    return `A data centre in ${city} run by ${company} installed ${grouped(int(f, 2, 90) * 100)} ${thing} in ${pick(f, MONTHS)}.`;
  },
  (r) =>
    `Shares of ${pick(r, COMPANIES)} ${pick(r, MOVES)} ${int(r, 1, 9)}.${int(r, 0, 9)} percent in ${pick(r, CITIES)} trading on ${pick(r, WEEKDAYS)}.`,
  (r) => {
    const [company, city] = [pick(r, COMPANIES), pick(r, CITIES)];
    return `${company} has hired about ${int(fact(`${company}|${city}`), 2, 60) * 10} engineers in ${city} to port its models to Huawei hardware.`;
  },
  (r) => {
    const [month, company] = [pick(r, MONTHS), pick(r, COMPANIES)];
    return `In ${month}, ${company} said it had moved ${int(fact(company), 5, 95)} percent of its inference work to domestic chips.`;
  },
  (r) =>
    `${person(r)}, who runs a start-up in ${pick(r, CITIES)}, said the company waited ${int(r, 2, 11)} months for its order of ${pick(r, CHIP_THINGS)}.`,
  (r) => {
    const size = int(r, 1, 16) * 1024;
    return `According to ${pick(r, FIRMS)}, a cluster of ${grouped(size)} Ascend chips costs about ${int(fact(String(size)), 20, 400)} million yuan.`;
  },
];

// Ways a report attributes or dates a claim: the same fact, worded a little differently by every outlet.
const ATTRIBUTIONS: readonly Template[] = [
  () => "people familiar with the matter said",
  (r) => `according to ${pick(r, PUBLISHERS)}`,
  (r) => `${person(r)} of ${pick(r, FIRMS)} said`,
  () => "the report said",
  (r) => `analysts at ${pick(r, FIRMS)} said`,
];
// Opening words that are not names, lowercased when a lead-in comes before them.
const COMMON_OPENERS = new Set([
  "The",
  "It",
  "No",
  "Under",
  "Unlike",
  "Whether",
  "Parts",
  "Inference",
  "Shipments",
  "Prices",
  "Chip",
  "Large",
  "Hundreds",
  "Neither",
  "Engineers",
  "Officials",
  "According",
]);

/** A claim in one of its wordings, sometimes attributed or dated as a particular outlet would. */
function reword(r: Rand, wording: string): string {
  let text = wording;
  const roll = r();
  if (roll < 0.3 && !/\b(?:said|according)\b/.test(text) && !text.endsWith("?")) {
    text = `${text.slice(0, -1)}, ${pick(r, ATTRIBUTIONS)(r)}.`;
  } else if (roll < 0.5) {
    const first = text.split(" ")[0] as string;
    const rest = COMMON_OPENERS.has(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
    text = `${pick(r, [`On ${pick(r, WEEKDAYS)}, `, "This week, ", `In ${pick(r, MONTHS)}, `, "Earlier this month, "])}${rest}`;
  }
  return text;
}

/** One article, 3–8 KB, deterministic for its index and the corpus seed. */
export function article(index: number, seed: number): string {
  const r = prng(seed * 100_003 + index);
  const story = pick(r, STORIES);
  const other = pick(r, STORIES);
  const target = 3000 + Math.floor(r() * 5000);
  const lines = [
    pick(r, story.headlines),
    pick(r, FURNITURE_TOP),
    pick(r, FURNITURE_TOP),
    `By ${person(r)}, ${pick(r, PUBLISHERS)}`,
    "",
  ];
  let size = lines.join("\n").length;
  let paragraph = 0;
  while (size < target - 300) {
    if (paragraph > 0 && r() < 0.2) lines.push(pick(r, HEADINGS));
    const sentences: string[] = [];
    const count = 2 + Math.floor(r() * 4);
    for (let i = 0; i < count; i++) {
      const pool = r() < 0.75 ? story : other;
      const kind = r();
      sentences.push(
        kind < 0.4 ? reword(r, pick(r, pick(r, pool.claims))) : kind < 0.85 ? pick(r, DETAILS)(r) : pick(r, FILLER),
      );
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

/** The PRNG seed every benchmark corpus is written from: the same articles on every machine. */
export const CORPUS_SEED = 20260405;

/** Writes `<dir>/seeds/` with `count` articles and a copy of the project's settings; replaces what was there. */
export async function writeCorpus(dir: string, count: number, seed: number, briefingYaml: string): Promise<void> {
  const seeds = join(dir, "seeds");
  await rm(dir, { recursive: true, force: true });
  await mkdir(seeds, { recursive: true });
  const width = String(count - 1).length;
  for (let i = 0; i < count; i++)
    await writeFile(join(seeds, `${String(i).padStart(width, "0")}.txt`), article(i, seed));
  await writeFile(join(dir, "briefing.yaml"), briefingYaml);
}

/** How many seed files a corpus folder has; 0 when it does not exist. */
export async function corpusSize(dir: string): Promise<number> {
  return readdir(join(dir, "seeds")).then(
    (files) => files.length,
    () => 0,
  );
}
