import { describe, expect, it } from "vitest";
import {
  claimShape,
  dealStage,
  countriesOf,
  designatorsOf,
  figuresOf,
  figureWords,
  licenceNeed,
  periodsOf,
  plainVerbs,
  ruleStage,
  shapesAgree,
} from "../../src/rules/sameClaim.ts";
import { predicatesOf, relationsDiffer } from "../../src/rules/predicates.ts";

/** Whether two sentences may state one claim, whatever words they share. */
const agree = (a: string, b: string): boolean => shapesAgree(claimShape(a), claimShape(b));

describe("shapesAgree", () => {
  it.each<[string, string, string]>([
    [
      "a model that runs on chips is not a model trained on them",
      "The Orion model runs on Kestrel chips from Vantor.",
      "The Orion model was trained on Kestrel chips from Vantor.",
    ],
    [
      "shipping a chip is not how it compares",
      "Vantor began shipping the Kestrel 950 to customers this spring.",
      "The Kestrel 950 still trails the Z9 on memory bandwidth.",
    ],
    [
      "a chip that trails another is not one that matches it",
      "The Kestrel 950 trails the Z9 on low-precision throughput.",
      "The Kestrel 950 matches the Z9 on low-precision throughput.",
    ],
    [
      "a sentence giving two ranges is not the claim of one of them",
      "The ministry certified the sedan's range at 640 km, well short of the 720 km in the maker's launch material.",
      "The maker rates the sedan's range at 720 km per charge.",
    ],
    [
      "a licence needed is not a licence granted",
      "Tessel needs a Commerce Department licence before it can sell chips to Corvex.",
      "The Commerce Department granted Tessel a licence for the Corvex chips.",
    ],
    [
      "a product and its higher tier",
      "Lumen launched the Orion X5 at its spring event.",
      "Lumen also showed the Orion X5 Pro at its spring event.",
    ],
    [
      "a model and its hyphenated smaller tier",
      "Kestrel Labs released the K9 model on Monday.",
      "Kestrel Labs released the K9-Mini model on Monday.",
    ],
    [
      "one process node and the next",
      "Halcyon Foundry makes the Orion X5 on its N+2 process.",
      "Halcyon Foundry makes the Orion X5 on its N+3 process.",
    ],
    [
      "one figure in two quarters",
      "Lumen's gross margin was 48% in the second quarter.",
      "Lumen's gross margin was 48% in the third quarter.",
    ],
    [
      "one figure for a quarter and for the whole year",
      "Lumen's revenue rose 80% in Q4.",
      "Lumen's full-year revenue rose 80%.",
    ],
    [
      "one listing by two countries",
      "The US added Halcyon Foundry to its export blacklist on Friday.",
      "Japan added Halcyon Foundry to its export blacklist on Friday.",
    ],
    [
      "one rule told of two capitals",
      "Washington barred sales of the Orion X5 to Halcyon.",
      "Seoul barred sales of the Orion X5 to Halcyon.",
    ],
  ])("should keep apart: %s", (_, a, b) => {
    expect(agree(a, b)).toBe(false);
  });

  it.each<[string, string, string]>([
    [
      "one relation in two words",
      "The Orion model is served on Vantor's Kestrel hardware.",
      "The Orion model runs on Vantor's Kestrel chips.",
    ],
    [
      "a model named in full and by its number",
      "Vantor's Kestrel 950 still trails the Z9 on memory bandwidth.",
      "Independent testers say the 950 still trails the Z9 once bandwidth is counted.",
    ],
    [
      "a sale allowed, told as a sale permitted",
      "Washington decided to let Arlo sell the Z9 in the region.",
      "Washington decided to permit Z9 sales to the region.",
    ],
    [
      "the same range in other words",
      "The sedan's range is 720 km.",
      "The maker rates the range at 720 km per charge.",
    ],
    [
      "a tier named with its base model, and the tier alone",
      "The Orion X5 Pro doubles the memory of the plain X5.",
      "Lumen also showed the Orion X5 Pro, with twice the memory.",
    ],
    [
      "a quarter written as a code and in words",
      "Lumen's Q4 revenue was 3.1 billion yuan.",
      "Lumen's revenue for the fourth quarter was 3.1 billion yuan.",
    ],
    [
      "a country and its capital standing for its government",
      "The US added Halcyon Foundry to its export blacklist.",
      "Washington added Halcyon Foundry to its export blacklist.",
    ],
    [
      "a country named by one, an adjective of origin by the other",
      "The US added Halcyon Foundry to its export blacklist.",
      "Chinese chipmaker Halcyon Foundry was added to the export blacklist.",
    ],
    [
      "a price in US dollars against one in dollars",
      "Lumen priced the Orion X5 at US$9,000.",
      "Lumen priced the Orion X5 at $9,000.",
    ],
  ])("should let agree: %s", (_, a, b) => {
    expect(agree(a, b)).toBe(true);
  });
});

