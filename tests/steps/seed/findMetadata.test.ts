// Who published a page, who wrote it and when, read from the page itself; front matter wins.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanSeed } from "../../../src/steps/seed/cleanSeed.ts";
import { findMetadata } from "../../../src/steps/seed/findMetadata.ts";
import { segmentSeed } from "../../../src/steps/seed/segmentSeed.ts";
import type { Source } from "../../../src/model/types.ts";
import { FIXTURES, sourceFrom } from "../../helpers.ts";

function read(text: string, meta: Partial<Source["meta"]> = {}): Source {
  const source = sourceFrom(text);
  source.meta = { ...source.meta, ...meta };
  cleanSeed(source);
  findMetadata(source);
  segmentSeed(source);
  return source;
}

// Pages written for this test, in the shapes outlets use.
const wire = [
  "HARBOUR POST",
  "Cambricon wins a second cloud order as Ascend supply stays tight",
  "By Ana Lucero and Kenji Mori",
  "GUANGZHOU, June 9 (Harbour Post) - Cambricon has won an order from a second cloud operator, two people said.",
  "The operator declined to comment.",
  "© 2025 Harbour Post. All rights reserved.",
].join("\n");

const note = [
  "Meridian Capital | China Semis",
  "Sector Note | 9 June 2025",
  "Ascend supply: our checks point to a tighter second half",
  "Analysts: Ines Duarte, CFA · Paul Ko",
  "Our checks suggest Huawei will ship fewer Ascend units than planned this year.",
].join("\n");

// An AI summary card, read by the metadata and the kind tests alike.
const card = readFileSync(join(FIXTURES, "pages", "ai-card.txt"), "utf8");

