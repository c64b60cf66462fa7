import { describe, expect, it } from "vitest";
import {
  attributionOf,
  certaintyOf,
  creditsAnOutlet,
  creditsTheCompany,
  isNegated,
  creditsEarlierReport,
  originKey,
  readAssertion,
  sameStance,
  withoutAttribution,
} from "../../src/rules/assertion.ts";

describe("readAssertion", () => {
  describe("should read polarity", () => {
    const table: Array<[string, "affirmed" | "negated"]> = [
      ["The three cloud groups placed large orders for the new accelerators.", "affirmed"],
      ["The three cloud groups have yet to place large orders for the new accelerators.", "negated"],
      ["The lab did not use any Western chips to train the model.", "negated"],
      ["The vendor hasn't shipped a single unit to the region.", "negated"],
      ["The chipmaker no longer sells its flagship part in the country.", "negated"],
      ["The company denied that it had supplied the accelerators.", "negated"],
      ["No orders have been placed so far, the filing shows.", "negated"],
      ["Shipments never reached the promised volume.", "negated"],
      ["Velto on Monday denied a Chinese media report that it had agreed to build a plant with Qingyun.", "negated"],
      ["“We have no agreement with Qingyun on a joint plant,” a spokesperson said.", "negated"],
      ["The carmaker has no plans to build a second plant.", "negated"],
      ["The chipmaker pushed back on the smuggling report, saying it had seen no evidence.", "negated"],
      // "X, not Y" corrects a figure or names the cause; it does not deny the claim.
      ["The model has 1.6 trillion parameters, not 1.2 trillion.", "affirmed"],
      ["The binding constraint is high-bandwidth memory, not wafer supply.", "affirmed"],
      // "Deny someone something" withholds; it does not deny a report.
      ["The lab denied the big chipmakers the early look they usually get.", "affirmed"],
      // Looks negative, is not: the claim itself is affirmed.
      ["The model runs not only on the new chips but on older ones too.", "affirmed"],
      ["The cluster has no fewer than 4,000 accelerators.", "affirmed"],
      ["The firm began shipping the part in May; a spokesman did not respond to a request for comment.", "affirmed"],
      [
        "The startup trained the model on domestic hardware, and the vendor declined to comment on volumes.",
        "affirmed",
      ],
      // A doubt bears on the confirming, not on the claim.
      ["The company has not confirmed which chips trained the model.", "affirmed"],
    ];
    it.each(table)("%s → %s", (text, polarity) => {
      expect(readAssertion(text).polarity).toBe(polarity);
    });
  });

  describe("should read certainty", () => {
    const table: Array<[string, "stated" | "hedged" | "expected" | "asked"]> = [
      ["The model runs on the new accelerators.", "stated"],
      ["The model will run on the new accelerators.", "stated"],
      ["The model may run on the new accelerators.", "hedged"],
      ["The model could run on the new accelerators.", "hedged"],
      // Crediting unnamed reporting is attribution, not doubt; "allegedly" doubts.
      ["The model reportedly runs on the new accelerators.", "stated"],
      ["Reportedly, the model runs on the new accelerators.", "stated"],
      ["The model is said to run on the new accelerators.", "stated"],
      ["The model allegedly runs on smuggled accelerators.", "hedged"],
      ["It is unclear whether the model runs on the new accelerators.", "hedged"],
      ["If these results hold up to outside testing, the model beats its rivals.", "hedged"],
      ["The model is expected to run on the new accelerators.", "expected"],
      ["The lab plans to release the model in the coming weeks.", "expected"],
      ["The launch is slated to happen before the holiday.", "expected"],
      ["The chip designer expects first-quarter revenue of between 2.4 and 2.6 billion yuan.", "expected"],
      ["The same story said the vendor wants to build 1,600,000 accelerators this year.", "expected"],
      ["An official told lawmakers that the vendor could produce at most 200,000 accelerators.", "stated"],
      ["First-quarter revenue came in at 2.57 billion yuan, ahead of its own guidance.", "stated"],
      ["We expect the lab to release the model within a month.", "expected"],
      ["The lab will launch the model next week.", "expected"],
      ["The vendor is targeting output of 80,000 units.", "expected"],
      ["The Orion model is due in May.", "expected"],
      ["Helix has ordered 30,000 Vega cards, which are due in the second quarter.", "stated"],
      ["Trade officials are weighing whether to add Helix to the export list.", "expected"],
      ["The Orion model will ship in May.", "expected"],
      ["Helix will ship 300,000 Vega cards in 2029, we estimate.", "stated"],
      ["Does the model run on the new accelerators?", "asked"],
      // "May" the month is not a hedge.
      ["The lab released the model in May.", "stated"],
      ["May shipments rose by a third.", "stated"],
      ["The vendor could not be reached for comment on the shipments to the lab.", "stated"],
    ];
    it.each(table)("%s → %s", (text, certainty) => {
      expect(readAssertion(text).certainty).toBe(certainty);
    });
  });

  describe("should read attribution", () => {
    const table: Array<[string, string[]]> = [
      ["The lab has ordered 10,000 accelerators, Reuters reported.", ["Reuters"]],
      ["Reuters reported on Tuesday that the lab has ordered 10,000 accelerators.", ["Reuters"]],
      ["According to The Information, the lab has ordered 10,000 accelerators.", ["The Information"]],
      ["According to a report by the Financial Times, the lab ordered chips.", ["Financial Times"]],
      ["The lab ordered chips, citing people familiar with the matter.", []],
      ["Bloomberg, citing people familiar with the matter, said the lab ordered chips.", ["Bloomberg"]],
      ["The lab ordered chips, according to people familiar with the matter.", []],
      ["The lab ordered chips, said Wei Zhang, an analyst at Summit Research.", ["Wei Zhang"]],
      ["A company spokeswoman told Reuters that the lab ordered chips.", ["Reuters"]],
      [
        "But Bloomberg reported the lab ordered chips, as The Information first reported.",
        ["Bloomberg", "The Information"],
      ],
      ["The company said it would ship the chips next year.", []],
      ["The lab ordered chips, analysts at Summit Research said.", ["Summit Research"]],
      // A company announcing something is the claim, not an attribution of it.
      ["Acme announced a new accelerator for data centres.", []],
      ["Brokers now question a Bloomberg report that the lab ordered chips.", ["Bloomberg"]],
      ["The Wire Service has also reported that the lab ordered chips.", ["The Wire Service"]],
      ["A Trade Ministry official told lawmakers that the lab ordered chips.", ["Trade Ministry"]],
      // A company's own results are its word: the company is their origin (and stays in what is claimed).
      ["Acme reported revenue of $3 billion for the quarter.", ["Acme"]],
      ["Big buyers such as Acme Holdings have reportedly placed orders.", []],
      ["The regulator told Acme to stop buying the chips.", []],
      ["The Wire says Acme, Bolt and Cyan have booked large volumes of chips.", ["The Wire"]],
      ["The chips cost 30 per cent more than last year's.", []],
    ];
    it.each(table)("%s → %j", (text, names) => {
      expect(readAssertion(text).attribution).toEqual(names);
    });

    it("should say when the sources are unnamed", () => {
      expect(readAssertion("The lab ordered chips, according to people familiar with the matter.").unnamed).toBe(true);
      expect(readAssertion("Two sources said the lab ordered chips.").unnamed).toBe(true);
      expect(readAssertion("The lab reportedly ordered chips.").unnamed).toBe(true);
      expect(readAssertion("The lab ordered chips, Reuters reported.").unnamed).toBe(false);
    });
  });
});

