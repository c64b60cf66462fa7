// sourcebrief's public entry: run the pipeline and get the briefing with what templates need.
export { runPipeline, STEPS, type PipelineOptions, type PipelineState } from "./pipeline.ts";
export { SourcebriefError, SeedError, ConfigError, formatError } from "./errors.ts";
export { Message } from "./messages.ts";
export type * from "./types.ts";
