// The one summary a build prints at its end: seeds read, points and citations per section, warnings per file.
import type { SiteData } from "./siteData.ts";

/** Up to this many warnings are printed one by one; past it, counted by rule. */
export const WARNINGS_LISTED = 40;

/** A rule with at most this many warnings has them printed even in a long report: few of a kind stand out. */
export const RARE_RULE = 10;

export function buildSummary(data: SiteData): string {
  const lines = [
    `sourcebrief: ${data.sources.length} seeds read, ${data.pointCount} points, ${data.citationCount} citations`,
    ...data.sections.map(
      (s) =>
        `  ${s.title}: ${s.points.length} points${s.more.length > 0 ? ` (and ${s.more.length} more)` : ""}, ${s.points.reduce((a, p) => a + p.citations.length, 0)} citations`,
    ),
  ];
  if (data.cut > 0)
    lines.push(
      `  ${data.cut} single-source claim(s) left out for space (every claim two or more origins back is listed)`,
    );
  if (data.unplaced > 0)
    lines.push(
      `  ${data.unplaced} claim(s) two or more origins back are in no section: no section's cue terms pick them out (background, or a topic briefing.yaml has no cues for)`,
    );
  const ch = data.changes;
  if (ch) {
    lines.push(
      ch.empty
        ? `  no changes since ${ch.since}`
        : `  since ${ch.since}: ${ch.added.length} added, ${ch.removed.length} removed, ${ch.sourcing.length} re-sourced, ${ch.stale.length} stale quote(s) (see changes.json)`,
    );
  }
  lines.push(...warningLines(data.warnings));
  return `${lines.join("\n")}\n`;
}

/**
 * The warnings part of the report: each warning under its file when there are few. When there are many (a cleanup
 * note for every seed of a large archive) a count per rule with one example, and the warnings of rare rules in full,
 * so that the one seed with broken encoding is not lost among thousands of removed share buttons.
 */
function warningLines(warnings: SiteData["warnings"]): string[] {
  if (warnings.length === 0) return [];
  const lines = [`${warnings.length} warning(s):`];
  if (warnings.length <= WARNINGS_LISTED) return [...lines, ...byFile(warnings.map((w) => w.text))];
  const byRule = new Map<string, string[]>();
  for (const w of warnings) {
    const list = byRule.get(w.rule);
    if (list) list.push(w.text);
    else byRule.set(w.rule, [w.text]);
  }
  for (const [rule, texts] of byRule) {
    const files = new Set(texts.map(fileOf)).size;
    if (texts.length <= RARE_RULE)
      lines.push(`  ${rule}: ${texts.length} in ${files} file(s)`, ...texts.map((t) => `    ${t}`));
    else lines.push(`  ${rule}: ${texts.length} in ${files} file(s), e.g. ${texts[0]}`);
  }
  lines.push("  Each source page lists what cleaning did to it; `npm run check` prints every warning.");
  return lines;
}

/** Warnings under the file they start with, in the order met. */
function byFile(warnings: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const w of warnings) {
    const file = fileOf(w);
    const list = groups.get(file);
    if (list) list.push(w);
    else groups.set(file, [w]);
  }
  return [...groups].flatMap(([file, list]) => [
    `  ${file}`,
    ...list.map((w) => `    ${w.startsWith(`${file}:`) ? w.slice(file.length + 1) : w}`),
  ]);
}

/** The file a `file:line: reason` warning is about; `(build)` when it names none. */
function fileOf(warning: string): string {
  const at = warning.search(/:\d+: /);
  return at > 0 ? warning.slice(0, at) : "(build)";
}