describe("sameStance", () => {
  it("should keep a plain statement apart from its negation and its hedge", () => {
    const plain = readAssertion("The groups placed orders for the accelerators.");
    expect(sameStance(plain, readAssertion("The groups placed orders for the accelerators, Reuters reported."))).toBe(
      true,
    );
    expect(sameStance(plain, readAssertion("The groups have yet to place orders for the accelerators."))).toBe(false);
    expect(sameStance(plain, readAssertion("The groups may place orders for the accelerators."))).toBe(false);
    expect(sameStance(plain, readAssertion("The groups are expected to place orders for the accelerators."))).toBe(
      false,
    );
  });
});

describe("attributionOf and originKey", () => {
  it("should count one outlet once however it is spelled", () => {
    expect(attributionOf("The Information reported it, and according to The Information's report, it is so.")).toEqual([
      "The Information",
    ]);
    expect(originKey("the Financial Times")).toBe(originKey("Financial Times"));
    expect(originKey("Bloomberg News")).toBe(originKey("Bloomberg"));
    expect(attributionOf("Acme CEO Jo Park has said the share fell.")).toEqual(["Jo Park"]);
    expect(attributionOf("Acme's Jo Park has said the share fell.")).toEqual(["Jo Park"]);
  });
});

describe("attributionOf on the shapes of relayed reports", () => {
  it.each<[string, string[]]>([
    // A sentence that opens on a negation has no named subject to credit.
    ["No Acme parts were used at any stage, the company said.", []],
    ["Velto's sales rose to 12 billion euros in the quarter, the company reported.", ["Velto"]],
    // A report named as a time anchor is not the claim's source.
    ["Regulators listed Tessel on Thursday, days after the Velto report.", []],
    ["The first report, from Harbour Wire, said about 60,000.", ["Harbour Wire"]],
    ["Harbour Wire's figure is 60,000 sensors.", ["Harbour Wire"]],
    // A possessive that hands the rest of the sentence to its owner: a pitch, a position, a scoop quoted.
    ["Dunmore's own pitch is that the board is 40% faster than the Pell-7.", ["Dunmore"]],
    ["The regulator's position was that the rule covers every model.", []],
    [
      'Harbour Wire\'s scoop from last week, in their words: "Orvane is in talks to buy 20,000 boards."',
      ["Harbour Wire"],
    ],
    ["The board's pitch is steep for its class.", []],
    ["Tide Finance, a Chinese business site, later put the order at about 45,000 units.", ["Tide Finance"]],
    // Who speaks, with the post they hold between commas, or an adverb before the verb.
    ["Mara Quill, the chief technology officer, says the model ran on Dunmore chips.", ["Mara Quill"]],
    ["Jensen Huang, Nvidia's chief executive, said the company had no plans to.", ["Jensen Huang"]],
    ["Orla still says the model was trained entirely on DX-500 chips.", ["Orla"]],
    // The company's word, through whoever holds its post.
    ["Orla's research chief says the model was trained on DX-500 chips.", ["Orla"]],
    // A place named inside an aside is not who speaks.
    ["Tide Finance, which usually has good sources in Wuhan, says the order is smaller.", ["Tide Finance"]],
  ])("%s", (text, names) => {
    expect(attributionOf(text)).toEqual(names);
  });

  it("should know a company or an outlet credited without its name", () => {
    expect(creditsTheCompany("No Acme parts were used at any stage, the company said.")).toBe(true);
    expect(creditsTheCompany("The firm says the plant is running.")).toBe(true);
    expect(creditsTheCompany("Acme said the plant is running.")).toBe(false);
    expect(creditsAnOutlet("A second outlet said 45,000, and Velto denies ordering any.")).toBe(true);
    expect(creditsAnOutlet("One Chinese newspaper reported a smaller order.")).toBe(true);
    expect(creditsAnOutlet("A second plant will open in May.")).toBe(false);
  });
});

