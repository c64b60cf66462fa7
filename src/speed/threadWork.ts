// The second thread's side: seeds to analyse while the main thread analyses others, and the disagreement step while
// the main thread groups claims. Results go back as plain data; the main thread puts its own objects back in.
import { parentPort } from "node:worker_threads";
import type { Severity } from "../model/messages.ts";
import type { BriefingConfig, Disagreement, SeedFile, Source } from "../model/types.ts";
import { analyseSeed, seedContext } from "../pipeline/analyse.ts";
import { SEED_STEPS } from "../pipeline/steps.ts";
import { type DisagreementState, findDisagreements } from "../steps/briefing/findDisagreements.ts";

/**
 * Seeds to analyse. Both threads take the next seed from `cursor` (the index of the next unclaimed seed, shared
 * memory), so whichever is free takes it, and the thread that loaded last simply takes fewer.
 */
export interface AnalyseJob {
  readonly id: number;
  readonly kind: "analyse";
  readonly seeds: readonly SeedFile[];
  readonly config: BriefingConfig;
  readonly maxSeedBytes: number | undefined;
  readonly cursor: SharedArrayBuffer;
}

/** The disagreement step's input, copied. */
export interface DisagreeJob {
  readonly id: number;
  readonly kind: "disagree";
  readonly sources: DisagreementState["sources"];
  readonly config: DisagreementState["config"];
}

export type Job = AnalyseJob | DisagreeJob;

/** A message as plain fields: a class does not survive the copy between threads. */
export type SentMessage = [file: string, line: number, reason: string, ruleId: string, severity: Severity];

/** An analysed source as sent back: its messages as plain fields. */
export type SentSource = Omit<Source, "messages"> & { readonly messages: SentMessage[] };

/** A disagreement whose sides name their sentences by id: the main thread puts its own sentences back in. */
export type FoundDisagreement = Omit<Disagreement, "sides"> & { readonly sides: readonly [string[], string[]] };

/** What the thread sends back for job `id`: its result, or why it could not give one. */
export type Reply = { readonly id: number } & (
  | { readonly analysed: Array<[index: number, source: SentSource]> }
  | { readonly found: { disagreements: FoundDisagreement[]; superseded: string[] } }
  | { readonly failed: string }
);

/** Seeds analysed at once on this thread: while one waits for its file, another's steps run. */
const LANES = 8;

/**
 * Analyses the seeds it claims until none is left. A seed that fails is left out: the main thread analyses it again,
 * so its error is thrown there, as the build's own.
 */
async function analyse(job: AnalyseJob): Promise<Array<[number, SentSource]>> {
  const cursor = new Int32Array(job.cursor);
  const context = seedContext(job.config, job.maxSeedBytes);
  const done: Array<[number, SentSource]> = [];
  const lane = async (): Promise<void> => {
    for (let i = Atomics.add(cursor, 0, 1); i < job.seeds.length; i = Atomics.add(cursor, 0, 1)) {
      try {
        const source = await analyseSeed(job.seeds[i] as SeedFile, SEED_STEPS, context);
        const messages = source.messages.map((m): SentMessage => [m.file, m.line, m.reason, m.ruleId, m.severity]);
        done.push([i, { ...source, messages }]);
      } catch {
        // The main thread finds the seed missing and analyses it itself.
      }
    }
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  return done;
}

function disagree(job: DisagreeJob): Extract<Reply, { found: unknown }>["found"] {
  const state: DisagreementState = {
    sources: job.sources,
    config: job.config,
    disagreements: [],
    superseded: new Set(),
  };
  findDisagreements(state);
  const disagreements = state.disagreements.map((d) => ({
    ...d,
    sides: [d.sides[0].map((s) => s.id), d.sides[1].map((s) => s.id)] as [string[], string[]],
  }));
  return { disagreements, superseded: [...state.superseded] };
}

const port = parentPort;
if (port) {
  port.on("message", async (job: Job) => {
    try {
      if (job.kind === "analyse") port.postMessage({ id: job.id, analysed: await analyse(job) } satisfies Reply);
      else port.postMessage({ id: job.id, found: disagree(job) } satisfies Reply);
    } catch (error) {
      port.postMessage({
        id: job.id,
        failed: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies Reply);
    }
  });
  port.postMessage("ready");
}
