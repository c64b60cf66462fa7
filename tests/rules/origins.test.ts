import { describe, expect, it } from "vitest";
import { attributionOf, creditsAnOutlet, creditsTheCompany } from "../../src/rules/assertion.ts";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline/run.ts";
import {
  earlierReports,
  employerOf,
  executivesIn,
  laterCredits,
  type OriginSource,
  originsOf,
  speakerCredits,
  termsOf,
} from "../../src/rules/origins.ts";
import type { Sentence } from "../../src/model/types.ts";
import { REPO } from "../helpers.ts";

const SOURCES = new Map<string, OriginSource>([
  ["001", { id: "001", kind: "article", publisher: "Harbour Wire" }],
  ["002", { id: "002", kind: "article", publisher: null }],
  ["003", { id: "003", kind: "article", publisher: "Tech Ledger" }],
  ["004", { id: "004", kind: "aggregator", publisher: null }],
  ["005", { id: "005", kind: "aggregator", publisher: null }],
  // Reprints of Harbour Wire's copy on two other sites, and a second story of Harbour Wire's own.
  ["006", { id: "006", kind: "article", publisher: "Bay Courier", carries: "Harbour Wire" }],
  ["007", { id: "007", kind: "article", publisher: "Techtrack", carries: "Harbour Wire" }],
  ["008", { id: "008", kind: "article", publisher: "Harbour Wire" }],
  ["009", { id: "009", kind: "article", publisher: "Bay Courier" }],
]);

/** The origins of a claim whose members may credit "the company" named in their article before. */
const relayedOrigins = (...members: Array<[source: string, text: string, before?: string]>): string[] =>
  originsOf(
    members.map(([source, text, before]) => ({
      source,
      attribution: attributionOf(text),
      ...(creditsTheCompany(text) ? { company: before ?? "" } : {}),
      ...(creditsAnOutlet(text) ? { relayed: true } : {}),
    })),
    SOURCES,
  );

/** The origins of a claim whose members are these sentences of these sources. */
const origins = (...members: Array<[source: string, text: string]>): string[] =>
  originsOf(
    members.map(([source, text]) => ({ source, attribution: attributionOf(text) })),
    SOURCES,
  );

