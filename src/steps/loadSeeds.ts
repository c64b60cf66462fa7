// Reads every seed in the seeds folder: bytes to text, front matter to metadata, body to numbered lines.
import { createHash } from "node:crypto";
import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { SeedError } from "../errors.ts";
import { Message } from "../messages.ts";
import { decodeSeed } from "../text/decode.ts";
import { splitFrontMatter } from "../text/frontMatter.ts";
import { stripHtml } from "../text/html.ts";
import { collapseSpaces } from "../text/spacing.ts";
import { binaryReason, controlShare, removeControls } from "../text/inspect.ts";
import type { Line, SeedFile, Source } from "../types.ts";

const SEED_EXTENSIONS = /\.(txt|text|md|markdown)$/i;

/** Lists the seed files, in file-name order; anything else in the folder is noted and skipped. */
export async function listSeeds(seedsDir: string, displayDir: string, notes: Message[]): Promise<SeedFile[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(seedsDir, { withFileTypes: true });
  } catch (cause) {
    throw new SeedError(displayDir, null, "cannot read the seeds folder", "Create it and put the article .txt files in it.", { cause });
  }
  const seeds: SeedFile[] = [];
  const byId = new Map<string, string>();
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = entry.name;
    const path = join(seedsDir, name);
    const file = `${displayDir}/${name}`;
    if (name.startsWith(".")) continue;
    // The folder listing says what a plain file is; only a link (or an entry of unknown type) needs a stat, which at
    // 10,000 seeds, one after another, took a second.
    const isFile = entry.isFile() || (!entry.isDirectory() && (await stat(path).catch((cause: unknown) => {
      throw new SeedError(file, null, "cannot read the file (a broken link?)", "Check that it exists and is readable, or remove it.", { cause });
    })).isFile());
    if (!isFile || !SEED_EXTENSIONS.test(name)) {
      notes.push(new Message(file, 1, "not a seed (expected a .txt or .md file): skipped", "not-a-seed", "info"));
      continue;
    }
    const id = name.replace(SEED_EXTENSIONS, "").split("_")[0] ?? "";
    if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(id))
      throw new SeedError(file, null, `cannot derive a source id from the file name "${name}"`, 'Name seeds like "005_some-slug.txt": letters, digits and "-" before the first "_".');
    const other = byId.get(id.toLowerCase());
    if (other)
      throw new SeedError(file, null, `source id "${id}" is already used by ${other}`, "Rename one of the files so the part before the first \"_\" differs.");
    byId.set(id.toLowerCase(), file);
    seeds.push({ id, file, path });
  }
  return seeds;
}

/** Default size limit of one seed: far above any article, far below a PDF or a saved web page with images. */
export const DEFAULT_MAX_SEED_BYTES = 2 * 1024 * 1024;

/** Reads one seed into a Source; throws SeedError when it cannot be used. */
export async function readSource(seed: SeedFile, maxBytes: number = DEFAULT_MAX_SEED_BYTES): Promise<Source> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(seed.path);
    if (size > maxBytes)
      throw new SeedError(seed.file, null, `the seed is ${bytesText(size)}, over the limit of ${bytesText(maxBytes)}`, "Paste only the article's text, or raise limits.maxSeedBytes in briefing.yaml.");
    bytes = await readFile(seed.path);
  } catch (cause) {
    if (cause instanceof SeedError) throw cause;
    throw new SeedError(seed.file, null, "cannot read the file", "Check that it exists and is readable.", { cause });
  }
  const binary = binaryReason(bytes);
  if (binary) throw new SeedError(seed.file, null, binary, "Save the article as plain text (UTF-8) and put that in seeds/ instead.");
  const decoded = decodeSeed(bytes, seed.file);
  const controls = controlShare(decoded.text);
  if (controls.share > 0.3)
    throw new SeedError(seed.file, null, `the seed is mostly control characters (${Math.round(controls.share * 100)}%), not text`, "Save the article as plain text (UTF-8) and put that in seeds/ instead.");
  const messages = [...decoded.messages];
  if (controls.count) messages.push(new Message(seed.file, 1, `removed ${controls.count} invisible control character(s)`, "encoding"));
  const { meta, body, bodyLine, messages: metaMessages } = splitFrontMatter(removeControls(decoded.text), seed.file);
  const raw: Line[] = body.split("\n").map((text, i) => ({ text, line: bodyLine + i }));
  const html = stripHtml(raw, seed.file);
  const lines = html.lines;
  if (!lines.some((l) => l.text.trim()))
    throw new SeedError(seed.file, null, "the seed is empty", "Paste the article text into it, or delete the file.");
  messages.push(...metaMessages, ...html.messages);
  messages.sort((a, b) => a.line - b.line);
  return { ...seed, meta, lines, kept: [], blocks: [], sentences: [], messages, title: "" };
}

function bytesText(bytes: number): string {
  return `${bytes.toLocaleString("en-US")} bytes`;
}

/** Refuses two seeds whose text is the same once spacing and case are ignored: one article would count twice. */
export function refuseDuplicates(sources: readonly Source[]): void {
  const seen = new Map<string, string>();
  for (const source of sources) {
    // A digest of the normalised text, not the text itself: 10,000 seeds' texts were 50 MB held for one comparison.
    const text = source.lines.map((l) => collapseSpaces(l.text).trim().toLowerCase()).filter(Boolean).join("\n");
    const key = createHash("sha256").update(text).digest("base64");
    const other = seen.get(key);
    if (other) throw new SeedError(source.file, null, `the seed has the same text as ${other}`, "Delete one of the two files.");
    seen.set(key, source.file);
  }
}
