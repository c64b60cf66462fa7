// The per-seed cache: never changes the result, notices edits, and shrugs off corrupt or foreign files.
import { describe, expect, it } from "vitest";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { buildSite } from "../../src/cli/build.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { tempProject } from "../helpers.ts";

async function snapshot(dir: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[relative(dir, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name));
  }
  return out;
}

describe("seed cache", () => {
  it("should give the same _site/ byte for byte without the cache, with a cold cache and with a warm one", async () => {
    const root = await tempProject();
    await buildSite({ root, cache: false });
    const uncached = await snapshot(join(root, "_site"));
    await buildSite({ root });
    expect(await snapshot(join(root, "_site"))).toEqual(uncached);
    expect((await readdir(join(root, ".cache", "sourcebrief"))).filter((f) => f.endsWith(".json"))).toHaveLength(5);
    await buildSite({ root });
    expect(await snapshot(join(root, "_site"))).toEqual(uncached);
    await rm(root, { recursive: true });
  });

  it("should read back every source exactly as it was analysed, sentences and their verdicts included", async () => {
    const root = await tempProject();
    const cacheDir = join(root, ".cache", "sourcebrief");
    const fresh = await runPipeline({ root, cacheDir });
    const cached = await runPipeline({ root, cacheDir });
    expect(cached.cacheHits).toBe(5);
    expect(cached.sources.map((s) => s.sentences.length)).toEqual(fresh.sources.map((s) => s.sentences.length));
    expect(cached.sources).toEqual(fresh.sources);
    await rm(root, { recursive: true });
  });

  it("should re-analyse only the seed that was edited, and show the edit", async () => {
    const root = await tempProject();
    const cacheDir = join(root, ".cache", "sourcebrief");
    await runPipeline({ root, cacheDir });
    const seed = join(root, "seeds", "001_62f8299da32287d5.txt");
    await writeFile(seed, (await readFile(seed, "utf8")).replace("US chipmakers such as AMD and NVIDIA", "US chipmakers such as AMD, Intel and NVIDIA"));
    const state = await runPipeline({ root, cacheDir });
    expect(state.cacheHits).toBe(4);
    // The entry of the seed as it was is dropped: one entry per current seed.
    expect((await readdir(cacheDir)).filter((f) => f.endsWith(".json"))).toHaveLength(5);
    const quotes = state.briefing?.sections.flatMap((s) => s.points.flatMap((p) => p.citations.map((c) => c.quote))) ?? [];
    expect(quotes.some((q) => q.includes("such as AMD, Intel and NVIDIA"))).toBe(true);
    expect(quotes.some((q) => q.includes("such as AMD and NVIDIA"))).toBe(false);
    await rm(root, { recursive: true });
  });

  it("should ignore a corrupt or foreign cache file with a warning, and give the same briefing", async () => {
    const root = await tempProject();
    const cacheDir = join(root, ".cache", "sourcebrief");
    const clean = await runPipeline({ root });
    await runPipeline({ root, cacheDir });
    const [first, second] = (await readdir(cacheDir)).sort();
    await writeFile(join(cacheDir, first as string), "{ not json");
    await writeFile(join(cacheDir, second as string), JSON.stringify({ format: "someone-else/3", key: "x" }));
    const state = await runPipeline({ root, cacheDir });
    expect(state.briefing).toEqual(clean.briefing);
    expect(state.cacheHits).toBe(3);
    const warnings = state.notes.map(String).filter((n) => n.includes("cache file ignored"));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^\.cache\/sourcebrief\/[0-9a-f]+\.json:1: cache file ignored \(.+\); seeds\/\d+_\w+\.txt was analysed afresh/);
    // Both files are rewritten, so the next build reads them again.
    expect((await runPipeline({ root, cacheDir })).cacheHits).toBe(5);
    await rm(root, { recursive: true });
  });

  it("should be invalidated when the section definitions change", async () => {
    const root = await tempProject();
    const cacheDir = join(root, ".cache", "sourcebrief");
    await runPipeline({ root, cacheDir });
    const config = join(root, "briefing.yaml");
    await writeFile(config, (await readFile(config, "utf8")).replace("      order: 3", "      order: 1"));
    const state = await runPipeline({ root, cacheDir });
    expect(state.cacheHits).toBe(0);
    expect(state.briefing).toEqual((await runPipeline({ root })).briefing);
    await rm(root, { recursive: true });
  });

  it("should reuse the last build's sources in memory when asked, as the preview does, with the same result", async () => {
    const root = await tempProject();
    const cacheDir = join(root, ".cache", "sourcebrief");
    const first = await runPipeline({ root, cacheDir, rememberSources: true });
    const seed = join(root, "seeds", "001_62f8299da32287d5.txt");
    await writeFile(seed, (await readFile(seed, "utf8")).replace("US chipmakers such as AMD and NVIDIA", "US chipmakers such as AMD, Intel and NVIDIA"));
    const second = await runPipeline({ root, cacheDir, rememberSources: true });
    // The four unchanged seeds' sources are the very objects of the build before; the edited one is analysed afresh.
    const same = second.sources.filter((s, i) => s === first.sources[i]).map((s) => s.file);
    expect(same).toHaveLength(4);
    expect(same).not.toContain("seeds/001_62f8299da32287d5.txt");
    expect(second.cacheHits).toBe(4);
    const clean = await runPipeline({ root });
    expect(second.briefing).toEqual(clean.briefing);
    expect(second.sources).toEqual(clean.sources);
    await rm(root, { recursive: true });
  });

  it("should keep no sources in memory for a build that did not ask, and drop what an earlier one kept", async () => {
    const root = await tempProject();
    const cacheDir = join(root, ".cache", "sourcebrief");
    const first = await runPipeline({ root, cacheDir });
    const second = await runPipeline({ root, cacheDir, rememberSources: true });
    // Read from disk: equal to the build before, but new objects.
    expect(second.sources).toEqual(first.sources);
    expect(second.sources.some((s, i) => s === first.sources[i])).toBe(false);
    await runPipeline({ root, cacheDir });
    const fourth = await runPipeline({ root, cacheDir, rememberSources: true });
    expect(fourth.sources.some((s, i) => s === second.sources[i])).toBe(false);
    await rm(root, { recursive: true });
  });
});
