import { describe, expect, it } from "vitest";
import { cleanSeed as cleanSource } from "../../../src/steps/seed/cleanSeed.ts";
import { sourceFrom } from "../../helpers.ts";

const article = [
  "A headline about chips",
  "- Editorial Team",
  "- 15 hours ago",
  "- 5 min read",
  "Huawei has shipped Ascend chips to Tencent this year.",
  "Sign up for our daily newsletter",
  "Analysts said the newsletter industry has grown.",
  "AI News is powered by TechForge Media .",
  "Stay ahead of the AI curve. Follow @Someone for daily insights.",
  "๐ฌ Want more insights?",
  "Subscribe to our weekly newsletter โRelated Articles",
  "",
  "Another story entirely",
  "Comments",
].join("\n");

describe("cleanSeeds", () => {
  const source = sourceFrom(article);
  cleanSource(source);
  const kept = source.kept.map((l) => l.text).filter(Boolean);

  it("should keep the article's own lines", () => {
    expect(kept).toEqual([
      "A headline about chips",
      "Huawei has shipped Ascend chips to Tencent this year.",
      "Analysts said the newsletter industry has grown.",
    ]);
  });

  it("should say what it removed, line by line, as file:line messages", () => {
    expect(source.messages.map(String)).toEqual([
      'seeds/900_test.txt:2: removed byline line "- Editorial Team" (boilerplate: byline)',
      'seeds/900_test.txt:3: removed date line "- 15 hours ago" (boilerplate: dateline-date)',
      'seeds/900_test.txt:4: removed read-time line "- 5 min read" (boilerplate: read-time)',
      'seeds/900_test.txt:6: removed newsletter line "Sign up for our daily newsletter" (boilerplate: signup)',
      'seeds/900_test.txt:8: removed powered-by line "AI News is powered by TechForge Media ." (boilerplate: powered-by)',
      'seeds/900_test.txt:9: removed promo line "Stay ahead of the AI curve. Follow @Som…" (boilerplate: promo)',
      'seeds/900_test.txt:10: removed line with garbled characters "๐ฌ Want more insights?" (mojibake); re-save the seed as UTF-8 from the original',
      'seeds/900_test.txt:11: removed line "Subscribe to our weekly newsletter โ" before a related-articles list (boilerplate: related)',
      'seeds/900_test.txt:11: removed "Related Articles" and the 2 non-empty line(s) after it (boilerplate: related)',
    ]);
  });
});
