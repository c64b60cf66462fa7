// The disagreement step on a thread of its own: the analysed sources come in, the disagreements go back by sentence id.
import { parentPort } from "node:worker_threads";
import type { Disagreement } from "../model/types.ts";
import { type DisagreementState, findDisagreements } from "../steps/briefing/findDisagreements.ts";

/** What the main thread sends: the step's input, copied. */
export interface Job {
  readonly sources: DisagreementState["sources"];
  readonly config: DisagreementState["config"];
}

/** A disagreement whose sides name their sentences by id: the main thread puts its own sentences back in. */
export type FoundDisagreement = Omit<Disagreement, "sides"> & { readonly sides: readonly [string[], string[]] };

/** What the thread sends back: the step's result, or why it could not give one. */
export type Reply =
  | { readonly found: { disagreements: FoundDisagreement[]; superseded: string[] } }
  | { readonly failed: string };

const port = parentPort;
if (port) {
  port.on("message", (job: Job) => {
    try {
      const state: DisagreementState = { ...job, disagreements: [], superseded: new Set() };
      findDisagreements(state);
      const disagreements = state.disagreements.map((d) => ({
        ...d,
        sides: [d.sides[0].map((s) => s.id), d.sides[1].map((s) => s.id)] as [string[], string[]],
      }));
      port.postMessage({ found: { disagreements, superseded: [...state.superseded] } } satisfies Reply);
    } catch (error) {
      port.postMessage({
        failed: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies Reply);
    }
  });
  port.postMessage("ready");
}