describe("predicatesOf", () => {
  it("should read the relation, not light verbs or nouns that look like one", () => {
    expect([...predicatesOf("Vantor shipped the Kestrel last week.")]).toEqual(["release"]);
    expect(predicatesOf("The lab made the model work on the other hand's computing power.").size).toBe(0);
  });

  it("should read a production run as making, and shipping that begins as delivery, not a launch", () => {
    expect([...predicatesOf("Volume production of the Kestrel began in May.")]).toEqual(["make"]);
    expect([...predicatesOf("Huawei began shipping the Kestrel in volume.")]).toEqual(["deliver"]);
    expect([...predicatesOf("Shipments of the Kestrel to its first customer commenced in late June.")]).toEqual([
      "deliver",
    ]);
    expect([...predicatesOf("Deliveries of the Kestrel are due to begin in the fourth quarter.")]).toEqual(["deliver"]);
    expect(
      agree(
        "Vantor said its shipments of the Kestrel 950 to Orbis commenced in late June.",
        "The Kestrel 950 was unveiled at Vantor's developer day in June.",
      ),
    ).toBe(false);
    expect(
      agree(
        "Vantor started volume production of the Kestrel 950 in May.",
        "Orbis has ordered the Kestrel 950 as well, in smaller volumes.",
      ),
    ).toBe(false);
  });

  it("should find no difference where a side states no relation", () => {
    expect(relationsDiffer(new Set(["run"]), new Set())).toBe(false);
    expect(relationsDiffer(new Set(["run", "train"]), new Set(["train"]))).toBe(false);
    expect(relationsDiffer(new Set(["run"]), new Set(["train"]))).toBe(true);
  });
});

describe("plainVerbs", () => {
  it.each<[string, string, string]>([
    [
      "rolled out",
      "Vantor finally rolled out the Kestrel 950 this week.",
      "Vantor launched the Kestrel 950 this week.",
    ],
    [
      "took the wraps off",
      "Vantor took the wraps off the Kestrel 950 on Tuesday.",
      "Vantor unveiled the Kestrel 950 on Tuesday.",
    ],
    [
      "signing off on",
      "Regulators have started signing off on Kestrel export licences.",
      "Regulators have approved the first Kestrel export licences.",
    ],
    [
      "okayed",
      "Regulators okayed the first Kestrel export licences.",
      "Regulators granted the first Kestrel licences.",
    ],
    ["fabbed", "The Kestrel 950 is fabbed at Orbis Foundry.", "The Kestrel 950 is manufactured by Orbis Foundry."],
  ])("should read %s as the plain verb", (_, phrasal, plain) => {
    const shape = claimShape(phrasal);
    expect(shape.predicates.size).toBeGreaterThan(0);
    expect(relationsDiffer(shape.predicates, claimShape(plain).predicates)).toBe(false);
  });

  it("should leave a signed agreement an agreement", () => {
    expect([...claimShape("Vantor signed an agreement with Orbis.").predicates]).toEqual(["sign"]);
    expect(plainVerbs("The chips rolled off the line.")).toBe("The chips rolled off the line.");
  });
});

