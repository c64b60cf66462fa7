// A second core's share of the work: it analyses seeds while this thread analyses others, then searches for
// disagreements while this thread groups claims. Each job's result is what this thread would have computed (the same
// functions on the same input), so the briefing is the same with or without it.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { Message } from "../model/messages.ts";
import type { SeedFile, Sentence, Source } from "../model/types.ts";
import type { PipelineHooks, PipelineState, SeedRun } from "../pipeline/state.ts";
import type { Job, Reply, SentSource } from "./threadWork.ts";

/** The step whose turn starts the search, and the step it stands in for. */
const STARTS_WITH = "cluster";
const STANDS_IN_FOR = "disagree";

/**
 * The thread loads its modules through tsx's API: a worker does not inherit the `--import tsx` of its parent.
 * Evaluated as a script, so it names both modules by URL.
 */
const BOOT = `
const { workerData } = require("node:worker_threads");
import(workerData.tsx).then(({ tsImport }) => tsImport(workerData.thread, workerData.thread));
`;

/**
 * Archives smaller than this keep all work on this thread: starting a thread and copying sources to and from it costs
 * about what it would take off this one.
 */
export const MIN_SEEDS = 500;

const LANES = 16;

type JobInput = Job extends infer J ? (J extends Job ? Omit<J, "id"> : never) : never;

/**
 * The thread, with `start` to call once the number of seeds is known, and two hooks: `analyseSeeds` and `runStep`. If
 * it cannot start, fails, or cannot be sent a job's input, that work is done here as usual.
 */
export class SecondThread {
  #worker: Worker | null = null;
  #ready: Promise<boolean> = Promise.resolve(false);
  #pending: Promise<Reply | null> | null = null;
  #jobs = 0;
  /** Seeds the other thread analysed, and disagreement searches it did (tests read them). */
  analysedAside = 0;
  ranAside = 0;

  constructor(
    readonly threads: number = availableParallelism(),
    readonly minSeeds: number = MIN_SEEDS,
    /** Seeds this thread analyses at once: while one waits for its file, another's steps run. */
    readonly lanes: number = LANES,
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
          thread: new URL("./threadWork.ts", import.meta.url).href,
        },
      });
    } catch {
      // No thread to be had (tsx not resolvable, workers refused): the work stays here.
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

  /** Resolves when the thread has loaded its modules (true), or cannot (false). */
  get ready(): Promise<boolean> {
    return this.#ready;
  }

  /**
   * Analyses `seeds` with the other thread: each thread takes the next seed not yet taken, so the other helps as soon as
   * it has loaded and never holds this one back. Returns the sources in seed order; when seeds fail, the error of the
   * first failing seed in that order is thrown, as `analyse` would.
   */
  async analyse(
    seeds: readonly SeedFile[],
    analyse: (seeds: readonly SeedFile[]) => Promise<Source[]>,
    run: SeedRun,
  ): Promise<Source[]> {
    if (!this.#worker || seeds.length < this.minSeeds) return analyse(seeds);
    const cursor = new SharedArrayBuffer(4);
    const reply = this.#ask({ kind: "analyse", seeds, config: run.config, maxSeedBytes: run.maxSeedBytes, cursor });
    const next = new Int32Array(cursor);
    const done: Array<{ source: Source } | { error: unknown } | undefined> = new Array(seeds.length);
    const lane = async (): Promise<void> => {
      for (let i = Atomics.add(next, 0, 1); i < seeds.length; i = Atomics.add(next, 0, 1))
        done[i] = await settle(seeds[i], analyse);
    };
    await Promise.all(Array.from({ length: this.lanes }, lane));
    // Every seed is taken; those this thread did not take, the other did.
    if (done.includes(undefined)) {
      const answer = await reply;
      if (answer && "analysed" in answer) {
        for (const [i, sent] of answer.analysed) done[i] = { source: received(sent, seeds[i] as SeedFile) };
        this.analysedAside += answer.analysed.length;
      }
      // Seeds the other thread failed on, or did not finish: analysed here.
      for (let i = 0; i < seeds.length; i++) if (!done[i]) done[i] = await settle(seeds[i], analyse);
    }
    const failed = done.find((d) => d && "error" in d);
    if (failed && "error" in failed) throw failed.error;
    return done.map((d) => (d as { source: Source }).source);
  }

  readonly runStep: NonNullable<PipelineHooks["runStep"]> = async (name, step, state) => {
    // A thread still loading is waited for: it was started because the archive is large, and loads in a fraction of
    // the time the step takes.
    if (name === STARTS_WITH && this.#worker && (await this.#ready) && this.#worker) {
      const { sources, config } = state;
      this.#pending = this.#ask({
        kind: "disagree",
        sources: sources.map(({ id, meta, lines, sentences }) => ({ id, meta, lines, sentences })),
        config,
      });
    }
    if (name === STANDS_IN_FOR && this.#pending) {
      const reply = await this.#pending;
      this.#pending = null;
      if (reply && "found" in reply) {
        applyDisagreements(reply.found, state);
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

  /** Sends a job; resolves to the thread's reply to it, or null when the thread ended first or the input cannot go. */
  #ask(input: JobInput): Promise<Reply | null> {
    const worker = this.#worker;
    if (!worker) return Promise.resolve(null);
    const id = ++this.#jobs;
    return new Promise((resolve) => {
      const done = (reply: Reply | null) => {
        worker.off("message", heard);
        worker.off("exit", ended);
        worker.off("error", ended);
        resolve(reply);
      };
      const heard = (reply: Reply | "ready") => {
        if (typeof reply === "object" && reply.id === id) done(reply);
      };
      const ended = () => done(null);
      worker.on("message", heard);
      worker.once("exit", ended);
      worker.once("error", ended);
      try {
        worker.postMessage({ ...input, id });
      } catch {
        // Something in the input cannot be copied to another thread: the work is done here.
        done(null);
      }
    });
  }
}

async function settle(
  seed: SeedFile | undefined,
  analyse: (seeds: readonly SeedFile[]) => Promise<Source[]>,
): Promise<{ source: Source } | { error: unknown }> {
  try {
    return { source: (await analyse([seed as SeedFile]))[0] as Source };
  } catch (error) {
    return { error };
  }
}

/** A source the other thread analysed, with its messages as messages again and the seed's own path. */
function received(sent: SentSource, seed: SeedFile): Source {
  return {
    ...sent,
    path: seed.path,
    messages: sent.messages.map(
      ([file, line, reason, ruleId, severity]) => new Message(file, line, reason, ruleId, severity),
    ),
  };
}

/** The thread's disagreements in the state, with this thread's own sentences in the sides. */
function applyDisagreements(found: Extract<Reply, { found: unknown }>["found"], state: PipelineState): void {
  const byId = new Map<string, Sentence>();
  for (const source of state.sources) for (const sentence of source.sentences) byId.set(sentence.id, sentence);
  const own = (ids: readonly string[]) => ids.map((id) => byId.get(id) as Sentence);
  state.disagreements = found.disagreements.map((d) => ({ ...d, sides: [own(d.sides[0]), own(d.sides[1])] }));
  state.superseded = new Set(found.superseded);
}