describe("originsOf", () => {
  it.each<[string, Array<[string, string]>, string[]]>([
    [
      "five pages citing one wire report are one origin",
      [
        ["001", "Acme ordered 40,000 chips, Reuters reported."],
        ["002", "According to Reuters, Acme has ordered 40,000 chips."],
        ["003", "Reuters says Acme ordered 40,000 chips."],
      ],
      ["Reuters"],
    ],
    [
      "a source that credits no one named is an origin itself",
      [
        ["001", "Acme ordered 40,000 chips, Reuters reported."],
        ["002", "Acme ordered 40,000 chips, according to people familiar with the matter."],
        ["003", "Acme has ordered 40,000 chips."],
      ],
      ["Reuters", "002", "003"],
    ],
    [
      "an outlet's own reporting credited to itself is its own",
      [["001", "Acme ordered 40,000 chips, two people told Harbour Wire."]],
      ["001"],
    ],
    [
      "one outlet spelled two ways is one origin",
      [
        ["001", "Bloomberg News has reported that Acme ordered 40,000 chips."],
        ["002", "Acme ordered 40,000 chips, according to Bloomberg."],
      ],
      ["Bloomberg News"],
    ],
    [
      "a company named in full and in short is one origin, shown in full",
      [
        ["001", "Hanul's filing puts the order at 40 GWh of cells over five years."],
        ["002", "Hanul Energy says Velto has ordered 40 GWh of its cells."],
        ["003", "Hanul has disclosed Velto's five-year order as 40 GWh of cells."],
      ],
      ["Hanul Energy"],
    ],
    [
      "an outlet's own story and the pages that credit it are one origin",
      [
        ["002", "Acme ordered 40,000 chips, Harbour Wire reported."],
        ["001", "Acme has ordered 40,000 chips, two people familiar with the matter said."],
        ["003", "Acme ordered 40,000 chips, according to Harbour Wire."],
      ],
      ["Harbour Wire"],
    ],
    [
      "an estimate put at a figure is the estimator's; lawmakers told are not a source",
      [
        ["001", "A Commerce Department official told U.S. lawmakers that Acme can make no more than 200,000 chips."],
        ["002", "A Commerce Department official has put Acme's capacity this year at 200,000 chips."],
      ],
      ["Commerce Department"],
    ],
    [
      "who heard it (Congress) is not a source; 'put it at' and 'the company says' credit who says it",
      [
        ["009", "A US Commerce Department official told Congress that Acme could make no more than 200,000 chips."],
        ["002", "Harbour Wire, citing three people, put it at about 40,000 chips for delivery this year."],
        ["003", "Acme's new scanner was, the company says, built entirely in Ohio."],
      ],
      ["US Commerce Department", "Harbour Wire", "Acme"],
    ],
    [
      "a company's roadmap, response or own words ('…, the company said') are the company's",
      [
        ["001", "Acme's roadmap has the K9 shipping from the fourth quarter."],
        ["002", "Acme's response was that it will keep serving customers in the region."],
        ["003", "Acme has ordered 30,000 sensors for its plants, the company said."],
      ],
      ["Acme"],
    ],
    [
      "a company's spokesperson, a statement to an outlet and an institution with or without its country are one origin",
      [
        ["001", "Acme has not shipped any samples, a company spokesperson told Harbour Wire."],
        ["002", "Acme began production in May, the company said in a statement to Harbour Wire."],
        ["003", "Acme has told reporters that no samples have shipped yet."],
      ],
      ["Acme"],
    ],
    [
      "an outlet named with an aside is credited; the US Commerce Department and the Commerce Department are one",
      [
        ["002", "Qianhai Business News (a Chinese paper) says the order is nearer 12,000 units."],
        ["003", "The US Commerce Department said exporters need a licence."],
        ["004", "Exporters need a licence, the Commerce Department said."],
      ],
      ["Qianhai Business News", "The US Commerce Department"],
    ],
    [
      "a date is not who said it",
      [["002", "Tessel said in a filing on June 18 that the licence had been granted."]],
      ["Tessel"],
    ],
    [
      "a person quoted by several pages is one origin",
      [
        ["001", "Acme CEO Jo Park said the share fell to 50%."],
        ["002", "Jo Park has said the share fell to 50%."],
      ],
      ["Jo Park"],
    ],
    [
      "a source that credits the claim once relays it in every sentence",
      [
        ["001", "Acme orders 40,000 chips"],
        ["001", "Acme ordered 40,000 chips, Reuters reported."],
      ],
      ["Reuters"],
    ],
    [
      "an aggregator that credits no one adds nothing when another origin backs the claim",
      [
        ["004", "Acme ordered 40,000 chips."],
        ["003", "Acme ordered 40,000 chips."],
      ],
      ["003"],
    ],
    [
      "aggregators alone count one",
      [
        ["004", "Acme ordered 40,000 chips."],
        ["005", "Acme ordered 40,000 chips."],
      ],
      ["004"],
    ],
    [
      "an aggregator that credits an outlet counts that outlet",
      [
        ["004", "Acme ordered 40,000 chips, per Reuters."],
        ["003", "Acme ordered 40,000 chips."],
      ],
      ["Reuters", "003"],
    ],
  ])("%s", (_, members, expected) => {
    expect(origins(...members)).toEqual(expected);
  });
});

describe("originsOf with syndicated copy and relayed words", () => {
  it("should count a wire story and the sites that run its copy as one origin", () => {
    const order = "The order is worth about 4.2 billion yuan, two of the people said.";
    expect(
      relayedOrigins(["001", order], ["006", order], ["007", "The order is worth about 4.2 billion yuan."]),
    ).toEqual(["001"]);
  });

  it("should keep two stories of one outlet apart when neither runs the other's copy", () => {
    const line = "Acme has ordered 40,000 chips, two people familiar with the matter said.";
    expect(relayedOrigins(["001", line], ["008", line])).toEqual(["001", "008"]);
  });

  it("should add no origin for 'the company said' of a company others credit by name", () => {
    expect(
      relayedOrigins(
        ["002", "Tessel said the model was trained on 20,000 of its own chips."],
        ["003", "The company said the model was trained on 20,000 of its own chips.", "Tessel released the model."],
      ),
    ).toEqual(["Tessel"]);
    // Another company named before: the word is not the credited one's, and the page counts.
    expect(
      relayedOrigins(
        ["002", "The model runs on Acme chips, Reuters reported."],
        ["003", "The company said the model runs on Acme chips.", "Velto released the model."],
      ),
    ).toEqual(["Reuters", "003"]);
  });

  it("should add no origin for 'another outlet said' where others name the outlet", () => {
    expect(
      relayedOrigins(
        ["002", "Tide Finance put the order at about 45,000 units."],
        ["003", "A second outlet said 45,000, and Velto denies ordering any."],
      ),
    ).toEqual(["Tide Finance"]);
    expect(relayedOrigins(["003", "A second outlet said 45,000 units."])).toEqual(["003"]);
  });
});

