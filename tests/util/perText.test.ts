// Remembering work per distinct text: same answers, each text read once.
import { describe, expect, it } from "vitest";
import { perText } from "../../src/util/perText.ts";

describe("perText", () => {
  it("should answer as the function does, reading each distinct text once, falsy answers included", () => {
    const read: string[] = [];
    const lengthOrNothing = perText((text) => {
      read.push(text);
      return text.length > 3 ? text.length : text === "" ? undefined : null;
    });
    const texts = ["four", "no", "four", "", "no", "", "seven!!"];
    expect(texts.map(lengthOrNothing)).toEqual([4, null, 4, undefined, null, undefined, 7]);
    expect(read).toEqual(["four", "no", "", "seven!!"]);
  });
});
