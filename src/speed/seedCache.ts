// A plug-in for the pipeline's analyseSeeds hook: each seed's analysis kept on disk, reused while the seed is unchanged.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { Message } from "../model/messages.ts";
import type { SectionDefinition, SeedFile, Source } from "../model/types.ts";
import type { PipelineHooks } from "../pipeline/state.ts";
import { hashFolder, writeFileAtomic } from "../util/files.ts";

/** Bump when the layout of a cache entry changes. */
const FORMAT = "sourcebrief-seed-cache/4";
const SRC_DIR = join(import.meta.dirname, "..");

/** The analysis's version: the code under `src/` and the section cues classification reads. Either changed, every key changes. */
export async function analysisVersion(sections: readonly SectionDefinition[]): Promise<string> {
  const code = await hashFolder(SRC_DIR, /\.[cm]?[jt]s$/);
  return createHash("sha256")
    .update(FORMAT)
    .update(code)
    .update(JSON.stringify(sections.map((s) => [s.id, s.cues])))
    .digest("hex");
}

/** What an entry holds on disk: the analysed source, less its path and with messages as plain fields, and a checksum of it. */
interface Entry {
  readonly format: string;
  readonly key: string;
  readonly checksum: string;
  readonly body: Uint8Array;
}

type StoredSource = Omit<Source, "path" | "messages"> & {
  messages: Array<[file: string, line: number, reason: string, ruleId: string, severity: Message["severity"]]>;
};

const digest = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/**
 * A folder of analysed seeds, one file per seed, keyed by the seed's bytes and name and the analysis version. An entry
 * that cannot be read, fails its checksum or does not have the shape of a source is ignored with a warning and written
 * afresh: the result of a build never depends on what the cache holds. With `remember`, the sources of the last build
 * stay in memory for the next one (the preview rebuilds in one process).
 */
export class SeedCache {
  #last = new Map<string, Source>();
  /** Seeds the last run took from the cache rather than analysing them. */
  hits = 0;

  constructor(
    readonly dir: string,
    readonly displayDir: string,
    readonly version: string,
    readonly remember = false,
  ) {}

  /** The pipeline hook: cached sources for unchanged seeds, fresh analysis for the rest. */
  readonly analyseSeeds: NonNullable<PipelineHooks["analyseSeeds"]> = async (seeds, analyse, notes) => {
    this.#prepareFolder(notes);
    const found = seeds.map((seed) => {
      const key = this.keyOf(seed);
      return { seed, key, source: key ? (this.#last.get(key) ?? this.read(key, seed, notes)) : null };
    });
    const missing = found.filter((f) => !f.source);
    const fresh = await analyse(missing.map((f) => f.seed));
    missing.forEach((f, i) => {
      f.source = fresh[i] as Source;
      if (f.key) this.write(f.key, f.source, notes);
    });
    this.hits = found.length - missing.length;
    const sources = found.map((f) => f.source as Source);
    const used = new Map(found.flatMap((f) => (f.key ? [[f.key, f.source as Source] as const] : [])));
    this.#prune(new Set(used.keys()));
    this.#last = this.remember ? used : new Map();
    return sources;
  };

  /** The cache key of a seed, or null when it cannot be read (the load step then reports why). */
  keyOf(seed: SeedFile): string | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(seed.path);
    } catch {
      return null;
    }
    return createHash("sha256")
      .update(this.version)
      .update(`\0${seed.id}\0${seed.file}\0`)
      .update(bytes)
      .digest("hex")
      .slice(0, 40);
  }

  /** The cached source for `key`, or null; a damaged entry is reported in `notes` and ignored. */
  read(key: string, seed: SeedFile, notes: Message[]): Source | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.#path(key));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return null;
      // Something that is not a file (a folder) under the entry's name: cleared, so the fresh entry can be written.
      notes.push(this.#ignored(key, seed, `cannot be read: ${code ?? String(error)}`));
      try {
        rmSync(this.#path(key), { recursive: true, force: true });
      } catch {
        // Then writing reports the problem.
      }
      return null;
    }
    try {
      const entry = deserialize(bytes) as Entry;
      if (entry?.format !== FORMAT || entry.key !== key || !(entry.body instanceof Uint8Array))
        throw new Error("not an entry written by this version of sourcebrief");
      if (digest(entry.body) !== entry.checksum) throw new Error("its checksum does not match its content");
      const stored = deserialize(entry.body) as StoredSource;
      if (!isStoredSource(stored, seed)) throw new Error("it does not hold an analysed source");
      return {
        ...stored,
        path: seed.path,
        messages: stored.messages.map(
          ([file, line, reason, ruleId, severity]) => new Message(file, line, reason, ruleId, severity),
        ),
      };
    } catch (error) {
      notes.push(
        this.#ignored(key, seed, error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)),
      );
      return null;
    }
  }