describe("laterCredits", () => {
  const sentence = (id: string, paragraph: number, text: string): Sentence =>
    ({ id, source: "003", paragraph, text }) as Sentence;

  it("should credit the outlet that broke the story to the sentences before it in its paragraph", () => {
    const sentences = [
      sentence("a", 1, "Velto is buying roughly 60,000 sensors."),
      sentence("b", 1, "Harbour Wire had it first, and nobody has denied it since."),
      sentence("c", 2, "Velto also runs a cloud."),
    ];
    const credits = laterCredits(sentences, attributionOf);
    expect(credits.get("a")).toEqual(["Harbour Wire"]);
    expect(credits.has("c")).toBe(false);
  });
});

describe("originsOf through an outlet's own page", () => {
  it("should take pages that credit an outlet for the speaker its own story credits", () => {
    // 001 is Harbour Wire's own story, which credits the ministry; 003 credits Harbour Wire for the same rule.
    expect(
      origins(
        ["001", "The Trade Ministry will require export permits for sensors, the ministry said."],
        ["003", "The Trade Ministry will require export permits for sensors, Harbour Wire reported."],
      ),
    ).toEqual(["The Trade Ministry"]);
  });
});

describe("earlierReports on what goes on from a credited sentence", () => {
  const sentence = (id: string, text: string): Sentence => ({ id, source: "003", paragraph: 1, text }) as Sentence;

  it("should give a rule's next sentences, and a document named before, the credit of the sentence that announced it", () => {
    const sentences = [
      sentence("a", "Exporters will need permits for sensors, the Trade Ministry said on Friday."),
      sentence("b", "It takes effect on March 1."),
      sentence("c", "Buyers must register within 30 days, the notice says."),
      sentence("d", "Velto makes most of the sensors."),
      sentence("e", "Shares of Velto fell 3%."),
      sentence("f", "It also makes cameras."),
    ];
    const credits = earlierReports(sentences, attributionOf);
    expect(credits.get("b")).toEqual(["Trade Ministry"]);
    expect(credits.get("c")).toEqual(["Trade Ministry"]);
    // Two sentences on, "It" is no longer the rule.
    expect(credits.has("d")).toBe(false);
    expect(credits.has("f")).toBe(false);
  });
});

describe("earlierReports on two reports spoken of together", () => {
  const sentence = (id: string, text: string): Sentence => ({ id, source: "004", paragraph: 1, text }) as Sentence;

  it("should credit 'Both say' to the two reports the page credited last", () => {
    const sentences = [
      sentence("a", "1. Harbour Wire says Velto ordered 60,000 sensors."),
      sentence("b", "2. Tech Ledger says it is closer to 40,000."),
      sentence("c", "3. Both say the sensors are for the V9 camera."),
      sentence("d", "4. Both sensors are made in Ulsan."),
    ];
    const credits = earlierReports(sentences, attributionOf);
    expect(credits.get("c")).toEqual(["Harbour Wire", "Tech Ledger"]);
    // "Both sensors" are things, not two speakers.
    expect(credits.has("d")).toBe(false);
  });
});

describe("earlierReports on who 'she said' is", () => {
  const sentence = (id: string, text: string): Sentence => ({ id, source: "009", paragraph: 1, text }) as Sentence;

  it("should give '…, she said.' the person the article quoted last, and pass on unnamed media's reports", () => {
    const credits = earlierReports(
      [
        sentence("a", "Mara Quill, the chief technology officer, says the model ran on Dunmore chips."),
        sentence("b", "No Nvidia parts were used to train it, she said."),
      ],
      attributionOf,
    );
    expect(credits.get("b")).toEqual(["Mara Quill"]);
    expect(
      creditsAnOutlet("Orvik's order, which press reports put at about 2 million modules, runs through 2027."),
    ).toBe(true);
    expect(creditsAnOutlet("Foreign media earlier reported the order as about 2 million modules.")).toBe(true);
    expect(creditsAnOutlet("The order runs through 2027, the company said.")).toBe(false);
  });
});

