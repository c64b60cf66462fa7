// Holds the claim model's measured quality on the labelled claim sets, so a drop in grouping or corroboration fails.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateClaims, type Ratio } from "../../src/eval/claims.ts";
import { FIXTURES, REPO } from "../helpers.ts";

const share = (r: Ratio): number => (r.of === 0 ? 1 : r.hits / r.of);
const CONFIG = join(REPO, "briefing.yaml");

// Floors a little below the figures measured once the claim model, the cleaning and the disagreement rules were
// merged (issue 23). Tuning set: merge precision 0.99, recall 0.64, disagreements 1.00 / 0.90, key facts 0.93, badge
// right 0.91, overclaims 0.00. Held out (blind before: merge 0.63 / 0.35, disagreements 0/2 and 0/10, key facts 0.81,
// badge 0.59, overclaims 0.41): merge 0.90 / 0.45, disagreements 0.71 / 0.50, key facts 0.94, badge 0.75, overclaims
// 0.19. The held-out targets are merge precision 0.95 and recall 0.8, disagreement precision 0.9 and recall 0.7, key
// facts 0.85 and no overclaim; where a floor is below a target, the target is not met yet. Never lower a floor to make
// a change pass; raise it when a change does better. One exception, said here: relations and figure words (after the
// first measurement) took merge recall to 0.68 and overclaims to 0, and the new merges brought points whose badge is
// one short of the labels (aggregators that credit no one add no origin), so "badge right" went from 0.91 to 0.85.
const FLOORS = {
  dev: {
    mergePrecision: 0.98,
    mergeRecall: 0.68,
    disagreePrecision: 0.95,
    disagreeRecall: 0.95,
    keyFacts: 0.9,
    badge: 0.84,
    overclaims: 0,
  },
  holdout: {
    mergePrecision: 0.91,
    mergeRecall: 0.44,
    disagreePrecision: 0.88,
    disagreeRecall: 0.8,
    keyFacts: 0.9,
    badge: 0.75,
    overclaims: 0.19,
  },
};