describe("figuresOf", () => {
  const figures = (text: string) => figuresOf(text).map(({ lo, unit }) => `${lo} ${unit}`);

  it("should read money however the currency is written", () => {
    expect(figures("We look at Orbis's 2.1-billion-dollar order for the chip.")).toEqual(["2100000000 money"]);
    expect(figures("The order is worth about 1.4 billion US dollars.")).toEqual(["1400000000 money"]);
    expect(figures("The deal is worth about 2,100 million dollars.")).toEqual(["2100000000 money"]);
  });

  it("should read no quantity in a share's listing", () => {
    expect(figures("Vantor Technologies (SSE STAR: 688256) began shipping the chip.")).toEqual([]);
    expect(figures("Kestrel Foundry (HKG: 0981), which makes the chip, rose 4.2%.")).toEqual(["4.2 % change"]);
    expect(figures("Kestrel Foundry 0981.HK rose 4.2% in Hong Kong.")).toEqual(["4.2 % change"]);
  });

  it("should read a share written in words, a bound as a bound, and no share in a half-year", () => {
    expect(figures("Testers say roughly three in ten of the first chips failed.")).toEqual(["30 %"]);
    expect(figures("Its share of the market has shrunk to roughly half.")).toEqual(["50 %"]);
    expect(figures("About a third of the market now buys local parts.")).toEqual(["33 %"]);
    expect(figuresOf("Local chips will meet more than half of demand.")).toEqual([
      { lo: 50, hi: 50, unit: "%", tol: 0.1, bound: "over" },
    ]);
    expect(figures("Revenue in the first half of the year was flat.")).toEqual([]);
  });

  it("should read a round number in words, and a unit joined to its number by a hyphen", () => {
    expect(figures("The window takes one million tokens.")).toEqual(["1000000 count"]);
    expect(figures("Brisa has ordered about two million cells.")).toEqual(["2000000 count"]);
    expect(figures("The deal is worth half a billion yuan.")).toEqual(["500000000 money"]);
    expect(figures("Tessaro plans a 200-megawatt campus near the port.")).toEqual(["200 mw"]);
  });

  it("should leave out a figure given only to compare with", () => {
    const claimed = (text: string) => claimShape(text).figures.map(({ lo, unit }) => `${lo} ${unit}`);
    // Read alone, the sentence gives two shares; as a claim, only the share it states.
    expect(figures("Tallow held 17% of the market, down from 21% a year earlier.")).toEqual(["17 %", "21 %"]);
    expect(claimed("Tallow held 17% of the market, down from 21% a year earlier.")).toEqual(["17 %"]);
    expect(claimed("Brisa shipped 180,000 units, ahead of our forecast of 150,000.")).toEqual(["180000 count"]);
    expect(claimed("Yields reached 35%, against the company's claim of 60%.")).toEqual(["35 %"]);
    // Opening the sentence, the clause is not one set against a figure before it.
    expect(claimed("Against 60% a year ago, yields now stand at 35%.")).toEqual(["60 %", "35 %"]);
  });

  it("should read a currency code before or after its amount as money, never as a model name", () => {
    expect(figures("Per Quillon, the contract would come to roughly RMB3.8bn.")).toEqual(["3800000000 money"]);
    expect(figures("Quillon's figure is CNY 3.8 billion.")).toEqual(["3800000000 money"]);
    expect(figures("The leaked slide shows 3.8 billion RMB for the whole batch.")).toEqual(["3800000000 money"]);
    expect(figures("Analysts value the stake at USD2bn.")).toEqual(["2000000000 money"]);
    expect(
      agree(
        "The batch would cost about 3.8 billion yuan, two of the people said.",
        "Per Quillon, the batch would cost roughly RMB3.8bn.",
      ),
    ).toBe(true);
  });

  it("should read numbers spelled out: tens and hundreds before a scale word, percentages, tenths", () => {
    expect(figures("Ostrander has signed for sixty thousand of the boards.")).toEqual(["60000 count"]);
    expect(figures("By spring the line can turn out three hundred thousand a year.")).toEqual(["300000 count"]);
    expect(figures("The tester passed about forty percent of the dies.")).toEqual(["40 %"]);
    expect(figures("It runs at roughly nine-tenths of the rival part's speed.")).toEqual(["90 %"]);
    expect(figures("Only ~4 in 10 dies pass the final check.")).toEqual(["40 %"]);
    expect(figures("Calloway shares fell twelve percent on the news.")).toEqual(["12 % change"]);
    expect(
      agree("Only about 40% of the dies pass test.", "The share of dies that pass test is about forty percent."),
    ).toBe(true);
  });

  it("should read a share price that lost or shed a percentage as a move, not a level", () => {
    expect(figures("Pemberton lost 4.5% in Seoul on the day of the rule.")).toEqual(["4.5 % change"]);
    expect(figures("Pemberton shed 3% in early trade.")).toEqual(["3 % change"]);
  });

  it("should let one figure written two ways agree", () => {
    expect(
      agree(
        "Orbis has ordered Kestrel chips worth $2.1 billion, Lantern Wire reported.",
        "We dig into Orbis's 2.1-billion-dollar order for the Kestrel chips, first reported by Lantern Wire.",
      ),
    ).toBe(true);
    expect(
      agree(
        "Vantor's share of the market for AI chips has dropped to about 50%.",
        "Vantor's share of the AI chip market has shrunk to roughly half.",
      ),
    ).toBe(true);
  });
});