describe("speakerCredits", () => {
  const answer = (id: string, text: string, source = "007"): Sentence =>
    ({ id, source, paragraph: Number(id.slice(1)), index: 1, text }) as Sentence;

  it("should credit an interview's answers to who gives them, never a label a page uses once", () => {
    const credits = speakerCredits([
      answer("p1", "Mara: Orla trained the model entirely on DX-500 chips."),
      answer("p2", "Q: And the fine-tuning?"),
      answer("p3", "Mara: That ran on the same cluster."),
      answer("p4", "Update: Orla later released the weights.", "008"),
      answer("p5", "Reminder: the order is worth about $2 billion.", "008"),
    ]);
    expect(Object.fromEntries(credits)).toEqual({ p1: ["Mara"], p3: ["Mara"] });
  });

  it("should read a name with its time stamp after it, alone on its line, as who speaks below", () => {
    const credits = speakerCredits([
      answer("p1", "Tess Abernathy [00:00:09]"),
      answer("p2", "Welcome back to the show. My guest today is Mara Quill."),
      answer("p3", "Mara Quill [00:00:31]"),
      answer("p4", "On customer jobs we see about ninety percent of a DX-500."),
      answer("p5", "Tess Abernathy [00:01:12]"),
      answer("p6", "And the yields?"),
      answer("p7", "Mara Quill [00:02:40]"),
      answer("p8", "Above seventy percent now."),
    ]);
    expect(credits.get("p4")).toEqual(["Mara Quill"]);
    expect(credits.get("p8")).toEqual(["Mara Quill"]);
  });
});

describe("executivesIn", () => {
  it("should read a person's employer after two posts joined by 'and'", () => {
    const executives = executivesIn([
      {
        id: "x",
        source: "011",
        text: '"We chose the DX-500," said Wen Bo, founder and chief executive officer of Marrow Silicon.',
      } as Sentence,
    ]);
    expect([...executives]).toEqual(["wen bo"]);
    expect(executives.employers?.get("wen bo")).toBe("marrow silicon");
  });
});

describe("originsOf with executives", () => {
  const sources = new Map<string, OriginSource>([
    ["010", { id: "010", kind: "article", publisher: "Harbour Wire" }],
    ["011", { id: "011", kind: "article", publisher: "Tech Ledger" }],
  ]);
  const executives = executivesIn([
    {
      id: "x",
      source: "011",
      text: "We spoke to Mara Quill, the lab's chief technology officer, on Monday.",
    } as Sentence,
  ]);

  it("should read a person the archive gives a post as speaking for the organisation a claim also credits", () => {
    expect([...executives]).toEqual(["mara quill"]);
    const members = [
      { source: "010", attribution: ["Orla"] },
      { source: "011", attribution: ["Mara Quill"] },
    ];
    expect(originsOf(members, sources, executives)).toEqual(["Orla"]);
    // With no organisation credited beside her, she stays an origin.
    expect(
      originsOf([{ source: "010", attribution: ["Wen Jiayi"] }, members[1] as never], sources, executives),
    ).toEqual(["Wen Jiayi", "Mara Quill"]);
  });
});

/**
 * The badge a point shows: the origins of the claim one of whose sentences matches `needle`, after the whole pipeline
 * has read these pages (and only these) as seeds.
 */
async function badgeOf(seeds: Record<string, string>, needle: RegExp): Promise<readonly string[] | undefined> {
  const root = await mkdtemp(join(tmpdir(), "sourcebrief-origins-"));
  await mkdir(join(root, "seeds"));
  for (const [name, text] of Object.entries(seeds)) await writeFile(join(root, "seeds", name), text);
  const state = await runPipeline({ root, configPath: join(REPO, "briefing.yaml") });
  return state.claims.find((c) => c.members.some((m) => needle.test(m.text)))?.origins;
}

const page = (publisher: string, ...lines: string[]): string =>
  ["---", `title: A story from ${publisher}`, `publisher: ${publisher}`, "---", ...lines, ""].join("\n");

