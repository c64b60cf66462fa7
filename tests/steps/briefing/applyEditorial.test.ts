// Editorial control from briefing.yaml: pin, hide and move points by quote, section intros, and the errors a maintainer can make.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runPipeline } from "../../../src/pipeline/run.ts";
import { toSiteData } from "../../../src/site/siteData.ts";
import type { Briefing, Point } from "../../../src/model/types.ts";
import { tempProject } from "../../helpers.ts";

let root = "";
let shipped = "";
let plain: Briefing;

beforeAll(async () => {
  root = await tempProject();
  shipped = await readFile(join(root, "briefing.yaml"), "utf8");
  plain = (await runPipeline({ root })).briefing as Briefing;
});
afterAll(() => rm(root, { recursive: true }));

/** Runs the pipeline with these lines appended to the shipped briefing.yaml. */
async function withSettings(extra: string, text = shipped): Promise<Briefing> {
  await writeFile(join(root, "briefing.yaml"), `${text}${extra}`);
  return (await runPipeline({ root })).briefing as Briefing;
}
const section = (b: Briefing, id: string): readonly Point[] => b.sections.find((s) => s.id === id)?.points ?? [];
const quoteOf = (p: Point | undefined): string => p?.citations[0]?.quote ?? "";
// The last match: the shipped file has commented examples of the same keys.
const lineOf = (text: string, needle: string): number =>
  text
    .split("\n")
    .map((l, i) => (l.includes(needle) ? i + 1 : 0))
    .reduce((a, b) => Math.max(a, b), 0);

describe("applyEditorial", () => {
  it("should pin a point to the top of its section, named by part of its quote", async () => {
    const last = section(plain, "hardware-shift").at(-1);
    const fragment = quoteOf(last).slice(0, 40);
    const after = await withSettings(`editorial:\n  - pin: ${JSON.stringify(fragment)}\n`);
    expect(section(after, "hardware-shift")[0]?.text).toBe(last?.text);
    expect(section(after, "hardware-shift")).toHaveLength(section(plain, "hardware-shift").length);
  });

  it("should hide a point", async () => {
    const first = section(plain, "orders")[0];
    const after = await withSettings(`editorial:\n  - hide: ${JSON.stringify(quoteOf(first))}\n`);
    expect(section(after, "orders").map((p) => p.text)).not.toContain(first?.text);
    expect(section(after, "orders")).toHaveLength(section(plain, "orders").length - 1);
  });

  it("should move a point to the end of another section", async () => {
    const first = section(plain, "orders")[0];
    const c = first?.citations[0];
    const after = await withSettings(
      `editorial:\n  - move: ${JSON.stringify(c?.quote)}\n    source: "${c?.source}"\n    to: geopolitics\n`,
    );
    expect(section(after, "orders").map((p) => p.text)).not.toContain(first?.text);
    expect(section(after, "geopolitics").at(-1)?.text).toBe(first?.text);
  });

  it("should pin a sentence the briefing had left out, bringing it in", async () => {
    const quoted = new Set(plain.sections.flatMap((s) => s.points.flatMap((p) => p.citations.map((x) => x.quote))));
    await writeFile(join(root, "briefing.yaml"), shipped);
    const state = await runPipeline({ root });
    const left = state.claims.find((cl) => cl.section !== null && !cl.members.some((m) => quoted.has(m.text)));
    expect(left).toBeDefined();
    const after = await withSettings(`editorial:\n  - pin: ${JSON.stringify(left?.representative.text)}\n`);
    expect(quoteOf(section(after, left?.section as string)[0])).toBe(left?.representative.text);
  });

  it("should refuse a pin whose quote is in no seed, naming the entry and its seed", async () => {
    const extra = `editorial:\n  - pin: "Huawei shipped a billion chips to the Moon."\n    source: "001"\n`;
    const line = lineOf(`${shipped}${extra}`, "- pin:");
    await expect(withSettings(extra)).rejects.toThrow(
      `briefing.yaml:${line}: pin "Huawei shipped a billion chips to the Moon." (source 001): the quote is not in seeds/001_62f8299da32287d5.txt. Update the entry to a sentence the seed still has, or remove it.`,
    );
  });

  it("should warn, not fail, when a hidden quote is in no point", async () => {
    const extra = `editorial:\n  - hide: "a sentence nobody wrote"\n`;
    await writeFile(join(root, "briefing.yaml"), `${shipped}${extra}`);
    const state = await runPipeline({ root });
    expect(state.notes.map(String)).toContain(
      `briefing.yaml:${lineOf(`${shipped}${extra}`, "- hide:")}: hide "a sentence nobody wrote": no point of the briefing quotes it, so there is nothing to hide`,
    );
    expect(state.briefing).toEqual(plain);
  });

  it("should refuse an unknown key and an unknown section at their line", async () => {
    const badKey = `editorial:\n  - hide: "x"\n    because: "too long"\n`;
    await expect(withSettings(badKey)).rejects.toThrow(
      `briefing.yaml:${lineOf(`${shipped}${badKey}`, "because:")}: unknown key "because" in an editorial entry`,
    );
    const badSection = `editorial:\n  - move: "x"\n    to: weather\n`;
    await expect(withSettings(badSection)).rejects.toThrow(
      `briefing.yaml:${lineOf(`${shipped}${badSection}`, "to: weather")}: unknown section "weather"`,
    );
    const noTarget = `editorial:\n  - move: "x"\n`;
    await expect(withSettings(noTarget)).rejects.toThrow(
      `briefing.yaml:${lineOf(`${shipped}${noTarget}`, "- move:")}: move needs a target section`,
    );
  });

  it("should render a section intro as Markdown, with raw HTML escaped", async () => {
    const text = shipped.replace(
      "    description: Who is buying which chips, and how many.\n",
      '    description: Who is buying which chips, and how many.\n    intro: "Orders are *reported*, not confirmed. <script>alert(1)</script>"\n',
    );
    await writeFile(join(root, "briefing.yaml"), text);
    const orders = toSiteData(await runPipeline({ root })).sections.find((s) => s.id === "orders");
    expect(orders?.introHtml).toBe(
      "<p>Orders are <em>reported</em>, not confirmed. &lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
    );
  });
});