describe("shapesAgree on figures said two ways and figures given to compare with", () => {
  it.each<[string, string, string]>([
    [
      "a bound in words and in digits",
      "Local chips will meet more than half of the country's demand this year, Halvard says.",
      "Halvard reckons local chips will cover over 50% of the country's demand this year.",
    ],
    [
      "a round number in words and in digits",
      "The Lumen-3 model takes up to one million tokens of context.",
      "The Lumen-3 model takes up to 1 million tokens of context.",
    ],
    [
      "a share with the share it fell from",
      "Tallow held 17% of the phone market in the first quarter, down from 21% a year earlier.",
      "Tallow held 17% of the phone market in the first quarter.",
    ],
    [
      "a corrected figure and the figure",
      "Brisa's fourth-quarter revenue was 3.1 billion yuan, not 4.1 billion yuan.",
      "Brisa reported fourth-quarter revenue of 3.1 billion yuan.",
    ],
    [
      "a quarter's figure set against the quarter before",
      "Brisa reported fourth-quarter revenue of 3.1 billion yuan, up from 2.2 billion yuan in the third quarter.",
      "Brisa's revenue for the fourth quarter came to 3.1 billion yuan.",
    ],
    [
      "a model named with its variant's letters or as a plural",
      "The Orion 950 comes with 128GB of memory.",
      "The 950PR comes with 128GB of memory.",
    ],
  ])("should let %s agree", (_, a, b) => {
    expect(agree(a, b)).toBe(true);
  });

  it.each<[string, string, string]>([
    [
      "two bounds either side of one figure",
      "Brisa will ship more than 700,000 cells.",
      "Brisa will ship fewer than 700,000 cells.",
    ],
    [
      "more than half and less than half",
      "Local chips meet more than half of demand.",
      "Local chips meet less than half of demand.",
    ],
    [
      "a figure and the forecast it beat",
      "Brisa shipped 180,000 units last year, ahead of our forecast of 150,000.",
      "We forecast that Brisa shipped 150,000 units last year.",
    ],
    ["two round numbers", "Brisa has ordered two million cells.", "Brisa has ordered 3 million cells."],
  ])("should keep %s apart", (_, a, b) => {
    expect(agree(a, b)).toBe(false);
  });
});

describe("shapesAgree on plans and the future", () => {
  it("should let a plan agree with a statement of what will happen", () => {
    expect(
      agree(
        "Brisa plans to start shipping the Halo T5 in the fourth quarter.",
        "Brisa will start shipping the Halo T5 in the fourth quarter.",
      ),
    ).toBe(true);
    expect(
      agree("The Halo T5 is expected in the second half.", "The Halo T5 remains on track for the second half."),
    ).toBe(true);
  });

  it("should keep a plan apart from what happened, and a hedge apart from a plan", () => {
    expect(
      agree(
        "Brisa plans to start shipping the Halo T5 in the fourth quarter.",
        "Brisa started shipping the Halo T5 in the fourth quarter.",
      ),
    ).toBe(false);
    expect(
      agree("Brisa may ship the Halo T5 in the fourth quarter.", "Brisa will ship the Halo T5 in the fourth quarter."),
    ).toBe(false);
    expect(
      agree(
        "Brisa plans to ship the Halo T5 in the fourth quarter.",
        "Brisa will not ship the Halo T5 in the fourth quarter.",
      ),
    ).toBe(false);
  });
});

describe("figureWords", () => {
  it("should give one word to one figure however it is written", () => {
    const words = (text: string): string => figureWords(claimShape(text));
    expect(words("The flagship has 1.6 trillion parameters.")).toBe(
      words("The card lists it at 1.6T total parameters."),
    );
    expect(words("Orders reached 200,000 units.")).toBe(words("Orders reached 200 thousand units."));
    expect(words("The vendor is targeting output of 1.6m chips.")).toBe(
      words("The vendor aims to make 1,600,000 chips."),
    );
    // A chip's name is no figure.
    expect(words("Cloud groups ordered the 910B in bulk.")).toBe("");
    expect(words("Orders reached 200,000 units.")).not.toBe(words("Orders reached 250,000 units."));
    // A vague magnitude is no exact figure.
    expect(words("Orders ran to hundreds of thousands of units.")).toBe("");
  });
});

