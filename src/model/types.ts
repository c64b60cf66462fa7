// The typed data that flows through the pipeline, from seed bytes to the published briefing.
import type { Message } from "./messages.ts";

export const SECTION_IDS = ["hardware-shift", "orders", "geopolitics", "open-questions"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Metadata a seed may give in its YAML front matter; null when it does not. */
export interface SeedMeta {
  title: string | null;
  publisher: string | null;
  /** Who wrote it: front matter, else a byline found in the text. */
  author: string | null;
  url: string | null;
  published: string | null;
}

/** One physical line of a seed, with its 1-based line number in the file. */
export interface Line {
  readonly text: string;
  readonly line: number;
  /** The line as the file has it, when a mojibake repair changed it: what a quote must match. */
  readonly original?: string;
}

export type BlockKind = "paragraph" | "heading" | "list";

/** A block as shown on the source page, anchored there as `p<n>`. */
export interface Block {
  readonly n: number;
  readonly kind: BlockKind;
  /** Source lines; a list block has one line per item. */
  readonly lines: readonly Line[];
  /** The nearest heading above this block, if any: evidence for classification. */
  readonly heading: string | null;
}

/** A sentence that keeps its origin: seed, paragraph and line. */
export interface Sentence {
  /** Stable id: `<source>-p<paragraph>-s<index>`. */
  readonly id: string;
  readonly source: string;
  readonly paragraph: number;
  readonly line: number;
  /** 1-based index of the sentence within its block. */
  readonly index: number;
  /** The sentence exactly as it stands in the cleaned seed text. */
  readonly text: string;
  /** True when a mojibake repair changed it: the file does not say it in these words, so it is never quoted. */
  readonly repaired?: boolean;
  readonly kind: BlockKind;
  readonly heading: string | null;
  /** Where in the article it stands, 0 (top) to 1 (bottom). */
  readonly position: number;
  /** False when it only makes sense after the sentence before it. */
  standalone: boolean;
  /** Named actors, numbers and concrete terms: how much the sentence says. */
  informativeness: number;
  /** Section scores from the cue terms; a section is in `sections` when its score is high enough. */
  scores: Readonly<Record<SectionId, number>>;
  sections: readonly SectionId[];
}

/** What a source is: its own reporting, or a summary of other outlets' (which does not corroborate on its own). */
export type SourceKind = "article" | "aggregator";

/** A seed file as found on disk. */
export interface SeedFile {
  /** The file name's stem before the first `_`: `000` for `000_7597d96bac2faded.txt`. */
  readonly id: string;
  /** Path relative to the project root, with `/`: `seeds/000_7597d96bac2faded.txt`. */
  readonly file: string;
  /** Absolute path. */
  readonly path: string;
}

/** A source as it moves through the pipeline: filled in step by step. */
export interface Source extends SeedFile {
  /** The file's bytes, from the load step until the decode step has read them; null otherwise. */
  bytes: Uint8Array | null;
  meta: SeedMeta;
  /** Lines of the body (after any front matter), before cleaning. */
  lines: Line[];
  /** Lines kept by the clean step. */
  kept: Line[];
  blocks: Block[];
  sentences: Sentence[];
  /** What cleaning removed or repaired, as `file:line` messages. */
  messages: Message[];
  /** Display title: front matter, else the first heading line, else the first words. */
  title: string;
  /** "aggregator" for a page that labels itself AI-generated or summarises others' reporting; else "article". */
  kind: SourceKind;
}

/** Section definitions a maintainer edits in `briefing.yaml`. */
export interface SectionDefinition {
  readonly id: SectionId;
  readonly title: string;
  readonly description: string;
  /** One paragraph of Markdown shown under the section title; null when not given. */
  readonly intro?: string | null;
  /** Cue term or phrase -> weight. Terms are matched on word stems, case-insensitively. */
  readonly cues: Readonly<Record<string, number>>;
}

export interface BriefingConfig {
  readonly title: string;
  /** Edition date set by the maintainer; otherwise the latest `published` date of the seeds. */
  readonly edition: string | null;
  readonly sections: readonly SectionDefinition[];
  /** `limits.maxSeedBytes`: largest seed accepted, in bytes; unset means the default (2 MB). */
  readonly maxSeedBytes?: number;
  /** Product or brand → its maker, lower case ("ascend" → "huawei"): who made the chips a sentence names. */
  readonly makers?: ReadonlyMap<string, string>;
  /** Groups of words that mean the same thing in this story: one claim in other words is still one claim. */
  readonly synonyms?: ReadonlyArray<readonly string[]>;
  /** Maintainer decisions about single points: pin, hide, move. */
  readonly editorial?: readonly EditorialAction[];
}

/** Sentences from one or more sources that state the same claim. */
export interface Claim {
  readonly id: string;
  /** The clearest self-contained member: what the point says. */
  representative: Sentence;
  members: Sentence[];
  section: SectionId | null;
  /**
   * Its independent origins, as a point's `origins`: the outlets or people its sources attribute it to, or a source's
   * own id when it attributes it to no one. Set by the cluster step; absent, its distinct sources count instead.
   */
  origins?: readonly string[];
}

export interface Citation {
  readonly source: string;
  readonly paragraph: number;
  readonly line: number;
  readonly quote: string;
}

/** One side of a point that sets sources against each other: what that side says, in a few words, and its citations. */
export interface PointSide {
  /** Reads after the point's text: "Says it is out", "Doubts it". */
  readonly label: string;
  readonly citations: readonly Citation[];
}

export interface Point {
  readonly id: string;
  readonly text: string;
  readonly citations: readonly Citation[];
  /** For a disagreement or a question others doubt: which citations stand on which side, so each side names its own sources. */
  readonly sides?: readonly PointSide[];
  /** True when only one source makes this claim and it states a number, a date or a named deal. */
  readonly singleSource?: boolean;
  /**
   * The independent origins of the claim: outlets its sources attribute it to ("Reuters"), or a source's own id when it
   * attributes it to no one. Its length is the count a badge shows.
   */
  readonly origins?: readonly string[];
}

export interface BriefingSection {
  readonly id: SectionId;
  readonly title: string;
  readonly description: string;
  readonly points: readonly Point[];
  /**
   * Points past the section's strongest MAX_POINTS that two or more independent origins back, strongest first: shown
   * under "More in <section>", cited and footnoted like the others. Absent when there are none.
   */
  readonly more?: readonly Point[];
}

export interface SourceSummary {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly kind: SourceKind;
  readonly warnings: readonly string[];
}

/** The briefing as published in `briefing.json` (schemaVersion 1). */
export interface Briefing {
  readonly schemaVersion: 1;
  readonly title: string;
  readonly edition: string | null;
  readonly sources: readonly SourceSummary[];
  readonly sections: readonly BriefingSection[];
  /** "At a glance": ids of the 3 to 5 most corroborated points across all sections, strongest first. */
  readonly glance?: readonly string[];
}

export type EditorialVerb = "pin" | "hide" | "move";

/** One maintainer decision about a point, named by (part of) a sentence it quotes. */
export interface EditorialAction {
  readonly action: EditorialVerb;
  readonly quote: string;
  /** The seed the quote comes from (`"001"`), when the entry names it; otherwise any seed. */
  readonly source: string | null;
  /** Target section: required for move; for pin, the section to pin in (default: the point's own). */
  readonly to: SectionId | null;
  /** Line of the entry in the settings file, for messages. */
  readonly line: number | null;
}

/**
 * What sources disagree on: a release, a figure, a statement one affirms and another denies, what a model was trained
 * on, what it can do, how much of it comes from where, when a product ships or comes out.
 */
export type DisagreementKind =
  | "status"
  | "stage"
  | "plan"
  | "figures"
  | "polarity"
  | "training"
  | "capability"
  | "extent"
  | "schedule";

/** Two sides of one disagreement; each side holds sentences from its own sources. */
export interface Disagreement {
  readonly kind: DisagreementKind;
  /** What the sides differ on, e.g. `V4` or `multimodal`. */
  readonly topic: string;
  readonly sides: readonly [readonly Sentence[], readonly Sentence[]];
  /**
   * True when the sources could not be put in order: an undated report still calls upcoming what others report done.
   * Shown as an open matter, never as a dispute: the second side may simply be older.
   */
  readonly unordered?: boolean;
}

export interface NoteReference {
  /** Element id of the marker in the text: `fnref-3`, then `fnref-3-2`, `fnref-3-3` for later references. */
  readonly id: string;
  /** How the back-link names it: "3" for a note cited once, "3a", "3b" … for one cited more often. */
  label: string;
}

export interface Footnote extends Citation {
  readonly number: number;
  /** Element id of the note: `fn-3`. */
  readonly id: string;
  readonly refs: NoteReference[];
}

/** The note list, and for each point (by id) the reference each of its citations makes. */
export interface Footnotes {
  readonly notes: readonly Footnote[];
  readonly refs: Readonly<Record<string, readonly { readonly note: number; readonly ref: NoteReference }[]>>;
}

export interface PointChange {
  readonly section: string;
  readonly text: string;
}

export interface SourcingChange extends PointChange {
  /** Source ids that now back the point and did not before. */
  readonly gained: readonly string[];
  /** Source ids that backed the point before and no longer do. */
  readonly lost: readonly string[];
}

export interface StaleQuote {
  readonly source: string;
  readonly file: string;
  readonly quote: string;
  /** The point of the previous edition that quoted it. */
  readonly point: string;
}

/** The difference between the previous edition and this one, as published in `changes.json`. */
export interface Changes {
  /** How the previous edition is named: its edition date, else "the previous build". */
  readonly since: string;
  readonly added: readonly PointChange[];
  readonly removed: readonly PointChange[];
  readonly sourcing: readonly SourcingChange[];
  readonly stale: readonly StaleQuote[];
}
