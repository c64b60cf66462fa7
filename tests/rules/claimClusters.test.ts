// The grouping's claims: who may join one, the index of what claims assert, and the pass that merges split claims.
import { describe, expect, it } from "vitest";
import {
  adopt,
  type Cluster,
  holdAs,
  joins,
  mergeClose,
  ReadingIndex,
  sameFigure,
  scopeOf,
} from "../../src/rules/claimClusters.ts";
import { readShape } from "../../src/rules/claimReading.ts";
import { claimShape, shapesAgree } from "../../src/rules/sameClaim.ts";
import { TermSums } from "../../src/similarity/termSums.ts";
import type { Sentence } from "../../src/model/types.ts";

const MAKERS = new Map([["orion", "lumen"]]);

/** A one-member claim of this wording, with a vector of the given term ids (unit weights). */
function claimOf(text: string, ids: number[]): Cluster {
  const shape = claimShape(text);
  const weights = ids.map(() => 1 / Math.sqrt(ids.length));
  const sum = new TermSums(4);
  let norm2 = 0;
  ids.forEach((t, k) => {
    sum.add(t, weights[k] as number);
  });
  sum.forEach((_, w) => {
    norm2 += w * w;
  });
  return {
    members: [{ id: text, text } as Sentence],
    sum,
    norm2,
    shape,
    first: { ids: Int32Array.from(ids), weights: Float64Array.from(weights) },
    near: new Set(),
    relations: shape.predicates,
    makers: new Set(),
    scope: scopeOf(shape),
    reading: readShape(shape, MAKERS),
  };
}

describe("joins", () => {
  it("should let in a wording of the same relation, or of none, and keep out another relation", () => {
    const claim = claimOf("Halcyon Foundry manufactures the Orion 300.", [1, 2, 3]);
    expect(joins(claim, claimShape("The Orion 300 is manufactured by Halcyon Foundry.").predicates, new Set())).toBe(
      true,
    );
    expect(joins(claim, new Set(), new Set())).toBe(true);
    expect(joins(claim, claimShape("Kestrel Cloud has ordered the Orion 300.").predicates, new Set())).toBe(false);
  });
});

describe("joins with the claim's periods and countries", () => {
  it("should keep out a quarter or a country the claim's first member to name one does not name", () => {
    // The first wording names no quarter; the claim takes the third quarter from the member that names it.
    const claim = claimOf("Lumen's gross margin was 48%.", [1, 2, 3]);
    const third = claimShape("Lumen's gross margin was 48% in the third quarter.");
    expect(joins(claim, third.predicates, new Set(), scopeOf(third))).toBe(true);
    adopt(claim, third.predicates, new Set(), scopeOf(third));
    const fourth = claimShape("Lumen's gross margin was 48% in the fourth quarter.");
    expect(joins(claim, fourth.predicates, new Set(), scopeOf(fourth))).toBe(false);
    const unnamed = claimShape("Gross margin held at 48%, Lumen said.");
    expect(joins(claim, unnamed.predicates, new Set(), scopeOf(unnamed))).toBe(true);

    const listing = claimOf("Halcyon Foundry was added to the export blacklist.", [4, 5, 6]);
    const us = claimShape("The US added Halcyon Foundry to its export blacklist.");
    adopt(listing, us.predicates, new Set(), scopeOf(us));
    const japan = claimShape("Japan added Halcyon Foundry to its export blacklist.");
    expect(joins(listing, japan.predicates, new Set(), scopeOf(japan))).toBe(false);
  });
});

describe("joins with the claim's days", () => {
  it("should keep out an event on another day, once the claim has a day, and let in one on no named day", () => {
    const claim = claimOf("Kestrel Labs released the K9 model.", [1, 2, 3]);
    const dated = claimShape("Kestrel Labs released the K9 model on March 4.");
    adopt(claim, dated.predicates, new Set(), scopeOf(dated));
    const other = claimShape("Lumen released its Orion X5 chip on March 1.");
    expect(joins(claim, other.predicates, new Set(), scopeOf(other))).toBe(false);
    const undated = claimShape("Kestrel Labs released K9 on Tuesday.");
    expect(joins(claim, undated.predicates, new Set(), scopeOf(undated))).toBe(true);
  });

  it("should read a day, not a month or a weekday, as the claim's day", () => {
    expect([...scopeOf(claimShape("Lumen shipped the Orion X5 on 4 March.")).days]).toEqual(["d:mar4"]);
    expect([...scopeOf(claimShape("Lumen shipped the Orion X5 on Tuesday in March.")).days]).toEqual([]);
  });
});