describe("a move told with its cause", () => {
  it("should not be the claim its cause states", () => {
    expect(
      agree(
        "Shares of Tessel closed 9% higher on Monday after Harbour Wire reported that Velto had ordered 60,000 of its chips.",
        "Velto has ordered about 60,000 Tessel chips, three people told Harbour Wire.",
      ),
    ).toBe(false);
    expect(agree("Shares of Tessel closed 9% higher on Monday.", "Tessel's shares rose 9% on Monday.")).toBe(true);
  });
});

describe("designatorsOf", () => {
  it("should read a tier word after a model as part of its name, and a quarter as no model", () => {
    expect(designatorsOf("The X5 Pro and the X5, the K9-Flash, N+2 in Q4")).toEqual(
      new Map([
        ["x", new Set(["x5 pro", "x5"])],
        ["k", new Set(["k9 flash"])],
        ["n+", new Set(["n+2"])],
      ]),
    );
  });
});

describe("periodsOf", () => {
  it.each<[string, string[]]>([
    ["Revenue rose in the fourth quarter.", ["q4"]],
    ["Third-quarter sales and Q1 orders.", ["q3", "q1"]],
    ["Sales in the first half of the year, and 4Q revenue.", ["h1", "q4"]],
    ["Full-year revenue and FY2026 profit.", ["fy"]],
    ["H1 2026 revenue.", ["h1"]],
    ["The H100 and the H20 ship in May.", []],
  ])("should read the periods of %j", (text, periods) => {
    expect([...periodsOf(text)].sort()).toEqual([...periods].sort());
  });
});

describe("claim shapes on moves and quarters", () => {
  it("should keep a share of 4% apart from shares that fell 4%, and a share move from the same move said otherwise", () => {
    const share = claimShape("Orvane's share of global memory supply is about 4%.");
    const fell = claimShape("Orvane's shares fell 4% in Shanghai on Wednesday.");
    expect(shapesAgree(share, fell, new Set())).toBe(false);
    const higher = claimShape("Orvane closed 4% lower in Shanghai on Wednesday.");
    expect(shapesAgree(fell, higher, new Set())).toBe(true);
  });

  it("should read '2Q27' as the second quarter", () => {
    expect([...periodsOf("volume production in 2Q27, a quarter later than planned")]).toEqual(["q2"]);
  });
});

describe("countriesOf", () => {
  it.each<[string, string[]]>([
    ["The US and Japan listed the firm; Washington acted first.", ["us", "jp"]],
    ["Chinese and American firms sell in Europe.", []],
    ["The deal is worth US$2 billion.", []],
    ["Exports from South Korea to Taiwan rose.", ["kr", "tw"]],
    ["US-listed shares of the USB maker rose.", []],
    ["Chinese regulators have approved purchases of the chip.", ["cn"]],
    ["South Korean trade officials said the rule applies.", ["kr"]],
    ["Chinese chip designer Tianmu sells to Japanese carmakers.", []],
  ])("should read the countries of %j", (text, countries) => {
    expect([...countriesOf(text)].sort()).toEqual([...countries].sort());
  });
});

