// Who published a page, who wrote it, when, and whether it is its own reporting: read from the page's own lines.
import { isCalendarDate } from "../text/dates.ts";

export { isCalendarDate };

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const monthOf = (word: string): number =>
  MONTHS[word.toLowerCase().replace(/\.$/, "").slice(0, 4)] ?? MONTHS[word.toLowerCase().slice(0, 3)] ?? 0;

const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

const ISO_DATE = /(?<![\d-/])(\d{4})[-/](\d{2})[-/](\d{2})(?![\d-/])/;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, "i");
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH}),?\s+(\d{4})\b`, "i");
/** "15/10/2026", "10/15/2026", "15.10.2026": which number is the day only a number over 12 can tell. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.-])/;

/** The first full date a line gives ("2026-03-04", "March 3, 2026", "3 March 2026") as YYYY-MM-DD; null if none. */
export function dateIn(text: string): string | null {
  // "Updated March 4, 2026, originally published March 3, 2026": the day it came out.
  const published = /\b(published|posted|first published)\b:?\s*(on\s+)?/i.exec(text);
  const line = published && /\bupdated\b/i.test(text) ? text.slice(published.index) : text;
  let m = ISO_DATE.exec(line);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isCalendarDate(y, mo, d) ? iso(y, mo, d) : null;
  }
  m = MONTH_DAY_YEAR.exec(line);
  if (m) {
    const [y, mo, d] = [Number(m[3]), monthOf(m[1] as string), Number(m[2])];
    return isCalendarDate(y, mo, d) ? iso(y, mo, d) : null;
  }
  m = DAY_MONTH_YEAR.exec(line);
  if (m) {
    const [y, mo, d] = [Number(m[3]), monthOf(m[2] as string), Number(m[1])];
    return isCalendarDate(y, mo, d) ? iso(y, mo, d) : null;
  }
  m = NUMERIC_DATE.exec(line);
  if (m) {
    // "03/04/2026" is the 3rd of April in one country and the 4th of March in another: no date is better than a wrong one.
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [mo, d] = a > 12 && b <= 12 ? [b, a] : b > 12 && a <= 12 ? [a, b] : [0, 0];
    return isCalendarDate(y, mo, d) ? iso(y, mo, d) : null;
  }
  return null;
}

const MONTH_DAY_LINE = new RegExp(
  String.raw`^(?:(?:updated|published|posted)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH}))(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$`,
  "i",
);

/** A date line that gives month and day but no year ("Updated March 3, 10:45 GMT"): [month, day]; null otherwise. */
export function monthDay(line: string): [number, number] | null {
  const m = MONTH_DAY_LINE.exec(line.trim());
  if (!m) return null;
  return m[1] ? [monthOf(m[1]), Number(m[2])] : [monthOf(m[4] as string), Number(m[3])];
}

/** A stamp that counts from when the page was saved ("15 hours ago", "Freshcollected in 16m"): it gives no date. */
export const RELATIVE_STAMP =
  /\b(\d+\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?)\s+ago|yesterday|just now|(fresh\s*)?collected in \d+\s*[smhd]\w*)\b/i;

export interface Dateline {
  /** Length of the dateline prefix, separator and following space included. */
  readonly length: number;
  /** The prefix as written, without the trailing space: "SHANGHAI, March 3 (Lantern Wire) -". */
  readonly text: string;
  /** The day it gives; 0 when it gives only a place ("BEIJING (Reuters) -"). */
  readonly month: number;
  readonly day: number;
  readonly year: number | null;
  /** The wire named in brackets: "Lantern Wire"; null when none. */
  readonly outlet: string | null;
}

// "SHANGHAI, March 3 (Lantern Wire) - ", "Guiyang, China, April 28, 2026 -- ": place, date, perhaps the wire, a dash.
// The place is in capitals, or a wire or a year follows the date: prose does not open that way. A terminal's story
// may open on the wire alone: "(Corbel) -- ".
const DATELINE = new RegExp(
  String.raw`^(?:(?<place>\p{Lu}[\p{L}.'’ /-]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}){0,2})(?:,\s+|\s+(?=\(|--|[-–—]))|(?=${MONTH}\s+\d)|(?=\([^)]{2,40}\)\s*(?:--|[-–—])))(?:(?<month>${MONTH})\s+(?<day>\d{1,2})(?:,?\s+(?<year>\d{4}))?|(?<dayFirst>\d{1,2})\s+(?<monthAfter>${MONTH})(?:,?\s+(?<yearAfter>\d{4}))?)?\s*(?:\((?<outlet>[^)]{2,40})\)|\/(?<wire>[\p{L} ]{2,30})\/)?\s*(?:--|[-–—])(?:\s+(?=["“‘']?\p{Lu})|\s*$)`,
  "u",
);
// Capitals that open a paragraph but name no place.
const NOT_A_PLACE =
  /^(BREAKING|UPDATE|UPDATED|EXCLUSIVE|ANALYSIS|OPINION|LIVE|WATCH|FACT CHECK|EDITORIAL|COMMENTARY|NEWS|REVIEW|FEATURE|SPONSORED)\b/;

/** The dateline a wire or press release opens its first paragraph with; null when the line has none. */
export function matchDateline(line: string): Dateline | null {
  const m = DATELINE.exec(line);
  if (!m?.groups) return null;
  const g = m.groups;
  const place = (g.place ?? "").split(",")[0]?.trim() ?? "";
  const capitals = place.length >= 2 && place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
  const outlet = (g.outlet ?? g.wire)?.trim() ?? null;
  if (place && NOT_A_PLACE.test(place)) return null;
  // "Beijing, 1 December 2026 — ": the day first, as British and Asian outlets write it.
  const month = g.month ? monthOf(g.month) : g.monthAfter ? monthOf(g.monthAfter) : 0;
  const day = Number(g.day ?? g.dayFirst ?? 0);
  const yearText = g.year ?? g.yearAfter;
  const year = yearText ? Number(yearText) : null;
  // Prose does not open with a place in capitals, a wire in brackets, or a full date before a dash.
  if (!capitals && !outlet && !yearText) return null;
  if (!place && !outlet) return null;
  // A bare place before a dash ("WASHINGTON — "): a word of capitals, not an acronym ("AI — ").
  if (!outlet && !month && place.replace(/[^\p{L}]/gu, "").length < 4) return null;
  if (month && !isCalendarDate(year ?? 2000, month, day)) return null;
  return { length: m[0].length, text: m[0].trim(), month, day, year, outlet };
}

/** The year of a copyright line ("© 2026 Lantern Wire"), or null. */
export function copyrightYear(line: string): number | null {
  const m = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(\d{4})\b/i.exec(line.trim());
  return m ? Number(m[1]) : null;
}

const COMPANY_SUFFIX = /[,\s]+(ltd|limited|inc|llc|plc|gmbh|co|corp|corporation|group|media group)\.?$/i;

const clean = (name: string): string =>
  name
    .replace(/\s+/g, " ")
    .replace(/[.,;:·|\s-]+$/, "")
    .replace(COMPANY_SUFFIX, "")
    .trim();

/** The holder of a copyright line: "© 2026 Quanling Securities Ltd. All rights reserved." gives "Quanling Securities". */
export function copyrightHolder(line: string): string | null {
  const m =
    /^(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:(?:provided\s+)?by\s+)?(.+?)(?:\.?\s*all rights reserved.*)?$/i.exec(
      line.trim(),
    );
  const name = m
    ? clean(
        (m[1] as string)
          .replace(/\.\s.*$/, "")
          .replace(/,\s+(a|an|part of|a unit of|a division of|a subsidiary of)\b.*$/i, "")
          .replace(/[,\s]+\d{4}(\s*[-–]\s*\d{4})?$/, ""),
      )
    : "";
  // "© 2026 All rights reserved." names no holder.
  if (/^all rights reserved\b/i.test(name)) return null;
  return name && /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 6 ? name : null;
}

/** "Source: Dragonfly Tech" at the top of a clipping names where the page came from; null otherwise. */
export function sourceName(line: string): string | null {
  const m = /^(?:source|via|from)\s*:\s*(\p{Lu}[\p{L}\p{N}&.'’ -]{1,50})$/iu.exec(line.trim());
  if (!m) return null;
  const name = clean(m[1] as string);
  return name.includes(",") ? null : name;
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PARTICLE = "(?:van|von|de|da|del|der|di|du|la|le|bin|al|el)";
const PERSON = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){1,3}$`, "u");
const NOT_A_PERSON =
  /\b(staff|team|desk|newsroom|editors?|editorial|reporters?|correspondents?|agency|agencies|wire|news|media|press|reuters|bloomberg|associated|updated|published|posted|note|notes|report|research|review|brief|briefing|update|insight|analysis|explainer)\b/i;