// The later tuning sets, written in the shapes where unseen pages went wrong: merge precision and recall,
// disagreement precision, overclaims and leaks as measured when they were last tuned on. claims-dev8 was written for
// page furniture (first read: 9 leaks) and tuned on the cleaning side only; its grouping figures are as first read.
// Overclaims as left once origins were read in the shapes pages give them (dev7 0.32 -> 0.03, dev8 0.40 -> 0.20, dev6
// 0.10 -> 0, dev4 0.08 -> 0): what is left on dev8 is wrong merges and a question's pair of askers.
// Figures set against a claim's own, round numbers in words, bounds, and plans read with the future tense took merge
// recall up on ten sets (dev3 0.41 -> 0.47, dev11 0.52 -> 0.66, dev12 0.39 -> 0.48); the floors below follow.
// Origins read where pages pass on one voice (interview answers under a label, a transcript's speakers, an employee's
// post, "He said" after a chief executive, "X thinks", "the same wire report said", a deck of sourced cards) took
// overclaims to dev3 1 -> 0, dev7 1 -> 0, dev8 4 -> 3, dev10 4 -> 2, dev11 2 -> 1, dev12 4 -> 1; what is left is wrong
// merges, a podcast's episode list read as its own word on a rule, and a company's shipments no page credits.
// One precise figure shared (a sentence then needs less in common with a claim's first wording), converted amounts,
// and numbers no longer read as models took merge recall up: dev3 0.47 -> 0.51, dev7 0.58 -> 0.74, dev9 0.66 -> 0.77,
// dev10 0.73 -> 0.75, dev11 0.66 -> 0.70, dev12 0.48 -> 0.52, with no merge precision lost. The exception said above, on
// dev3: the merged points underclaim by one origin where they did not (badge 0.94 -> 0.91), with no overclaim.
const LATER = [
  ["claims-dev3", { mergePrecision: 0.95, mergeRecall: 0.5, disagreePrecision: 1, badge: 0.9, overclaims: 0 }],
  ["claims-dev4", { mergePrecision: 0.96, mergeRecall: 0.73, disagreePrecision: 1, disagreeRecall: 1, overclaims: 0 }],
  ["claims-dev5", { mergePrecision: 0.99, mergeRecall: 0.82, disagreePrecision: 1, disagreeRecall: 1, overclaims: 0 }],
  [
    "claims-dev8",
    { mergePrecision: 0.88, mergeRecall: 0.53, disagreePrecision: 1, disagreeRecall: 1, badge: 0.74, overclaims: 0.15 },
  ],
  // Two leaks left: a thread's reply after "Replying to @…" and a press release's "City, date —" dateline run into its
  // first sentence.
  [
    "claims-dev7",
    {
      mergePrecision: 0.99,
      mergeRecall: 0.73,
      disagreePrecision: 0.66,
      disagreeRecall: 1,
      badge: 0.95,
      overclaims: 0,
      leaks: 2,
    },
  ],
  // Written for disagreements and time; its one leak is an "Updated on …" note quoted as a claim. Schedules and their
  // slips, licences granted and not, and makers the makers: list does not know took its disagreement recall from 0.50.
  // Its merge floors were set while claims-dev10's grouping rules (tiers, periods, countries, days) were written apart:
  // with them, merge precision rose from 0.77 to 0.87 and recall fell by one pair (27 to 26 of 44).
  // "Chinese regulators" read as China took merge precision to 0.93; the customs block, no longer merged into
  // Beijing's approval, stands in no section (no section's cues name customs): key facts 0.86 to 0.82.
  [
    "claims-dev9",
    {
      mergePrecision: 0.93,
      mergeRecall: 0.76,
      disagreePrecision: 1,
      disagreeRecall: 1,
      keyFacts: 0.81,
      overclaims: 0.34,
      leaks: 1,
    },
  ],
  // Written for near-duplicate claims (first read: merge precision 0.89, recall 0.73) and tuned on the grouping only:
  // its two forum leaks are as first read. Its four invented disagreements are gone (a denial is set only against its
  // own actor's act, a tier is another product, "80,000 T7" is a count): it now shows none.
  // Its yields (65% against about 45%), Alibaba's order (80,000 in other outlets' reports against 50,000 in a paper's
  // own), deliveries begun against "has not yet received" and "no Nvidia chips were used" against Nvidia pre-training are
  // now disputes: the same five overclaims among fewer badged points.
  [
    "claims-dev10",
    {
      mergePrecision: 0.98,
      mergeRecall: 0.74,
      disagreePrecision: 1,
      disagreeRecall: 1,
      badge: 0.78,
      overclaims: 0.15,
      leaks: 2,
    },
  ],
  // Written apart from the code (first read: merge 0.87 / 0.51, disagreements 0.64 / 0.70, key facts 0.50, overclaims
  // 0.63, leaks 2); these floors are after the round's attribution rules (speakers, posts, link rivers). A hedged
  // figure read within a tenth ("about 2 million" against "1.6 million", "about $500" against "nearer $380") and a
  // denial shown where its source also gives the account took disagreement recall from 0.70 to 1.00.
  // A live blog's time stamp read past (claims-dev11 key facts 6 -> 7 of 12) reorders the grouping's clearest-first
  // pass and one pair of 187 falls apart: merge recall 0.70 -> 0.69.
  [
    "claims-dev11",
    {
      mergePrecision: 0.98,
      mergeRecall: 0.68,
      disagreePrecision: 1,
      disagreeRecall: 1,
      badge: 0.86,
      overclaims: 0.07,
      leaks: 2,
    },
  ],
  // Written apart from the code (first read: merge 0.81 / 0.39, disagreements 0.14 / 0.13, key facts 0.44, overclaims
  // 0.36, leaks 3). A share in use against the idle rest, a parity claim against a fraction, a purchase through
  // intermediaries and a facility's operation denied, and "50,000 more WY-7s" read as an amount took disagreement
  // recall from 0.38 to 1.00. The exception said above: the same four overclaims are now among nine badged points, not
  // ten (the one-origin "about 50,000 more WY-7s" is shown in its dispute, not as a point), so the share is 0.44.
  [
    "claims-dev12",
    {
      mergePrecision: 0.84,
      mergeRecall: 0.51,
      disagreePrecision: 1,
      disagreeRecall: 1,
      keyFacts: 0.44,
      badge: 0.7,
      overclaims: 0.15,
      leaks: 1,
    },
  ],
  // Written apart from the code (first read: merge 0.94 / 0.54, disagreements 0.83 / 0.63, key facts 0.74, badge right
  // 0.50, overclaims 0.36, leaks 1). A portal's provider line credited by its short name, "X's sources say", a process
  // node that is no shared figure, a price cut later from the figure it replaced, mass production against still
  // sampling, and a plan shelved against "unchanged" took overclaims to 0 and disagreements to 1.00 / 0.88. The two
  // price claims, shown before only inside the invented dispute, stand in no section: key facts 0.78, not higher.
  [
    "claims-dev13",
    {
      mergePrecision: 0.97,
      mergeRecall: 0.54,
      disagreePrecision: 1,
      disagreeRecall: 0.87,
      keyFacts: 0.78,
      badge: 0.9, // 10 of 11: the point that quoted the X sidebar's bio is gone with the sidebar
      overclaims: 0,
      leaks: 0,
    },
  ],
  // Written apart from the code, on who says what (first read: merge 0.86 / 0.57, disagreements 1.00 / 0.57, key facts
  // 0.80, badge right 0.69, overclaims 0.25, leaks 3). Talks to buy kept apart from the deal signed, and "X's own pitch
  // is that" and "X's scoop" read as credits, took merge to 1.00 / 0.63 and overclaims to 0.19; what is left is a
  // company's word through its press release, its executives' post and podcast, and one ministry named three ways.
  // Reading a deal's reported worth and a share of a rival's throughput found the two disputes over them (disagreements
  // 0.57 -> 0.86, key facts 0.80 -> 0.93); a point now shown as a dispute claims no badge, so badges right 12 of 16
  // became 11 of 15 and the same 3 overclaims are 3 of 15.
  [
    "claims-dev14",
    {
      mergePrecision: 1,
      mergeRecall: 0.63,
      disagreePrecision: 1,
      disagreeRecall: 0.85,
      keyFacts: 0.93,
      badge: 0.73,
      overclaims: 0.2,
      leaks: 2,
    },
  ],
] as const;

