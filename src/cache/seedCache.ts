// On-disk cache of per-seed analysis, keyed by the seed's bytes, its name and the pipeline's version.
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { Message } from "../messages.ts";
import { paragraphPosition } from "../steps/segmentSeeds.ts";
import { SECTION_IDS, type Block, type Line, type SectionDefinition, type SectionId, type SeedFile, type Sentence, type Source } from "../types.ts";

/** Bump when the layout of a cache entry changes. */
const FORMAT = "sourcebrief-seed-cache/3";

/**
 * The pipeline's version: a hash of every file under `src/` and of the section definitions that
 * classification reads. Editing either gives new keys, so stale entries are never read.
 */
export async function pipelineVersion(sections: readonly SectionDefinition[]): Promise<string> {
  // Worked out here, not when the module loads: the analysis worker runs this module bundled into a script, where
  // import.meta is empty (see bundleWorker.ts).
  const SRC_DIR = join(import.meta.dirname, "..");
  const hash = createHash("sha256").update(FORMAT);
  const files = (await readdir(SRC_DIR, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && /\.[cm]?[jt]s$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(`\0${relative(SRC_DIR, file)}\0`).update(await readFile(file));
  hash.update(JSON.stringify(sections.map((s) => [s.id, s.cues])));
  return hash.digest("hex");
}

/** The cache key of one seed: its bytes, its id and display path, and the pipeline version. */
export function seedKey(seed: SeedFile, bytes: Uint8Array, version: string): string {
  return createHash("sha256").update(version).update(`\0${seed.id}\0${seed.file}\0`).update(bytes).digest("hex").slice(0, 40);
}

/** A line of `kept` or of a block: its index in `lines`, or the line itself should it not be one of them. */
type LineRef = number | Line;

interface Entry {
  readonly format: string;
  readonly key: string;
  readonly source: Omit<Source, "path" | "messages" | "kept" | "blocks" | "sentences"> & {
    messages: Array<Pick<Message, "file" | "line" | "reason" | "ruleId" | "severity">>;
    kept: LineRef[];
    blocks: Array<Omit<Block, "lines"> & { lines: LineRef[] }>;
    sentences: PackedSentence[];
  };
}

/**
 * A sentence as stored: what its block and source do not already say. Its id, source, kind, heading and position
 * follow from the paragraph it is in; scores are in SECTION_IDS order, 0 when all are zero, and sections 0 when none.
 * As whole objects the sentences were four fifths of an entry (35 MB for 1,000 seeds), and reading them back most
 * of a warm rebuild's analyse step.
 */
type PackedSentence = [paragraph: number, line: number, index: number, text: string, standalone: 0 | 1, informativeness: number, scores: number[] | 0, sections: SectionId[] | 0];

function packSentence(s: Sentence): PackedSentence {
  const scores = SECTION_IDS.map((id) => s.scores[id]);
  return [s.paragraph, s.line, s.index, s.text, s.standalone ? 1 : 0, s.informativeness, scores.some((x) => x !== 0) ? scores : 0, s.sections.length > 0 ? [...s.sections] : 0];
}

/**
 * Verdicts read back, shared: every sentence with the same scores gets one frozen object, as classification gives
 * repeated sentences one verdict, rather than an object each for the garbage collector to move.
 */
class SharedVerdicts {
  private readonly scores = new Map<string, Sentence["scores"]>();
  private readonly sections = new Map<string, Sentence["sections"]>();

  scoresOf(packed: number[] | 0): Sentence["scores"] {
    const values = packed === 0 ? SECTION_IDS.map(() => 0) : packed;
    if (values.length !== SECTION_IDS.length || values.some((v) => typeof v !== "number")) throw new Error("a sentence's scores are not four numbers");
    const key = values.join(",");
    let shared = this.scores.get(key);
    if (!shared) this.scores.set(key, (shared = Object.freeze(Object.fromEntries(SECTION_IDS.map((id, i) => [id, values[i] as number])) as Record<SectionId, number>)));
    return shared;
  }

  sectionsOf(packed: SectionId[] | 0): Sentence["sections"] {
    const ids = packed === 0 ? [] : packed;
    const key = ids.join(",");
    let shared = this.sections.get(key);
    if (!shared) this.sections.set(key, (shared = Object.freeze([...ids])));
    return shared;
  }
}

function unpackSentences(packed: readonly PackedSentence[], source: string, blocks: readonly Block[], verdicts: SharedVerdicts): Sentence[] {
  return packed.map(([paragraph, line, index, text, standalone, informativeness, scores, sections]) => {
    const block = blocks[paragraph - 1];
    if (block?.n !== paragraph || typeof text !== "string") throw new Error("a sentence points to no paragraph");
    return {
      id: `${source}-p${paragraph}-s${index}`,
      source,
      paragraph,
      line,
      index,
      text,
      kind: block.kind,
      heading: block.heading,
      position: paragraphPosition(paragraph, blocks.length),
      standalone: standalone === 1,
      informativeness,
      scores: verdicts.scoresOf(scores),
      sections: verdicts.sectionsOf(sections),
    };
  });
}

// Kept lines and blocks hold the very Line objects of `lines`. Written out as they are, every line was stored
// three times (51 MB for 1,000 seeds), and read back as three copies; as indexes it is stored and read once.
function lineRefs(lines: readonly Line[]): (line: Line) => LineRef {
  const index = new Map(lines.map((l, i) => [l, i]));
  return (line) => index.get(line) ?? line;
}

function lineOf(lines: readonly Line[]): (ref: LineRef) => Line {
  return (ref) => {
    const line = typeof ref === "number" ? lines[ref] : ref;
    if (!line || typeof line.text !== "string") throw new Error("a line reference points nowhere");
    return line;
  };
}

/**
 * The last build's sources by key, per cache folder, for builds that asked to keep them (see `SeedCache`): what
 * outlives one build in a process that runs many, the preview. On the global object, not in this module: the preview
 * imports the pipeline afresh after an edit in `src/`, and the old module's map would hold its sources for good.
 */
const kept: Map<string, ReadonlyMap<string, Source>> = ((globalThis as { [key: symbol]: unknown })[Symbol.for("sourcebrief.keptSources")] ??= new Map()) as Map<string, ReadonlyMap<string, Source>>;

/**
 * A folder of cache entries, one JSON file per analysed seed.
 *
 * Entries are read and written one at a time, synchronously. With 10,000 seeds, reading and parsing all entries at
 * once through fs/promises held every file's buffer and text in memory together (1.1 GB) and took 6.5 s, most of it
 * garbage collection and file-handle round trips; one at a time it takes 2 s and 80 MB, and the analyse step of a
 * warm rebuild went from 14.9 s to 7.3 s. A build has nothing else to do meanwhile.
 */
export class SeedCache {
  readonly dir: string;
  readonly displayDir: string;
  private readonly verdicts = new SharedVerdicts();
  private readonly remember: boolean;
  private readonly last: ReadonlyMap<string, Source> | undefined;

  /**
   * With `remember`, the sources of this build are kept in memory when it calls `keep`, and the next build of this
   * folder in the same process (the running preview) takes an unchanged seed's source from there, as it was, rather
   * than reading and unpacking its entry again: 0.28 s of the 0.56 s a warm analyse step took at 1,000 seeds, and
   * most of the rest was collecting the garbage that reading left. A one-off build must not remember: its sources
   * would stay on the heap while Eleventy renders the pages (at 10,000 seeds they are most of the heap).
   */
  constructor(dir: string, displayDir: string, remember = false) {
    this.dir = dir;
    this.displayDir = displayDir;
    this.remember = remember;
    this.last = remember ? kept.get(dir) : undefined;
    // A build that does not remember lets go of what an earlier one kept for this folder.
    if (!remember) kept.delete(dir);
  }

  /** The cached analysis for `key`, or null. An unreadable or foreign entry is reported in `notes` and ignored. */
  get(key: string, seed: SeedFile, notes: Message[]): Source | null {
    // Nothing changes a source once analysed, so the last build's is this build's: the key covers bytes and name.
    const known = this.last?.get(key);
    if (known) return known;
    let text: string;
    try {
      text = readFileSync(join(this.dir, `${key}.json`), "utf8");
    } catch {
      return null;
    }
    try {
      const entry = JSON.parse(text) as Entry;
      if (entry?.format !== FORMAT || entry.key !== key || entry.source?.id !== seed.id || !Array.isArray(entry.source.sentences) || !Array.isArray(entry.source.kept) || !Array.isArray(entry.source.blocks))
        throw new Error("not an entry written by this version of sourcebrief");
      const { messages, kept, blocks: packedBlocks, sentences, ...rest } = entry.source;
      const line = lineOf(rest.lines);
      const blocks = packedBlocks.map((b) => ({ ...b, lines: b.lines.map(line) }));
      return {
        ...rest,
        sentences: unpackSentences(sentences, rest.id, blocks, this.verdicts),
        kept: kept.map(line),
        blocks,
        path: seed.path,
        messages: messages.map((m) => new Message(m.file, m.line, m.reason, m.ruleId, m.severity)),
      };
    } catch (error) {
      const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
      notes.push(new Message(`${this.displayDir}/${key}.json`, 1, `cache file ignored (${why}); ${seed.file} was analysed afresh and the file rewritten`, "cache"));
      return null;
    }
  }

  /**
   * Stores an analysed source; written to a temporary name first so a reader never sees half a file.
   * A failed write is dropped: the cache only saves time, and two preview builds may race to write one key.
   */
  set(key: string, source: Source): void {
    const { path: _path, messages, kept, blocks, sentences, ...rest } = source;
    const ref = lineRefs(rest.lines);
    const entry: Entry = {
      format: FORMAT,
      key,
      source: {
        ...rest,
        sentences: sentences.map(packSentence),
        kept: kept.map(ref),
        blocks: blocks.map((b) => ({ ...b, lines: b.lines.map(ref) })),
        messages: messages.map((m) => ({ file: m.file, line: m.line, reason: m.reason, ruleId: m.ruleId, severity: m.severity })),
      },
    };
    const tmp = join(this.dir, `${key}.${randomUUID()}.tmp`);
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify(entry));
      renameSync(tmp, join(this.dir, `${key}.json`));
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  /** When remembering: keeps this build's sources by key for the next build of this folder, and only them. */
  keep(sources: ReadonlyMap<string, Source>): void {
    if (this.remember) kept.set(this.dir, sources);
  }

  /** Deletes entries other than `keep`, so the folder holds one entry per current seed rather than growing forever. */
  prune(keep: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const n of names) if (n.endsWith(".json") && !keep.has(n.slice(0, -".json".length))) rmSync(join(this.dir, n), { force: true });
  }
}
