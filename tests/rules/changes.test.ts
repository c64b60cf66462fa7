// "Changes since the previous edition": what a maintainer sees after adding, editing or removing a seed.
import { describe, expect, it } from "vitest";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import * as cheerio from "cheerio";
import { buildSite } from "../../src/cli/build.ts";
import fc from "fast-check";
import { compareBriefings } from "../../src/rules/changes.ts";
import { comparable } from "../../src/text/comparable.ts";
import type { Briefing, Changes } from "../../src/model/types.ts";
import { FIXTURES, tempProject } from "../helpers.ts";

const read = async (root: string, file: string): Promise<string> => readFile(join(root, "_site", file), "utf8");
const changesOf = async (root: string): Promise<Changes & { since: string | null }> =>
  JSON.parse(await read(root, "changes.json"));
const banner = async (root: string): Promise<string> =>
  cheerio
    .load(await read(root, "index.html"))("section.changes")
    .text();

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[relative(dir, join(e.parentPath, e.name))] = await readFile(join(e.parentPath, e.name), "utf8");
  }
  return out;
}

describe("changes since the previous edition", () => {
  it("should show nothing on a first build, nor after rebuilding the same seeds", async () => {
    const root = await tempProject();
    await buildSite({ root });
    expect(await banner(root)).toBe("");
    expect(await changesOf(root)).toEqual({ since: null, added: [], removed: [], sourcing: [], stale: [] });
    const first = await snapshot(join(root, "_site"));
    await buildSite({ root });
    expect(await snapshot(join(root, "_site"))).toEqual(first);
    await rm(root, { recursive: true });
  });

  it("should report points a new seed adds or backs, and keep the report on an unchanged rebuild", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const extra = (await readdir(join(FIXTURES, "eval", "extra-seeds"))).filter((f) => f.endsWith(".txt"))[0] as string;
    await cp(join(FIXTURES, "eval", "extra-seeds", extra), join(root, "seeds", extra));
    await buildSite({ root });
    const changes = await changesOf(root);
    const id = extra.split("_")[0] as string;
    expect(changes.added.length + changes.sourcing.filter((s) => s.gained.includes(id)).length).toBeGreaterThan(0);
    expect(changes.stale).toEqual([]);
    expect(await banner(root)).toContain(`Changes since ${changes.since}`);
    const reported = await snapshot(join(root, "_site"));
    // Rebuilding the same seeds measures against the same previous edition: same bytes, report kept.
    await buildSite({ root });
    expect(await snapshot(join(root, "_site"))).toEqual(reported);
    await rm(root, { recursive: true });
  });

  it("should name a quote that an edit of its seed made stale", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const seed = join(root, "seeds", "001_62f8299da32287d5.txt");
    await writeFile(
      seed,
      (await readFile(seed, "utf8")).replace(
        "have placed orders for hundreds of thousands of Huawei chips",
        "have ordered many Huawei chips",
      ),
    );
    await buildSite({ root });
    const { stale } = await changesOf(root);
    expect(stale).toHaveLength(1);
    expect(stale[0]?.file).toBe("seeds/001_62f8299da32287d5.txt");
    expect(stale[0]?.quote).toContain("placed orders for hundreds of thousands of Huawei chips");
    expect(await banner(root)).toContain("Stale quote: seeds/001_62f8299da32287d5.txt no longer says");
    await rm(root, { recursive: true });
  });

  it("should report what a removed seed took away, without calling its quotes stale", async () => {
    const root = await tempProject();
    await buildSite({ root });
    const before = JSON.parse(await read(root, "briefing.json"));
    await rm(join(root, "seeds", "000_7597d96bac2faded.txt"));
    await buildSite({ root });
    const changes = await changesOf(root);
    const lostSource = changes.sourcing.filter((s) => s.lost.includes("000"));
    const only000 = before.sections.flatMap(
      (s: { points: Array<{ text: string; citations: Array<{ source: string }> }> }) =>
        s.points.filter((p) => p.citations.every((c) => c.source === "000")).map((p) => p.text),
    );
    expect(lostSource.length).toBeGreaterThan(0);
    for (const text of only000) expect(changes.removed.map((r) => r.text)).toContain(text);
    expect(changes.stale).toEqual([]);
    expect(await banner(root)).toContain("no longer cites 000");
    await rm(root, { recursive: true });
  });

  it("should compare with an edition the maintainer names", async () => {
    const root = await tempProject();
    await buildSite({ root });
    await cp(join(root, "_site", "briefing.json"), join(root, "edition-1.json"));
    await buildSite({ root, previous: join(root, "edition-1.json") });
    expect(await banner(root)).toContain("No point was added, removed or re-sourced");
    const failure = await buildSite({ root, previous: join(root, "missing.json") }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String((failure as Error).message ?? failure)).toContain("missing.json");
    await rm(root, { recursive: true });
  });
});

