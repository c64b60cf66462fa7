import { describe, expect, it } from "vitest";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { readSeed as readSource } from "../../helpers.ts";
import { SeedError } from "../../../src/model/errors.ts";
import type { Message } from "../../../src/model/messages.ts";
import { REPO, tempProject } from "../../helpers.ts";
import { listSeeds } from "../../../src/pipeline/listSeeds.ts";

describe("loadSeeds", () => {
  it("should derive each source id from the file name, whatever the order", async () => {
    const notes: Message[] = [];
    const seeds = await listSeeds(join(REPO, "seeds"), "seeds", notes);
    expect(seeds.map((s) => s.id)).toEqual(["000", "001", "002", "003", "004"]);
    expect(seeds[0]?.file).toBe("seeds/000_7597d96bac2faded.txt");
  });

  it("should skip files that are not seeds with a note, and dotfiles silently", async () => {
    const root = await tempProject({ seeds: { README: "about", "photo.png": "x", ".DS_Store": "x" } });
    const notes: Message[] = [];
    const seeds = await listSeeds(join(root, "seeds"), "seeds", notes);
    expect(seeds).toHaveLength(5);
    expect(notes.map(String).sort()).toEqual([
      "seeds/README:1: not a seed (expected a .txt or .md file): skipped",
      "seeds/photo.png:1: not a seed (expected a .txt or .md file): skipped",
    ]);
    await rm(root, { recursive: true });
  });

  it("should refuse two seeds with the same id, naming both files", async () => {
    const root = await tempProject({ seeds: { "001_copy.txt": "Huawei sells chips to Tencent in large numbers." } });
    await expect(listSeeds(join(root, "seeds"), "seeds", [])).rejects.toThrow(
      /seeds\/001_copy\.txt: source id "001" is already used by seeds\/001_62f8299da32287d5\.txt/,
    );
    await rm(root, { recursive: true });
  });

  it("should read front matter as metadata and keep body line numbers true to the file", async () => {
    const root = await tempProject({
      seeds: { "100_fm.txt": "---\ntitle: A title\npublisher: Wire\npublished: 2026-04-02\n---\nFirst body line.\n" },
    });
    const source = await readSource({ id: "100", file: "seeds/100_fm.txt", path: join(root, "seeds", "100_fm.txt") });
    expect(source.meta).toEqual({
      title: "A title",
      publisher: "Wire",
      author: null,
      url: null,
      published: "2026-04-02",
    });
    expect(source.lines[0]).toEqual({ text: "First body line.", line: 6 });
    await rm(root, { recursive: true });
  });

  it("should stop on an empty seed with an error that names the file and says what to do", async () => {
    const root = await tempProject({ seeds: { "100_empty.txt": "  \n\n" } });
    const read = readSource({ id: "100", file: "seeds/100_empty.txt", path: join(root, "seeds", "100_empty.txt") });
    await expect(read).rejects.toBeInstanceOf(SeedError);
    await expect(read).rejects.toThrow(
      "seeds/100_empty.txt: the seed is empty. Paste the article text into it, or delete the file.",
    );
    await rm(root, { recursive: true });
  });
});
