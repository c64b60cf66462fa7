// The one summary a build prints at its end: seeds read, points and citations per section, warnings per file.
import type { SiteData } from "./site.ts";

export function buildSummary(data: SiteData): string {
  const lines = [
    `sourcebrief: ${data.sources.length} seeds read, ${data.pointCount} points, ${data.citationCount} citations`,
    ...data.sections.map(
      (s) => `  ${s.title}: ${s.points.length} points, ${s.points.reduce((a, p) => a + p.citations.length, 0)} citations`,
    ),
  ];
  const ch = data.changes;
  if (ch) {
    lines.push(
      ch.empty
        ? `  no changes since ${ch.since}`
        : `  since ${ch.since}: ${ch.added.length} added, ${ch.removed.length} removed, ${ch.sourcing.length} re-sourced, ${ch.stale.length} stale quote(s) (see changes.json)`,
    );
  }
  if (data.warnings.length) {
    lines.push(`${data.warnings.length} warning(s):`);
    // Messages start with their file name; group them under it.
    const byFile = new Map<string, string[]>();
    for (const w of data.warnings) {
      const file = w.slice(0, w.search(/:\d+: /) >>> 0) || "(build)";
      byFile.set(file, [...(byFile.get(file) ?? []), w]);
    }
    for (const [file, warnings] of byFile) lines.push(`  ${file}`, ...warnings.map((w) => `    ${w.slice(file.length + 1)}`));
  }
  return `${lines.join("\n")}\n`;
}