describe("findMetadata", () => {
  it("should read the publisher from the masthead, the author from the byline, the date from the dateline and ©", () => {
    const s = read(wire);
    expect(s.meta).toMatchObject({ publisher: "Harbour Post", author: "Ana Lucero", published: "2025-06-09" });
    expect(s.title).toBe("Cambricon wins a second cloud order as Ascend supply stays tight");
    expect(s.kind).toBe("article");
    expect(s.messages.map(String)).toContain(
      'seeds/900_test.txt:1: removed masthead line "HARBOUR POST" (boilerplate: masthead)',
    );
  });

  it("should read a date line and an analysts line, and never take the masthead for the headline", () => {
    const s = read(note);
    expect(s.meta).toMatchObject({ publisher: "Meridian Capital", author: "Ines Duarte", published: "2025-06-09" });
    expect(s.title).toBe("Ascend supply: our checks point to a tighter second half");
  });

  it("should let front matter win over what the page says", () => {
    const s = read(wire, { publisher: "Harbour Post Asia", author: "Desk", published: "2025-06-10", title: "Given" });
    expect(s.meta).toMatchObject({ publisher: "Harbour Post Asia", author: "Desk", published: "2025-06-10" });
    expect(s.title).toBe("Given");
  });

  it("should give no date for a relative stamp, and say so", () => {
    const s = read(card);
    expect(s.meta.published).toBeNull();
    expect(s.messages.map(String)).toContain(
      'seeds/900_test.txt:2: no publication date: "15 hours ago" counts from when the page was saved, so it gives no date; add "published: YYYY-MM-DD" in front matter if you know it',
    );
  });

  it("should read an AI card's name from its first line", () => {
    expect(read(card).meta.publisher).toBe("BriefBot");
  });

  it("should not take a first sentence cut off for a title: 'Publisher, date' instead", () => {
    const s = read(
      [
        "Cambricon has won an order from a second cloud operator, two people with knowledge of the deal said on Monday.",
        "© 2025 Harbour Post",
      ].join("\n"),
      { published: "2025-06-09" },
    );
    expect(s.title).toBe("Harbour Post, 2025-06-09");
  });

  it("should find a masthead under a navigation line, a name alone under the headline, and a day with the © year", () => {
    const s = read(
      [
        "Skip to content",
        "The Silicon Ledger",
        "Why Ascend supply is the story to watch this summer",
        "Mara Ellison",
        "Updated June 9, 10:45 GMT",
        "Huawei plans to double Ascend output by the end of the year, two suppliers said.",
        "Copyright 2025 The Silicon Ledger",
      ].join("\n"),
    );
    expect(s.meta).toMatchObject({ publisher: "The Silicon Ledger", author: "Mara Ellison", published: "2025-06-09" });
    expect(s.title).toBe("Why Ascend supply is the story to watch this summer");
  });

  it("should read the masthead over a section label, a newsletter's issue line, a byline under the masthead and a sign-off", () => {
    const markets = read(
      [
        "Kestrel Markets",
        "Asia Stocks",
        "Chip stocks rally in Shanghai after a report of a large accelerator order",
        "Cambricon Technologies closed 7.4% higher in Shanghai on Tuesday, its biggest gain in a month.",
      ].join("\n"),
    );
    expect(markets.meta.publisher).toBe("Kestrel Markets");
    const letter = read(
      [
        "The Weekly Lattice · Issue #41",
        "Hi all,",
        "Big week for accelerators: two clouds placed orders, and one denied it had.",
        "That's it for this week. Reply and tell me what I missed.",
        "— Rosa Lindqvist",
      ].join("\n"),
    );
    expect([letter.meta.publisher, letter.meta.author]).toEqual(["The Weekly Lattice", "Rosa Lindqvist"]);
    const fronted = read(
      [
        "Northbank Tech",
        "Ines Moreau | June 24, 2026 | 4 min read",
        "The first accelerators of the new line arrived at a Shenzhen data centre this week, two people said.",
        "Share Northbank Tech",
      ].join("\n"),
      { title: "First accelerators land in Shenzhen" },
    );
    expect([fronted.meta.publisher, fronted.meta.author]).toEqual(["Northbank Tech", "Ines Moreau"]);
  });

  it("should read 'Posted <date> by', 'Hosted by' and a name under the headline repeated from front matter", () => {
    const blog = read(
      ["Kernel Notes", "Posted September 16, 2026 by Ines Okafor", "Beijing told two firms to stop buying."].join("\n"),
    );
    expect(blog.meta.author).toBe("Ines Okafor");
    const show = read(
      ["Silicon Hour, episode 88", "Hosted by Maya Kerrigan and Joon Park", "We talk through the chip orders."].join(
        "\n",
      ),
    );
    expect(show.meta.author).toBe("Maya Kerrigan");
    const markets = read(
      [
        "Orbit Markets",
        "Stocks · US Open",
        "Vantor slips after a report that Beijing halted purchases",
        "Dmitri Halloran",
        "Vantor shares fell 3% in early trading on Monday after the report.",
      ].join("\n"),
      { title: "Vantor slips after a report that Beijing halted purchases" },
    );
    expect(markets.meta.author).toBe("Dmitri Halloran");
  });

  it("should take a press release sent through a distribution wire for the company's own", () => {
    const release = read(
      [
        "HONG KONG, Oct. 21, 2026 /PRNewswire/ -- Tessel Compute launches a model service on new accelerators",
        "Tessel Compute now serves the model to enterprise customers across Asia.",
        "About Tessel Compute",
        "Tessel Compute runs AI cloud infrastructure for banks and insurers.",
      ].join("\n"),
    );
    expect(release.meta.publisher).toBe("Tessel Compute");
  });

  it("should read the bylines of wire, live, translated, forum, social and video pages", () => {
    const wire = read(
      [
        "LANTERN WIRE ▸ Technology ▸ Asia",
        "Cloud operator orders accelerators from a domestic supplier",
        "Odile Brandt, Lantern Wire",
        "Oct 6 (Lantern Wire) — A cloud operator has ordered about 9,000 accelerators, two people told Lantern Wire.",
      ].join("\n"),
    );
    expect(wire.meta).toMatchObject({ title: "Cloud operator orders accelerators from a domestic supplier" });
    expect(wire.meta).toMatchObject({ author: "Odile Brandt", publisher: "Lantern Wire" });

    const live = read(
      [
        "The Quayside Herald",
        "Export rules tightened again: live updates",
        "Last updated: 15/10/2026, 18:42 BST",
        "Rhea Santos, Quayside live desk",
        "The department said comments on the rule can be filed until December.",
      ].join("\n"),
    );
    expect(live.meta).toMatchObject({ author: "Rhea Santos", published: "2026-10-15" });

    const translated = read(
      [
        "Original article by Lin Qiao · Translated by Ma Wen",
        "The order comes to about 12,000 units, according to two people at suppliers involved in the deal.",
      ].join("\n"),
    );
    expect(translated.meta.author).toBe("Lin Qiao");

    const forum = read(
      [
        "r/siliconchat",
        "Posted by u/quiet_wafer · 9h",
        "Order sizes all over the place: a roundup of this week's chip news",
        "One outlet says the operator ordered about 9,000 accelerators, another says closer to 6,000.",
      ].join("\n"),
    );
    expect(forum.meta).toMatchObject({ publisher: "r/siliconchat", author: "u/quiet_wafer" });

    const post = read(
      [
        "Marisol Okafor • 2nd",
        "Chip supply advisor | Views my own",
        "The operator has ordered about 9,000 accelerators, a wire service reported this week.",
      ].join("\n"),
    );
    expect(post.meta.author).toBe("Marisol Okafor");

    const video = read(
      [
        "Gradient Garage",
        "Is the new model really as good as they say? (Tested!)",
        "88,120 views  Oct 23, 2026  #models #benchmarks",
        "The lab launched the model on October 20, and in this video we go through what is actually new.",
      ].join("\n"),
    );
    expect(video.meta).toMatchObject({ publisher: "Gradient Garage", published: "2026-10-23" });
    expect(video.meta.title).toBe("Is the new model really as good as they say? (Tested!)");
  });

  it("should read a portal's labelled reporter, a byline after a separator and a social post's author card", () => {
    const portal = read(
      [
        "Riverside Daily",
        "Home > Business > Chips",
        "Cloud operator trims accelerator rental prices again",
        "2026-11-02 09:15 Source: Riverside Daily Reporter: Wu Lanting Editor: Zhao Min",
        "The operator said on Sunday that the hourly price of its accelerator clusters fell to about 14 yuan.",
      ].join("\n"),
    );
    expect(portal.meta).toMatchObject({ author: "Wu Lanting", published: "2026-11-02" });

    const links = read(
      [
        "The Wafer Weekly",
        "Friday links · by Noor Haddad",
        "The chip designer reported revenue of 4.1 billion yuan for the year, a wire service said.",
      ].join("\n"),
    );
    expect(links.meta.author).toBe("Noor Haddad");

    const thread = read(
      [
        "Tomas Eriksen",
        "@fab_ledger",
        "1/ A week after the launch, here is where the rental market stands. 🧵",
        "2/ The lab released its model on March 3, and says it trained it on domestic accelerators.",
        "3/ Rental prices fell again this week.",
        "7:05 PM · Mar 10, 2027 · 12.4K Views",
        "310 Reposts 41 Quotes 1,208 Likes",
      ].join("\n"),
    );
    expect(thread.meta).toMatchObject({ author: "Tomas Eriksen", published: "2027-03-10" });

    const post = read(
      [
        "Ines Valdivia",
        "Head of Partnerships at Orbit Cloud | Compute for builders",
        "3d • Edited",
        "From next month our accelerator clusters cost less per hour, and our new campus is already running.",
      ].join("\n"),
    );
    expect(post.meta.author).toBe("Ines Valdivia");

    const curated = read(
      [
        "The Foundry Letter",
        "Issue #41 · curated by Mira Castellanos",
        "Top links",
        "The foundry's new line can now make 20,000 wafers a month, a trade paper reports.",
      ].join("\n"),
    );
    expect(curated.meta).toMatchObject({ publisher: "The Foundry Letter", author: "Mira Castellanos" });

    const linkBoard = read(
      [
        "Hacker News new | past | comments | ask | show | jobs | submit",
        "A new open-weights model from a Hangzhou lab (example.com)",
        "233 points by quant_kettle 5 hours ago | hide | past | favorite | 98 comments",
        "The model card lists 400B parameters in total.",
      ].join("\n"),
    );
    expect(linkBoard.meta.publisher).toBe("Hacker News");

    // A headline is not an author card, and a separator line with no "by" names no one.
    const headed = read(
      [
        "Orbit Cloud cuts prices",
        "@orbitcloud",
        "Markets · Asia · Technology",
        "The operator cut its hourly prices by a fifth, it said on Monday.",
      ].join("\n"),
    );
    expect(headed.meta.author).toBeNull();
  });

  it("should read a byline and date under a standfirst, a headline written as a sentence, and a portal's two-word label", () => {
    const feature = read(
      [
        "THE LANTERN QUARTERLY",
        "Science · Long read",
        "The fab that was never finished",
        "Orvell says its new plant is on schedule. Its builders say otherwise.",
        "By Ilse Marchetti",
        "June 3, 2027",
        "The plant outside Wuxi was meant to start production this spring, and it has not.",
      ].join("\n"),
    );
    expect(feature.meta).toMatchObject({ author: "Ilse Marchetti", published: "2027-06-03" });

    const blog = read(
      [
        "Probe Station",
        "We opened an Orvell board. The memory is not what the box says.",
        "Posted on 9 May 2027 by Teo Vanterpool · 6 min read",
        "The board carries four memory stacks where the spec sheet lists six, and we counted them twice.",
      ].join("\n"),
    );
    expect(blog.meta).toMatchObject({ author: "Teo Vanterpool", published: "2027-05-09" });

    const portal = read(
      [
        "2027-02-11 10:05 Source: Hexi Finance Author: Qiao Lanfen Responsible editor: Du Yiming",
        "Orvell shares rose 8% on Thursday after the company raised its forecast.",
      ].join("\n"),
    );
    expect(portal.meta.author).toBe("Qiao Lanfen");

    // A standfirst followed by the story, not by a byline, still ends the header: the story's first sentence is no byline.
    const plain = read(
      [
        "Orvell's plant slips again",
        "The company says its new plant is on schedule, though its builders say otherwise.",
        "Construction stopped in March, according to two people who worked on the site.",
      ].join("\n"),
    );
    expect(plain.meta.author).toBeNull();
  });

  it("should read a newsletter's name over its issue line, an outlet's full name from its breadcrumb, a post under a title bar and a thread's opener", () => {
    const letter = read(
      [
        "The Copper Wire",
        "Issue 14 · by Rhea Solberg",
        "Morning, all. A quiet week, apart from one order that was not quiet at all.",
        "Marrow Cloud has ordered 20,000 Orvell boards, two people at the company tell me.",
      ].join("\n"),
    );
    expect(letter.meta).toMatchObject({ publisher: "The Copper Wire", author: "Rhea Solberg" });

    const logo = read(
      [
        "KESTREL",
        "Kestrel Markets › Technology",
        "Orvell raises its forecast as boards sell out",
        "By Amos Taigh",
        "Orvell raised its full-year forecast on Tuesday, citing demand from cloud buyers.",
        "Kestrel could not confirm the order book.",
      ].join("\n"),
    );
    expect(logo.meta.publisher).toBe("Kestrel Markets");
    // A breadcrumb that opens on something else leaves the masthead's name as it is.
    const home = read(
      [
        "KESTREL",
        "Home › Technology",
        "Orvell raises its forecast as boards sell out",
        "By Amos Taigh",
        "Orvell raised its full-year forecast on Tuesday, citing demand from cloud buyers.",
        "Kestrel could not confirm the order book.",
      ].join("\n"),
    );
    expect(home.meta.publisher).toBe("Kestrel");

    const post = read(
      [
        "Post",
        "Juno Abara",
        "@juno_compute",
        "Chips analyst. Opinions mine.",
        "Marrow Cloud is buying 20,000 Orvell boards, per two people I trust.",
      ].join("\n"),
    );
    expect(post.meta.author).toBe("Juno Abara");
    expect(post.meta.publisher).not.toBe("Post");

    const thread = read(
      [
        "BoardRoom › Hardware",
        "Orvell boards: is the memory really six stacks?",
        "stack_counter · Original poster · 3 weeks ago",
        "My board only has four stacks, photos below, and I counted twice.",
        "reflow_rita · 3 weeks ago",
        "Same here, mine has four as well.",
      ].join("\n"),
    );
    expect(thread.meta.author).toBe("stack_counter");
  });

  it("should read a dateline that gives the day first, and keep it out of the quoted sentence", () => {
    const release = read(
      [
        "Orbit Cloud opens its Chengdu campus",
        "Chengdu, 4 March 2027 — Orbit Cloud Ltd today announced that its Chengdu campus has begun serving customers.",
        "About Orbit Cloud",
        "Orbit Cloud runs data centres in western China.",
      ].join("\n"),
    );
    expect(release.meta.published).toBe("2027-03-04");
    expect(release.sentences.map((s) => s.text)).toContain(
      "Orbit Cloud Ltd today announced that its Chengdu campus has begun serving customers.",
    );
  });

  it("should take no publisher from a copyright line that names no holder", () => {
    const page = read(
      [
        "Export rules: what changes",
        "The rule takes effect next month, the department said.",
        "© 2026 All rights reserved.",
      ].join("\n"),
    );
    expect(page.meta.publisher).toBeNull();
  });

  it("should leave a numeric date alone when either number could be the month", () => {
    const page = read(
      ["Export rules: what changes", "Updated 03/04/2026", "The rule takes effect next month."].join("\n"),
    );
    expect(page.meta.published).toBeNull();
  });

  it("should read the pages platforms and portals frame: an archive's banner, a portal's provider, a blog platform, print, podcasts, threads", () => {
    const archived = read(
      [
        "The Wayback Machine - https://web.archive.org/web/20261127143312/https://example.com/preview/",
        "43 captures",
        "27 Nov 2026 - 12 Dec 2026",
        "NOV DEC JAN",
        "About this capture",
        "COLLECTED BY",
        "Organization: Archive Team",
        "Gridline",
        "Home › Models › Preview",
        "The next open model is coming in December: what we know",
        "By Pia Lund · November 27, 2026",
        "The lab has told partners the model will ship before the end of the year, two of them said.",
      ].join("\n"),
    );
    expect(archived.meta).toMatchObject({ publisher: "Gridline", author: "Pia Lund" });

    const portal = read(
      [
        "Tileview | News | Technology",
        "A chipmaker unveils its next accelerator",
        "Story by Omar Reyes • 5h • 2 min read",
        "© Provided by Larkspur Tech Daily",
        "The chipmaker unveiled its next accelerator at a developer conference on Thursday.",
      ].join("\n"),
    );
    expect(portal.meta.publisher).toBe("Larkspur Tech Daily");

    const platform = read(
      [
        "Member-only story",
        "What the new accelerator tells us about memory",
        "Inside a chipmaker's claim that it needs no imported memory",
        "Ilse Moreau",
        "Follow",
        "Published in Wafer Notes",
        "7 min read · Dec 10, 2026",
        "The chipmaker says every stack of memory on its new accelerator is made in its own plants.",
      ].join("\n"),
    );
    expect(platform.meta).toMatchObject({ publisher: "Wafer Notes", author: "Ilse Moreau", published: "2026-12-10" });

    const print = read(
      [
        "B1   THE HOLLOWAY LEDGER, SATURDAY, DECEMBER 5, 2026",
        "A Buyer Says It Has Not Ordered the New Chip",
        "By MARA QUINN",
        "A cloud company said on Friday that it had not placed any order for the new processor.",
      ].join("\n"),
    );
    expect(print.meta).toMatchObject({ publisher: "The Holloway Ledger", author: "Mara Quinn" });

    const show = read(
      [
        "Episode 12: Memory is the new export control",
        "December 11, 2026 · 54 min",
        "Hosts Jonas Pereira and Lea Fink are joined by a supply-chain analyst.",
        "The rule on memory exports takes effect in January, the hosts say.",
      ].join("\n"),
    );
    expect(show.meta.author).toBe("Jonas Pereira");

    const thread = read(
      [
        "Wen Hao @wafer_wen · Follow",
        "Analyst. Posts are my own.",
        "1/ The chipmaker says it started shipping the accelerator to its first customer in late November.",
      ].join("\n"),
    );
    expect(thread.meta.author).toBe("Wen Hao");

    const forum = read(
      [
        "Ask: was the model really trained only on domestic chips?",
        "164 points by fabwatch 2 days ago | hide | past | favorite | 97 comments",
        "The lab says every stage of training ran on domestic accelerators.",
      ].join("\n"),
    );
    expect(forum.meta.author).toBe("fabwatch");

    const release = read(
      [
        "FOR IMMEDIATE RELEASE",
        "Tessel Compute Begins Volume Shipments of Its Accelerator",
        "Tessel Compute today announced that shipments of its accelerator to its first customer began in late November.",
        "About Tessel Compute",
        "Tessel Compute designs processors for cloud and edge devices.",
      ].join("\n"),
    );
    expect(release.meta.publisher).toBe("Tessel Compute");
  });
});
