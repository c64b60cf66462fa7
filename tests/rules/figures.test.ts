// Figures are read by what they measure; names, model numbers, years, dates and past values are never figures.
import { describe, expect, it } from "vitest";
import { contradicts, type Figure, figures } from "../../src/rules/figures.ts";

const kinds = (text: string) => figures(text).map((f) => `${f.kind}:${f.unit}`);

describe("figures", () => {
  it.each([
    ["The regulator approved 1,200 licences for export in the quarter.", ["count:licenc"]],
    ["Northwind says its share of the European cloud market is about 35%.", ["share:percent"]],
    ["The flagship has 1.2 trillion parameters, its maker says.", ["parameters:parameters"]],
    ["The firm raised $400 million in its latest round.", ["money:dollar"]],
    ["The hatchback costs 31.5 million won in Seoul.", ["money:won"]],
    ["Pioneer's market share is now close to nothing, the chief executive said.", ["share:percent"]],
    ["About 30,000 of the boards were delivered in May.", ["count:board"]],
    ["Yields on the Halden 4 have reached 72%, the company said.", ["share:yield"]],
    ["About 25% of the first batch failed final testing.", ["share:yield"]],
    ["On the TaskForge benchmark, Mistral-7 scored 68.4%.", ["share:score on TaskForge"]],
    ["The lab measured Mistral-7 at 61.9% on TaskForge.", ["share:score on TaskForge"]],
  ])("should read the figure in %s", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    "The Falcon 900 card is sold in three regions.",
    "Its rival, the K210, ships in May.",
    "Shares of Pioneer rose 6.5% in Frankfurt on Monday.",
    "Hexin's share price has risen by more than 150% this year.",
    "Orders placed on March 14 will ship in 2027.",
    "The contract, signed in 2019, runs until 2030.",
    "At about 2 million won less, it undercuts its rival.",
    "Ten-year bond yields rose to 4.6% after the report.",
    "The new etch step yields 12% more good dies per wafer.",
    "Mistral-7 scored 61.9%, the lab said.",
    "The site opened in December with a first phase of 50 megawatts.",
  ])("should find no figure worth comparing in %s", (text) => {
    expect(figures(text)).toEqual([]);
  });

  it("should read a bound the number pattern does not take, or one before a currency sign, as a bound", () => {
    const range = (text: string) => figures(text).map((f) => [f.low, f.high]);
    expect(range("It sells for under 50,000 yuan per chip.")).toEqual([[25000, 50000]]);
    expect(range("The HX-90 costs under ¥50,000 per chip.")).toEqual([[25000, 50000]]);
    expect(range("The deal is worth more than $2 billion.")).toEqual([[2e9, 4e9]]);
    expect(range("Shipments were above 100,000 units in May.")).toEqual([[100000, 200000]]);
    // "More than 1 million" is no rival to 1.6 million.
    expect(
      contradicts(figures("It shipped more than 1 million chips."), figures("It shipped 1.6 million chips.")),
    ).toBeNull();
    expect(
      contradicts(figures("It shipped more than 1 million chips."), figures("It shipped 800,000 chips.")),
    ).not.toBeNull();
  });

  it("should read a yield in points, a bound as open, and a failure rate as the yield it leaves", () => {
    const range = (text: string) => figures(text).map((f) => [f.unit, f.low, f.high]);
    expect(range("Yields are roughly 70% at the Penang plant.")).toEqual([["yield", 67, 73]]);
    expect(range("The maker says yields are above 80%.")).toEqual([["yield", 80, 100]]);
    expect(range("Production yield has exceeded 80 per cent, the company said.")).toEqual([["yield", 80, 100]]);
    expect(range("About 30% of the dies failed final testing.")).toEqual([["yield", 67, 73]]);
    expect(contradicts(figures("Yields are roughly 70%."), figures("Yields are above 80%."))).not.toBeNull();
    expect(
      contradicts(figures("About 30% of the dies failed testing."), figures("Yields are roughly 70%.")),
    ).toBeNull();
  });

  it("should leave out a value the sentence puts in the past", () => {
    const found = figures("Pioneer's share of the market fell from about 80% to 40% in two years.");
    expect(found.map((f) => f.phrase)).toEqual(["40%"]);
  });

  it("should find two counts of the same thing contradictory only when their ranges are apart", () => {
    const many = figures("Buyers ordered hundreds of thousands of sensors this spring.");
    const few = figures("Firm orders come to roughly 40,000 sensors, one analyst says.");
    const near = figures("Buyers ordered about 300,000 sensors this spring.");
    expect(contradicts(many, few)).not.toBeNull();
    expect(contradicts(many, near)).toBeNull();
    expect(contradicts(few, figures("The plant employs 40,000 workers."))).toBeNull();
  });

  it("should never compare a price with a price in another currency, or a base price with one as tested or after subsidies", () => {
    const base = figures("The Corsa Blue starts at 42,000 euros.");
    expect(contradicts(base, figures("The Corsa Blue costs 39,000 euros in Spain."))).not.toBeNull();
    expect(contradicts(base, figures("Our test car came to 51,300 euros as tested."))).toBeNull();
    expect(contradicts(base, figures("| Price with options | 51,300 euros |"))).toBeNull();
    expect(contradicts(base, figures("After government subsidies it costs 36,000 euros."))).toBeNull();
    expect(contradicts(base, figures("The Corsa Blue starts at 420,000 yuan in China."))).toBeNull();
    expect(contradicts(base, figures("Average selling price: approx. 47,000 euros"))).toBeNull();
    expect(contradicts(base, figures("The brand's average selling price rose to 47,000 euros."))).toBeNull();
  });

  it("should read a round number within a tenth of itself, and a count of a model's units as units", () => {
    const order = figures("Tessel has ordered about 100,000 of Vantor's Kestrel 950 AI chips for delivery this year.");
    expect(order.map((f) => f.unit)).toEqual(["chip"]);
    expect(contradicts(order, figures("Tessel had agreed to buy about 65,000 Kestrel 950s instead."))).not.toBeNull();
    expect(contradicts(order, figures("Tessel ordered roughly 90,000 of the chips."))).toBeNull();
  });

  it("should read a share in words and a bound as a bound", () => {
    const half = figures(
      "Analysts expect domestic chips to supply more than half of the country's accelerator demand.",
    );
    expect(half.map((f) => [f.kind, f.low, f.high])).toEqual([["share", 50, 75]]);
    expect(
      contradicts(half, figures("Domestic suppliers will account for about 40% of the accelerator market.")),
    ).not.toBeNull();
    expect(contradicts(half, figures("Domestic chips will cover over 50% of demand for accelerators."))).toBeNull();
    const cap = figures("The plant can make no more than 200,000 chips this year.");
    expect(cap.map((f) => f.high)).toEqual([200_000]);
    // A share that was, not one that is, is left out.
    expect(figures("Domestic chips supply half of demand, up from a third of the market last year.")).toHaveLength(1);
  });

  it("should compare a unit written out with its short form", () => {
    const short = figures("The chip comes with 128GB of memory.");
    expect(short.map((f) => f.unit)).toEqual(["gb"]);
    expect(figures("The chip pairs its die with 128 gigabytes of memory.").map((f) => f.unit)).toEqual(["gb"]);
    expect(contradicts(short, figures("The chip pairs its die with 144 gigabytes of memory."))).not.toBeNull();
  });
});