  #ignored(key: string, seed: SeedFile, why: string): Message {
    return new Message(
      `${this.displayDir}/${key}.bin`,
      1,
      `cache file ignored (${why}); ${seed.file} was analysed afresh and the file rewritten`,
      "cache",
    );
  }

  /** Stores an analysed source. A failed write is a warning, not a failure: the cache only saves time. */
  write(key: string, source: Source, notes: Message[]): void {
    const { path: _path, messages, ...rest } = source;
    const stored: StoredSource = {
      ...rest,
      bytes: null,
      messages: messages.map((m) => [m.file, m.line, m.reason, m.ruleId, m.severity]),
    };
    const body = serialize(stored);
    try {
      writeFileAtomic(
        this.#path(key),
        serialize({ format: FORMAT, key, checksum: digest(body), body } satisfies Entry),
      );
    } catch (error) {
      notes.push(
        new Message(
          `${this.displayDir}/${key}.bin`,
          1,
          `cache file not written (${error instanceof Error ? error.message : String(error)})`,
          "cache",
        ),
      );
    }
  }

  #path(key: string): string {
    return join(this.dir, `${key}.bin`);
  }

  /** A cache path taken by a file (not a folder) is removed, so that entries can be written again. */
  #prepareFolder(notes: Message[]): void {
    try {
      if (!statSync(this.dir).isDirectory()) {
        rmSync(this.dir, { force: true });
        notes.push(new Message(this.displayDir, 1, "the cache folder was a file: replaced by a folder", "cache"));
      }
    } catch {
      // Missing: created by the first write.
    }
  }

  /** Deletes entries other than `keep`, and temporary files a killed build left, so the folder holds one entry per seed. */
  #prune(keep: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const n of names) {
      const key = n.replace(/\.bin$/, "");
      if ((n.endsWith(".bin") && !keep.has(key)) || n.endsWith(".tmp")) rmSync(join(this.dir, n), { force: true });
    }
  }
}

/** The shape of a stored source, checked before it is used: a foreign or old entry must not reach the steps. */
function isStoredSource(value: unknown, seed: SeedFile): value is StoredSource {
  const s = value as StoredSource;
  const line = (l: unknown): boolean =>
    typeof (l as { text: unknown })?.text === "string" && Number.isInteger((l as { line: unknown }).line);
  const nullableString = (x: unknown): boolean => x === null || typeof x === "string";
  return (
    typeof s === "object" &&
    s !== null &&
    s.id === seed.id &&
    s.file === seed.file &&
    typeof s.title === "string" &&
    typeof s.meta === "object" &&
    s.meta !== null &&
    nullableString(s.meta.title) &&
    nullableString(s.meta.publisher) &&
    nullableString(s.meta.author) &&
    (s.kind === "article" || s.kind === "aggregator") &&
    nullableString(s.meta.url) &&
    nullableString(s.meta.published) &&
    Array.isArray(s.lines) &&
    s.lines.every(line) &&
    Array.isArray(s.kept) &&
    s.kept.every(line) &&
    Array.isArray(s.blocks) &&
    s.blocks.every((b) => Number.isInteger(b?.n) && Array.isArray(b.lines) && b.lines.every(line)) &&
    Array.isArray(s.sentences) &&
    s.sentences.every(
      (x) =>
        typeof x?.text === "string" &&
        typeof x.id === "string" &&
        Number.isInteger(x.paragraph) &&
        typeof x.scores === "object" &&
        Array.isArray(x.sections),
    ) &&
    Array.isArray(s.messages) &&
    s.messages.every(
      (m) => Array.isArray(m) && typeof m[0] === "string" && Number.isInteger(m[1]) && typeof m[2] === "string",
    )
  );
}
