// Recoverable problems, collected where they happen and printed as `file:line: reason`.

export type Severity = "warning" | "info";

/** A problem that does not stop the build, pointing back to the seed line it concerns. */
export class Message {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
  /** Which rule found it, e.g. `boilerplate`, `mojibake`. */
  readonly ruleId: string;
  readonly severity: Severity;

  constructor(file: string, line: number, reason: string, ruleId: string, severity: Severity = "warning") {
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.ruleId = ruleId;
    this.severity = severity;
  }

  toString(): string {
    return `${this.file}:${this.line}: ${this.reason}`;
  }
}

/** Shortens seed text for a message, so one line of output stays one line. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