describe("figures after a currency sign", () => {
  it("should read '$50,000 per chip' as money, not as a count of something", () => {
    expect(figures("It costs $50,000 per chip.")).toMatchObject([{ kind: "money", unit: "dollar", phrase: "50,000" }]);
  });
});

describe("figures, a count before a model name", () => {
  it("should read '80,000 T7 accelerators' as eighty thousand, not as trillions", () => {
    expect(figures("Alibaba has ordered about 80,000 T7 accelerators.").map((f) => [f.low, f.high])).toEqual([
      [72000, 88000],
    ]);
  });
});

describe("figures, how far a hedged or round figure reaches", () => {
  it("should set 'about 2 million' against '1.6 million', but not against 'nearly 2 million' or '1.9 million'", () => {
    const about = figures("Pellam has ordered about 2 million stacks of memory from Orvik.");
    expect(contradicts(about, figures("A local paper puts Pellam's order at 1.6 million stacks."))).not.toBeNull();
    expect(
      contradicts(about, figures("Pellam's order is for about 1.6 million stacks, the paper says.")),
    ).not.toBeNull();
    expect(contradicts(about, figures("Pellam ordered nearly 2 million stacks."))).toBeNull();
    expect(contradicts(about, figures("Pellam ordered 1.9 million stacks."))).toBeNull();
  });

  it("should set 'about $500 a unit' against 'nearer $380 a unit'", () => {
    expect(
      contradicts(
        figures("Pellam pays about $500 per stack."),
        figures("One analyst reckons Pellam pays nearer $380."),
      ),
    ).not.toBeNull();
    expect(contradicts(figures("Pellam pays about $500 per stack."), figures("Pellam pays $520 a stack."))).toBeNull();
  });

  it("should find figures that only meet at the edge of their readings apart", () => {
    // "60,000" is read from 55,000 and "about 50,000" up to 55,000: the one figure both allow is one neither wrote.
    expect(
      contradicts(figures("Corvane ordered 60,000 sensors."), figures("Corvane ordered about 50,000 sensors.")),
    ).not.toBeNull();
  });

  it("should read a range the writer gives as one figure from its low end to its high end", () => {
    const range = figures("The order is for between 30,000 and 40,000 sensors, two suppliers said.");
    expect(range.map((f) => [f.low, f.high, f.unit])).toEqual([[30000, 40000, "sensor"]]);
    expect(figures("Sales came to 1.5-2 billion yuan.").map((f) => [f.low, f.high])).toEqual([[1.5e9, 2e9]]);
    // The second end's thousands are the first's too: 20,000 to 30,000 yuan, not 20 to 30,000.
    expect(figures("The chips cost 20-30,000 yuan each.").map((f) => [f.low, f.high])).toEqual([[20000, 30000]]);
    expect(contradicts(range, figures("The order is closer to 25,000 sensors."))).not.toBeNull();
    expect(contradicts(range, figures("The order is for about 40,000 sensors."))).toBeNull();
    // Two years are a period, not a range of amounts.
    expect(figures("Over 2024-2025 it built 300 sensors.").map((f) => f.phrase)).toEqual(["300"]);
  });
});

