import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { join } from "node:path";
import { runPipeline } from "../../../src/pipeline/run.ts";
import { joinAdjacent, openQuestionPoints, mixed, type OpenDraft } from "../../../src/steps/briefing/openQuestions.ts";
import { comparable } from "../../../src/text/comparable.ts";
import type { Citation, Point, Sentence } from "../../../src/model/types.ts";
import { FIXTURES, REPO, sentenceOf, sourceFrom } from "../../helpers.ts";
import { isSingleSource } from "../../../src/rules/singleSource.ts";

describe("openQuestions", async () => {
  const shipped = await runPipeline({ root: REPO });
  const section = shipped.briefing!.sections.find((s) => s.id === "open-questions")!;
  const find = (pattern: RegExp): Point | undefined =>
    section.points.find((p) => pattern.test(`${p.text} ${p.citations.map((c) => c.quote).join(" ")}`));

  it("should give the availability question together with its answer", () => {
    const point = find(/available globally/);
    expect(point?.text).toMatch(/available globally\?.*haven't been announced/);
    expect(section.points.filter((p) => /haven't been announced/.test(p.text))).toHaveLength(1);
  });

  it("should give the Huawei-versus-Nvidia question with its answer and the other source's doubt", () => {
    const point = find(/compare to NVIDIA/);
    expect(point?.text).toMatch(/NVIDIA still leads/);
    expect(new Set(point?.citations.map((c) => c.source))).toEqual(new Set(["003", "000"]));
  });

  it("should not call undated sources that expect V4 a dispute with the one that reports its release, and cite both", () => {
    const release = find(/is out, while .* without a date still calls? it upcoming/);
    expect(release?.text).toMatch(/^One source reports that V4 is out/);
    expect(release?.citations.map((c) => c.quote).join(" ")).toMatch(/released a sneak peek.*gearing up to launch/s);
    expect(section.points.some((p) => /^Sources differ on whether V4 (?:is out|has shipped)/.test(p.text))).toBe(false);
  });

  it("should show a rumour as a rumour, attributed, not as one side of a dispute", () => {
    expect(find(/rumored not to support multimodal/)?.text).toMatch(
      /^One source says: V4 is rumored not to support multimodal/,
    );
  });

  it("should show the untested benchmark claims", () => {
    expect(find(/Pro version of V4 is competitive/)?.text).toMatch(/further testing/);
  });

  it("should say which sources stand on each side, every citation on one side", () => {
    const sided = section.points.filter((p) => p.sides);
    expect(sided.length).toBeGreaterThanOrEqual(2);
    for (const point of sided) {
      const sides = point.sides ?? [];
      expect(sides.length, point.text).toBe(2);
      for (const side of sides) {
        expect(side.label, point.text).toMatch(/\S/);
        expect(side.citations.length, point.text).toBeGreaterThan(0);
      }
      // Each of the point's citations is one side's (a question and its answer may be joined into one quote).
      for (const c of point.citations)
        expect(
          sides.filter((s) => s.citations.some((x) => x.source === c.source && c.quote.includes(x.quote))).length,
          c.quote,
        ).toBe(1);
    }
    const doubted = find(/compare to NVIDIA/);
    expect(doubted?.sides?.map((s) => [s.label, [...new Set(s.citations.map((c) => c.source))]])).toEqual([
      ["Asks and answers", ["003"]],
      ["Doubts it", ["000"]],
    ]);
  });

  it("should cite at least two sources in every disagreement", () => {
    const disagreements = section.points.filter((p) =>
      /^Sources (?:differ|give|contradict)|without a date/.test(p.text),
    );
    expect(disagreements.length).toBeGreaterThanOrEqual(1);
    for (const p of disagreements) expect(new Set(p.citations.map((c) => c.source)).size).toBeGreaterThanOrEqual(2);
  });

  it("should attribute a hedged claim to its source", async () => {
    const fixture = await runPipeline({ root: join(FIXTURES, "disagreements") });
    const points = fixture.briefing!.sections.find((s) => s.id === "open-questions")!.points;
    expect(points.map((p) => p.text).join("\n")).toMatch(
      /Sources give different figures for the units: "about 50,000" \(one source\) against "hundreds of thousands" \(one source\)/,
    );
    expect(points.map((p) => p.text)).toContain(
      "One source says: Orion Labs is rumored to be planning a cheaper X9 model for laptops.",
    );
  });

  it("should pair a question with its answer and join another source's doubt on the same matter", async () => {
    const fixture = await runPipeline({ root: join(FIXTURES, "disagreements") });
    const points = fixture.briefing!.sections.find((s) => s.id === "open-questions")!.points;
    const question = points.find((p) => p.text.startsWith("When will the X9 ship"));
    expect(question?.text).toMatch(/The source answers: Orion Labs has not given a date/);
    expect(question?.citations.map((c) => c.quote)).toEqual([
      "When will the X9 ship to buyers in Europe? Orion Labs has not given a date for European buyers.",
      "There are still questions about whether the X9 can ship to Europe this year.",
    ]);
  });

  it("should mark a one-source number, date or deal as single source, and nothing backed twice", () => {
    const cite = (source: string) => ({ source, paragraph: 1, line: 1, quote: "q" });
    expect(isSingleSource({ text: "Firms ordered 50,000 chips.", citations: [cite("001")] })).toBe(true);
    expect(isSingleSource({ text: "Firms ordered 50,000 chips.", citations: [cite("001"), cite("002")] })).toBe(false);
    expect(isSingleSource({ text: "The V4 model runs on Ascend chips.", citations: [cite("001")] })).toBe(false);
    // Two pages that both cite one wire report rest on one origin.
    const relayed = {
      text: "Firms ordered 50,000 chips.",
      citations: [cite("001"), cite("002")],
      origins: ["Reuters"],
    };
    expect(isSingleSource(relayed)).toBe(true);
    expect(isSingleSource({ ...relayed, origins: ["Reuters", "002"] })).toBe(false);
    const all = shipped.briefing!.sections.flatMap((s) => s.points);
    expect(all.every((p) => typeof p.singleSource === "boolean")).toBe(true);
  });

  it("should ask a question once when two sources ask it, citing both, and keep to eight points", async () => {
    const extra = await runPipeline({ root: REPO, seedsDir: join(REPO, "tests/fixtures/eval/extra-seeds") });
    const points = extra.briefing!.sections.find((s) => s.id === "open-questions")!.points;
    const outside = points.filter((p) => /^Will V4 be (?:offered|available)[^?]*outside China/.test(p.text));
    expect(outside).toHaveLength(1);
    expect(outside[0]!.text).toMatch(/Another source asks the same\./);
    expect(new Set(outside[0]!.citations.map((c) => c.source))).toEqual(new Set(["101", "102"]));
    expect(points.length).toBeLessThanOrEqual(8);
  });

  it("should put what sources leave unconfirmed before a question its own source answers", async () => {
    const extra = await runPipeline({ root: REPO, seedsDir: join(REPO, "tests/fixtures/eval/extra-seeds") });
    const texts = extra.briefing!.sections.find((s) => s.id === "open-questions")!.points.map((p) => p.text);
    expect(texts).toContain("Alibaba, ByteDance and Tencent have not publicly confirmed the purchases.");
    // Answered plainly by its own source, this question is the least open matter and gives way.
    expect(texts.some((t) => /^How do Huawei's chips stack up/.test(t))).toBe(false);
  });

  it("should cite the answer it shows, even when question and answer are separate bullets", async () => {
    const holdout = await runPipeline({ root: REPO, seedsDir: join(REPO, "tests/fixtures/eval/holdout-seeds") });
    const points = holdout.briefing!.sections.find((s) => s.id === "open-questions")!.points;
    const openly = points.find((p) => /^Will V4 be released openly/.test(p.text));
    expect(openly?.text).toMatch(
      /The source answers: DeepSeek has not announced how, or where, V4 will be made available\./,
    );
    expect(openly?.citations.map((c) => c.quote)).toEqual([
      "Will V4 be released openly, and will developers outside China be able to use it?",
      "DeepSeek has not announced how, or where, V4 will be made available.",
    ]);
  });

  it("should take a transcript's next speaker as the answer to a question that ends its line, without speaker labels in the point", async () => {
    const holdout = await runPipeline({ root: REPO, seedsDir: join(REPO, "tests/fixtures/eval/holdout2-seeds") });
    // Every candidate, before the eight most open are kept.
    const images = openQuestionPoints(holdout, []).find((p) => /^Does V4 handle images\?/.test(p.text));
    expect(images?.text).toMatch(/^Does V4 handle images\? The source answers: Rumor has it V4 is text-only at launch/);
    expect(images?.citations.map((c) => c.line)).toEqual([45, 46]);
  });
});

describe("mixed", () => {
  const draft = (text: string, kind?: "figures" | "status"): OpenDraft => ({
    text,
    citations: [],
    openness: kind ? 0 : 1,
    ...(kind ? { kind } : {}),
  });
  const figures = Array.from({ length: 10 }, (_, i) => draft(`figures ${i}`, "figures"));
  const questions = [draft("question 1"), draft("question 2"), draft("question 3")];

  it("should keep one kind of disagreement to half the section while other open matters wait", () => {
    expect(mixed([...figures, draft("status 1", "status"), ...questions], 8).map((d) => d.text)).toEqual([
      "figures 0",
      "figures 1",
      "figures 2",
      "figures 3",
      "status 1",
      "question 1",
      "question 2",
      "question 3",
    ]);
  });

  it("should fill the section from the same kind, in rank order, when nothing else is open", () => {
    expect(mixed([...figures.slice(0, 6), questions[0]!], 8).map((d) => d.text)).toEqual([
      "figures 0",
      "figures 1",
      "figures 2",
      "figures 3",
      "figures 4",
      "figures 5",
      "question 1",
    ]);
  });
});

describe("joinAdjacent", () => {
  const c = (source: string, paragraph: number, line: number, quote: string) => ({ source, paragraph, line, quote });
  const texts = new Map([
    ["a", comparable("Will Huawei ship the chip in May? The company would not say. Other news followed.")],
    ["b", comparable("Will Huawei ship the chip in May? Analysts doubt it.")],
  ]);

  it("joins a source's passages that stand together in its text, and keeps the others", () => {
    const out = joinAdjacent(
      [
        c("a", 1, 1, "Will Huawei ship the chip in May?"),
        c("b", 1, 1, "Will Huawei ship the chip in May?"),
        c("a", 1, 1, "The company would not say."),
        c("b", 1, 1, "Other news followed."),
      ],
      texts,
    );
    expect(out.map((x) => `${x.source}: ${x.quote}`)).toEqual([
      "a: Will Huawei ship the chip in May? The company would not say.",
      "b: Will Huawei ship the chip in May?",
      "b: Other news followed.",
    ]);
  });

  it("cites a passage once, however often it comes", () => {
    const q = c("b", 1, 1, "Analysts doubt it.");
    expect(joinAdjacent([q, q, c("a", 2, 3, "Other news followed."), q], texts)).toEqual([
      q,
      c("a", 2, 3, "Other news followed."),
    ]);
  });

  it("gives what scanning every earlier citation gave, on random citation lists", () => {
    // The first version: for each citation, a scan of everything kept so far.
    const scanning = (citations: readonly Citation[], texts: ReadonlyMap<string, string>): Citation[] => {
      const out: Citation[] = [];
      for (const x of citations) {
        if (out.some((o) => o.source === x.source && o.line === x.line && o.quote === x.quote)) continue;
        let at = out.length - 1;
        while (at >= 0 && out[at]?.source !== x.source) at--;
        const prior = out[at];
        if (
          prior &&
          x.paragraph === prior.paragraph &&
          texts.get(x.source)?.includes(comparable(`${prior.quote} ${x.quote}`))
        )
          out[at] = { ...prior, quote: `${prior.quote} ${x.quote}` };
        else out.push(x);
      }
      return out;
    };
    const sentences = ["One.", "Two.", "One. Two.", "Three."];
    const text = comparable("One. Two. Three. One. Two.");
    const citation = fc.record({
      source: fc.constantFrom("a", "b", "c"),
      paragraph: fc.integer({ min: 1, max: 2 }),
      line: fc.integer({ min: 1, max: 2 }),
      quote: fc.constantFrom(...sentences),
    });
    const all = new Map([
      ["a", text],
      ["b", text],
      ["c", comparable("Two. One.")],
    ]);
    fc.assert(
      fc.property(fc.array(citation, { maxLength: 30 }), (list) => {
        expect(joinAdjacent(list, all)).toEqual(scanning(list, all));
      }),
      { numRuns: 500 },
    );
  });
});

describe("openQuestions, notes that support the wording", () => {
  it("should quote the conditional that makes claims untested, beside the claims", async () => {
    const state = await runPipeline({ root: REPO });
    const points = state.briefing!.sections.find((s) => s.id === "open-questions")!.points;
    const untested = points.find((p) => p.text.startsWith("Untested claims:"));
    expect(untested?.citations.some((c) => /^If these benchmarks hold up to further testing/.test(c.quote))).toBe(true);
    expect(untested?.citations.some((c) => /claims/.test(c.quote) && !/^If /.test(c.quote))).toBe(true);
  });
});

describe("openQuestions, a disagreement with a publisher's boilerplate on one side", () => {
  const sentence = (source: string, text: string, heading: string | null = null) =>
    sentenceOf(source, text, { id: `${source}-${text.length}`, heading });
  const state = (sides: readonly [Sentence[], Sentence[]]) => ({
    sources: [],
    claims: [],
    superseded: new Set<string>(),
    disagreements: [{ kind: "figures" as const, topic: "output", sides }],
  });
  const report = sentence("a", "Orla made 40,000 boards last year, a trade paper said.");
  const rival = sentence("b", "Orla made about 25,000 boards last year, one analyst estimates.");
  const about = sentence("c", "Orla made 40,000 boards last year.", "About Orla");

  it("should leave the boilerplate out of its side and still show the disagreement", () => {
    const [shown] = openQuestionPoints(state([[report, about], [rival]]), []);
    expect(shown?.citations.map((c) => c.source)).toEqual(["a", "b"]);
  });

  it("should show no disagreement whose one side is only boilerplate", () => {
    expect(openQuestionPoints(state([[about], [rival]]), [])).toEqual([]);
  });
});

describe("openQuestions, a full section", () => {
  it("should list a question its source leaves unanswered ('has not confirmed') under More when disagreements fill the section", async () => {
    const { openQuestions } = await import("../../../src/steps/briefing/openQuestions.ts");
    const asking = sourceFrom(
      "Which chips does the Heron-3 run on? Corvane has not confirmed which chips the Heron-3 uses.",
      "q",
    );
    asking.sentences.push(
      sentenceOf("q", "Which chips does the Heron-3 run on?", { id: "q-1", index: 1 }),
      sentenceOf("q", "Corvane has not confirmed which chips the Heron-3 uses.", { id: "q-2", index: 2 }),
    );
    const kinds = ["figures", "polarity", "training", "status"] as const;
    const disagreements = Array.from({ length: 8 }, (_, i) => ({
      kind: kinds[i % 4] as (typeof kinds)[number],
      topic: `matter ${i}`,
      sides: [
        [sentenceOf(`a${i}`, `Orla reported figure ${i} for the matter.`, { id: `a${i}` })],
        [sentenceOf(`b${i}`, `Pellam reported another figure for matter ${i}.`, { id: `b${i}` })],
      ] as [Sentence[], Sentence[]],
    }));
    const state = {
      sources: [asking],
      claims: [],
      superseded: new Set<string>(),
      disagreements,
      briefing: {
        schemaVersion: 1 as const,
        title: "t",
        edition: null,
        sources: [],
        sections: [{ id: "open-questions" as const, title: "Open questions", description: "", points: [] }],
      },
    } as unknown as Parameters<typeof openQuestions>[0];
    openQuestions(state);
    const section = state.briefing?.sections[0];
    expect(section?.points).toHaveLength(8);
    expect(section?.more?.map((p) => p.text)).toEqual([
      "Which chips does the Heron-3 run on? The source answers: Corvane has not confirmed which chips the Heron-3 uses.",
    ]);
  });
});
