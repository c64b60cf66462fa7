// `npm run eval`: scores the briefings of the shipped, the extra and the two held-out sets of test seeds against the hand labels.
import { join, resolve } from "node:path";
import { evaluate, formatScore } from "../eval/evaluate.ts";

const root = resolve(process.argv[2] ?? process.cwd());
const eval_ = join(root, "tests", "fixtures", "eval");
const shipped = await evaluate({ root }, join(eval_, "labels"));
const extra = await evaluate({ root, seedsDir: join(eval_, "extra-seeds") }, join(eval_, "labels"));
const holdout = await evaluate({ root, seedsDir: join(eval_, "holdout-seeds") }, join(eval_, "labels"));
const holdout2 = await evaluate({ root, seedsDir: join(eval_, "holdout2-seeds") }, join(eval_, "labels"));
console.log(formatScore("shipped seeds", shipped));
console.log(formatScore("extra seeds", extra));
console.log(formatScore("held-out seeds", holdout));
console.log(formatScore("second held-out seeds", holdout2));
