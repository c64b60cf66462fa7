// The page-furniture rules: lines that web pages add around an article and that must never become points.

/** What a rule decided about one line. */
export interface FurnitureMatch {
  /** Rule id, e.g. `byline`; used in warnings and tests. */
  readonly rule: string;
  /** How the warning describes the line: `removed ${label} line "…"`. */
  readonly label: string;
  /** True when this line and everything after it is furniture ("Related Articles", "Comments"). */
  readonly cutRest: boolean;
  /** Where in the line the cut starts, for a trailer glued to the end of a line. */
  readonly at?: number;
}

interface Rule {
  readonly rule: string;
  readonly label: string;
  readonly pattern: RegExp;
  readonly cutRest?: boolean;
}

const dash = String.raw`[-–—•·*]`;
const month = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;

// Whole-line rules: a line is furniture when one of these matches all of it (after trimming).
const LINE_RULES: readonly Rule[] = [
  { rule: "related", label: "related-articles", pattern: /^(related|related articles|related stories|related posts|related content|more from [\w\s]+|you may also like|recommended(?: for you)?|read next|more stories|trending(?: now)?|popular(?: now)?|most read)\s*:?$/i, cutRest: true },
  { rule: "comments", label: "comments", pattern: /^(comments?|\d+\s+comments?|leave a (comment|reply)|join the (discussion|conversation)|show comments|view comments|add a comment)\s*$/i, cutRest: true },
  { rule: "byline", label: "byline", pattern: new RegExp(String.raw`^(${dash}\s*)?(by\s+)?((editorial|news|staff|web|content)\s+(team|desk|staff)|staff writer|staff reporter)\s*$`, "i") },
  { rule: "byline", label: "byline", pattern: /^(written |reported |posted )?by\s+[A-Z][\p{L}.'-]+(\s+[A-Z][\p{L}.'-]+){0,3}(\s*(,|\||and|&)\s*[\p{L}\s.'-]{2,40})?$/u },
  { rule: "dateline-date", label: "date", pattern: new RegExp(String.raw`^(${dash}\s*)?(updated|published|posted|last updated)?:?\s*(\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|yesterday|today|just now)\s*$`, "i") },
  { rule: "dateline-date", label: "date", pattern: new RegExp(String.raw`^(${dash}\s*)?(updated|published|posted|last updated)?:?\s*(\w+day,?\s+)?(${month}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${month},?\s+\d{4}|\d{4}-\d{2}-\d{2})([\s,]+(at\s+)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?\s*$`, "i") },
  { rule: "read-time", label: "read-time", pattern: new RegExp(String.raw`^(${dash}\s*)?\d+\s*(-|to)?\s*\d*\s*(min|mins|minute|minutes)\.?\s*(read|reading time)\s*$`, "i") },
  { rule: "advertisement", label: "advertisement", pattern: /^(advertisement|advertising|sponsored( content)?|ad|story continues below( advertisement)?|scroll to continue( with content)?)\s*$/i },
  { rule: "share", label: "share", pattern: /^(share( this( article| story| post)?)?( on (x|twitter|facebook|linkedin|whatsapp|email|reddit))?|tweet|copy link|email|print|save( article)?|share via.*)\s*$/i },
  { rule: "tags", label: "tags", pattern: /^(tags?|topics?|filed under|categories|category)\s*:.*$/i },
  { rule: "copyright", label: "copyright", pattern: /^(©|\(c\)|copyright\b).*$/i },
  { rule: "nav", label: "navigation", pattern: /^(skip to (main )?content|menu|home|search|log ?in|sign ?in|back to top|next article|previous article)\s*$/i },
  { rule: "breadcrumb", label: "breadcrumb", pattern: /^[\p{L}&' ]{2,30}(\s*[>›»/|]\s*[\p{L}&' ]{2,30}){1,6}\s*$/u },
  { rule: "image-credit", label: "image-credit", pattern: /^(photo|image|picture|credit|illustration|source)s?\s*(:|by\b).{0,80}$/i },
];

// Promotional sentences: matched anywhere in a line that is short or is mostly the promo.
const PROMO_RULES: readonly Rule[] = [
  { rule: "powered-by", label: "powered-by", pattern: /^[\p{L}\p{N}&.' ]{2,40} is powered by [\p{L}\p{N}&.' ]{2,60}/iu },
  { rule: "signup", label: "newsletter", pattern: /^(sign up|subscribe|join|get)\b.{0,60}\b(newsletter|updates|alerts|inbox|briefing|digest)\b/i },
  { rule: "subscribe", label: "subscribe", pattern: /^(subscribe( now| today)?|become a (member|subscriber)|already a subscriber)\b/i },
  { rule: "social", label: "social", pattern: /^(follow (us|@\w+|\w+ on)|like us on|find us on|connect with us)\b/i },
  { rule: "promo", label: "promo", pattern: /^(want (to learn more|more)|stay ahead of|don't miss|click here|learn more at|check out (our|the)|download (our|the) (app|report))\b/i },
  { rule: "promo", label: "promo", pattern: /\b(click here for more information|explore other upcoming .* events|taking place in [A-Z][\p{L}, ]+ and [A-Z]\p{L}+)\b/iu },
  { rule: "read-more", label: "read-more", pattern: /^(read more|read also|see also|also read|more on this|recommended reading)\s*[:»›>-]/i },
  { rule: "cookie", label: "cookie", pattern: /\bwe use cookies\b|\baccept (all )?cookies\b/i },
];

// A trailer glued to the end of a line by copy and paste: "…newsletter Related Articles".
const GLUED_RELATED = /(related articles|related stories|you may also like)\s*$/i;

/** Checks one trimmed line against the furniture rules; null when it is ordinary text. */
export function matchFurniture(text: string): FurnitureMatch | null {
  const line = text.trim();
  if (!line) return null;
  for (const r of LINE_RULES) {
    if (r.pattern.test(line)) return { rule: r.rule, label: r.label, cutRest: r.cutRest ?? false };
  }
  const glued = GLUED_RELATED.exec(line);
  if (glued && glued.index > 0) return { rule: "related", label: "related-articles", cutRest: true, at: glued.index };
  // Promo rules look at the line with a leading bullet or symbol removed.
  const bare = line.replace(/^[^\p{L}\p{N}@]+/u, "");
  for (const r of PROMO_RULES) {
    if (r.pattern.test(bare)) return { rule: r.rule, label: r.label, cutRest: false };
  }
  return null;
}