const titleCase = (text: string): string =>
  text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/(?<=\s)(Of|And|The|For|On|In|At|De|Van|Von)(?=\s)/g, (w) => w.toLowerCase());

/** A person's name as written, or in title case when the line shouts it ("JANE DOE"); null when it is not a name. */
export function personName(text: string): string | null {
  const name = text.trim().replace(/[.,]+$/, "");
  const cased = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) ? titleCase(name) : name;
  // "NOV DEC JAN", a web archive's calendar, is no one.
  if (cased.split(/\s+/).every((w) => monthOf(w) > 0 || /^(?:mon|tue|wed|thu|fri|sat|sun)\w*$/i.test(w))) return null;
  return PERSON.test(cased) && !NOT_A_PERSON.test(cased) ? cased : null;
}

// A byline: "By Mei Lin Zhou and Tom Hadley", "Posted by Priya Raman · Feb 27, 2026", "Analysts: Victor Lam, CFA".
const BYLINE =
  /^(?:[-–—•·]\s*)?\(?(?:(?:written|reported|posted|published|hosted|presented|curated|compiled|words|text|story|analysis|interview|article|original(?: article| report| story)?|column|commentary|video|episode|report|\d+ points)(?:\s+(?:on\s+)?[\p{L}\d ,.]{3,30}?)?\s+)?(?:by|author|authors|analysts?|writers?|reporting by|words by)\s*[:|]?\s+(.+)$/iu;

/** A forum or social handle: "u/tensor_tortoise", "@mlin". A page signed by one is signed by nobody else. */
const HANDLE = /^(?:u\/|@)[\p{L}\p{N}_.-]{2,30}$/u;

/** A social post's author line: "Kaveh Rostami • 2nd", the name and how far the reader is from them. */
const CONNECTION = /^(.+?)\s*[•·]\s*(?:1st|2nd|3rd\+?)$/;

/** A social post's author line with the handle: "Lu Chen @chipstrat_lu · Follow". */
const WITH_HANDLE = /^(.+?)\s+@[\p{L}\p{N}_.]{2,30}(?:\s*[·•]\s*(?:follow|\d+\s*[smhd]))?$/iu;

/**
 * A header's labelled field naming who wrote the story, anywhere on a portal's meta line: "2026-11-02 09:15 Source:
 * Riverside Daily Reporter: Wu Lanting Editor: Zhao Min". The name runs to the next label ("Editor:", "Responsible
 * editor:", "Editor in charge:") or the end of the line.
 */
const LABELLED_AUTHOR =
  /(?:^|\s)(?:[Rr]eporters?|[Aa]uthors?|[Ww]riters?|[Cc]orrespondents?|[Jj]ournalists?)\s*[:：]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}?)(?=\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*[:：]|\s*[,;|·•]|\s*$)/u;

