import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { figureDisagreements, quantities } from "../../src/rules/disagreements.ts";
import { FIGURE_PAIR_MAX } from "../../src/rules/figures.ts";
import { contentTerms } from "../../src/text/tokens.ts";
import type { Sentence } from "../../src/model/types.ts";

// The comparison as first written: every pair of sentences that share a name. Slow (n² at scale) but plainly right,
// so it is the reference the indexed version must match, sentence for sentence and in the same order.
function pairwiseFigureDisagreements(sentences: readonly Sentence[]): Array<{ topic: string; sides: string[][] }> {
  const withFigures = sentences.filter((s) => quantities(s.text).length > 0);
  const names = (s: Sentence): string[] =>
    [...new Set((s.text.match(/\b[A-Z][\w’'-]*/g) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, "")))].filter(
      (w) => w.length > 1 && contentTerms(w).length > 0,
    );
  const groups = new Map<string, Sentence[]>();
  for (const s of withFigures) for (const k of names(s)) groups.set(k, [...(groups.get(k) ?? []), s]);
  const partners = new Map<Sentence, Set<Sentence>>();
  for (const group of groups.values()) {
    for (const a of group) {
      for (const b of group) {
        if (a.source >= b.source || names(a).filter((n) => names(b).includes(n)).length < 2) continue;
        // Figures are compared unit with unit; two sentences disagree when some pair counts the same thing and every such pair is apart.
        const pairs = quantities(a.text).flatMap((x) =>
          quantities(b.text)
            .filter((y) => y[2] === x[2])
            .map((y) => [x, y] as const),
        );
        const apart = pairs.length > 0 && pairs.every(([[lo, hi], [lo2, hi2]]) => hi < lo2 || hi2 < lo);
        if (!apart) continue;
        partners.set(a, (partners.get(a) ?? new Set()).add(b));
        partners.set(b, (partners.get(b) ?? new Set()).add(a));
      }
    }
  }
  const out: Array<{ topic: string; sides: string[][] }> = [];
  const ranked = [...partners.keys()].sort(
    (a, b) => (partners.get(b)?.size ?? 0) - (partners.get(a)?.size ?? 0) || a.id.localeCompare(b.id),
  );
  const used = new Set<Sentence>();
  for (const s of ranked) {
    const others = [...(partners.get(s) ?? [])].filter((o) => !used.has(o));
    if (used.has(s) || others.length === 0) continue;
    for (const x of [s, ...others]) used.add(x);
    const seen = new Map<string, Sentence>();
    for (const o of others) if (!seen.has(o.source) && o.source !== s.source) seen.set(o.source, o);
    const right = [...seen.values()].sort((a, b) => a.source.localeCompare(b.source));
    if (right.length > 0) out.push({ topic: names(s)[0] ?? "figures", sides: [[s.id], right.map((r) => r.id)] });
  }
  return out;
}

const NAMES = ["Huawei", "Ascend", "Nvidia", "Alibaba", "Tencent", "ByteDance"];
const FIGURES = ["about 50,000", "600,000", "hundreds of thousands", "2 million", "300", "1,200", "tens of thousands"];

function sentence(source: string, i: number, names: readonly string[], figure: string): Sentence {
  return {
    id: `${source}-p1-s${i}`,
    source,
    paragraph: 1,
    line: 1,
    index: i,
    kind: "paragraph",
    heading: null,
    position: 0,
    text: `${names.join(" and ")} shipped ${figure} chips.`,
    standalone: true,
    informativeness: 0,
    scores: { "hardware-shift": 0, orders: 0, geopolitics: 0, "open-questions": 0 },
    sections: [],
  };
}

const corpus = fc
  .array(
    fc.record({
      source: fc.integer({ min: 0, max: 9 }),
      names: fc.subarray(NAMES, { minLength: 1, maxLength: 4 }),
      figure: fc.constantFrom(...FIGURES),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows
      .map((r, i) => ({ ...r, i }))
      .sort((a, b) => a.source - b.source || a.i - b.i)
      .map((r, i) => sentence(String(r.source).padStart(3, "0"), i + 1, r.names, r.figure)),
  );

describe("figureDisagreements", () => {
  it("should find the same disagreements, in the same order, as comparing every pair", () => {
    fc.assert(
      fc.property(corpus, (sentences) => {
        const found = figureDisagreements(sentences).map((d) => ({
          topic: d.topic,
          sides: d.sides.map((side) => side.map((s) => s.id)),
        }));
        expect(found).toEqual(pairwiseFigureDisagreements(sentences));
      }),
      { numRuns: 300 },
    );
  });
});

describe("figureDisagreements at scale", () => {
  // 65 sources each give Huawei and Ascend a different figure: a pair of names that common says nothing about whether
  // two figures count the same thing. Two of them also name Kirin, a pair few sentences share: those are compared.
  const common = Array.from({ length: FIGURE_PAIR_MAX + 1 }, (_, i) =>
    sentence(
      String(i).padStart(3, "0"),
      1,
      i < 2 ? ["Huawei", "Ascend", "Kirin"] : ["Huawei", "Ascend"],
      i === 1 ? "90000" : String(5000 + 10 * i),
    ),
  );

  it("should not compare every sentence that shares a very common pair of names", () => {
    const found = figureDisagreements(common);
    expect(found).toHaveLength(1);
    expect(found[0]?.sides.map((side) => side.map((s) => s.id))).toEqual([["000-p1-s1"], ["001-p1-s1"]]);
  });
});