describe("a badge on an interview's answers", () => {
  it("should count an answer under a label on its own line and the same view credited elsewhere as one person", async () => {
    const badge = await badgeOf(
      {
        "301_interview.txt": page(
          "Quarry Review",
          "We spoke to Tovah Lindqvist, who runs chip research at Fenmark Partners, by phone on Friday.",
          "",
          "QUARRY:",
          "When will Orla ship the K9 sensor to carmakers?",
          "",
          "LINDQVIST:",
          "Orla will not ship the K9 sensor to carmakers before June, in my view.",
          "",
          "QUARRY:",
          "Thank you.",
          "",
          "LINDQVIST:",
          "A pleasure.",
        ),
        "302_note.txt": page(
          "Tech Ledger",
          "Tovah Lindqvist of Fenmark Partners thinks Orla will not ship the K9 sensor to carmakers before June.",
        ),
      },
      /K9 sensor to carmakers before June/,
    );
    expect(badge).toEqual(["Tovah Lindqvist"]);
  });

  it("should keep the credit a transcript's speaker gives, after a time stamp", async () => {
    const badge = await badgeOf(
      {
        "303_podcast.txt": page(
          "Arm Talk",
          "[00:01:10] JONAS REE: Brightmoor, for its part, says it never sold robot arms to Orla Foods.",
          "",
          "[00:02:30] JONAS REE: Let's move on to prices.",
        ),
        "304_news.txt": page("Tech Ledger", "Brightmoor said it had never sold robot arms to Orla Foods."),
      },
      /never sold robot arms to Orla Foods/,
    );
    expect(badge).toEqual(["Brightmoor"]);
  });
});

describe("a badge on a company's own word", () => {
  it("should count an employee's post and the company credited elsewhere as the company's one word", async () => {
    const badge = await badgeOf(
      {
        "305_post.txt": [
          "Ilse Marr",
          "Head of Partnerships at Corvane Robotics | Views my own",
          "1w • Edited",
          "We started shipping the Trellis arm to Dunmore Foods this month.",
          "",
        ].join("\n"),
        "306_news.txt": page(
          "Tech Ledger",
          "Corvane Robotics said it had started shipping the Trellis arm to Dunmore Foods.",
        ),
      },
      /shipping the Trellis arm to Dunmore Foods/,
    );
    expect(badge).toHaveLength(1);
  });

  it("should read 'He said' after a named chief executive as the company's word", async () => {
    const badge = await badgeOf(
      {
        "307_news.txt": page(
          "Tech Ledger",
          "Piet Anker, Vossberg's chief executive, said the plant in Ghent was running at full speed.",
          "He said Halden Grid had ordered 3,000 of the turbines for delivery next year.",
        ),
        "308_roundup.txt": page(
          "Grid Weekly",
          "Halden Grid has ordered 3,000 more turbines for delivery next year, Vossberg says.",
        ),
        "309_release.txt": page("Vossberg", "Halden Grid has ordered 3,000 turbines for delivery next year."),
      },
      /3,000 (?:more |of the )?turbines for delivery next year/,
    );
    expect(badge).toEqual(["Vossberg"]);
  });

  it("should add no origin for 'the lab said' beside the words of someone who holds a post there", async () => {
    const badge = await badgeOf(
      {
        "310_qa.txt": page(
          "Model Notes",
          "We spoke to Ama Okoro, who leads research at the Kestrel lab, on Monday.",
          "",
          "Q: What did you train Sable-3 on?",
          "",
          "Ama: We did not use any Vantor chips to train Sable-3.",
          "",
          "Ama: It serves users from our own data centre.",
        ),
        "311_news.txt": page(
          "Tech Ledger",
          "Kestrel Labs released its Sable-3 model on Monday.",
          "The lab said no Vantor chips were used to train Sable-3.",
        ),
      },
      /Vantor chips (?:to train|were used to train) Sable-3/,
    );
    expect(badge).toEqual(["Ama Okoro"]);
  });
});

describe("a badge on a report passed on without its name", () => {
  it("should count 'the same wire report said' as the report others name, not as the page's own", async () => {
    const badge = await badgeOf(
      {
        "312_translated.txt": page(
          "Harbin Daily",
          "Overseas media reported this week that Orla plans to build 9,000 K9 sensors.",
          "The same wire report said Dunmore had ordered 4,000 K9 sensors for its vans.",
        ),
        "313_wire.txt": page(
          "Fenwick Wire",
          "Dunmore has ordered 4,000 K9 sensors for its vans, two people told Fenwick Wire.",
        ),
        "314_news.txt": page(
          "Tech Ledger",
          "Dunmore has ordered 4,000 K9 sensors for its vans, Fenwick Wire reported.",
        ),
      },
      /4,000 K9 sensors for its vans/,
    );
    expect(badge).toEqual(["Fenwick Wire"]);
  });
});