describe("matching points between editions", () => {
  // The plain reading of the rule: a point is the first point of the new edition, not yet matched, that has its text
  // or one of its quoted passages. compareBriefings looks up citations only when the text does not settle it.
  function reference(previous: Briefing, current: Briefing): Pick<Changes, "added" | "removed" | "sourcing"> {
    const key = (source: string, quote: string): string => `${source}\0${comparable(quote)}`;
    const located = (b: Briefing) => b.sections.flatMap((s) => s.points.map((point) => ({ point, section: s.title })));
    const after = located(current);
    const byKey = new Map<string, (typeof after)[number]>();
    for (const l of after) {
      byKey.set(`text\0${comparable(l.point.text)}`, l);
      for (const c of l.point.citations) if (!byKey.has(key(c.source, c.quote))) byKey.set(key(c.source, c.quote), l);
    }
    const matched = new Set<(typeof after)[number]>();
    const removed: Changes["removed"][number][] = [];
    const sourcing: Changes["sourcing"][number][] = [];
    for (const old of located(previous)) {
      const keys = [`text\0${comparable(old.point.text)}`, ...old.point.citations.map((c) => key(c.source, c.quote))];
      const now = keys.map((k) => byKey.get(k)).find((l) => l !== undefined && !matched.has(l));
      if (!now) {
        removed.push({ section: old.section, text: old.point.text });
        continue;
      }
      matched.add(now);
      const was = new Set(old.point.citations.map((c) => c.source));
      const is = new Set(now.point.citations.map((c) => c.source));
      const gained = [...is].filter((s) => !was.has(s)).sort();
      const lost = [...was].filter((s) => !is.has(s)).sort();
      if (gained.length || lost.length) sourcing.push({ section: now.section, text: now.point.text, gained, lost });
    }
    return {
      added: after.filter((l) => !matched.has(l)).map((l) => ({ section: l.section, text: l.point.text })),
      removed,
      sourcing,
    };
  }

  it("should match points as the plain rule does, for any two editions", () => {
    const texts = ["Huawei ships chips.", "Orders rose.", "Huawei  ships chips.", "Exports were curbed."];
    const citation = fc.record({
      source: fc.constantFrom("a", "b", "c"),
      paragraph: fc.constant(1),
      quote: fc.constantFrom(...texts, "A quote.", "A  quote."),
    });
    const point = fc.record({ text: fc.constantFrom(...texts), citations: fc.array(citation, { maxLength: 4 }) });
    const edition = fc.array(
      fc.record({ title: fc.constantFrom("Orders", "Geopolitics"), points: fc.array(point, { maxLength: 4 }) }),
      { maxLength: 3 },
    );
    const briefing = (sections: unknown): Briefing =>
      ({ schemaVersion: 1, title: "t", edition: null, sections, sources: [] }) as unknown as Briefing;
    fc.assert(
      fc.property(edition, edition, (a, b) => {
        const { added, removed, sourcing } = compareBriefings(briefing(a), briefing(b), []);
        expect({ added, removed, sourcing }).toEqual(reference(briefing(a), briefing(b)));
      }),
      { numRuns: 500 },
    );
  });
});
