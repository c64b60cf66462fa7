// Who published the page, who wrote it, when, and what kind of page it is, read from its own lines where front
// matter does not say; the masthead goes, and the headline becomes the title.
import { Message, excerpt } from "../../model/messages.ts";
import type { Line, Source } from "../../model/types.ts";
import { aboutSubject, matchFurniture } from "../../rules/furniture.ts";
import {
  RELATIVE_STAMP,
  bareBylineAuthor,
  bylineAuthor,
  caseAsWritten,
  copyrightHolder,
  copyrightYear,
  dateIn,
  folioName,
  hostName,
  isCalendarDate,
  monthDay,
  mastheadName,
  matchDateline,
  PR_WIRE,
  personName,
  postAuthor,
  isPostStamp,
  providedBy,
  publishedIn,
  sourceName,
} from "../../rules/provenance.ts";
import { hasWords, words } from "../../text/tokens.ts";

/** How far down the page its header (masthead, headline, byline, date) may reach, in non-empty lines. */
const HEADER_LINES = 12;

const CLOSED = /[.!;"”)\]]$/u;
/** How a line ends, without a closing aside: "Is it as good as o5? (Ascend-trained!)" ends with its question. */
const ending = (text: string): string => text.trim().replace(/(?<=[^\s(])\s*\([^()]*\)$/, "");
const isProse = (text: string): boolean => hasWords(text, 8) && CLOSED.test(ending(text));
/** A headline: a line of three to thirty words that does not end like a sentence. */
const isHeadline = (text: string): boolean => {
  const n = words(text).length;
  return n >= 3 && n <= 30 && !CLOSED.test(ending(text)) && !/[,:]$/.test(text.trim());
};

/** Seed step: fills `meta.publisher`, `meta.author`, `meta.published`, `meta.title` and `kind`; front matter wins. */
/** The name in a sign-off line ("— Sam Ortiz"), or null. */
function signer(text: string): string | null {
  return personName(text.trim().replace(/^[—–]\s*/, ""));
}

export function findMetadata(source: Source): void {
  const info = (line: number, reason: string): void => {
    source.messages.push(new Message(source.file, line, reason, "metadata", "info"));
  };
  const lines = source.lines.filter((l) => l.text.trim());
  const keptAt = new Map(source.kept.map((l) => [l.line, l]));
  // A standfirst under the headline, or a headline written as a sentence, reads as prose; the byline or date line
  // just under it shows the header goes on ("…tell a different story." / "By Jo Lee" / "May 2, 2026").
  const proseAt = (i: number): boolean => {
    const l = lines[i] as Line;
    return keptAt.has(l.line) && isProse((keptAt.get(l.line) as Line).text) && !headerFollows(lines, i);
  };
  const firstProse = lines.findIndex((_, i) => proseAt(i));
  // A saved page's frame (an archive's banner, a consent dialog, a browser's translation bar) stands above the page's
  // own header and does not count against its length.
  const top = frameEnd(lines);
  const header = lines.slice(0, Math.min(top + HEADER_LINES, firstProse < 0 ? lines.length : firstProse));
  const fullText = lines.map((l) => l.text).join("\n");
  const meta = source.meta;
  // Only front matter has set a title yet: the first line is read as the title further down.
  const frontTitle = meta.title !== null;

  // The page's own opening lines: the first prose line may start with a dateline.
  const opening = lines.slice(0, HEADER_LINES + 3);
  const datelineLine = opening.find((l) => matchDateline(l.text.trim()));
  const dateline = datelineLine ? matchDateline(datelineLine.text.trim()) : null;

  const masthead = findMasthead(lines, keptAt);
  if (!meta.publisher) {
    const sourceLine = header.find((l) => sourceName(l.text));
    const platform = header.find((l) => publishedIn(l.text) ?? providedBy(l.text));
    const folio = lines[0] && folioName(lines[0].text) ? lines[0] : undefined;
    const copyright = [...lines].reverse().find((l) => copyrightHolder(l.text));
    const release = lines
      .slice(0, 3)
      .some((l) => /^(?:for immediate release|press release|news release)$/i.test(l.text.trim()));
    const about = release ? lines.map((l) => aboutSubject(l.text.trim())).find((name) => name !== null) : undefined;
    if (sourceLine) {
      meta.publisher = sourceName(sourceLine.text);
      info(sourceLine.line, `publisher "${meta.publisher}" read from the "Source:" line`);
    } else if (platform) {
      const named = publishedIn(platform.text);
      meta.publisher = named ?? providedBy(platform.text);
      info(
        platform.line,
        `publisher "${meta.publisher}" read from the "${named ? "Published in" : "Provided by"}" line`,
      );
    } else if (folio) {
      meta.publisher = caseAsWritten(folioName(folio.text) as string, fullText);
      info(folio.line, `publisher "${meta.publisher}" read from the printed page's folio`);
    } else if (about) {
      // A press release is the company's own: its "About" block names it.
      meta.publisher = about;
      info((lines[0] as Line).line, `publisher "${meta.publisher}" read from the press release's "About" block`);
    } else if (masthead) {
      const crumb = fullerCrumb(masthead, lines);
      meta.publisher = crumb ?? caseAsWritten(masthead.name, fullText);
      info(
        masthead.line.line,
        `publisher "${meta.publisher}" read from the masthead${crumb ? " and its breadcrumb" : ""}`,
      );
    } else if (copyright) {
      meta.publisher = copyrightHolder(copyright.text);
      info(copyright.line, `publisher "${meta.publisher}" read from the copyright line`);
    } else if (dateline?.outlet && datelineLine) {
      // A press release sent out by a distribution wire is the company's own: its "About" block names it.
      const about = PR_WIRE.test(dateline.outlet)
        ? lines.map((l) => aboutSubject(l.text.trim())).find((name) => name !== null)
        : undefined;
      meta.publisher = about ?? dateline.outlet;
      info(datelineLine.line, `publisher "${meta.publisher}" read from the ${about ? '"About" block' : "dateline"}`);
    }
  }

  if (!meta.author) {
    const isMeta = (field: string): boolean => dateIn(field) !== null || matchFurniture(field) !== null;
    // A name without "By" is a byline only under the headline: above it stand the masthead and section labels.
    const below = lines[top]?.line ?? 0;
    const headline = source.kept.find(
      (l) => l.line >= below && l.line !== masthead?.line.line && l.text.trim() && isHeadline(l.text),
    );
    // Where the headline is in front matter, the byline stands under the masthead.
    // The headline repeated under the masthead, where front matter gives it too, is the best anchor of all.
    const repeated = frontTitle ? lines.find((l) => l.text.trim() === meta.title) : undefined;
    const anchor = repeated ?? (frontTitle && masthead ? masthead.line : headline);
    const underAnchor = anchor ? lines[lines.findIndex((l) => l.line === anchor.line) + 1] : undefined;
    const bare = (l: Line): string | null =>
      !anchor || l.line <= anchor.line
        ? null
        : (bareBylineAuthor(l.text, isMeta, meta.publisher) ?? (l === underAnchor ? personName(l.text) : null));
    // A name alone over a "Follow" button or over the date and read time ("Dana Ilves / Follow", "Jo Lee / 7 min read")
    // is the post's author card.
    const card = (l: Line): string | null => {
      if (!anchor || l.line <= anchor.line) return null;
      const next = lines[lines.indexOf(l) + 1];
      return next && (/^\+?\s*follow$/i.test(next.text.trim()) || isMeta(next.text.trim())) ? personName(l.text) : null;
    };
    // A post's author card may stand under the site's own chrome: its title bar ("Post"), a menu.
    const chrome = lines.slice(top, top + 3).findIndex((l) => !ABOVE_MASTHEAD.has(matchFurniture(l.text)?.rule ?? ""));
    const cardTop = top + Math.max(chrome, 0);
    const byline =
      postAuthor(lines.slice(cardTop, cardTop + 3)) ??
      header.find((l) => bylineAuthor(l.text) ?? bare(l) ?? card(l)) ??
      opening.find((l) => hostName(l.text)) ??
      lines.find((l) => /^\(?reporting by\b/i.test(l.text.trim()) && bylineAuthor(l.text));
    // A newsletter or a blog signs off at the foot: "— Sam Ortiz", or a name alone over the newsletter's footer.
    const footer = (l: Line): boolean =>
      lines.slice(lines.indexOf(l) + 1).every((f) => matchFurniture(f.text) !== null);
    const signOff = byline
      ? undefined
      : lines
          .slice(-6)
          .find((l) => (/^[—–]\s*\S/.test(l.text.trim()) || (footer(l) && l !== lines.at(-1))) && signer(l.text));
    if (byline) {
      meta.author =
        bylineAuthor(byline.text) ?? hostName(byline.text) ?? bare(byline) ?? card(byline) ?? personName(byline.text);
      info(byline.line, `author "${meta.author}" read from the byline`);
    } else if (signOff) {
      meta.author = signer(signOff.text);
      info(signOff.line, `author "${meta.author}" read from the sign-off`);
    }
  }

  if (!meta.published) findDate(source, header, lines, dateline, datelineLine, info);

  if (masthead && keptAt.has(masthead.line.line)) {
    source.kept = source.kept.filter((l) => l !== keptAt.get(masthead.line.line));
    source.messages.push(
      new Message(
        source.file,
        masthead.line.line,
        `removed masthead line "${excerpt(masthead.line.text.trim())}" (boilerplate: masthead)`,
        "boilerplate",
      ),
    );
  }
  if (!meta.title) {
    const first = source.kept.find((l) => l.text.trim());
    if (first && isHeadline(first.text) && (firstProse < 0 || first.line < (lines[firstProse] as Line).line))
      meta.title = first.text.trim();
  }

  source.messages.sort((a, b) => a.line - b.line);
}

/** How many lines under a standfirst its byline or date line may stand. */
const STANDFIRST_GAP = 2;
/** A byline or a short date line among the next lines, while still near the top of the page. */
function headerFollows(lines: readonly Line[], i: number): boolean {
  if (i >= HEADER_LINES) return false;
  return lines
    .slice(i + 1, i + 1 + STANDFIRST_GAP)
    .some((l) => bylineAuthor(l.text) !== null || (words(l.text).length <= 8 && dateIn(l.text) !== null));
}

// Lines a page may set above its masthead: navigation, share and sign-up prompts, ads, stamps.
const ABOVE_MASTHEAD = new Set(["nav", "share", "advertisement", "cookie", "signup", "subscribe", "social", "stamp"]);

// What frames a saved or forwarded page: a web archive's banner, a browser's translation bar, an email's "view in
// browser" line, a consent dialog. However many lines it takes, the page's own header starts under it.
const CHROME = new Set(["archive", "translation", "newsletter", "cookie"]);
const isChrome = (text: string): boolean => CHROME.has(matchFurniture(text)?.rule ?? "");

/** How far down the page a frame reaches: past its last line among the first few, when the page opens with one. */
const FRAME_LINES = 16;
function frameEnd(lines: readonly Line[]): number {
  if (!lines[0] || !isChrome(lines[0].text)) return 0;
  let end = 1;
  lines.slice(0, FRAME_LINES).forEach((l, i) => {
    if (isChrome(l.text)) end = i + 1;
  });
  return end;
}

/**
 * A logo may shorten the outlet's name that the breadcrumb under it gives in full: "ARGENT" over "Argent Tech › AI".
 * The first crumb, when it is the masthead's name and one or two more capitalised words; null otherwise.
 */
function fullerCrumb(masthead: { line: Line; name: string }, lines: readonly Line[]): string | null {
  const next = lines[lines.indexOf(masthead.line) + 1];
  if (!next || matchFurniture(next.text)?.rule !== "breadcrumb") return null;
  const crumb = (next.text.trim().split(/\s*[>›»/|]\s*/)[0] ?? "").trim();
  const rest = crumb.slice(masthead.name.length);
  if (crumb.slice(0, masthead.name.length).toLowerCase() !== masthead.name.toLowerCase()) return null;
  return /^(?:\s+\p{Lu}[\p{L}&'’-]*){1,2}$/u.test(rest) && mastheadName(crumb) === crumb ? crumb : null;
}

/** A newsletter's issue line: "Issue 88", "Issue #88 · by Jo Lee", "Vol. 3, No. 12", "Edition 41 — May 2026". */
const ISSUE_LINE = /^(?:issue|edition|vol\.?|no\.)\s*#?\d+\b(?:,?\s*(?:no\.|issue)\s*#?\d+)?\s*(?:$|[|·•—–,:-])/i;

/** The masthead: a short name atop the page, that the page names again or that stands over the headline. */
function findMasthead(lines: readonly Line[], keptAt: ReadonlyMap<number, Line>): { line: Line; name: string } | null {
  // Above the masthead: the page's own chrome (a few lines at most), or a saved page's frame (any length).
  const top = frameEnd(lines);
  const first = lines.slice(top, top + 4).find((l) => !ABOVE_MASTHEAD.has(matchFurniture(l.text)?.rule ?? ""));
  const name = first ? mastheadName(first.text) : null;
  if (!first || !name || matchFurniture(name)?.rule === "section-tag") return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const again = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "iu");
  const after = lines.slice(lines.indexOf(first) + 1);
  if (after.some((l) => again.test(l.text))) return { line: first, name };
  // A newsletter sets its issue beside its name: "The Weekly Tensor · Issue #88".
  if (/[|·•—–-]\s*(?:issue|edition|vol\.?|no\.)\s*#?\d+\b/i.test(first.text.trim())) return { line: first, name };
  // …or on the line under it: "The Weekly Tensor" / "Issue 88 · by Jo Lee".
  if (after[0] && ISSUE_LINE.test(after[0].text.trim())) return { line: first, name };
  // Not named again: only a name of at most three words, over a longer line that reads as a headline; short labels
  // between them ("Asia Stocks", "Trending · 3h") are the page's sections and stamps.
  const nameWords = words(name).length;
  const next = after
    .slice(0, HEADER_LINES)
    .filter((l) => keptAt.has(l.line))
    .slice(0, 3)
    .find((l) => words(l.text).length > 3);
  return nameWords <= 3 && next && isHeadline(next.text) && words(next.text).length > nameWords + 2
    ? { line: first, name }
    : null;
}

function findDate(
  source: Source,
  header: readonly Line[],
  lines: readonly Line[],
  dateline: ReturnType<typeof matchDateline>,
  datelineLine: Line | undefined,
  info: (line: number, reason: string) => void,
): void {
  const meta = source.meta;
  const dated = header.find((l) => words(l.text).length <= 16 && dateIn(l.text));
  if (dated) {
    meta.published = dateIn(dated.text);
    info(dated.line, `date ${meta.published} read from the date line`);
    return;
  }
  const copyright = lines.map((l) => copyrightYear(l.text)).find((y) => y !== null) ?? null;
  const dayOnly = copyright === null ? undefined : header.find((l) => words(l.text).length <= 8 && monthDay(l.text));
  if (dayOnly && copyright !== null) {
    const [month, day] = monthDay(dayOnly.text) as [number, number];
    if (isCalendarDate(copyright, month, day)) {
      meta.published = `${copyright}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      info(dayOnly.line, `date ${meta.published} read from the date line, with the year of the copyright line`);
      return;
    }
  }
  if (dateline && datelineLine) {
    const year = dateline.year ?? lines.map((l) => copyrightYear(l.text)).find((y) => y !== null) ?? null;
    if (year !== null && isCalendarDate(year, dateline.month, dateline.day)) {
      meta.published = `${year}-${String(dateline.month).padStart(2, "0")}-${String(dateline.day).padStart(2, "0")}`;
      info(
        datelineLine.line,
        `date ${meta.published} read from the dateline${dateline.year === null ? ", with the year of the copyright line" : ""}`,
      );
      return;
    }
  }
  // A social post's stamp, under the post however long its thread: "9:41 AM · Feb 18, 2027 · 48.2K Views".
  const posted = lines.find((l) => isPostStamp(l.text) && dateIn(l.text) !== null);
  if (posted) {
    meta.published = dateIn(posted.text);
    info(posted.line, `date ${meta.published} read from the post's time stamp`);
    return;
  }
  // Some pages set the date at the foot: "Published March 3, 2026".
  const foot = lines
    .slice(-6)
    .find(
      (l) =>
        words(l.text).length <= 10 &&
        /^(published|posted|first published|date)\b/i.test(l.text.trim()) &&
        dateIn(l.text) !== null,
    );
  if (foot) {
    meta.published = dateIn(foot.text);
    info(foot.line, `date ${meta.published} read from the date line at the foot of the page`);
    return;
  }
  const stamp = header.find((l) => RELATIVE_STAMP.test(l.text));
  if (stamp)
    source.messages.push(
      new Message(
        source.file,
        stamp.line,
        `no publication date: "${excerpt(stamp.text.trim())}" counts from when the page was saved, so it gives no date; add "published: YYYY-MM-DD" in front matter if you know it`,
        "metadata",
      ),
    );
}
