// Worker bootstrap: plain JavaScript, so Node can start it however the build was launched. It loads tsx when the
// worker module is TypeScript (a worker does not always inherit its parent's `--import tsx`), then that module.
import { workerData } from "node:worker_threads";

const { entry } = workerData;
if (entry.endsWith(".ts")) (await import("tsx/esm/api")).register();
await import(entry);
