// Kept for older imports: the stance rules are defined once, in assertion.ts.
export { isQuestion, UNCERTAIN } from "./assertion.ts";