describe("a denial with a gerund", () => {
  it("should read 'denied placing any order' and 'denies ordering any' as negated", () => {
    expect(isNegated("Velto has denied placing any order.")).toBe(true);
    expect(isNegated("A second outlet said 45,000, and Velto denies ordering any.")).toBe(true);
    expect(isNegated("Velto has placed an order.")).toBe(false);
  });
});

describe("creditsEarlierReport", () => {
  it("should know a sentence that credits the report its article named before", () => {
    expect(creditsEarlierReport("The deal covers 20 million chips, according to the report.")).toBe(true);
    expect(creditsEarlierReport("Baidu has yet to sign an order, the news agency said.")).toBe(true);
    expect(creditsEarlierReport("The report said the deal covers 20 million chips.")).toBe(true);
    expect(creditsEarlierReport("The deal covers 20 million chips, two people said.")).toBe(false);
    // A screenshot of a story the post showed before.
    expect(creditsEarlierReport("The screenshot also shows the price: 5.4 billion won.")).toBe(true);
  });
});

describe("attributionOf on the credits pages give in their own shapes", () => {
  it.each<[string, string, string[]]>([
    ["a headline's credit in brackets", "Velto's sensor order tops 60,000 units (Harbour Wire).", ["Harbour Wire"]],
    ["a headline's credit after a dash", "Velto to cut sensor prices by a fifth — Tech Ledger", ["Tech Ledger"]],
    [
      "a thread post that names who said it",
      "3/ Quayside Research: about a quarter of the units failed.",
      ["Quayside Research"],
    ],
    ["a count that is someone's", "Velto's share is down to a third, by Mira Sand's own count.", ["Mira Sand"]],
    ["a figure someone valued", "It is an order that Harbour Wire valued at $900m.", ["Harbour Wire"]],
    ["a figure someone had", "2/ Harbour Wire had the sensor order at $900m.", ["Harbour Wire"]],
    ["a figure put at more than", "Velto puts its yield at more than 85%.", ["Velto"]],
    ["an estimate someone reckons", "Quayside reckons about a quarter of the units failed.", ["Quayside"]],
    ["a view someone thinks", "Quayside thinks local sensors will fill half of the orders.", ["Quayside"]],
    [
      "a person named with where they work",
      "Tovah Lindqvist of Fenmark Partners thinks the K9 slips to June.",
      ["Tovah Lindqvist"],
    ],
    [
      "an aside between the speaker and the verb",
      "Brightmoor, for its part, says it sold no arms to Orla.",
      ["Brightmoor"],
    ],
    [
      "a figure in a clause that names who put it",
      "Dunmore's order, which Fenwick Wire put at about 4,000 units, is the biggest Velto has announced.",
      ["Fenwick Wire"],
    ],
    ["a clause that only says which order", "It is the first deal Velto has announced.", []],
    [
      "a forecast someone expects",
      "Quayside Capital still expects fewer than 9,000 units to ship.",
      ["Quayside Capital"],
    ],
    ["a view someone holds", "Quayside Capital believes most of the units failed.", ["Quayside Capital"]],
    ["a plan, not a credit", "Velto expects to ship the V9 in May.", []],
    ["two sources spoken of together, no name", "Both say the sensors are for the V9.", []],
    [
      "people a named outlet spoke to",
      "The deal covers 9,000 units, according to two people whom Tech Ledger spoke to.",
      ["Tech Ledger"],
    ],
    [
      "an outlet's exclusive shown in a screenshot",
      "Screenshot: Tech Ledger exclusive, 6 March — Helix in talks for 60,000 Vega boards.",
      ["Tech Ledger"],
    ],
    [
      "people who spoke to a named outlet, the other way round (once a crash)",
      "The executives who spoke to Tech Ledger put the price closer to 4 billion won.",
      ["Tech Ledger"],
    ],
    [
      "an institution's document",
      "The Trade Ministry's March 3 Export List update named nine firms.",
      ["The Trade Ministry"],
    ],
    ["a company's own results", "Velto reported second-quarter revenue of 3 billion won.", ["Velto"]],
    [
      "what a company says of its own work",
      "Velto launched the V9 on Monday and says it was built without imported parts.",
      ["Velto"],
    ],
    [
      "an institution's word on what it does",
      "The Trade Ministry will require export permits for sensors, the ministry said on Friday, tightening its rules.",
      ["The Trade Ministry"],
    ],
  ])("should read %s", (_, text, names) => {
    expect(attributionOf(text)).toEqual(names);
  });

  it.each<[string, string, string[]]>([
    [
      "an outlet that reports a named speaker's words passes them on",
      "Velto said it had placed no order, the Harbour Wire reported.",
      ["Velto"],
    ],
    ["a country that acts in a headline is no source", "Nation adds Velto to export blacklist after sensor report", []],
    ["a common noun opening a sentence is no one", "Production volume has doubled this year, the company said.", []],
    [
      "a bracket that spells out a name credits no one",
      "The sensors are made by Harbour Precision Components (HPC).",
      [],
    ],
    ["a heading word before a thread's colon is no speaker", "4/ Reminder: the plant opens in May.", []],
  ])("%s", (_, text, names) => {
    expect(attributionOf(text)).toEqual(names);
  });
});

