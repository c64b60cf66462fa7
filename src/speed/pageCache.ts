// Reuse of the last build's per-item pages (a source's page, a page of a point's quotes) whose content did not change.
import { createHash, randomUUID } from "node:crypto";
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { Message } from "../model/messages.ts";

/** Bump when the manifest's layout or the way fingerprints are made changes. */
const FORMAT = "sourcebrief-pages/2";

/** What Eleventy reports for each page it wrote (the `results` of its `eleventy.after` event). */
export interface WrittenPage {
  readonly outputPath: string | false;
}

/**
 * A page's record: the fingerprint of what it was rendered from, and the size and modification time of the file that
 * was written. A page file is linked, not copied, into the next build's folder, so it keeps both.
 */
type PageRecord = readonly [input: string, size: number, mtimeMs: number];

/**
 * What every page's rendering depends on besides its own data: the template files, the Eleventy config (filters,
 * transforms) and the versions of the libraries that render. Any change there renders every page again.
 */
export function renderVersion(paths: readonly string[]): string {
  const hash = createHash("sha256").update(FORMAT);
  for (const path of paths) {
    const files = isDirectory(path)
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [path];
    for (const file of files) hash.update(`\0${relative(path, file)}\0`).update(readFileSync(file));
  }
  for (const pkg of ["@11ty/eleventy", "nunjucks"]) hash.update(`\0${pkg}@${packageVersion(pkg)}`);
  return hash.digest("hex");
}

/** An installed package's version, from the package.json above its entry point (Eleventy does not export that file). */
function packageVersion(name: string): string {
  for (let dir = dirname(createRequire(import.meta.url).resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? "unknown";
    } catch {
      // No package.json here: look one folder up.
    }
  }
  return "unknown";
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/**
 * The pages of the last build and what they were made from, kept in `<cache>/pages/manifest.json`.
 *
 * A page is reused when the fingerprint of its data (with everything in `renderVersion` and the site-wide values it
 * shows) is the one recorded, and the file the last build left still has the size and modification time recorded: a
 * page edited, deleted or written by another build is rendered again. A stat per page, not reading and hashing every
 * file. Rendering is the one thing reuse skips; the result is the same bytes a full build writes (a test compares
 * the two).
 */
export class PageCache {
  private readonly file: string;
  private readonly shownFile: string;
  private readonly version: string;
  private readonly previous: ReadonlyMap<string, PageRecord>;
  /** Damage found in the manifest or its folder, and writes that failed: warnings, never failures. */
  readonly warnings: Message[] = [];
  /** Fingerprints of the pages this build renders, by output path relative to the site folder. */
  private readonly rendering = new Map<string, string>();
  /** Pages this build takes from the last one, with their records. */
  private readonly reusing = new Map<string, PageRecord>();
  private readonly previousDir: string;

  /** `displayDir` is the cache folder as warnings name it, e.g. `.cache/sourcebrief`. */
  constructor(cacheDir: string, previousDir: string, version: string, displayDir: string = cacheDir) {
    this.file = join(cacheDir, "pages", "manifest.json");
    this.shownFile = `${displayDir}/pages/manifest.json`;
    this.previousDir = previousDir;
    this.version = version;
    const read = readManifest(this.file);
    if (typeof read === "string") {
      this.warn(`page manifest ignored (${read}); every page was rendered afresh and the manifest rewritten`);
      this.previous = new Map();
    } else this.previous = read;
  }

  private warn(reason: string): void {
    this.warnings.push(new Message(this.shownFile, 1, reason, "cache"));
  }

  /**
   * The items whose pages must be rendered; the others' pages are taken from the last build by `finish`.
   * `shared` is every site-wide value these pages show besides their item (the briefing's title).
   */
  plan<T>(items: readonly T[], pathOf: (item: T) => string, shared: unknown): T[] {
    const context = `${this.version}\0${JSON.stringify(shared)}\0`;
    return items.filter((item) => {
      const path = pathOf(item);
      const input = createHash("sha256").update(context).update(JSON.stringify(item)).digest("hex").slice(0, 40);
      const record = this.previous.get(path);
      if (record?.[0] === input && this.unchangedOnDisk(path, record)) {
        this.reusing.set(path, record);
        return false;
      }
      this.rendering.set(path, input);
      return true;
    });
  }

  private unchangedOnDisk(path: string, [, size, mtimeMs]: PageRecord): boolean {
    const stat = statSync(join(this.previousDir, path), { throwIfNoEntry: false });
    return stat?.isFile() === true && stat.size === size && stat.mtimeMs === mtimeMs;
  }

  /**
   * After Eleventy wrote the rendered pages into `outputDir`: copies the reused pages there (unless it is the last
   * build's own folder, as in preview) and records every planned page for the next build.
   */
  finish(written: readonly WrittenPage[], outputDir: string): void {
    const records = new Map(this.reusing);
    for (const page of written) {
      if (!page.outputPath) continue;
      const path = relative(outputDir, resolve(page.outputPath)).split(sep).join("/");
      const input = this.rendering.get(path);
      const stat = input === undefined ? undefined : statSync(join(outputDir, path), { throwIfNoEntry: false });
      if (input !== undefined && stat) records.set(path, [input, stat.size, stat.mtimeMs]);
    }
    if (resolve(outputDir) !== resolve(this.previousDir)) {
      for (const path of this.reusing.keys()) {
        const to = join(outputDir, path);
        makeFolder(dirname(to));
        shareFile(join(this.previousDir, path), to);
      }
    }
    const failure = writeManifest(this.file, records);
    if (failure) this.warn(failure);
  }
}

/** Makes a folder: one call when its parent exists, as it mostly does (a recursive mkdir stats every parent first). */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") mkdirSync(dir, { recursive: true });
    else if (code !== "EEXIST") throw error;
  }
}