describe("ReadingIndex and mergeClose", () => {
  const agree = (a: ReturnType<typeof claimShape>, b: ReturnType<typeof claimShape>) => shapesAgree(a, b, new Set());

  it("should merge two claims that assert the same thing in other words, and leave a reversed one apart", () => {
    const active = claimOf("Halcyon Foundry manufactures the Orion 300.", [1, 2, 3]);
    const passive = claimOf("The Orion 300 is manufactured by Halcyon Foundry.", [4, 5, 6]);
    const order = claimOf("Kestrel Cloud has ordered the Orion 300.", [7, 8, 9]);
    const claims = [active, passive, order];
    const index = new ReadingIndex(claims);
    claims.forEach((_, c) => {
      index.add(c);
    });
    // No words in common, but one reading: the index marks them near each other, and only them.
    expect([...active.near]).toEqual([1]);
    expect(order.near.size).toBe(0);
    const merged = mergeClose(claims, agree);
    expect(merged.map((c) => c.members.map((m) => m.text))).toEqual([
      ["Halcyon Foundry manufactures the Orion 300.", "The Orion 300 is manufactured by Halcyon Foundry."],
      ["Kestrel Cloud has ordered the Orion 300."],
    ]);
  });
});

describe("mergeClose with a first wording that says more than its claim", () => {
  const agree = (a: ReturnType<typeof claimShape>, b: ReturnType<typeof claimShape>) => shapesAgree(a, b, new Set());
  const unit = (ids: number[]) => ({
    ids: Int32Array.from(ids),
    weights: Float64Array.from(ids.map(() => 1 / Math.sqrt(ids.length))),
  });
  /** A claim opened by a long post (many terms) that gathered one plain wording after it. */
  const opened = (firstIds: number[], laterIds: number[]): Cluster => {
    const claim = claimOf("Kestrel Cloud is lining up Orion racks from Lumen, and the bill looks steep.", firstIds);
    const later = unit(laterIds);
    claim.members.push({ id: "later", text: "Kestrel Cloud is haggling over Orion racks." } as Sentence);
    later.ids.forEach((t, k) => {
      const old = claim.sum.add(t, later.weights[k] as number);
      const w = later.weights[k] as number;
      claim.norm2 += (old + w) * (old + w) - old * old;
    });
    claim.early = [later];
    return claim;
  };
  const long = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

  it("should merge a claim whose early member is close to the other's first wording", () => {
    const post = opened(long, [1, 2, 20, 21, 22]);
    const plain = claimOf("Kestrel Cloud is negotiating for Orion racks.", [1, 2, 20, 21]);
    post.near.add(1);
    plain.near.add(0);
    expect(mergeClose([post, plain], agree).map((c) => c.members.length)).toEqual([3]);
  });

  it("should leave them apart when the two first wordings share fewer than two terms", () => {
    const post = opened([1, ...long.slice(2)], [1, 30, 20, 21, 22]);
    const plain = claimOf("Kestrel Cloud is negotiating for Orion racks.", [30, 20, 21, 31]);
    post.near.add(1);
    plain.near.add(0);
    expect(mergeClose([post, plain], agree).map((c) => c.members.length)).toEqual([2, 1]);
  });
});

describe("sameFigure", () => {
  const same = (a: string, b: string): boolean => sameFigure(claimShape(a), claimShape(b));
  it("should see one precise figure in two wordings of an order", () => {
    expect(
      same(
        "Lantern has agreed to buy about $3.4 billion worth of the chips.",
        "Reported Lantern order: US$3.4bn of K9s.",
      ),
    ).toBe(true);
    expect(same("Lantern ordered about 45,000 K9 accelerators.", "Lantern's order for 45,000 K9s was confirmed.")).toBe(
      true,
    );
  });

  it("should not take a rounded figure, a bound or a small count as telling", () => {
    expect(same("Lantern ordered about 2 million stacks.", "A paper put the order at 1.6 million stacks.")).toBe(false);
    expect(same("Lantern ordered more than 45,000 chips.", "Lantern ordered 45,000 chips.")).toBe(false);
    expect(same("Three buyers signed on.", "Three buyers signed up.")).toBe(false);
    expect(same("Lantern ordered 45,000 chips.", "Lantern ordered 52,000 chips.")).toBe(false);
  });

  it("should not take a process node as a figure two claims share", () => {
    // Two chips made on one node are two claims; the node names a generation, not a measured amount.
    expect(same("Orla's older chips are still made on a 7nm process.", "Tarn's new part ships from a 7nm line.")).toBe(
      false,
    );
    expect(same("Tarn's 5 nanometre line yields about 62%.", "Tarn says yields on its 5nm line are 62%.")).toBe(true);
  });
});

describe("holdAs on a rule's stage and a licence", () => {
  it("should hold a claim that gathered a proposal as a proposal, and one that gathered 'need a licence' as that", () => {
    const claim = claimOf("Ostrian labs lease Pell-7 servers in Corvan data centres.", [1, 2, 3]);
    holdAs(claim, claimShape("The ministry proposed a rule on Ostrian labs leasing Pell-7 servers in Corvan."));
    expect(claim.shape.rule).toBe("proposed");
    expect(
      shapesAgree(claim.shape, claimShape("The rule on leasing Pell-7 servers in Corvan takes effect in May.")),
    ).toBe(false);
    holdAs(claim, claimShape("Ostrian labs need a licence to lease Pell-7 servers in Corvan data centres."));
    expect(claim.shape.licence).toBe("needed");
    expect(shapesAgree(claim.shape, claimShape("Ostrian labs lease Pell-7 servers in Corvan without a licence."))).toBe(
      false,
    );
  });
});
