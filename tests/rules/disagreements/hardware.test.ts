// Training-hardware disagreements on short articles, with makers the `makers:` list does not know.
import { describe, expect, it } from "vitest";
import { chipMakers } from "../../../src/rules/disagreements/hardware.ts";
import { articles, seen } from "./articles.ts";

describe("training disagreements with unlisted makers", () => {
  it("should set 'trained entirely on Corlin's chips' against 'most of the pre-training ran on Nvidia H800s'", () => {
    expect(seen("hw-a-maker", "hw-b-analyst").map((d) => d.sides)).toEqual([
      [
        ["hw-a-maker: The model was trained entirely on Corlin Semiconductor's CX-40 chips, Arbor AI said."],
        [
          "hw-b-analyst: Our checks suggest most of the model's pre-training ran on Nvidia H800s, with CX-40s used mainly for fine-tuning.",
        ],
      ],
    ]);
  });

  it("should take neither a cloud's servers nor a country's chips for a maker", () => {
    expect(seen("hw-c-cloud", "hw-b-analyst")).toEqual([]);
  });

  it("should learn a chip's maker from where the archive names them together, and read a listed product there as its maker", () => {
    const chips = chipMakers(articles("hw-a-maker", "hw-b-analyst"), new Map());
    expect(chips.get("cx-40")).toBe("corlin");
    expect(chips.get("h800")).toBe("nvidia");
    const both = chipMakers(articles("hw-a-maker"), new Map([["corlin", "dunmore"]]));
    expect(both.get("cx-40")).toBe("dunmore");
  });

  it("should not take the model trained for a chip", () => {
    // "Arbor AI's Q9" names the model after its maker; "used to train Q9" trains it: Q9 is no chip of Arbor's.
    expect(seen("hw-d-model", "hw-a-maker")).toEqual([]);
  });

  it("should read a hyphenated model as the subject and the chips it ran on as the hardware", () => {
    expect(seen("hw-e-kestrel", "hw-f-kestrel-analyst").map((d) => d.text)).toEqual([
      "Sources differ on what KESTREL-7 was trained and runs on: one source against one source.",
    ]);
    // Two models trained on the same chips are two subjects, not one.
    expect(seen("hw-e-kestrel", "hw-g-pelican")).toEqual([]);
  });

  it("should set 'no Nvidia hardware was used to train' with the account it goes with against a report of Nvidia pre-training", () => {
    expect(seen("hwx-a-lab", "hwx-b-founder", "hwx-c-report", "hwx-d-other")).toEqual([
      {
        text: "Sources differ on what SPARROW-3 was trained and runs on: 2 sources against one source.",
        sides: [
          [
            "hwx-a-lab: Orla Labs said no Nvidia hardware was used to train Sparrow-3.",
            "hwx-b-founder: Sparrow-3 was trained entirely on a cluster of 8,000 Dunmore DX-500 accelerators, its founder said.",
          ],
          [
            "hwx-c-report: Orla Labs pre-trained Sparrow-3 on Nvidia H800 chips it bought in 2024, three people familiar with the work said.",
          ],
        ],
      },
    ]);
  });

  it("should read 'Orla says the model was trained' as the story's model, set against a report of Nvidia pre-training", () => {
    expect(seen("hwy-a-maker", "hwy-b-report").map((d) => d.text)).toEqual([
      "Sources differ on what the model was trained and runs on: one source against one source.",
    ]);
  });
});

describe("training disagreements between a plain account and a stage", () => {
  it("should set 'was trained on a cluster of DX-500s' against 'pre-training ran on Nvidia H800s', with the denial where a source gives one", () => {
    expect(seen("hwz-a-lab", "hwz-b-wire", "hwz-c-report")).toEqual([
      {
        text: "Sources differ on what HERON-2 was trained and runs on: 2 sources against one source.",
        sides: [
          [
            "hwz-a-lab: No Nvidia hardware was used at any stage of training, the company said.",
            "hwz-b-wire: Tarn Labs said Heron-2 had been trained on a cluster of 6,000 Dunmore DX-500 chips.",
          ],
          [
            "hwz-c-report: The first stage of Heron-2's pre-training ran on about 2,000 Nvidia H800 chips, two people close to the project said.",
          ],
        ],
      },
    ]);
  });

  it("should not set a plain account against a stage on the same maker's chips, nor take a question for an account", () => {
    // Pre-training on DX-500s with Nvidia only for fine-tuning leaves "trained on DX-500s" standing.
    expect(seen("hwz-b-wire", "hwz-e-later")).toEqual([]);
    // A forum's questions ask what the report says; they are no side of it.
    expect(seen("hwz-c-report", "hwz-d-forum")).toEqual([]);
  });
});