describe("figures, the share of a fleet in use", () => {
  it("should set 'utilisation above 90%' against 'a third of the fleet sits idle', the idle share turned round", () => {
    const busy = figures("Utilisation across Corvane's server halls is above 90%, its finance chief said.");
    expect(busy.map((f) => [f.unit, f.low, f.high])).toEqual([["utilisation", 90, 100]]);
    const idle = figures("About a third of Corvane's racks have been sitting idle since the spring.");
    expect(idle.map((f) => f.phrase)).toEqual(["About a third of Corvane's racks have been sitting idle"]);
    expect(contradicts(busy, idle)).not.toBeNull();
    expect(contradicts(busy, figures("One in three of Corvane's accelerators sits unused."))).not.toBeNull();
    expect(contradicts(busy, figures("Only 5% of Corvane's fleet is idle."))).toBeNull();
    expect(contradicts(idle, figures("Corvane says 33% of its fleet is idle."))).toBeNull();
    // The share in use said outright, and one in four idle, are the same measure.
    expect(contradicts(busy, figures("Two thirds of Corvane's racks are in use."))).not.toBeNull();
    expect(contradicts(busy, figures("Roughly one in four of Corvane's racks sits unused."))).not.toBeNull();
    expect(contradicts(idle, figures("Two thirds of Corvane's racks are in use."))).toBeNull();
  });

  it("should not read an idle share from someone else's words or an unrelated percentage", () => {
    expect(figures("A third of the engineers said the line was idle.")).toEqual([]);
    expect(figures("Corvane's revenue rose 30% while rivals sat idle.")).toEqual([]);
  });
});