describe("shapesAgree on the shapes a retelling takes", () => {
  it("should read an amount converted in brackets as the amount a page gives alone", () => {
    expect(
      agree("The contract is worth about 3.8 billion yuan ($520 million).", "The deal is valued at about ¥3.8bn."),
    ).toBe(true);
    expect(
      agree("The contract is worth about 3.8 billion yuan ($520 million).", "The deal is valued at about ¥4.6bn."),
    ).toBe(false);
  });

  it("should not take a number after an opening word or before a month for a model", () => {
    expect(designatorsOf("About 40% of the first Orion 520 batch failed testing.").get("")).toEqual(new Set(["520"]));
    expect(designatorsOf("On 14 March, Velmora released its Kite chip.").size).toBe(0);
    expect(agree("On 14 March, Velmora released its K9 chip.", "Velmora launched the K9 chip on Tuesday.")).toBe(true);
  });

  it("should read a currency code before an amount as money, not as a model", () => {
    expect(designatorsOf("Fourth-quarter revenue of RMB2.7bn beat forecasts.").size).toBe(0);
  });

  it("should not count a product code as a quantity", () => {
    expect(figuresOf("The PX-3120 cells are made at its plant in Ulsan.")).toEqual([]);
  });

  it("should read a process node at the end of a sentence", () => {
    expect(designatorsOf("The chip is fabbed on N+3.").get("n+")).toEqual(new Set(["n+3"]));
    expect(agree("The chip is fabbed on N+3.", "The chip is made on N+2, two people said.")).toBe(false);
  });

  it("should hold training 'only on' a chip as all-or-nothing, like 'entirely on'", () => {
    expect(agree("Lark-3 was trained only on Velmora chips.", "Lark-3 was trained entirely on Velmora chips.")).toBe(
      true,
    );
    expect(agree("Lark-3 was trained only on Velmora chips.", "Lark-3 was trained on Velmora chips.")).toBe(false);
  });

  it("should read a headline's 'X to do' and a start in a later quarter as the plan they report", () => {
    expect(
      agree("Corvane plans to cut K9 prices by about 12%.", "Corvane to trim K9 prices by ~12% — Harbour Wire"),
    ).toBe(true);
    expect(
      agree(
        "Velmora plans to begin volume shipments in the third quarter.",
        "Velmora says volume shipments start in the third quarter.",
      ),
    ).toBe(true);
    expect(
      agree(
        "Velmora plans to begin volume shipments in the third quarter.",
        "Velmora began volume shipments in the third quarter.",
      ),
    ).toBe(false);
    expect(agree("According to Velmora, shipments began in March.", "Velmora plans to ship in March.")).toBe(false);
    // A done deal is no plan, though it opens on a name and "to".
    expect(
      agree(
        "Tencent agreed to buy 30,000 K9 chips from Corvane.",
        "Tencent plans to buy 30,000 K9 chips from Corvane.",
      ),
    ).toBe(false);
  });

  it("should not read 'not only on' as all-or-nothing", () => {
    expect(
      agree(
        "Lark-3 runs not only on Velmora chips but also on Nvidia parts.",
        "Lark-3 runs entirely on Velmora chips.",
      ),
    ).toBe(false);
  });
});

describe("shapesAgree on a deal in talks and a deal done", () => {
  it("should keep the report of talks apart from the deal signed weeks later", () => {
    expect(
      agree(
        "Orvane Hosting is in advanced talks to buy about 20,000 Pell-7 boards from Marrow Silicon, two people said.",
        "Orvane Hosting agreed to buy 20,000 Pell-7 boards from Marrow Silicon, the chipmaker announced.",
      ),
    ).toBe(false);
    expect(
      agree(
        "Orvane Hosting is negotiating a purchase of 20,000 Pell-7 boards.",
        "Marrow Silicon has signed an agreement with Orvane Hosting for 20,000 Pell-7 boards.",
      ),
    ).toBe(false);
  });

  it("should still join two wordings of the talks, and two of the signing", () => {
    expect(
      agree(
        "Orvane Hosting is in advanced talks to buy about 20,000 Pell-7 boards from Marrow Silicon.",
        "Orvane Hosting is negotiating a purchase of 20,000 Pell-7 boards from Marrow Silicon.",
      ),
    ).toBe(true);
    expect(
      agree(
        "Marrow Silicon has signed an agreement with Orvane Hosting for 20,000 Pell-7 boards.",
        "Marrow Silicon signed a deal to supply 20,000 Pell-7 boards to Orvane Hosting.",
      ),
    ).toBe(true);
  });

  it("should read a definitive agreement as a deal done, and discussing a purchase as talks", () => {
    expect(
      dealStage("Marrow Silicon announced a definitive agreement under which Orvane will purchase 20,000 boards."),
    ).toBe("done");
    expect(dealStage("Orvane is discussing with Marrow Silicon the procurement of 20,000 boards.")).toBe("talks");
  });

  it("should read no stage where a sentence tells both", () => {
    expect(dealStage("Marrow Silicon signed the order after three months of talks with Orvane.")).toBeUndefined();
    expect(dealStage("Orvane runs its models on Pell-7 boards.")).toBeUndefined();
  });
});

