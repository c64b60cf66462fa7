// The analysis worker as one script of plain JavaScript, so that a worker starts without tsx.
import { fileURLToPath } from "node:url";

const bundles = new Map<string, Promise<string | null>>();

/**
 * The module `entry` and everything it imports, packages included, bundled by esbuild into one CommonJS script,
 * for `new Worker(script, { eval: true })`: nothing is left to resolve, so it runs from no folder. A worker started
 * on the TypeScript sources must register tsx first, and tsx then resolves and compiles each module through its
 * loader thread: 0.55–0.65 s before a worker could analyse its first seed on an idle machine, about 1 s during a
 * build with both cores busy. Bundling takes 0.13–0.19 s; with it (and batches taken from a shared counter), the
 * analysis of 10,000 seeds took 13.4–13.7 s instead of 14.8 s.
 *
 * Bundled once per process and entry. Null when esbuild cannot bundle it; the caller then starts workers the
 * slow way, so a missing esbuild binary costs time, never a build.
 */
export function bundleWorker(entry: string): Promise<string | null> {
  let bundle = bundles.get(entry);
  if (!bundle) bundles.set(entry, (bundle = makeBundle(entry)));
  return bundle;
}

async function makeBundle(entry: string): Promise<string | null> {
  try {
    const { build } = await import("esbuild");
    const result = await build({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      platform: "node",
      // CommonJS, since some packages are CommonJS and `require` node's own modules (yaml); no module of the
      // worker's uses import.meta or top-level await.
      format: "cjs",
      target: "node20",
      write: false,
      // This module is in the worker's import graph (through the analysis step) but never runs there.
      external: ["esbuild"],
      logLevel: "silent",
    });
    return result.outputFiles[0]?.text ?? null;
  } catch {
    return null;
  }
}