describe("figures, an amount added to another", () => {
  it("should read '50,000 more BX-7s' as an amount of BX-7s, but '300 fewer cars than planned' as a difference", () => {
    expect(figures("Corvane has ordered 50,000 more BX-7s for next year.").map((f) => [f.low, f.unit])).toEqual([
      [45000, "unit"],
    ]);
    expect(figures("The plant made 300 fewer cars than planned.")).toEqual([]);
    expect(figures("They sold 2,000 more cars than a year ago.")).toEqual([]);
  });
});

describe("figures, a currency written before the number", () => {
  const money = (text: string) => figures(text).map((f) => `${f.kind}:${f.unit}`);

  it("should read a currency code glued to the number, a country's dollar and a bare yen or yuan sign", () => {
    expect(money("Bramwell put the deal at RMB3.2 billion.")).toEqual(["money:yuan"]);
    expect(money("The unit was sold for HK$800 million.")).toEqual(["money:hk$"]);
    expect(money("The order is worth ¥3bn to Bramwell.")).toEqual(["money:yuan"]);
    expect(money("Japanese press valued the order at ¥3bn.")).toEqual(["money:yen"]);
  });

  it("should read 'hundred million', as translated figures give billions", () => {
    const [amount] = figures("The amount is 32 hundred million yuan.");
    expect([amount?.unit, amount && amount.low < 3.2e9 && amount.high > 3.2e9 && amount.high < 3.3e9]).toEqual([
      "yuan",
      true,
    ]);
  });

  it("should read a hedged figure given to two digits within two units of its last digit, a round one within a tenth", () => {
    const [high] = figures("The deal is worth roughly 3.2 billion yuan.");
    const [low] = figures("Others put the deal closer to 2.8 billion yuan.");
    expect(contradicts([high as Figure], [low as Figure])).not.toBeNull();
    expect(figures("They sold about 2 million phones.").map((f) => [f.low, f.high])).toEqual([[1.8e6, 2.2e6]]);
  });
});

describe("figures, a share of a rival's performance", () => {
  const read = (text: string) => figures(text).map((f) => `${f.unit}:${f.low}-${f.high}`);

  it("should read a percentage or a multiple of a named rival's throughput, for the workload named", () => {
    expect(read("Orka says the T9 gives about 80 percent of the inference throughput of a Velt V30.")).toEqual([
      "performance of v30 in inference:76-84",
    ]);
    expect(read("Our bench has the T9 at roughly 50% of a V30 on inference.")).toEqual([
      "performance of v30 in inference:47-53",
    ]);
    expect(read("The T9 lands at 0.5x a V30 in inference.")).toEqual(["performance of v30 in inference:45-55"]);
    expect(read("The T9 reaches 80% of what a V30 does.")).toEqual(["performance of v30:79.5-80.5"]);
  });

  it("should not read a share of a rival's price, of a batch of parts, or of two workloads at once", () => {
    expect(figures("The T9 sells for 60% of the price of a V30.")).toEqual([]);
    expect(figures("Only 60% of T9 dies pass test.")).toEqual([]);
    expect(figures("The T9 gets 70% of a V30 in both training and inference.")).toEqual([]);
  });
});

describe("figures, a score written without 'scored'", () => {
  const read = (text: string) => figures(text).map((f) => f.unit);

  it("should read a score clocked or got on a named test, and a test named before its score", () => {
    expect(read("Tally Evals clocks Brio-3 at 58.2% on LogicBench.")).toEqual(["score on LogicBench"]);
    expect(read("Tally Evals only got 58% on LogicBench for Brio-3.")).toEqual(["score on LogicBench"]);
    expect(read("At launch, Brio put its LogicBench score at 71%.")).toEqual(["score on LogicBench"]);
  });

  it("should not read a share got on a day, or one got of a vote, as a score", () => {
    expect(figures("The party got 43% on Sunday.")).toEqual([]);
    expect(figures("She got 63% of the vote on Tuesday in Ohio.")).toEqual([]);
  });
});
