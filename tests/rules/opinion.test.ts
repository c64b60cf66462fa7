// Which sentences give their writer's judgement, so that the briefing says whose it is.
import { describe, expect, it } from "vitest";
import { isOpinion } from "../../src/rules/opinion.ts";

describe("isOpinion", () => {
  it("should find a writer reading meaning into events, or weighing them", () => {
    for (const text of [
      "The new fab shows the country is finally closing the gap with its rivals.",
      "Switching suppliers signals that the lab no longer trusts imported parts.",
      "The order book suggests how quickly demand for local chips is growing.",
      "Winning the contract puts the firm on the right path, and in the right direction.",
      "The launch marks a historic shift for the region's chip industry.",
      "Tighter controls could mean the company loses its largest market.",
      "Local production is maturing faster than anticipated.",
    ])
      expect(isOpinion(text), text).toBe(true);
  });

  it("should leave plain reports, questions and views already attributed alone", () => {
    for (const text of [
      "The company shipped 40,000 accelerators in March.",
      "Data shows sales rose 5% in the quarter.",
      "Does the new chip match the old one?",
      "Analysts say the deal shows the market is cooling.",
      "According to the filing, the move signals that costs will rise.",
      "The lab said the model marks a significant step for open research.",
    ])
      expect(isOpinion(text), text).toBe(false);
  });
});