/**
 * A forum post's header that marks its writer as the one who opened the thread: "quiet_wafer · Original poster ·
 * 3 days ago", "Mo Lin | OP". The thread is theirs; the replies under it are not bylines.
 */
const THREAD_STARTER =
  /^(\p{L}[\p{L}\p{N}_.'’-]{1,29}(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*[·•|]\s*(?:original poster|thread starter|topic starter|op)(?:\s*[·•|].*)?$/iu;

/** The first author a byline names; null when the line is not a byline or names no person. */
export function bylineAuthor(line: string): string | null {
  const starter = THREAD_STARTER.exec(line.trim());
  if (starter) {
    const who = starter[1] as string;
    return /\s/.test(who) ? personName(who) : /^[\p{L}\p{N}_.-]+$/u.test(who) ? who : null;
  }
  const connection = CONNECTION.exec(line.trim()) ?? WITH_HANDLE.exec(line.trim());
  if (connection) return personName(connection[1] as string);
  const labelled = LABELLED_AUTHOR.exec(line);
  if (labelled) return personName(labelled[1] as string);
  const m = BYLINE.exec(line.trim()) ?? bylinePart(line);
  if (!m) return null;
  // "By Mori Kenta (Tokyo) — translated from the Japanese": the place in brackets is where, not who.
  const first = ((m[1] as string).split(/\s+(?:and|&)\s+|\s*[,;|·•]\s*|\s+[-–—]\s+|\s+(?:in|for|at|with)\s+/)[0] ?? "")
    .replace(/\s*\([^)]*\)$/, "")
    .trim();
  if (HANDLE.test(first)) return first;
  // A forum's user name ("posted by ml_wen", "164 points by fab_watcher 2 days ago"): lower case with a digit or "_".
  const user = /^([a-z][a-z0-9_.-]{2,29})(?:\s+\d+\s+\w+\s+ago\b.*)?$/.exec(first);
  // A forum's points line names its poster whatever the name; a "posted by" line only when the name cannot be a word.
  const points = /^\d+ points\b/i.test(line.trim());
  if (user && (points || (/[\d_]/.test(user[1] as string) && /^posted\b/i.test(line.trim())))) return user[1] as string;
  return personName(first);
}

/**
 * A byline run into a header line after a separator: "Friday briefing · by Noor Haddad", "Opinion | By Tal Amir |
 * 4 min read". The part that opens with "by" is read as a byline.
 */
function bylinePart(line: string): RegExpExecArray | null {
  const parts = line.trim().split(/\s+[·|•]\s+/);
  if (parts.length < 2 || parts.length > 5) return null;
  for (const part of parts.slice(1))
    if (/^(?:(?:curated|compiled|written)\s+)?by\s/i.test(part)) return BYLINE.exec(part);
  return null;
}

/** A handle alone on its line ("@compute_cartog"), and a post's age ("2w • Edited", "5h ·"). */
const HANDLE_LINE = /^@[\p{L}\p{N}_.]{2,30}$/u;
const POST_AGE = /^\d{1,2}\s*(?:[smhdwy]|mo|min|hr)\s*(?:[•·]|$)/i;

/**
 * A social post opens with its author's card: the name over the handle ("Priya Holt" / "@compute_cartog"), or over a
 * professional headline and the post's age ("VP, Sales at Orbit Cloud | …" / "2w • Edited"). The name's line, or
 * undefined.
 */
export function postAuthor<L extends { readonly text: string }>(first: readonly L[]): L | undefined {
  const [name, next, after] = first;
  if (!name || !next || !personName(name.text)) return undefined;
  if (HANDLE_LINE.test(next.text.trim())) return name;
  return after && /\bat\s+\p{Lu}/u.test(next.text) && POST_AGE.test(after.text.trim()) ? name : undefined;
}

/** A post's time, then its date straight after: "9:41 AM · Feb 18, 2027"; a live blog's "12:30 · Shares rose…" is no stamp. */
const POST_STAMP = new RegExp(
  String.raw`^\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•]\s*(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\s+\d{4}|\d{4}-\d{2}-\d{2})`,
  "i",
);

/** A social post's time stamp line: "9:41 AM · Feb 18, 2027 · 48.2K Views". */
export function isPostStamp(line: string): boolean {
  return POST_STAMP.test(line.trim());
}

/** The first host a show's notes name: "Hosts Ines Arbeloa and Dario Feld are joined by…". */
export function hostName(line: string): string | null {
  const m = /^(?:hosts?|presenters?)\s*:?\s+(.+?)(?:\s+(?:and|&)\s+|\s*,|\s+(?:are|is|talk|discuss)\b)/i.exec(
    line.trim(),
  );
  return m ? personName(m[1] as string) : null;
}

/** "© Provided by Birchfield Tech Daily" on a portal's copy of a story: the outlet that wrote it. */
export function providedBy(line: string): string | null {
  const m = /^(?:©\s*)?[Pp]rovided by\s+(\p{Lu}[\p{L}\p{N}&.'’ -]{1,50})$/u.exec(line.trim());
  return m ? clean(m[1] as string) : null;
}

/** "Published in Tensor Tea", under a post on a blogging platform: the publication it appears in. */
export function publishedIn(line: string): string | null {
  const m = /^[Pp]ublished in\s+(\p{Lu}[\p{L}\p{N}&.'’ -]{1,50})$/u.exec(line.trim());
  return m ? clean(m[1] as string) : null;
}

/** A printed page's folio: "B1   THE PEMBERTON LEDGER, SATURDAY, DECEMBER 5, 2026" names the paper. */
export function folioName(line: string): string | null {
  const m = new RegExp(
    String.raw`^[A-Z]?\d{1,3}\s+((?:THE\s+)?[A-Z][A-Z&'’.-]*(?:\s+[A-Z][A-Z&'’.-]*){0,4}),\s+(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,\s+${MONTH}`,
    "i",
  ).exec(line.trim());
  return m ? (m[1] as string) : null;
}

/**
 * A masthead: the outlet's name set above the headline, perhaps with its section ("THE MERIDIAN REVIEW | TECHNOLOGY",
 * "The Foundry Letter — Issue #87"). Gives the name part when the line has a name's shape; null otherwise.
 */
export function mastheadName(line: string): string | null {
  // A site's name run into its menu: "Hacker News new | past | comments | ask | show".
  const menu = MENU_AFTER_NAME.exec(line.trim());
  if (menu) return menu[1] as string;
  // "Xinshi Observer 芯事观察": the name in a second script beside the Latin one is the same name.
  const name = (line.trim().split(/\s+[|·•—–▸›»]\s+|\s+-\s+|:\s+/)[0] ?? "")
    .replace(/(?<=\p{Script=Latin}.*)\s+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u, "")
    .trim();
  // A forum's community, "r/chipgeeks", heads its threads as a masthead does.
  if (/^r\/[\p{L}\p{N}_]{2,30}$/u.test(name)) return name;
  if (!name || /[.!?,;:]$/.test(name) || /\d{3}/.test(name)) return null;
  const ws = name.split(/\s+/);
  if (ws.length > 5) return null;
  // Every word a capitalised word, a joining word, or "&": "Circuit & State", "The Interconnect", "NeuralPulse".
  return ws.every(
    (w, i) =>
      /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*$/u.test(w) ||
      w === "&" ||
      (i > 0 && /^(of|and|the|for|on|in|de|du|la)$/.test(w)),
  )
    ? name
    : null;
}

/** A capitalised name of up to five words, then a menu of three or more lower-case items split by "|". */
const MENU_AFTER_NAME =
  /^((?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*\s+){0,4}[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*)\s+\p{Ll}[\p{L}-]*(?:\s+\|\s+\p{Ll}[\p{L}-]*){2,}$/u;

/** The name in the case the article writes it elsewhere ("PACIFIC LEDGER" → "Pacific Ledger"), else as given. */
export function caseAsWritten(name: string, text: string): string {
  if (name !== name.toUpperCase()) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu")))
    if (m[0] !== m[0].toUpperCase()) return m[0].replace(/\s+/g, " ");
  return titleCase(name);
}

// A sentence that passes on another outlet's reporting: "Reuters reported…", "according to The Information".
const OTHERS_REPORTING =
  /\b(\p{Lu}[\p{L}&.'’-]*(\s+\p{Lu}[\p{L}&.'’-]*){0,3}) (has |have |had )?(also )?(reported|reports|has reported)\b(?! (revenue|sales|profit|profits|earnings|results|a (loss|profit|rise|fall|drop|jump)|net|quarterly|annual|first|second|third|fourth))|\b[Aa]ccording to (the same report|the report|(a|an) [\p{L}-]+ report|(the )?\p{Lu}[\p{L}&.'’-]*(\s+\p{Lu}[\p{L}&.'’-]*){0,3}(?!\s+(executives?|people|officials?|engineers?|analysts?|sources?)))|\b([Pp]er|[Aa]s cited by|[Cc]iting) (the )?\p{Lu}[\p{L}&.'’-]+|\b([Mm]edia|[Pp]ress|[Nn]ews) reports\b|\b[Tt]he report said\b|\b\p{Lu}[\p{L}&.'’-]*('s|’s)? (report|reporting) (said|says|found|showed)\b/u;

/** What every match of OTHERS_REPORTING has, tested first: most sentences have none of it. */
const OTHERS_NEEDS = /report|ccording to|[Pp]er |cited by|[Cc]iting /;

// A sentence that shows the page's own reporting: its sources, its outreach, its interviews, its tests.
const OWN_REPORTING =
  /\b(told (us|me|this (newspaper|publication|site|outlet|reporter|website))|in an interview( with)?|(one|two|three|four|several|some) of the (people|person|executives|engineers|sources|officials)\b|(people|person|sources?|executives?|engineers?|officials?|employees?|insiders?)( [\p{L}-]+){0,2} (familiar with|briefed on|involved in|close to|with (direct )?knowledge of)|the (person|people|source|executive|engineer|official) (said|added|says)|(did not|didn't|could not) (immediately )?(respond|reply|be reached)|declined to comment|(our|we) (own )?(checks|estimates|tests|testing|analysis|survey|surveyed|spent|tested|found|measured|ran|spoke|asked|interviewed|obtained|reviewed)|\b(said|says|added) [^.]{0,40}, (a|an|the) [^.]{0,60}(analyst|executive|official|engineer|director|officer|founder|professor|researcher|spokesperson|spokesman|spokeswoman))/iu;

/** Sentences that pass on other outlets' reporting, and whether any sentence shows reporting of the page's own. */
export function attributionProfile(
  sentences: readonly string[],
  publisher: string | null,
): { readonly others: number; readonly own: boolean } {
  const toldUs = publisher ? new RegExp(`\\btold ${publisher.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i") : null;
  let others = 0;
  let own = false;
  for (const s of sentences) {
    // "The Information reported, citing people familiar with the matter": the people are that outlet's sources.
    if (OTHERS_NEEDS.test(s) && OTHERS_REPORTING.test(s)) others++;
    // Once one sentence shows the page's own reporting, no other needs to be read for it.
    else if (!own && (OWN_REPORTING.test(s) || toldUs?.test(s))) own = true;
  }
  return { others, own };
}

/**
 * A page that shows no reporting of its own is an aggregator when it retells other outlets at least three times,
 * or twice in a short page (a third of its sentences or more).
 */
export function retellsOthers(profile: { readonly others: number; readonly own: boolean }, sentences: number): boolean {
  return !profile.own && (profile.others >= 3 || (profile.others >= 2 && profile.others * 3 >= sentences));
}

const ROLE =
  /\b(correspondent|reporter|writer|editor|journalist|columnist|contributor|analyst|staff|producer|author|bureau chief|desk)\b/i;

/**
 * A byline without "By": a person's name alone with a role ("Jane Doe, Senior Correspondent") or beside the date
 * ("Jane Doe | March 3, 2026"). `isMeta` tells a date or read-time field.
 */
export function bareBylineAuthor(
  line: string,
  isMeta: (field: string) => boolean,
  publisher: string | null = null,
): string | null {
  const fields = line.trim().split(/\s+[|·•—–]\s+/);
  const [first, ...rest] = fields;
  if (!first) return null;
  const parts = first.split(/,\s+/);
  const person = personName(parts[0] ?? "");
  if (!person) return null;
  // "Jane Doe, Senior Correspondent"; "Jane Doe, Harrow Wire" when Harrow Wire is the page's own publisher.
  const second = parts[1]?.trim().toLowerCase();
  if (parts.length === 2 && (ROLE.test(parts[1] as string) || second === publisher?.toLowerCase())) return person;
  return parts.length === 1 && rest.length > 0 && rest.every(isMeta) ? person : null;
}

/** Services that distribute press releases: a release they send out is the company's, not their reporting. */
export const PR_WIRE =
  /^(?:PR ?Newswire|Business ?Wire|GlobeNewswire|Globe Newswire|Accesswire|ACCESSWIRE|EIN Presswire|Newsfile|PRWeb)$/i;

const OUTLET = String.raw`((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|&)){0,4})`;

// "This story was supplied by Meridian Wire", "This article is based on reporting by X", "Originally published by X",
// "Republished with permission from X": the page runs another outlet's copy.
const CARRIED_FROM =
  /^(?:this (?:story|article|report|piece|content) (?:was |is |has been )?(?:supplied|provided|distributed|syndicated|written|produced|republished|reproduced|adapted|based on (?:reporting|a report|an article|a story)|(?:originally|first) (?:published|appeared))(?: in full)? (?:by|from|in|on)|(?:based on (?:reporting|a report) (?:by|from)|(?:originally|first) (?:published|appeared) (?:by|in|on|at)|republished (?:with permission )?(?:from|of)|reprinted (?:with permission )?(?:from|of)|syndicated from|courtesy of))\s+/i;
const OUTLET_FIRST = new RegExp(`^${OUTLET}`, "u");
// A sign-off naming an outlet, not a person: "— Northgate Press" at the foot of a reprint.
const SIGN_OFF = new RegExp(String.raw`^[—–]\s*${OUTLET}\.?$`, "u");
const NOT_AN_OUTLET = /^(?:the\s+)?(?:editors?|staff|team|desk|newsroom|end|ends|fin)$/i;

/**
 * The outlet whose copy a page runs, when it is not the page's own: the wire in its dateline ("SHANGHAI, Nov 30
 * (Meridian Wire) -"), a credit line at its foot ("This story was supplied by Meridian Wire", "Originally published
 * by X"), or a sign-off that names an outlet ("— Northgate Press"). Every sentence of such a page is that outlet's
 * reporting, however many sites carry it. `opening` are its first lines, `footer` its last ones. A release sent out
 * by a distribution wire is the company's, and carries no outlet; a person's name signing off is an author.
 */
export function carriedOutlet(
  opening: readonly string[],
  footer: readonly string[],
  body: readonly string[] = [],
): string | null {
  for (const line of opening) {
    const outlet = matchDateline(line.trim())?.outlet;
    if (outlet && !PR_WIRE.test(outlet)) return outlet;
  }
  const issuer = releaseIssuer(opening);
  if (issuer) return issuer;
  const provider = providerLine(opening, body);
  if (provider) return provider;
  for (const raw of footer) {
    const line = raw.trim();
    const lead = CARRIED_FROM.exec(line);
    const m = lead
      ? OUTLET_FIRST.exec(line.slice(lead[0].length))
      : personName(line.replace(/^[—–]\s*/, ""))
        ? null
        : SIGN_OFF.exec(line);
    const name = m?.[1]?.replace(/[.,;:]+$/, "").trim();
    if (name && !NOT_AN_OUTLET.test(name)) return name;
  }
  return null;
}

// "Beijing, 1 December 2026 — Cambricon Technologies Corporation Limited (SSE STAR: 688256) today announced that…":
// a release's first sentence, after its dateline, names the company that issues it.
const ANNOUNCES = new RegExp(
  String.raw`^${OUTLET}(?:\s*\([^)]{1,40}\))?,?\s+(?:(?:today|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:announced|unveiled|reported|said|launched)\b`,
  "u",
);

const RELEASE_DATELINE = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’ ,/-]{1,60}?,?\s+(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4})(?:\s*\/[^/]{2,30}\/)?\s*(?:--|[-–—])\s+`,
  "u",
);

/**
 * The company a press release comes from: the name its dateline's sentence opens with ("— Cambricon Technologies
 * Corporation Limited today announced"), on a page that calls itself a release or opens that way. What the release
 * states is that company's word, however many pages retell it; null for any other page.
 */
export function releaseIssuer(opening: readonly string[]): string | null {
  const marked = opening.some((l) => /^\s*(?:for immediate release|press release|news release)\b/i.test(l));
  for (const raw of opening) {
    // "Beijing, 1 December 2026 —", "SHENZHEN, China, Dec. 3, 2026 /PRNewswire/ --": a place and a date before a dash.
    const lead = RELEASE_DATELINE.exec(raw.trim());
    if (!lead) continue;
    const rest = raw.trim().slice(lead[0].length);
    const m = ANNOUNCES.exec(rest);
    if (!m || !(marked || /^\S+(?:\s+\S+){0,6}?(?:\s*\([^)]*\))?,?\s+today\s+announced\b/u.test(rest))) continue;
    const name = clean((m[1] as string).replace(/[.,;:]+$/, ""));
    return name && !NOT_AN_OUTLET.test(name) ? name : null;
  }
  return null;
}

/**
 * A finance portal's provider line: an outlet's name alone on a line under the site's masthead ("Yonder Finance",
 * "Harbourline Wire", then the date), which the story itself credits ("…, Harbourline Wire reported"). The page runs
 * that outlet's copy.
 */
function providerLine(opening: readonly string[], body: readonly string[]): string | null {
  const names = opening.map((l) => l.trim()).filter((l) => mastheadName(l) === l && /\s/.test(l));
  for (const name of names.slice(1)) {
    // The story may credit the outlet by its short name: "told Anchorline" of Anchorline News.
    const short = name.replace(OUTLET_WORD, "");
    const escaped = [name, ...(short !== name && short.length >= 3 ? [short] : [])]
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|");
    const credits = new RegExp(
      String.raw`(?:\b(?:${escaped})(?:['’]s\s+(?:reporting|sources))?\s+(?:reported|reports|said|says)\b|\b(?:according to|per|citing|told)\s+(?:the\s+)?(?:${escaped})\b)`,
      "i",
    );
    if (body.some((l) => credits.test(l))) return name;
  }
  return null;
}

/** The word after an outlet's own name that its short form drops: "Anchorline News" is "Anchorline". */
const OUTLET_WORD = /\s+(?:News|Wire|Press|Media|Daily|Times|Post|Herald|Journal)$/;

/** Where a page's dateline may stand, and where a credit to the outlet whose copy it runs may, in non-empty lines. */
const OPENING_LINES = 15;
const FOOTER_LINES = 8;

/** `carriedOutlet` of a page's lines as pasted. */
export function carriedOutletOf(lines: ReadonlyArray<{ readonly text: string }>): string | null {
  const texts = lines.map((l) => l.text).filter((t) => t.trim());
  return carriedOutlet(texts.slice(0, OPENING_LINES), texts.slice(-FOOTER_LINES), texts);
}