describe("shapesAgree on a rule proposed and a rule made", () => {
  it("should keep the proposal apart from the final rule, as talks are kept apart from a deal", () => {
    expect(
      agree(
        "The trade ministry proposed in May to require a licence before Ostrian labs can lease Pell-7 servers abroad.",
        "The trade ministry finalised its rule in August: Ostrian labs need a licence to lease Pell-7 servers abroad.",
      ),
    ).toBe(false);
    expect(
      agree(
        "A draft rule would require a licence before Ostrian labs lease Pell-7 servers abroad.",
        "The rule requiring a licence for Ostrian labs to lease Pell-7 servers abroad takes effect on 1 October.",
      ),
    ).toBe(false);
    expect(
      agree(
        "The ministry finalised the leasing rule in August, the notice said.",
        "The leasing rule comes into force on 1 October.",
      ),
    ).toBe(true);
  });

  it("should read no stage where a sentence tells both, or neither", () => {
    expect(ruleStage("The leasing rule, proposed in May, takes effect on 1 October.")).toBeUndefined();
    expect(ruleStage("Ostrian labs lease Pell-7 servers abroad.")).toBeUndefined();
  });
});

describe("shapesAgree on a licence needed and no licence needed", () => {
  it("should keep 'need a licence to lease' apart from 'lease without a licence'", () => {
    expect(
      agree(
        "Ostrian labs need a licence to lease Pell-7 servers in Corvan data centres.",
        "Ostrian labs can still lease Pell-7 servers in Corvan data centres without a licence.",
      ),
    ).toBe(false);
    expect(licenceNeed("No export licence is required for the older boards.")).toBe("not needed");
    expect(licenceNeed("Buyers must obtain a permit first.")).toBe("needed");
  });
});

describe("shapesAgree on when something was last done", () => {
  it("should keep 'last added firms in May' apart from the addition that is the news", () => {
    expect(
      agree(
        "The trade ministry last added Ostrian chip firms to its watch list in May.",
        "The trade ministry added Pellwright Compute to its watch list on Tuesday.",
      ),
    ).toBe(false);
    expect(
      agree(
        "The trade ministry last added Ostrian chip firms to its watch list in May.",
        "The ministry last added Ostrian firms to the watch list in May, records show.",
      ),
    ).toBe(true);
    expect(claimShape("The last added feature of the board is a faster link.").earlier).toBe(false);
  });
});

describe("shapesAgree on a process node", () => {
  it("should not take a node alone for a figure another sentence measures", () => {
    expect(
      agree(
        "Marrow's older P-5 board, made on Tolland Fab's 7nm line, has shipped in volume since 2025.",
        "Tolland Fab says its 7nm line yields about 70%.",
      ),
    ).toBe(false);
    expect(
      agree("Tolland Fab says its 7nm line yields about 70%.", "Yields on Tolland Fab's 7nm line are near 70%."),
    ).toBe(true);
  });
});

describe("predicatesOf on rules and what they cover", () => {
  it("should read what a licence or rule covers as its scope, not as its grant", () => {
    expect([...predicatesOf("The licence covers Marrow's older P-5 boards, not the P-6, one person said.")]).toEqual([
      "cover",
    ]);
    expect(predicatesOf("The rule, which takes effect on 1 May, applies to P-5 boards and later.").has("cover")).toBe(
      true,
    );
    expect(predicatesOf("The order covers about 30,000 boards.").has("cover")).toBe(false);
    expect(
      agree(
        "The ministry has granted Marrow a licence to ship P-5 boards to customers in Ostria.",
        "The licence covers Marrow's older P-5 boards, not the P-6.",
      ),
    ).toBe(false);
  });

  it("should read export controls as a restriction and export licences as a permission, not as sales", () => {
    expect([...predicatesOf("Washington tightened export controls last year.")]).toEqual(["restrict"]);
    expect([...predicatesOf("The ministry approved export licences for the P-5.")]).toEqual(["allow"]);
    expect([...predicatesOf("Its rule on exporting model weights was tightened.")]).toEqual(["restrict"]);
    expect(
      agree(
        "The P-5 is the cut-down board Marrow designed to sell in Ostria under Corvan export rules.",
        "The ministry has approved export licences for Marrow's P-5 to several Ostrian buyers.",
      ),
    ).toBe(false);
  });
});