/**
 * Puts the last build's page into the new site folder as a second name for the same file: no bytes are copied, and
 * the last build's folder, deleted once the new one is swapped in, keeps its own name for it until then. Copies where
 * a link cannot be made (another file system); a copy has a new modification time, so the next build renders it.
 */
function shareFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The manifest's records; the reason it cannot be used when it is damaged; none when there is no manifest yet. */
function readManifest(file: string): Map<string, PageRecord> | string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? new Map() : `cannot be read: ${code ?? String(error)}`;
  }
  let data: { format?: unknown; pages?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch (error) {
    return `not JSON: ${(error as Error).message.split("\n")[0]}`;
  }
  if (data?.format !== FORMAT) return "not a manifest written by this version of sourcebrief";
  if (typeof data.pages !== "object" || data.pages === null || Array.isArray(data.pages)) return "it lists no pages";
  const records = Object.entries(data.pages as Record<string, unknown>);
  if (!records.every(([, r]) => isRecord(r))) return "a page's record is malformed";
  return new Map(records as Array<[string, PageRecord]>);
}

function isRecord(r: unknown): r is PageRecord {
  return (
    Array.isArray(r) &&
    r.length === 3 &&
    typeof r[0] === "string" &&
    Number.isFinite(r[1]) &&
    (r[1] as number) >= 0 &&
    Number.isFinite(r[2])
  );
}

/**
 * Written to a temporary name first, so a build never reads half a manifest. A folder taken by a file, or a manifest
 * path taken by a folder, is cleared first; temporary files of killed builds are removed. Returns why the write failed,
 * if it did: that only costs reuse next time.
 */
function writeManifest(file: string, records: ReadonlyMap<string, PageRecord>): string | null {
  const pages = Object.fromEntries([...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const dir = dirname(file);
  const tmp = `${file}.${randomUUID()}.tmp`;
  let repaired = "";
  try {
    const folder = statSync(dir, { throwIfNoEntry: false });
    if (folder && !folder.isDirectory()) {
      rmSync(dir, { force: true });
      repaired = "the folder of the page manifest was a file: replaced by a folder";
    }
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (name.endsWith(".tmp")) rmSync(join(dir, name), { force: true });
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) rmSync(file, { recursive: true, force: true });
    writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, pages })}\n`);
    renameSync(tmp, file);
    return repaired || null;
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The folder itself is unusable; nothing was left in it.
    }
    return `page manifest not written (${(error as Error).message})`;
  }
}
