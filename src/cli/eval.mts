// `npm run eval`: scores the briefings of the labelled seed sets. `-- --details` lists what went wrong on the tuning set.
import { join, resolve } from "node:path";
import { evaluateClaims, formatClaimScore } from "../eval/claims.ts";
import { evaluate, formatScore } from "../eval/evaluate.ts";

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith("--")) ?? process.cwd());
const details = args.includes("--details");
const eval_ = join(root, "tests", "fixtures", "eval");
const labels = join(eval_, "labels");
const configPath = join(root, "briefing.yaml");

console.log("Sections, key facts and furniture (hand labels per sentence):");
console.log(formatScore("shipped seeds", await evaluate({ root }, labels)));
console.log(formatScore("extra seeds", await evaluate({ root, seedsDir: join(eval_, "extra-seeds") }, labels)));
console.log(formatScore("held-out seeds", await evaluate({ root, seedsDir: join(eval_, "holdout-seeds") }, labels)));
console.log(
  formatScore("second held-out seeds", await evaluate({ root, seedsDir: join(eval_, "holdout2-seeds") }, labels)),
);
console.log("\nClaims, disagreements, corroboration and metadata (hand-labelled claim sets):");
console.log(
  formatClaimScore(
    "claims-dev (20 articles, tuning set)",
    await evaluateClaims(join(eval_, "claims-dev"), configPath),
    details,
  ),
);
console.log(
  formatClaimScore(
    "claims-dev2 (14 articles on two other stories, tuning set)",
    await evaluateClaims(join(eval_, "claims-dev2"), configPath),
    details,
  ),
);
console.log(
  formatClaimScore(
    "claims-dev3 (24 articles, tuning set)",
    await evaluateClaims(join(eval_, "claims-dev3"), configPath),
    details,
  ),
);
console.log(
  formatClaimScore(
    "claims-dev4 (14 articles, tuning set)",
    await evaluateClaims(join(eval_, "claims-dev4"), configPath),
    details,
  ),
);
// Never with details: what goes wrong on the held-out sets is not read while rules are tuned.
console.log(
  formatClaimScore(
    "claims-holdout (22 articles, held out)",
    await evaluateClaims(join(eval_, "claims-holdout"), configPath),
  ),
);
console.log(
  formatClaimScore(
    "claims-holdout2 (24 articles, held out, never tuned on)",
    await evaluateClaims(join(eval_, "claims-holdout2"), configPath),
  ),
);
