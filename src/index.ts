// sourcebrief's public entry: run the pipeline and get the briefing, with its steps, types and errors.
export { runPipeline } from "./pipeline/run.ts";
export { BRIEFING_STEPS, SEED_STEPS } from "./pipeline/steps.ts";
export type { PipelineOptions } from "./pipeline/options.ts";
export type { PipelineHooks, PipelineState } from "./pipeline/state.ts";
export { ConfigError, formatError, SeedError, SourcebriefError } from "./model/errors.ts";
export { Message } from "./model/messages.ts";
export type * from "./model/types.ts";
