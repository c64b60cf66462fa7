// Reads a seed's bytes, refusing what is too large, unreadable or binary before anything decodes it.
import { readFile, stat } from "node:fs/promises";
import { SeedError } from "../../model/errors.ts";
import type { Source } from "../../model/types.ts";
import type { SeedContext } from "../../pipeline/state.ts";
import { binaryReason } from "../../text/inspect.ts";

/** Default size limit of one seed: far above any article, far below a PDF or a saved web page with images. */
export const DEFAULT_MAX_SEED_BYTES = 2 * 1024 * 1024;

/** Seed step: sets `source.bytes`. */
export async function loadSeed(source: Source, context: Pick<SeedContext, "maxSeedBytes">): Promise<void> {
  const maxBytes = context.maxSeedBytes;
  let bytes: Uint8Array;
  try {
    const info = await stat(source.path);
    // Reading a named pipe or a device would wait for ever or never end; listing the seeds refuses them first.
    if (!info.isFile())
      throw new SeedError(
        source.file,
        null,
        "the seed is not a regular file",
        "Save the article as a plain text file.",
      );
    const size = info.size;
    if (size > maxBytes)
      throw new SeedError(
        source.file,
        null,
        `the seed is ${bytesText(size)}, over the limit of ${bytesText(maxBytes)}`,
        "Paste only the article's text, or raise limits.maxSeedBytes in briefing.yaml.",
      );
    bytes = await readFile(source.path);
  } catch (cause) {
    if (cause instanceof SeedError) throw cause;
    throw new SeedError(source.file, null, "cannot read the file", "Check that it exists and is readable.", { cause });
  }
  const binary = binaryReason(bytes);
  if (binary)
    throw new SeedError(
      source.file,
      null,
      binary,
      "Save the article as plain text (UTF-8) and put that in seeds/ instead.",
    );
  source.bytes = bytes;
}

function bytesText(bytes: number): string {
  return `${bytes.toLocaleString("en-US")} bytes`;
}
