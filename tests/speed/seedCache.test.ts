// The per-seed cache: never changes the result, notices edits, and shrugs off damaged or foreign entries.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { deserialize, serialize } from "node:v8";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/cli/build.ts";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loadSettings } from "../../src/settings/loadSettings.ts";
import { analysisVersion, SeedCache } from "../../src/speed/seedCache.ts";
import { tempProject } from "../helpers.ts";

async function snapshot(dir: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[relative(dir, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name));
  }
  return out;
}

/** A seed cache for a project, as the build sets one up. */
async function cacheFor(root: string, remember = false): Promise<SeedCache> {
  const settings = await loadSettings(join(root, "briefing.yaml"), "briefing.yaml");
  return new SeedCache(
    join(root, ".cache", "sourcebrief"),
    ".cache/sourcebrief",
    await analysisVersion(settings.sections),
    remember,
  );
}

const run = (root: string, cache: SeedCache) => runPipeline({ root }, { analyseSeeds: cache.analyseSeeds });
const entries = async (root: string) =>
  (await readdir(join(root, ".cache", "sourcebrief"))).filter((f) => f.endsWith(".bin")).sort();

describe("seed cache", () => {
  it("should give the same _site/ byte for byte without the cache, with a cold cache and with a warm one", async () => {
    const root = await tempProject();
    await buildSite({ root, cache: false });
    const uncached = await snapshot(join(root, "_site"));
    await buildSite({ root });
    expect(await snapshot(join(root, "_site"))).toEqual(uncached);
    expect(await entries(root)).toHaveLength(5);
    await buildSite({ root });
    expect(await snapshot(join(root, "_site"))).toEqual(uncached);
    await rm(root, { recursive: true });
  });

  it("should read back every source exactly as it was analysed, sentences and their verdicts included", async () => {
    const root = await tempProject();
    const fresh = await run(root, await cacheFor(root));
    const cache = await cacheFor(root);
    const cached = await run(root, cache);
    expect(cache.hits).toBe(5);
    expect(cached.sources).toEqual(fresh.sources);
    expect(String(cached.sources[3]?.messages[0])).toBe(String(fresh.sources[3]?.messages[0]));
    await rm(root, { recursive: true });
  });

  it("should re-analyse only the seed that was edited, and show the edit", async () => {
    const root = await tempProject();
    await run(root, await cacheFor(root));
    const seed = join(root, "seeds", "001_62f8299da32287d5.txt");
    await writeFile(
      seed,
      (await readFile(seed, "utf8")).replace(
        "US chipmakers such as AMD and NVIDIA",
        "US chipmakers such as AMD, Intel and NVIDIA",
      ),
    );
    const cache = await cacheFor(root);
    const state = await run(root, cache);
    expect(cache.hits).toBe(4);
    // The entry of the seed as it was is dropped: one entry per current seed.
    expect(await entries(root)).toHaveLength(5);
    const quotes =
      state.briefing?.sections.flatMap((s) => s.points.flatMap((p) => p.citations.map((c) => c.quote))) ?? [];
    expect(quotes.some((q) => q.includes("such as AMD, Intel and NVIDIA"))).toBe(true);
    expect(quotes.some((q) => q.includes("such as AMD and NVIDIA"))).toBe(false);
    await rm(root, { recursive: true });
  });

  it("should ignore a corrupt, foreign or tampered entry with a warning, rewrite it, and give the same briefing", async () => {
    const root = await tempProject();
    const clean = await runPipeline({ root });
    await run(root, await cacheFor(root));
    const dir = join(root, ".cache", "sourcebrief");
    const [first, second, third] = await entries(root);
    await writeFile(join(dir, first as string), "{ not an entry");
    await writeFile(join(dir, second as string), JSON.stringify({ format: "someone-else/3", key: "x" }));
    // Bytes changed inside a stored sentence: the entry still parses, but its checksum no longer matches.
    const bytes = await readFile(join(dir, third as string));
    const at = bytes.indexOf(Buffer.from("Huawei"));
    expect(at).toBeGreaterThan(0);
    bytes.write("Hxawei", at);
    await writeFile(join(dir, third as string), bytes);
    const cache = await cacheFor(root);
    const state = await run(root, cache);
    expect(state.briefing).toEqual(clean.briefing);
    expect(cache.hits).toBe(2);
    const warnings = state.notes.map(String).filter((n) => n.includes("cache file ignored"));
    expect(warnings).toHaveLength(3);
    expect(warnings.join("\n")).toContain("checksum does not match");
    expect(warnings[0]).toMatch(
      /^\.cache\/sourcebrief\/[0-9a-f]+\.bin:1: cache file ignored \(.+\); seeds\/\d+_\w+\.txt was analysed afresh/,
    );
    const again = await cacheFor(root);
    await run(root, again);
    expect(again.hits).toBe(5);
    await rm(root, { recursive: true });
  });

  it("should recreate a cache folder that was replaced by a file", async () => {
    const root = await tempProject();
    await mkdir(join(root, ".cache"), { recursive: true });
    await writeFile(join(root, ".cache", "sourcebrief"), "not a folder");
    const cache = await cacheFor(root);
    const state = await run(root, cache);
    expect(state.briefing).toEqual((await runPipeline({ root })).briefing);
    expect(await entries(root)).toHaveLength(5);
    await rm(root, { recursive: true });
  });

  it("should be invalidated when the section definitions change", async () => {
    const root = await tempProject();
    await run(root, await cacheFor(root));
    const config = join(root, "briefing.yaml");
    await writeFile(config, (await readFile(config, "utf8")).replace("      order: 3", "      order: 1"));
    const cache = await cacheFor(root);
    const state = await run(root, cache);
    expect(cache.hits).toBe(0);
    expect(state.briefing).toEqual((await runPipeline({ root })).briefing);
    await rm(root, { recursive: true });
  });

  it("should reuse the last build's sources in memory when asked, as the preview does, with the same result", async () => {
    const root = await tempProject();
    const cache = await cacheFor(root, true);
    const first = await run(root, cache);
    const seed = join(root, "seeds", "001_62f8299da32287d5.txt");
    await writeFile(
      seed,
      (await readFile(seed, "utf8")).replace(
        "US chipmakers such as AMD and NVIDIA",
        "US chipmakers such as AMD, Intel and NVIDIA",
      ),
    );
    const second = await run(root, cache);
    // The four unchanged seeds' sources are the very objects of the build before; the edited one is analysed afresh.
    const same = second.sources.filter((s, i) => s === first.sources[i]).map((s) => s.file);
    expect(same).toHaveLength(4);
    expect(same).not.toContain("seeds/001_62f8299da32287d5.txt");
    const clean = await runPipeline({ root });
    expect(second.briefing).toEqual(clean.briefing);
    expect(second.sources).toEqual(clean.sources);
    await rm(root, { recursive: true });
  });

  it("should keep no sources in memory when not asked to", async () => {
    const root = await tempProject();
    const cache = await cacheFor(root);
    const first = await run(root, cache);
    const second = await run(root, cache);
    expect(second.sources).toEqual(first.sources);
    expect(second.sources.some((s, i) => s === first.sources[i])).toBe(false);
    await rm(root, { recursive: true });
  });

  it("should ignore with a warning an entry whose checksum holds but whose source is malformed (meta null, numeric title)", async () => {
    const root = await tempProject();
    const clean = await runPipeline({ root });
    await run(root, await cacheFor(root));
    const dir = join(root, ".cache", "sourcebrief");
    // Damage no checksum catches: the entry rewritten whole, with a checksum of what it now holds.
    const rewrite = async (file: string, change: (source: Record<string, unknown>) => void) => {
      const entry = deserialize(await readFile(join(dir, file))) as { checksum: string; body: Uint8Array };
      const source = deserialize(entry.body) as Record<string, unknown>;
      change(source);
      const body = serialize(source);
      const checksum = createHash("sha256").update(body).digest("hex");
      await writeFile(join(dir, file), serialize({ ...entry, checksum, body }));
    };
    const [a, b, c] = await entries(root);
    await rewrite(a as string, (s) => {
      s.meta = null;
    });
    await rewrite(b as string, (s) => {
      s.title = 42;
    });
    await rewrite(c as string, (s) => {
      (s.sentences as Array<Record<string, unknown>>)[0] = { text: null };
    });
    const cache = await cacheFor(root);
    const state = await run(root, cache);
    expect(state.briefing).toEqual(clean.briefing);
    expect(cache.hits).toBe(2);
    const warnings = state.notes.map(String).filter((n) => n.includes("cache file ignored"));
    expect(warnings).toHaveLength(3);
    for (const w of warnings) expect(w).toContain("(it does not hold an analysed source)");
    const again = await cacheFor(root);
    await run(root, again);
    expect(again.hits).toBe(5);
    await rm(root, { recursive: true });
  });

  it("should build the same site, with a warning, when the cache folder or its pages/ folder is a file", async () => {
    const root = await tempProject();
    await buildSite({ root, cache: false });
    const uncached = await snapshot(join(root, "_site"));
    for (const damaged of [join(".cache", "sourcebrief"), join(".cache", "sourcebrief", "pages")]) {
      await rm(join(root, ".cache"), { recursive: true, force: true });
      await mkdir(join(root, damaged, ".."), { recursive: true });
      await writeFile(join(root, damaged), "not a folder");
      const printed: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => printed.push(String(chunk)) > 0) as typeof process.stderr.write;
      try {
        await buildSite({ root });
      } finally {
        process.stderr.write = write;
      }
      expect(await snapshot(join(root, "_site"))).toEqual(uncached);
      expect([damaged, printed.join("")]).toEqual([damaged, expect.stringMatching(/was a file: replaced by a folder/)]);
      // The next build finds a working cache.
      await buildSite({ root });
      expect(await entries(root)).toHaveLength(5);
      expect(await readdir(join(root, ".cache", "sourcebrief", "pages"))).toEqual(["manifest.json"]);
    }
    await rm(root, { recursive: true });
  });

  it("should replace an entry that became a folder, and remove the temporary files of a killed build", async () => {
    const root = await tempProject();
    await run(root, await cacheFor(root));
    const dir = join(root, ".cache", "sourcebrief");
    const [first] = await entries(root);
    await rm(join(dir, first as string));
    await mkdir(join(dir, first as string, "inside"), { recursive: true });
    await writeFile(join(dir, `${first}.3f2a.tmp`), "half an entry");
    const cache = await cacheFor(root);
    const state = await run(root, cache);
    expect(state.notes.map(String).filter((n) => n.includes("cache file ignored"))).toEqual([
      expect.stringContaining("(cannot be read: EISDIR)"),
    ]);
    expect((await readdir(dir)).filter((n) => !n.endsWith(".bin"))).toEqual([]);
    const again = await cacheFor(root);
    await run(root, again);
    expect(again.hits).toBe(5);
    await rm(root, { recursive: true });
  });
});
