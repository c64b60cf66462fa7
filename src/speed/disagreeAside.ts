// The disagreement search on a second core while this one groups claims. Both steps read only the analysed sources and
// the settings, and neither changes them, so the search can start when the grouping does and be taken up at its turn.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Sentence } from "../model/types.ts";
import type { PipelineHooks, PipelineState } from "../pipeline/state.ts";
import type { Job, Reply } from "./disagreeThread.ts";

/** The step whose turn starts the search, and the step it stands in for. */
const STARTS_WITH = "cluster";
const STANDS_IN_FOR = "disagree";

/**
 * The thread loads the step's modules through tsx's API: a worker does not inherit the `--import tsx` of its parent.
 * Evaluated as a script, so it names both modules by URL.
 */
const BOOT = `
const { workerData } = require("node:worker_threads");
import(workerData.tsx).then(({ tsImport }) => tsImport(workerData.thread, workerData.thread));
`;

/**
 * Archives smaller than this keep the step on this thread: starting a thread and copying the sources to it costs
 * about what the step costs there.
 */
export const MIN_SEEDS = 500;

/**
 * A `runStep` hook, with `start` to call once the number of seeds is known: the thread then loads its modules while the
 * seeds are analysed. If it cannot start, or fails, the step runs here as usual: the briefing is the same either way.
 */
export class DisagreeAside {
  #worker: Worker | null = null;
  #ready: Promise<boolean> = Promise.resolve(false);
  #pending: Promise<Reply | null> | null = null;
  /** Searches the other thread did (tests read it). */
  ranAside = 0;

  constructor(
    readonly threads: number = availableParallelism(),
    readonly minSeeds: number = MIN_SEEDS,
  ) {}

  /** Starts the thread for an archive of `seeds` seeds, if it is worth one and the machine has a second core. */
  start(seeds: number): void {
    if (this.#worker || this.threads < 2 || seeds < this.minSeeds) return;
    let worker: Worker;
    try {
      worker = new Worker(BOOT, {
        eval: true,
        workerData: {
          tsx: import.meta.resolve("tsx/esm/api"),
          thread: new URL("./disagreeThread.ts", import.meta.url).href,
        },
      });
    } catch {
      // No thread to be had (tsx not resolvable, workers refused): the step runs here.
      return;
    }
    // Never what keeps the process alive: a build that fails half-way still exits.
    worker.unref();
    this.#ready = new Promise((resolve) => {
      worker.once("message", (message) => resolve(message === "ready"));
      worker.once("error", () => resolve(false));
      worker.once("exit", () => resolve(false));
    });
    worker.on("error", () => this.#stop());
    this.#worker = worker;
  }

  /** Resolves when the thread has loaded the step (true), or cannot (false). */
  get ready(): Promise<boolean> {
    return this.#ready;
  }

  readonly runStep: NonNullable<PipelineHooks["runStep"]> = async (name, step, state) => {
    // A thread still loading is waited for: it was started because the archive is large, and loads in a fraction of
    // the time the step takes.
    if (name === STARTS_WITH && this.#worker && (await this.#ready) && this.#worker)
      this.#pending = this.#search(state);
    if (name === STANDS_IN_FOR && this.#pending) {
      const reply = await this.#pending;
      this.#pending = null;
      if (reply && "found" in reply) {
        apply(reply.found, state);
        this.ranAside++;
        return;
      }
    }
    await step(state);
  };

  /** Ends the thread; the next build makes its own. */
  async close(): Promise<void> {
    const worker = this.#stop();
    await worker?.terminate();
  }

  #stop(): Worker | null {
    const worker = this.#worker;
    this.#worker = null;
    this.#ready = Promise.resolve(false);
    return worker;
  }

  /** Sends the step's input; resolves to the thread's reply, or null when the thread ended before replying. */
  #search(state: PipelineState): Promise<Reply | null> {
    const worker = this.#worker as Worker;
    const job: Job = {
      sources: state.sources.map(({ id, meta, lines, sentences }) => ({ id, meta, lines, sentences })),
      config: state.config,
    };
    return new Promise((resolve) => {
      const done = (reply: Reply | null) => {
        worker.off("message", done);
        worker.off("exit", ended);
        worker.off("error", ended);
        resolve(reply);
      };
      const ended = () => done(null);
      worker.on("message", done);
      worker.once("exit", ended);
      worker.once("error", ended);
      try {
        worker.postMessage(job);
      } catch {
        // Something in the input cannot be copied to another thread: the step runs here.
        done(null);
      }
    });
  }
}

/** The thread's result in the state, with this thread's own sentences in the sides. */
function apply(found: Extract<Reply, { found: unknown }>["found"], state: PipelineState): void {
  const byId = new Map<string, Sentence>();
  for (const source of state.sources) for (const sentence of source.sentences) byId.set(sentence.id, sentence);
  const own = (ids: readonly string[]) => ids.map((id) => byId.get(id) as Sentence);
  state.disagreements = found.disagreements.map((d) => ({ ...d, sides: [own(d.sides[0]), own(d.sides[1])] }));
  state.superseded = new Set(found.superseded);
}
