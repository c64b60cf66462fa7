// The layers of src/ and the directions imports may take between them; `npm test` fails on any violation.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "Modules that import each other cannot be read or tested apart.", from: {}, to: { circular: true } },
    {
      name: "model-is-the-bottom",
      severity: "error",
      comment: "Types and errors import nothing above them.",
      from: { path: "^src/model/" },
      to: { path: "^src/", pathNot: "^src/model/" },
    },
    {
      name: "text-and-similarity-know-no-domain",
      severity: "error",
      comment: "String and vector helpers know nothing of steps, rules, the pipeline or the site.",
      from: { path: "^src/(text|similarity|util)/" },
      to: { path: "^src/(rules|steps|pipeline|settings|site|speed|cli|eval)/" },
    },
    {
      name: "rules-are-below-steps",
      severity: "error",
      comment: "Shared judgement rules never reach into steps, the pipeline or the site.",
      from: { path: "^src/rules/" },
      to: { path: "^src/(steps|pipeline|site|speed|cli|eval)/" },
    },
    {
      name: "steps-stand-alone",
      severity: "error",
      comment: "A step imports the state, rules and helpers, never the step list, the runner or another step.",
      from: { path: "^src/steps/" },
      to: { path: "^src/(steps/(?!seed/loadSeed\\.ts$)|pipeline/(?!state\\.ts$)|site|speed|cli|eval)" },
    },
    {
      name: "speed-is-a-plug-in",
      severity: "error",
      comment: "Nothing in the domain knows the caches exist.",
      from: { path: "^src/(model|text|similarity|rules|steps|pipeline|settings)/" },
      to: { path: "^src/(speed|site|cli)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".mts", ".js", ".mjs"] },
  },
};