/** Checks a score against every floor given, named as in FLOORS. */
function expectFloors(s: Awaited<ReturnType<typeof evaluateClaims>>, floor: Partial<(typeof FLOORS)["dev"]>): void {
  const at = (name: keyof (typeof FLOORS)["dev"], figure: Ratio): void => {
    const value = floor[name];
    if (value !== undefined) expect(share(figure), name).toBeGreaterThanOrEqual(value);
  };
  at("mergePrecision", s.mergePrecision);
  at("mergeRecall", s.mergeRecall);
  at("disagreePrecision", s.disagreementPrecision);
  at("disagreeRecall", s.disagreementRecall);
  at("keyFacts", s.keyFactRecall);
  at("badge", s.corroboration);
  if (floor.overclaims !== undefined) expect(share(s.overclaims), "overclaims").toBeLessThanOrEqual(floor.overclaims);
}

describe("claims", () => {
  it("should keep grouping and corroboration on the tuning set", async () => {
    expectFloors(await evaluateClaims(join(FIXTURES, "eval", "claims-dev"), CONFIG), FLOORS.dev);
  });

  // Figures only: what goes wrong on the held-out set is not read while rules are tuned.
  it("should keep them on the held-out set", async () => {
    expectFloors(await evaluateClaims(join(FIXTURES, "eval", "claims-holdout"), CONFIG), FLOORS.holdout);
  });

  // The second tuning set tells two other stories (an electric car, a phone maker's chips): rules must not know this one.
  it("should find the disagreements of stories other than this briefing's", async () => {
    const s = await evaluateClaims(join(FIXTURES, "eval", "claims-dev2"), CONFIG);
    expectFloors(s, { disagreePrecision: 0.95, disagreeRecall: 0.9, mergePrecision: 0.95, overclaims: 0 });
  });

  // The sixth tuning set, written on what makes a briefing say too much (syndicated wire copy, corrections, figures
  // that look comparable and are not). First read: merge 0.88 / 0.60, disagreement precision 0.33, overclaims 0.33,
  // leaks 2. One leak is left: a newsletter's item heading asked as a question ("The order: 60k, 45k or zero?") is
  // shown as a question its next line answers. "Trained on a cluster of HX-90s" against Nvidia pre-training, and two
  // prices per chip no longer hidden behind a more reported price per million tokens, took disagreement recall from
  // 0.71 to 1.00.
  it("should keep grouping, disagreements and badges on claims-dev6", async () => {
    const s = await evaluateClaims(join(FIXTURES, "eval", "claims-dev6"), CONFIG);
    expectFloors(s, {
      mergePrecision: 0.96,
      mergeRecall: 0.64,
      disagreePrecision: 1,
      disagreeRecall: 1,
      keyFacts: 0.77,
      overclaims: 0,
    });
    expect(s.leaks.length).toBeLessThanOrEqual(1);
  });

  it.each(LATER)(
    "should keep grouping, disagreements and badges on %s, with no furniture quoted",
    async (set, floor) => {
      const s = await evaluateClaims(join(FIXTURES, "eval", set), CONFIG);
      expectFloors(s, floor);
      if ("leaks" in floor) expect(s.leaks.length).toBeLessThanOrEqual(floor.leaks);
      else expect(s.leaks).toEqual([]);
    },
  );
});
