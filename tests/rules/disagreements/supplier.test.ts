// Who makes or supplies a part: two makers named for every unit of one product are a dispute; what a model runs on
// and who fabricates the chips it runs on are two questions.
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../../src/model/types.ts";
import { supplierDisagreements } from "../../../src/rules/disagreements/supplier.ts";
import { sentenceOf } from "../../helpers.ts";

let n = 0;
const sentence = (source: string, text: string): Sentence => {
  n++;
  return sentenceOf(source, text, { id: `${source}-p1-s${n}`, line: n });
};
const find = (sentences: Sentence[]) =>
  supplierDisagreements(sentences, { dates: new Map(), makers: new Map() }).map((d) =>
    d.sides.map((side) => side.map((s) => s.source)),
  );

describe("supplier disagreements", () => {
  it("should set a foundry a maker names for every unit against the foundry a teardown finds", () => {
    expect(
      find([
        sentence(
          "maker",
          '"Every KL-4 is fabricated in northern Italy by our partner Vireo Foundry," the founder said.',
        ),
        sentence("podcast", "Every single KL-4 die comes out of Vireo Foundry."),
        sentence("teardown", "We bought one KL-4 board from a broker and took it apart."),
        sentence("teardown", "The die we opened was fabricated by Halden Semi on its 7nm process."),
      ]),
    ).toEqual([[["maker", "podcast"], ["teardown"]]]);
  });

  it("should not set who fabricates a chip against what a model built on it runs on", () => {
    expect(
      find([
        sentence("maker", "Every KL-4 is fabricated by Vireo Foundry."),
        sentence("lab", "Orla Labs released its Orla-3 model on Friday."),
        sentence(
          "lab",
          "Its message was simple: the model had been built on Kestrel's KL-4 accelerators and nothing else.",
        ),
      ]),
    ).toEqual([]);
  });

  it("should not read every step of some work as every unit of a part", () => {
    expect(
      find([
        sentence("lab", "Orla Labs trained its Orla-3 model over the winter."),
        sentence("lab", "The lab said every step ran on Kestrel chips."),
        sentence("report", "Orla-3 took four months to train."),
        sentence("report", "Two engineers said the early runs were powered by Marlow chips."),
      ]),
    ).toEqual([]);
  });
});