describe("creditsEarlierReport on an institution's document", () => {
  it.each([
    "Buyers must register within 30 days, the notice says.",
    "Under the rule, exporters have 30 days to register.",
    "The ban covers every model, according to the ministry's notice.",
  ])("should know %s", (text) => {
    expect(creditsEarlierReport(text)).toBe(true);
  });
  it("should not take a plain statement for one", () => {
    expect(creditsEarlierReport("Buyers must register within 30 days.")).toBe(false);
  });
});

describe("withoutAttribution keeps a company's own results", () => {
  it("should leave 'Acme reported revenue' in what is claimed", () => {
    expect(withoutAttribution("Acme reported revenue of $3 billion for the quarter.")).toContain(
      "Acme reported revenue",
    );
  });
});

describe("attributionOf: an outlet's sources", () => {
  it("should credit the outlet whose sources a relaying sentence cites", () => {
    expect(attributionOf("Most of the training ran on older chips, Norland's sources say.")).toEqual(["Norland"]);
    expect(attributionOf("The Norland Post's reporting shows the plant is idle.")).toEqual(["The Norland Post"]);
    // Sources of something else name no one who speaks.
    expect(attributionOf("Norland's sources of revenue are shrinking.")).toEqual([]);
  });
});

describe("credits of the shapes a relaying page uses", () => {
  it("should read a nod to a story as its credit: a hat tip, a trailing 'via', 'the X piece'", () => {
    expect(attributionOf("Launch date in that story: June 2 (h/t Fernbrook Daily).")).toEqual(["Fernbrook Daily"]);
    expect(attributionOf("Orlen is buying 8,000 boards, via Quillmark 🧵")).toEqual(["Quillmark"]);
    expect(attributionOf("Unit price in the Quillmark piece: about $9,000.")).toEqual(["Quillmark"]);
    // A channel is no source.
    expect(attributionOf("Clients can rent the boards via Tessel Cloud.")).toEqual([]);
  });

  it("should credit what an outlet's sources gave", () => {
    expect(attributionOf("The figure Quillmark's sources gave in June was about half.")).toEqual(["Quillmark"]);
  });

  it("should take 'the same story pegged' and 'the report also said' for a report named before", () => {
    expect(creditsEarlierReport("The same story pegged the bill at 3 billion won.")).toBe(true);
    expect(creditsEarlierReport("The report also said that yields were about half.")).toBe(true);
    expect(creditsEarlierReport("The story broke on a Monday.")).toBe(false);
  });

  it("should not take a word that opens a sentence for a speaker", () => {
    expect(attributionOf("Back in June, before the vote, the agency said it would appeal.")).toEqual([]);
  });

  it("should take a country's ministry out of what is claimed, as any other credit", () => {
    expect(withoutAttribution("Norway's trade ministry says Oslo will respond in kind.")).not.toMatch(/ministry/);
  });

  it("should read a capital that speaks as its government's word", () => {
    expect(attributionOf("Tokyo has called the levy a breach of the treaty that it firmly rejects.")).toEqual([
      "Tokyo",
    ]);
  });
});

describe("certaintyOf on what is yet to come or still asked", () => {
  it("should take 'is coming in May' for an expectation", () => {
    expect(certaintyOf("The Velto X2 is coming in May.")).toBe("expected");
    expect(certaintyOf("The boards are arriving in Gdansk.")).toBe("stated");
  });

  it("should take an agenda line that opens with 'Whether' for a question", () => {
    expect(certaintyOf("Whether the Velto X2 really runs on local chips")).toBe("asked");
    expect(certaintyOf("Whether or not the vote passes, Velto ships in May.")).not.toBe("asked");
  });
});