describe("earlierReports on a guess after a credited sentence", () => {
  it("should leave 'It might…' the page's own word, and 'It takes effect…' the credit's", () => {
    const sentence = (id: string, text: string): Sentence => ({ id, source: "015", paragraph: 1, text }) as Sentence;
    const credits = earlierReports(
      [
        sentence("a", "Kestrel says its model runs on K9 chips today."),
        sentence("b", "It might move to the K10 later."),
        sentence("c", "The Trade Ministry said exports of K9 chips need a licence."),
        sentence("d", "It takes effect on May 1."),
      ],
      attributionOf,
    );
    expect(credits.has("b")).toBe(false);
    expect(credits.get("d")).toEqual(["The Trade Ministry"]);
  });
});

describe("employerOf", () => {
  it("should read the organisation from a profile's headline, and none from a reporter's or an adviser's", () => {
    const lines = (...texts: string[]) => texts.map((text) => ({ text }));
    expect(employerOf(lines("Ilse Marr", "VP, Global Sales at Corvane Robotics | Robotics"))).toBe("Corvane Robotics");
    expect(employerOf(lines("Ama Okoro", "Head of Research @ Kestrel Labs"))).toBe("Kestrel Labs");
    expect(employerOf(lines("Gao Yi", "Senior Staff Engineer, Silicon Bring-up at Marrow Silicon"))).toBe(
      "Marrow Silicon",
    );
    expect(employerOf(lines("By Noor Haddad", "Reporter at Tech Ledger"))).toBeNull();
    expect(employerOf(lines("Kai Roth • 2nd", "Supply-chain adviser | Ex-procurement lead | Views my own"))).toBeNull();
    // A news page whose headline names someone's post is the outlet's own reporting.
    expect(
      employerOf(
        lines("Tidemark Wire", "Jensen Huang, CEO at Nvidia, says H20 sales to China have stopped", "By Ana Lucero"),
      ),
    ).toBeNull();
    expect(
      employerOf(lines("Jensen Huang, CEO at Nvidia, says H20 sales to China have stopped", "By Ana Lucero")),
    ).toBeNull();
  });
});

describe("one company's own voice", () => {
  it("should find a profile's card below the site's name and menu", () => {
    const lines = (...texts: string[]) => texts.map((text) => ({ text }));
    expect(
      employerOf(
        lines("Profilebook", "Home Network Jobs Inbox", "Wen Sato", "VP, Data Centre Sales at Larkfield Chips"),
      ),
    ).toBe("Larkfield Chips");
  });

  it("should give one origin to a press release, an executive's interview and a roundup crediting the release", () => {
    const sources = new Map<string, OriginSource>([
      ["020", { id: "020", kind: "article", publisher: "Larkfield Chips" }],
      ["021", { id: "021", kind: "article", publisher: "Wafer Talk" }],
      ["022", { id: "022", kind: "article", publisher: "Chip Roundup" }],
      ["023", { id: "023", kind: "article", publisher: null, speaksFor: "Larkfield Chips" }],
    ]);
    // A guest named with her post and employer; the sentence ends with the name's full stop.
    const executives = executivesIn([
      { id: "i", source: "021", text: "My guest today is Ida Brandt, chief technology officer of Larkfield Chips." },
    ] as Sentence[]);
    const shown = originsOf(
      [
        { source: "020", attribution: [] },
        { source: "021", attribution: ["Ida Brandt"] },
        { source: "022", attribution: attributionOf("Larkfield wins a 9,000-unit order (Larkfield press release).") },
        { source: "023", attribution: [] },
      ],
      sources,
      executives,
    );
    expect(shown).toEqual(["Larkfield"]);
  });

  it("should credit a show's host with nothing, and the guest with her answers", () => {
    const line = (id: string, paragraph: number, text: string): Sentence =>
      ({ id, source: "021", paragraph, index: 1, text }) as Sentence;
    const credits = speakerCredits([
      line("h1", 1, "[00:00:05] NOOR ADEYEMI: Welcome back to Wafer Talk. My guest today is Ida Brandt."),
      line("h2", 2, "[00:01:00] NOOR ADEYEMI: So, 9,000 units to Pellham."),
      line("h3", 3, "[00:01:04] IDA BRANDT: Yes, we signed that order last week."),
      line("h4", 4, "[00:02:00] IDA BRANDT: Deliveries start in March."),
    ]);
    expect(credits.get("h2")).toEqual([]);
    expect(credits.get("h3")?.[0]).toMatch(/Ida Brandt/i);
  });
});

