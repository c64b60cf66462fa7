// Questions a source asks, paired with the sentence that answers them.
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/types.ts";
import { pairQuestions } from "../../src/rules/questionPairs.ts";
import { sentenceOf } from "../helpers.ts";

/** One source's sentences, a paragraph each, in order. */
function page(...texts: string[]): Sentence[] {
  return texts.map((text, i) =>
    sentenceOf("700", text, { id: `700-p${i + 1}-s1`, paragraph: i + 1, index: 1, line: i + 1 }),
  );
}

describe("pairQuestions", () => {
  it("takes the next paragraph's sentence as the answer, a short one too", () => {
    const [pair] = pairQuestions(page("Has the lab released the model yet?", "Yes.", "It went live on Monday."));
    expect(pair?.answer?.text).toBe("Yes.");
  });

  it("gives no answer where a forum poster's name follows the thread's question", () => {
    const pairs = pairQuestions(
      page(
        "Was the model trained on domestic chips or not?",
        "kernel_panic_42",
        "The lab's research chief says it was trained entirely on domestic accelerators.",
      ),
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.answer).toBeNull();
  });
});
