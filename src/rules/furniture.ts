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

const dash = "[-–—•·*]";

// A line made only of these stock phrases, joined by separators ("Advertisement - Scroll to continue").
function phrases(list: readonly string[]): RegExp {
  const one = `(?:${list.join("|")})`;
  return new RegExp(String.raw`^${one}(?:\s*[-–—·|•:]?\s*${one})*[.!:]?$`, "i");
}

const name = String.raw`\p{Lu}[\p{L}.'’-]*`;

// Whole-line rules: a line is furniture when one of these matches all of it (after trimming).
const LINE_RULES: readonly Rule[] = [
  {
    rule: "related",
    label: "related-articles",
    pattern:
      /^(related|related articles|related stories|related posts|related content|related coverage|more from [\w\s]+|more on this( story| topic)?|you may also like|recommended(?: for you)?|read next|more stories|latest( stories| news)?|top stories|editor'?’?s picks|trending(?: now)?|popular(?: now)?|most read)\s*:?$/i,
    cutRest: true,
  },
  {
    rule: "related",
    label: "related-article",
    pattern: /^related( coverage| content| reading| tickers?| links| topics)?\s*:\s*.{3,120}$/i,
  },
  {
    rule: "comments",
    label: "comments",
    pattern:
      /^(comments?|\d+\s+comments?|leave a (comment|reply)|join the (discussion|conversation)|show comments|view comments|add a comment|replies|\d+\s+replies|replies\s*\(\d+\))\s*$/i,
    cutRest: true,
  },
  {
    rule: "comments",
    label: "comments",
    pattern:
      /^(comments are (closed|disabled|turned off)\.?|cancel reply|post (a )?comment|submit comment|your email address will not be published\b.*|(what do you think\?\s*)?(let us know|tell us|share your thoughts) in the comments\b.*)$/i,
  },
  {
    rule: "comment-count",
    label: "comment-count",
    pattern:
      /^(\(\d+\)|(view|show|read|see) (all )?[\d.,]+k? comments|[\d.,]+k?\s+comments?|comments?\s*\(\d+\)|[^\p{L}\p{N}\s]{1,3}\s*[\d.,]+k?)$/iu,
  },
  {
    rule: "byline",
    label: "byline",
    pattern: new RegExp(
      String.raw`^(${dash}\s*)?(by\s+)?((editorial|news|staff|web|content)\s+(team|desk|staff)|staff writer|staff reporter|staff report)\s*$`,
      "i",
    ),
  },
  {
    rule: "byline",
    label: "byline",
    pattern: new RegExp(
      String.raw`^([Ww]ritten |[Rr]eported |[Pp]osted |[Ww]ords )?[Bb]y\s+(${name}|\p{Lu}+)(\s+(${name}|\p{Lu}+)){0,3}(\s*(,|\||·|and|&|on)\s*(([\p{Lu}\p{N}][\p{L}\p{N}.,'’-]*|and|of|the|at|in|for)\s*){1,6})?$`,
      "u",
    ),
  },
  {
    rule: "byline",
    label: "byline",
    pattern:
      /^(posted by \w+|author:\s*.{2,60}|(additional )?reporting by\b.{2,200}|editing by\b.{2,100}|from the [\p{L}'’ ]{2,40} (desk|newsroom|team))$/iu,
  },
  {
    rule: "byline",
    label: "author-bio",
    pattern: new RegExp(
      String.raw`^${name}(\s+${name}){1,2} is an? ([\p{L}-]+\s+){0,3}(correspondent|reporter|writer|editor|journalist|columnist|contributor)\b.{0,80}$`,
      "u",
    ),
  },
  {
    rule: "dateline-date",
    label: "date",
    pattern: new RegExp(
      String.raw`^(${dash}\s*)?(updated|published|posted|last updated)?:?\s*(\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|yesterday|today|just now)\s*$`,
      "i",
    ),
  },
  {
    rule: "read-time",
    label: "read-time",
    pattern: new RegExp(
      String.raw`^(${dash}\s*)?\d+\s*(-|to)?\s*\d*\s*(min|mins|minute|minutes)\.?\s*(read|reading time)\s*$`,
      "i",
    ),
  },
  {
    rule: "read-time",
    label: "read-time",
    pattern:
      /^((est(imated)?\.?\s*)?reading time\s*:?\s*\d+\s*(min|mins|minutes?)|listen( to this (article|story))?(\s*[·:|-]?\s*(\d+\s*(min|mins|minutes?)|\d+:\d{2}))?)$/i,
  },
  {
    rule: "advertisement",
    label: "advertisement",
    pattern: phrases([
      "advertisement",
      "advertising",
      "sponsored( content| post)?",
      "paid (post|content)",
      "partner content",
      "ad",
      "ad feedback",
      "report this ad",
      "(story|article) continues below( advertisement)?",
      "scroll to continue( with content)?",
    ]),
  },
  {
    rule: "share",
    label: "share",
    pattern:
      /^(share( this( article| story| post)?)?( on (x|twitter|facebook|linkedin|whatsapp|email|reddit))?|share full article|gift (this )?article|link copied!?|tweet|copy link|email|print( this page| this article)?|save( article)?|share via.*)\s*:?$/i,
  },
  {
    rule: "share",
    label: "share",
    pattern:
      /^((facebook|twitter|x|linkedin|email|whatsapp|reddit|telegram|pinterest|threads|bluesky|print|copy link|share)[\s,|·]*){2,}$/i,
  },
  { rule: "tags", label: "tags", pattern: /^(tags?|topics?|filed under|categories|category|keywords)\s*(:.*)?$/i },
  {
    rule: "tags",
    label: "tags",
    pattern: /^((posted|filed) (in|under)\s+[\p{L}\p{N} ,&]{2,60}|(#[\p{L}\p{N}_]+[\s,]*)+)$/iu,
  },
  { rule: "copyright", label: "copyright", pattern: /^(©|\(c\)|copyright\b).*$|^all rights reserved\.?$/i },
  {
    rule: "nav",
    label: "navigation",
    pattern:
      /^(skip to (main )?content|menu|main menu|home|search|close|log ?in|sign ?in|back to top|(next|previous|older|newer) (article|post|story|page)|load more|show more|see more|open (navigation )?menu|toggle (navigation|menu)|page \d+ of \d+)\s*$/i,
  },
  {
    rule: "breadcrumb",
    label: "breadcrumb",
    pattern: /^(you are here:\s*)?[\p{L}\p{N}&'’ -]{2,30}(\s*[>›»/|]\s*[\p{L}\p{N}&'’ -]{2,30}){1,6}\s*$/iu,
  },
  {
    rule: "image-credit",
    label: "image-credit",
    pattern:
      /^\(?(file )?(photo(graph)?|image|picture|pictured|credit|illustration|source)s?( credit)?\s*(:|by\b|courtesy of\b).{0,100}$|^enlarge\s*[/|:]/i,
  },
  {
    rule: "powered-by",
    label: "powered-by",
    pattern: /^((proudly|site)\s+)?(powered by|built with|hosted on|made with)\s+[\p{L}\p{N} .&'-]{2,40}$/iu,
  },
  // Legal small print under markets and advice pieces.
  {
    rule: "disclaimer",
    label: "disclaimer",
    pattern:
      /\b(does not constitute (investment|financial|legal|tax) advice|is not (investment|financial|legal) advice|(provided )?for (general )?information(al)?( purposes)? only|may hold positions in|market data (is )?delayed)\b/i,
  },
  {
    rule: "cookie",
    label: "cookie",
    pattern:
      /^(accept|accept all( cookies)?|reject|reject all|decline|manage (preferences|cookies|settings)|cookie (settings|policy|preferences)|privacy policy|terms of (service|use)|we value your privacy|do not sell( or share)? my personal information|got it|i agree)[.!]?$/i,
  },
];

// Promotional sentences: matched anywhere in a line that is short or is mostly the promo.
const PROMO_RULES: readonly Rule[] = [
  {
    rule: "powered-by",
    label: "powered-by",
    pattern:
      /^([Tt]his (newsletter|site|website|blog|podcast|publication) |(\p{Lu}[\p{L}\p{N}&.']*\s+){1,4})is powered by [\p{L}\p{N}&.'-]+( \p{Lu}[\p{L}\p{N}&'-]*)*\s*\.?\s*($|\p{Lu})/u,
  },
  {
    rule: "signup",
    label: "newsletter",
    pattern: /^(sign up|subscribe|join|get)\b.{0,60}\b(newsletter|updates|alerts|inbox|briefing|digest)\b/i,
  },
  {
    rule: "signup",
    label: "sign-up",
    pattern:
      /^(sign up( here| now| for free)?[.!]?|(enter )?your email( address)?|email address|thanks? (you )?for signing up!?|register (now|today)( for free)?|(log|sign) ?in to (continue|keep) reading|create a free account\b.{0,60}|by (signing up|subscribing|registering)\b.{0,120}\b(agree|accept|consent)\b.*)$/i,
  },
  {
    rule: "subscribe",
    label: "subscribe",
    pattern:
      /^(subscribe( now| today| for free)?|become a (paid )?(member|subscriber)|already a subscriber|upgrade to (paid|premium)|start (your|a) free trial|type your email|thanks for reading\b|support (independent|our) journalism)\b/i,
  },
  {
    rule: "subscribe",
    label: "subscribe",
    pattern:
      /^this (article|story|content|post) is (only )?(for|available to) (paid )?(subscribers|members)( only)?\.?$/i,
  },
  {
    rule: "social",
    label: "social",
    pattern:
      /^(follow (us|@\w+|\w+ on|the (topics|authors?)\b)|like us on|find us on|connect with us|join (us|our) .{0,40}(channel|community|group|server))\b/i,
  },
  // Engagement prompts at the foot of a post: "Did you find this useful? Hit the like button…".
  {
    rule: "social",
    label: "social",
    pattern:
      /^(did you (find|enjoy|like) this\b|enjoyed (this|the) (post|article|story)\b|hit the (like|subscribe|clap) button\b|if you (liked|enjoyed) this\b|enjoying [^?]{2,60}\?)/i,
  },
  { rule: "signup", label: "newsletter", pattern: /\b(subscribe|sign up)\b.{0,60}\b(inbox|newsletter|every issue)\b/i },
  { rule: "social", label: "social", pattern: /^[Ff]ollow (\p{Lu}[\p{L}.'’-]*\s+){1,4}on\b/u },
  {
    rule: "promo",
    label: "promo",
    pattern:
      /^(want (to learn more|more)|stay ahead of|don't miss|click here|learn more at|check out (our|the)|download (our|the)\b|get the app|limited[- ]time offer|try (it|us) (free|for free)|got a (news )?tip\?)/i,
  },
  {
    rule: "promo",
    label: "promo",
    pattern: /^(learn more|(watch|listen|video|podcast)\s*:\s*.{2,100}|listen to (the|our) podcast)[.!]?$/i,
  },
  {
    rule: "promo",
    label: "promo",
    pattern:
      /\b(click here for more information|explore other upcoming .* events|taking place in [A-Z][\p{L}, ]+ and [A-Z]\p{L}+)\b/iu,
  },
  {
    rule: "read-more",
    label: "read-more",
    pattern: /^(read more|read also|see also|also read|more on this|recommended reading)\s*[:»›>-]/i,
  },
  {
    rule: "read-more",
    label: "read-more",
    pattern:
      /^(read more|continue reading|keep reading|read (the )?(full|whole) (story|article|report)( here)?|read the rest( of the (story|article))?)[\s.…→»›>]*$/i,
  },
  // A show's greeting and sign-off, with or without the speaker's name in front ("PRIYA NAIR: Hey everyone, welcome back to …").
  {
    rule: "broadcast",
    label: "greeting",
    pattern:
      /^(?:[\p{Lu}][\p{Lu} .'’-]{1,40}:\s*)?(?:(?:[Hh]ey|[Hh]i|[Hh]ello),?\s+(?:everyone|everybody|folks|all)[,.!]?\s*)?(?:[Aa]nd\s+)?[Ww]elcome (?:back )?to (?:the |our |this )?\p{Lu}/u,
  },
  {
    rule: "broadcast",
    label: "sign-off",
    pattern:
      /^(?:[\p{Lu}][\p{Lu} .'’-]{1,40}:\s*)?(?:thanks (?:so much )?for (?:listening|watching|tuning in)|see you next (?:week|time)|that's (?:it|all) for (?:this|today)|until next time)\b/iu,
  },
  {
    rule: "cookie",
    label: "cookie",
    pattern: /\bwe use cookies\b|\bthis (site|website) uses cookies\b|\baccept (all )?cookies\b/i,
  },
];

// A line of nothing but date and time words: "Sat 5 Apr 2026 10.31 BST", "Updated 3:45 PM EDT, Tue April 4, 2026".
const DATE_PREFIX = /^(last updated|updated|published|posted( on)?|first published( on)?)\s*:?\s*/i;
const DATE_WORD =
  /^(\d{1,4}([/.:-]\d{1,4}){0,2}(st|nd|rd|th)?|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|[ap]\.?m\.?|[A-Z]{2,5}([+-]\d{1,2})?|gmt([+-]\d{1,2})?|utc([+-]\d{1,2})?|at|on|yesterday|today)$/;

const LEADING_DASH = new RegExp(String.raw`^${dash}\s*`);

function isDateLine(line: string): boolean {
  // A date line has a digit; most lines of prose fail here, before a regular expression is built and the line split.
  if (!/\d/.test(line)) return false;
  const rest = line.replace(LEADING_DASH, "").replace(DATE_PREFIX, "");
  const tokens = rest.split(/[\s,|]+/).filter(Boolean);
  const digits = tokens.filter((t) => /\d/.test(t)).length;
  return tokens.length > 0 && digits > 0 && tokens.every((t) => DATE_WORD.test(t) || DATE_WORD.test(t.toLowerCase()));
}

// Forum and social furniture is a row of short fields joined by "·" or "|": who posted, when, which floor, and
// the reaction counts and buttons under a post ("👍 326 · Reply", "Edited 2026-04-08 23:05 · 💬 186 · Share").
const POST_FIELD =
  /^(floor \d+|#\d+|level \d+( member)?|[\p{L} ]{0,20}member|posted( on)?\b.{0,30}|edited\b.{0,30}|\d{4}-\d{2}-\d{2}( \d{1,2}:\d{2})?|\d{1,2}:\d{2}|reply|share|report|quote|like|(\p{Extended_Pictographic}\uFE0F?\s*)+[\d.,]+k?|[\d.,]+k?\s+(likes?|replies|views|upvotes?))$/iu;
const SIGNED_FIELD =
  /^(floor \d+|#\d+|level \d+|posted\b|edited\b|\d{4}-\d{2}-\d{2}|reply$|(\p{Extended_Pictographic}\uFE0F?\s*)+[\d.,]+k?$)/iu;

/** True for a forum post's header or reaction row: every field but perhaps one (the user name) is post metadata. */
function isPostMeta(line: string): boolean {
  const fields = line
    .split(/\s+[·|]\s+/)
    .map((f) => f.trim())
    .filter(Boolean);
  if (fields.length < 2 || !fields.some((f) => SIGNED_FIELD.test(f))) return false;
  const other = fields.filter((f) => !POST_FIELD.test(f));
  return other.length === 0 || (other.length === 1 && other[0] === fields[0] && (other[0] as string).length <= 40);
}

// A trailer glued to the end of a line by copy and paste: "…newsletter Related Articles".
const GLUED_RELATED = /(related articles|related stories|you may also like)\s*$/i;

/** Checks one trimmed line against the furniture rules; null when it is ordinary text. */
export function matchFurniture(text: string): FurnitureMatch | null {
  const line = text.trim();
  if (!line) return null;
  // Arrows, bullets and dashes around a line ("← Previous post", "- Advertisement -") do not change what it is.
  const trimmed = line.replace(/^[^\p{L}\p{N}#(@]+|[^\p{L}\p{N}).!?:]+$/gu, "") || line;
  // Most lines have nothing around them to trim: testing the same text again would only fail again (none of the
  // patterns is global, so a test leaves no state behind).
  const also = trimmed === line ? null : trimmed;
  for (const r of LINE_RULES) {
    if (r.pattern.test(line) || (also !== null && r.pattern.test(also)))
      return { rule: r.rule, label: r.label, cutRest: r.cutRest ?? false };
  }
  if (isDateLine(line)) return { rule: "dateline-date", label: "date", cutRest: false };
  if (isPostMeta(line)) return { rule: "post-meta", label: "post-meta", cutRest: false };
  const glued = GLUED_RELATED.exec(line);
  if (glued && glued.index > 0) return { rule: "related", label: "related-articles", cutRest: true, at: glued.index };
  // Promo rules look at the line with a leading bullet or symbol removed.
  const bare = line.replace(/^[^\p{L}\p{N}@]+/u, "");
  for (const r of PROMO_RULES) {
    if (r.pattern.test(bare)) return { rule: r.rule, label: r.label, cutRest: false };
  }
  return null;
}