describe("one institution named two ways", () => {
  it("should count 'the Ministry of Commerce', 'China's commerce ministry' and Beijing's word as one origin", () => {
    // A capital speaks for its government, most likely through the ministry credited: one origin rather than two.
    const shown = origins(
      ["001", "China's commerce ministry said it firmly opposed the proposal."],
      ["003", "The spokesperson of the Ministry of Commerce said that China firmly opposes the proposal."],
      ["009", "Beijing said it firmly opposes the proposal."],
    );
    expect(shown).toHaveLength(1);
  });

  it("should count 'US Department of Commerce' and 'the Commerce Department' as one origin", () => {
    expect(
      origins(
        ["001", "The US Department of Commerce said the rule takes effect in January."],
        ["003", "The rule takes effect in January, the Commerce Department said."],
      ),
    ).toHaveLength(1);
  });

  it("should not take a bare 'the department said' for a name", () => {
    expect(attributionOf("The legal department said the filing was late.")).toEqual([]);
  });
});

describe("originsOf on one body named several ways", () => {
  it("should count a ministry and its acronym as one origin", () => {
    expect(
      origins(
        ["001", "Norway's trade ministry said it would respond in kind."],
        ["003", "Oslo's answer: a response in kind (MOFT statement)."],
      ),
    ).toEqual(["Norway's trade ministry"]);
  });

  it("should count a capital's word as its ministry's where the claim credits one", () => {
    expect(
      origins(
        ["001", "Japan's trade ministry said it firmly rejects the levy."],
        ["003", "Tokyo has called the levy a breach that it firmly rejects."],
      ),
    ).toEqual(["Japan's trade ministry"]);
  });
});

describe("originsOf on a page that gives a rule's or a deal's terms", () => {
  const withTerms = (...members: Array<[source: string, text: string]>): string[] =>
    originsOf(
      members.map(([source, text]) => {
        const terms = termsOf(text);
        return { source, attribution: attributionOf(text), ...(terms ? { terms } : {}) };
      }),
      SOURCES,
    );

  it("should not count a page stating a rule's terms where others credit the body that made it", () => {
    expect(
      withTerms(
        ["001", "The permit rule applies from March 1, the Trade Ministry said."],
        ["003", "The new sensor permit rule, which takes effect on March 1"],
      ),
    ).toEqual(["Trade Ministry"]);
    // Where no body is credited the page is an origin.
    expect(withTerms(["003", "The new sensor permit rule, which takes effect on March 1"])).toEqual(["003"]);
  });

  it("should not count a page stating a deal's terms where others credit who announced it", () => {
    expect(
      withTerms(
        ["001", "Velto has signed a supply agreement with Orlen for 8,000 boards, the company said."],
        ["003", "The signed Orlen agreement covers 8,000 boards."],
      ),
    ).toEqual(["Velto"]);
    // A scoop's unnamed sources are its own reporting.
    expect(termsOf("The agreement would be worth 3 billion won, two of the people said.")).toBeNull();
  });
});

describe("earlierReports on a body spoken of again", () => {
  const sentence = (id: string, text: string): Sentence => ({ id, source: "003", paragraph: 1, text }) as Sentence;

  it("should give 'the ministry said' the credit of the ministry named just before, and no one else's", () => {
    const credits = earlierReports(
      [
        sentence("a", "Norway's trade ministry says Oslo will respond in kind."),
        sentence("b", "Back in June, the ministry said it firmly rejects the levy."),
        sentence("c", "Fernbrook Daily reported the levy on Monday."),
        sentence("d", "Later, the ministry said talks would go on."),
      ],
      attributionOf,
    );
    expect(credits.get("b")).toEqual(["Norway's trade ministry"]);
    expect(credits.has("d")).toBe(false);
  });
});
