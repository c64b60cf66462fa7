// The page-furniture rules: lines that web pages add around an article and that must never become points.
import { dateIn } from "./provenance.ts";

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
  /** True when the list right under this line goes with it ("Who should care" and its audience list). */
  readonly dropsList?: boolean;
}

interface Rule {
  readonly rule: string;
  readonly label: string;
  readonly pattern: RegExp;
  /**
   * What every line `pattern` matches has (a word of each alternative), tested first: a pattern that may match
   * anywhere in the line is tried at every position of every line, and almost no line has what it needs.
   */
  readonly needs?: RegExp;
  readonly cutRest?: boolean;
  readonly dropsList?: boolean;
}

/** Whether the rule matches the line: its cheap necessary test first, then its pattern. */
function matches(r: Rule, line: string): boolean {
  return (r.needs === undefined || r.needs.test(line)) && r.pattern.test(line);
}

const dash = "[-–—•·*]";

// A line made only of these stock phrases, joined by separators ("Advertisement - Scroll to continue").
function phrases(list: readonly string[]): RegExp {
  const one = `(?:${list.join("|")})`;
  return new RegExp(String.raw`^${one}(?:\s*[-–—·|•:]?\s*${one})*[.!:]?$`, "i");
}

const name = String.raw`\p{Lu}[\p{L}.'’-]*`;
// An outlet, a handle or a forum as a link river lists them: "The Circuit Ledger", "@fabnotes", "r/LocalLLaMA".
const OUTLET = String.raw`(@[\w.]{2,30}|r\/\w{2,30}|\p{Lu}[\p{L}\p{N}&.'’-]*(\s+(\p{Lu}[\p{L}\p{N}&.'’-]*|of|the|on)){0,4})`;

/** The title a consent dialog opens with: what starts a banner that may run over several lines. */
export const CONSENT_TITLE =
  /^(we value your privacy|your privacy( choices| settings| options)?|privacy (preferences|settings|choices)|cookie (consent|notice|preferences|settings)|we care about your privacy|manage your (privacy|consent)( settings| choices)?)[.!:]?$/i;
/** A consent dialog's buttons and links: what ends the banner. */
export const CONSENT_BUTTON =
  /^(accept|accept all( cookies)?|agree|i agree|agree and (close|continue)|reject|reject all|decline|decline all|continue without (accepting|agreeing)|manage (options|preferences|cookies|settings)|more options|show purposes|list of (partners|vendors)( \((partners|vendors)\))?|(see|view) (our )?(partners|vendors)|customi[sz]e( settings)?|save (and exit|choices|preferences|settings)|confirm (my )?choices|got it)[.!]?$/i;

/** The labels of a summary card, as a card prints them: data, so a new card shape is one more entry. */
export const CARD_LABELS: readonly string[] = [
  String.raw`(\d+[- ]second\s+)?tl;?\s?dr`,
  "key takeaways?",
  "key points",
  "catch[- ]up",
  "icymi",
  "in case you missed it",
  "the takeaways?",
  "what changed",
  "what's new",
  "what’s new",
  "why it matters",
  "why this matters",
  "what it means for you",
  "what to do next",
  "what to watch( next)?",
  "deep insight",
  "deeper insight",
  "the bottom line",
  "bottom line",
  "the big picture",
  "in brief",
  "quick take",
  "the gist",
  "summary",
  "key facts",
  "what's next",
  "what’s next",
  "what we know( so far)?",
  "what we don'?’?t know( yet)?",
  "go deeper",
  "between the lines",
  "zoom in",
  "zoom out",
  "driving the news",
  "catch up quick",
  "by the numbers",
  "state of play",
  "the backstory",
];

// Whole-line rules: a line is furniture when one of these matches all of it (after trimming).
const LINE_RULES: readonly Rule[] = [
  // The labels of an aggregator's summary card ("30-Second TL;DR", "Why it matters"): the card's frame, not its news.
  {
    rule: "summary-card",
    label: "summary-card label",
    pattern: new RegExp(String.raw`^(${CARD_LABELS.join("|")})\s*:?$`, "iu"),
  },
  // Who a card says should read it: the list under it names readers, not facts.
  {
    rule: "summary-card",
    label: "summary-card audience",
    pattern:
      /^(who should care|who it affects|who this affects|who it'?s for|who needs to know|who is affected)\s*:?$/i,
    dropsList: true,
  },
  {
    rule: "ai-generated",
    label: "AI-generated marker",
    pattern:
      /^(ai[- ](summary|recap|digest|card)\s*[·|•:–—-]\s*(generated|written|compiled|produced|summari[sz]ed) (from|by|with|using)\b.{0,60}|(ai|auto|machine|bot)[- ](generated|written|assisted|curated|summari[sz]ed)( summary| content| recap| article| story| brief)?|(generated|written|created|produced|curated|summari[sz]ed|drafted) (by|with|using) (an? )?(ai|artificial intelligence|an ai model|a language model|llm)|ai[- ](summary|recap|digest|overview|brief))[.!]?$/i,
  },
  // "This summary was generated automatically and may contain errors."
  {
    rule: "ai-generated",
    label: "AI-generated notice",
    pattern:
      /^((ai[- ](summary|generated|assisted)|summary)\s*[·|•:–—-]\s*)?((this|the|these|our) )?(ai[- ])?(summary|summaries|article|articles|recap|recaps|digest|story|stories|brief|briefing|overview|post|card|cards|page|explainer)( (was|were|is|are|has been|have been))? (automatically |partly |partially )?(generated|written|produced|created|compiled|summari[sz]ed|curated|drafted)( automatically| by (an? )?(ai|artificial intelligence|machine|bot|(large )?language model|llm|automated)| with (the help of |the assistance of )?(an? )?(ai|artificial intelligence|ai tools?)| using (ai|artificial intelligence|ai tools?))\b/i,
  },
  {
    rule: "stamp",
    label: "collection stamp",
    pattern:
      /^((fresh\s*)?collected in \d+\s*[smhd]\w*|(clipped|saved|captured|archived|fetched|scraped) (with|via|using) \p{Lu}[\p{L}\p{N}.-]*( \p{Lu}[\p{L}\p{N}.-]*)?|(clipped|saved|captured|archived|fetched|scraped) from [\w-]+(\.[\w-]+)+\S*)(\s*[·|•]\s*.{1,40})?$/iu,
  },
  {
    rule: "section-tag",
    label: "section tag",
    pattern:
      /^(opinion|analysis|live|live updates|exclusive|breaking|breaking news|explainers?|commentary|editorial|reviews?|feature|features|press release|news release|for immediate release|excerpt|sponsored|insight|perspective|interview|q&a|newsletter|podcast|fact check|news analysis)$/i,
  },
  // Where an aggregator says it got the story, or a clipping where the page came from: "Sources: Reuters, DeepSeek".
  {
    rule: "sources",
    label: "sources",
    pattern:
      /^([Ss]ources?|SOURCES?|[Vv]ia|VIA|[Oo]riginally published (at|on|by)|[Ff]irst published (at|on|by))\s*:\s*\p{Lu}[\p{L}\p{N} ,.&'’/-]{1,150}$|^SOURCE \p{Lu}[\p{L}\p{N} ,.&'’-]{1,60}$|^(This (article|story|post) )?([Oo]riginally|[Ff]irst) (published|appeared) (on|in|at) \p{Lu}[\p{L}\p{N} .&'’-]{1,60}\.?$/u,
  },
  // A market strip: "$NVDA +2.3% · $AMD -0.8% · 0981.HK -1.2%".
  {
    rule: "ticker",
    label: "ticker strip",
    pattern: /^(?:\(?\$?[A-Z0-9][A-Z0-9.]{0,9}(?::\s?[A-Z0-9.]+)?\)?\s*[+\-−]\s?\d+(?:\.\d+)?%\s*[·|•,]?\s*){2,}$/,
  },
  // A forum's vote widget: "▲ 412 ▼".
  { rule: "ticker", label: "vote count", pattern: /^[▲△↑⬆]\s*\d+(?:[.,]\d+)?[kK]?\s*[▼▽↓⬇]?$/ },
  // A quote set apart from the text to catch the eye: the page repeats or teases it, it is not the story.
  {
    rule: "pull-quote",
    label: "pull quote",
    pattern: /^(pull ?quote|quote of the (day|week)|in (his|her|their) words)\s*:\s*\S/i,
  },
  {
    rule: "feedback",
    label: "feedback prompt",
    pattern:
      /^(was this (summary |article |page )?(helpful|useful)\??.*|did you find this (summary |article )?(helpful|useful)\??.*|rate this (summary|article|story).*|(have|got) a (question|tip|story)\b[^.]{0,60}\?.*)$/i,
  },
  {
    rule: "contact",
    label: "contact",
    pattern:
      /^((media|press|investor|news) (contact|enquiries|inquiries|relations)s?\b.*|to contact the (reporters?|editors?|authors?|writers?)\b.{0,80}|contacts?\s*:.*|(e-?mail|contact|write to|reach) (us|me|the (author|editor|newsroom))\b.{0,60}|.{0,80}[\w.+-]+@[\w-]+(\.[\w-]+)+.{0,40})$/i,
    needs: /^(media|press|investor|news|to contact|contact|e-?mail|write to|reach)|@/i,
  },
  // The end mark of a press release. Not what follows it: a blog may set the same mark between its parts.
  {
    rule: "end-mark",
    label: "end mark",
    pattern: /^(###|#\s*#\s*#|-\s*30\s*-|-\s*ends\s*-|ends|[-–—]+\s*(the )?end\s*[-–—]+)$/i,
  },
  {
    rule: "standards",
    label: "standards",
    pattern:
      /^(our standards\s*:.*|(read )?(our |the )?(corrections?|ethics|editorial|standards) (policy|policies|guidelines|standards)\.?|the [\p{L} ]{2,40} trust principles\.?|editorial (standards|guidelines|policy)\s*:.*)$/iu,
  },
  {
    rule: "newsletter",
    label: "newsletter chrome",
    pattern:
      /^(view (this (email|newsletter|issue) )?(in (your |a )?browser|online|as a web ?page)|you(['’]re| are) receiving this\b.*|.{0,160}(\bunsubscribe\s*(\||·|•|$)|\bto unsubscribe\b).{0,60}|manage (your )?(preferences|subscription)s?|forwarded this (email|newsletter)\?.*)$/i,
  },
  {
    rule: "newsletter",
    label: "greeting",
    pattern:
      /^((hi|hello|hey|dear|greetings)( all| everyone| everybody| folks| friends| readers| there| subscribers| team)?|(hi|hello|hey|dear) \p{Lu}[\p{L}'’-]+)\s*[,!]?$/iu,
  },
  {
    rule: "newsletter",
    label: "greeting",
    // A greeting run into the writer's chatter ("Hi all — a busy fortnight for chips, so let's get into it."): short and
    // with no figure, it says nothing a point could quote; a greeting that goes on to a figure is kept.
    pattern:
      /^(?:hi|hello|hey|greetings)(?: all| everyone| everybody| folks| friends| readers| there| subscribers| team)?\s*[,!—–-]\s*(?:[^\d\s]+\s+){0,16}?[^\d\s]+[.!]?$/iu,
  },
  { rule: "newsletter", label: "signature", pattern: /^(—|–|--)\s*\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+)?$/u },
  {
    rule: "live-blog",
    label: "live-blog chrome",
    pattern:
      /^((refresh|reload)( this page)? for (the )?(latest|more|new)( updates| posts)?|auto-?refresh( is)? (on|off)|(show|load) (latest|new|more) (updates|posts)|\d+ new (updates?|posts?)|key events|show key events( only)?|pinned( post)?)[.!]?$/i,
  },
  {
    rule: "related",
    label: "related-articles",
    pattern:
      /^(related|related articles|related stories|related posts|related content|related coverage|more from [\w\s]+|more on this( story| topic)?|you may also like|you might also like|recommended(?: for you| stories| reading)?|related (?:reading|links|news|videos?|topics)|read next|up next|more stories|more coverage|further reading|around the web|from our partners|sponsored (stories|links|content)|links mentioned( in (this|the) (episode|show))?|mentioned in this episode|more for you|you may have missed( these| this)?|latest( stories| news)?|top stories|editor'?’?s picks|trending(?: now)?|popular(?: now)?|most (?:read|popular|viewed|shared)|relevant people|who to follow|you might like)\s*:?$/i,
    cutRest: true,
  },
  {
    rule: "related",
    label: "related-article",
    pattern:
      /^related( coverage| content| reading| tickers?| links| topics| videos?| audio| podcasts?| stories| story| articles?)?\s*:\s*.{3,120}$/i,
  },
  {
    rule: "comments",
    label: "comments",
    pattern:
      /^(comments?|\d+\s+comments?|leave a (comment|reply)|join the (discussion|conversation)(\s*[:·|-]\s*\d+\s+comments?)?|show comments|view comments(\s*\(\d+\))?|add (a )?comment|load more comments|top comments|(log|sign) ?in to (comment|reply)|sort by\s*:?\s*(newest|oldest|best|top|popular|most relevant|most recent)|(most relevant|most recent|newest first|oldest first)\s*[▾▼⌄v]?|replies|\d+\s+replies|replies\s*\(\d+\))\s*$/i,
    cutRest: true,
  },
  {
    rule: "comments",
    label: "comments",
    pattern:
      /^(comments are (closed|disabled|turned off)\.?|cancel reply|post (a )?comment|submit comment|your email address will not be published\b.*|(what do you think\?\s*)?((let us know|tell us|share your thoughts) in the comments\b.*|join the (conversation|discussion)( below| in the comments)?[.!]?))$/i,
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
      String.raw`^(${dash}\s*)?(by\s+)?((editorial|news|newsroom|staff|web|content)\s+(team|desk|staff)|staff writer|staff reporter|staff report)\s*$`,
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
      /^\(?(-{1,2}\s*)?(posted by \w+|author:\s*.{2,60}|(additional )?reporting by\b.{2,200}|(writing|editing|compiled|graphics|research) by\b.{2,150}|with assistance from\b.{2,150}|from the [\p{L}'’ ]{2,40} (desk|newsroom|team))$/iu,
  },
  {
    rule: "byline",
    label: "author-bio",
    pattern: new RegExp(
      String.raw`^(about the (author|writer)\s*:?\s*)?${name}(\s+${name}){1,2} (is|was) (an?|[Tt]he|${name}['’]s?) ([\p{L}'’-]+,?\s+){0,8}(correspondent|reporter|writer|editor|journalist|columnist|contributor|analyst|author|editor-at-large)\b.{0,80}$`,
      "u",
    ),
  },
  // "Lucas Brandt covers AI models for Kestrel Tech Review.": the writer's line at the foot of a piece.
  {
    rule: "byline",
    label: "author-bio",
    pattern: new RegExp(
      String.raw`^(about the (author|writer)\s*:?\s*)?${name}(\s+${name}){1,2} (covers|writes about|writes on|writes for|reports on|reports for|reports from|is based in|has covered|has written about|has reported on)\b.{2,160}\b(for|at|in|from|since) (the )?[\p{Lu}\p{N}][^.]{1,60}\.?$`,
      "u",
    ),
  },
  { rule: "byline", label: "author-bio", pattern: /^about the (author|authors|writer|reporter)s?\s*:.{2,300}$/i },
  // "Mirela Halvorsen leads semiconductor research at Oakum Research in Singapore.": who a guest is, not news.
  {
    rule: "byline",
    label: "guest-bio",
    pattern: new RegExp(
      String.raw`^${name}(\s+${name}){1,2},? (leads|heads|runs|directs|is (a|an|the) [\p{L} -]{0,40}(analyst|researcher|director|head|professor|fellow|partner|economist|strategist|editor|founder)) [^.]{0,80}\b(at|of|for) (the )?\p{Lu}[^.]{1,60}\.$`,
      "u",
    ),
  },
  // "Jane Doe contributed reporting from Beijing.", "The Associated Press contributed to this report."
  {
    rule: "byline",
    label: "byline",
    pattern: new RegExp(
      String.raw`^(${name}|the)(\s+(${name}|and|&)){0,6} contributed (additional )?(reporting|research|to this (report|story|article))\b.{0,80}$`,
      "u",
    ),
  },
  {
    rule: "editorial-note",
    label: "editorial note",
    pattern:
      /^(this (story|article|post|report) (has been|was) (updated|corrected|amended|edited)\b.*|(this|the) (article|story|post) (was )?(originally|first) (published|appeared) (on|in|at|by)\b.*|a version of this (article|story) (appears|appeared|was published|first appeared)\b.*|\(updates? (with|to (add|include|correct))\b[^)]{2,120}\)|(\p{Lu}[\p{L}'’ -]{1,40},\s*)?continued (on|from) page [A-Z]?\d{1,3}\.?|updated( at)? \d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?( [A-Z]{2,4})? (with|to)\b.*|updated( on)? (\d{1,2} \p{L}{3,9}|\p{L}{3,9}\.? \d{1,2})(,? \d{4})? to (add|include|reflect|clarify|expand|update|remove)\b.*|[[(]?(correction|clarification|editor['’]?s note|translator['’]?s note|update)\s*:.*|appeared in the .{0,40}\bprint edition\b.*)$/iu,
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
      "(story|article) continues( below)?( advertisement)?",
      "continue reading below",
      "sponsor(ed)? posts?",
      "scroll to continue( with content)?",
    ]),
  },
  {
    rule: "share",
    label: "share",
    pattern:
      /^(share( this( article| story| post| page| live ?blog| update)?)?( on (x|twitter|facebook|linkedin|whatsapp|email|reddit))?|share full article|gift (this )?article|link copied!?|tweet|copy link|email|print( this page| this article)?|save( article)?|saved( article| story| for later)?|share via.*|click to (share|email|print)\b.*|(open|read|continue) in (the )?app)\s*:?$/i,
  },
  {
    rule: "share",
    label: "share",
    pattern:
      /^((share on |share to )?(facebook|twitter|x|linkedin|email|whatsapp|reddit|telegram|pinterest|threads|bluesky|print|copy link|share)[\s,|·]*){2,}$/i,
  },
  {
    rule: "share",
    label: "share count",
    // One count or a row of them: "1.2K shares", "96 comments · 41 reposts"; on a forum, between the poster's name and
    // its repeat ("kernel_panic_42 · 14 replies · 2.1k views kernel_panic_42").
    pattern:
      /^(?:[\p{L}\p{N}_.-]{2,30}\s*[·|•]\s*)?\d+(?:[.,]\d+)?\s*[kKmM]?\s+(?:shares?|likes?|reposts?|retweets?|comments?|reactions?|views?|replies|reply|upvotes?)(?:\s*[·|•]\s*\d+(?:[.,]\d+)?\s*[kKmM]?\s+(?:shares?|likes?|reposts?|retweets?|comments?|reactions?|views?|replies|reply|upvotes?))*(?:\s+[\p{L}\p{N}_.-]{2,30})?$/u,
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
      /^\(?(file )?(photo(graph)?|image|picture|pictured|credit|illustration|graphic|video|source)s?( credit)?\s*(:|by\b|courtesy of\b).{0,200}$|^enlarge\s*[/|:]/i,
  },
  // A caption that ends on its credit: "… on display in Shanghai. (Li Wen/Canopy Images)", "… REUTERS/Jane Roe".
  {
    rule: "image-credit",
    label: "image-credit",
    pattern:
      /(\((photo|image|picture|illustration|credit)?:?\s*([\p{L}.' -]{2,40}\/)?[\p{L}.' -]{0,40}(images|photos?|pictures|getty|reuters|ap|afp|epa|shutterstock|alamy|xinhua|bloomberg|press|pool|handout)\)|\b[\p{Lu}]{2,}\/[\p{Lu}][\p{L}]+( [\p{Lu}][\p{L}]+)?|[.!?]\s+(Photo|Image|Picture|Photograph|Illustration|Credit)s?\s*:\s*[\p{L}\p{N} .'/&-]{2,60})\s*$/u,
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
      /\b(does not constitute (investment|financial|legal|tax) advice|is not (investment|financial|legal) advice|(provided )?for (general )?information(al)?( purposes)? only|may hold positions in|market data (is )?delayed|for institutional (investors|clients) only|past performance is not (indicative|a (reliable )?(guide|indicator))|important disclosures|contains forward[- ]looking statements|actual results (may|could) differ materially|the views expressed (here |in this [\p{L}]+ )?are (his|her|their|my|the author'?s|the writer'?s) own)\b/iu,
    needs:
      /advice|information|positions in|delayed|institutional|past performance|disclosures|looking statements|differ materially|views expressed/iu,
  },
  {
    rule: "disclaimer",
    label: "disclaimer",
    pattern:
      /^(forward[- ]looking statements?|safe harbou?r( statement)?|cautionary (note|statement)s?( regarding .*)?|disclosures?|disclosure\s*:.*|view original content\b.*)$/i,
  },
  {
    rule: "cookie",
    label: "cookie",
    pattern:
      /^(accept|accept all( cookies)?|reject|reject all|decline|manage (preferences|cookies|settings|options)|cookie (settings|policy|preferences)|privacy policy|terms of (service|use)|we value your privacy|do not sell( or share)? my personal information|got it|i agree)[.!]?$/i,
  },
  // A follow button under an author card or a topic: "+ Follow", "Follow Jonah", "Follow this topic ☆".
  {
    rule: "social",
    label: "follow button",
    pattern:
      /^(\+\s*)?(follow|following|unfollow)( \p{Lu}[\p{L}'’-]*){0,2}$|^follow (this|the) (topic|story|author|writer|publication|show|podcast|channel|reporter)$/iu,
  },
  // A social site's title bar over a single post or a thread: "Post", "Tweet", "Thread".
  { rule: "social", label: "title bar", pattern: /^(post|tweet|thread|conversation)$/i },
  // A paywall's or an app's frame: "Member-only story", "Write", "Flipped into Chip Wars by …".
  {
    rule: "subscribe",
    label: "paywall",
    pattern:
      /^(member[- ]only( story| article| content| post)?|subscriber[- ]only( story| article| content)?|members only|write|flipped (into|by)\b.{2,80})$/i,
  },
  // Where a post on a blogging platform was published: "Published in Tensor Tea".
  {
    rule: "byline",
    label: "publication",
    pattern: /^[Pp]ublished in \p{Lu}[\p{L}\p{N}&'’ -]{1,40}$/u,
  },
  // A link river's lines about a story: "Discussion: Outlet, Outlet and @handle", "Tweets: @someone: …".
  {
    rule: "related",
    label: "discussion links",
    pattern: new RegExp(
      String.raw`^([Dd]iscussion|[Mm]ore)\s*:\s*${OUTLET}((,\s*|\s+)(and\s+)?${OUTLET}){0,12}$|^([Tt]weets?|[Pp]osts?|[Tt]oots?|[Ss]keets?)\s*:\s*@\S+.*$`,
      "u",
    ),
  },
  // A show's chapters: "(02:14) The memory rule", "12:40 Listener questions".
  {
    rule: "chapters",
    label: "chapter",
    pattern: /^[([]\d{1,2}:\d{2}(:\d{2})?[)\]]\s+[^.!?]{1,60}$/,
  },
  // An ad read or a sponsor line: "This episode is brought to you by …", "Presented by Quarry Labs".
  {
    rule: "advertisement",
    label: "sponsor",
    pattern:
      /^((this|today['’]s|this week['’]s) (episode|show|podcast|newsletter|issue|edition|email|video|post|segment) is (brought to you|sponsored|presented|supported|powered|made possible) by\b.*|(presented|sponsored|brought to you|supported|underwritten) by \p{Lu}[\p{L}\p{N}&.'’ -]{1,40})$/iu,
  },
  // A browser's or a site's translation banner: "This page has been translated from Chinese. Show original".
  {
    rule: "translation",
    label: "translation notice",
    pattern:
      /^((this|the) (page|article|post|story|text) (has been|was|is) (automatically |machine[- ])?translated (from|into|to) \p{L}+\b.*|machine translation (provided|powered|done) by\b.*|(translated|translation) by (google|deepl|bing|the browser|your browser|machine)\b.*|show original( text)?\b.*|always translate \p{L}+\b.*)$/iu,
  },
  // A print edition's page furniture: the folio ("B1 THE LEDGER, SATURDAY, DECEMBER 5, 2026"), the print line.
  {
    rule: "print",
    label: "print folio",
    pattern:
      /^([A-Z]{1,2}\d{1,3}\s+)?[A-Z][A-Z .&'’-]{2,40},\s+(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),?\s+[A-Z]+\.?\s+\d{1,2},\s+\d{4}(\s+[A-Z]{1,2}\d{1,3})?$/,
  },
  // "Rhea Lin reported from Shanghai. Cho Min contributed reporting from Seoul.": who filed the story, not news.
  {
    rule: "byline",
    label: "byline",
    pattern: new RegExp(
      String.raw`^(${name}(\s+(${name}|and|&)){0,6} (reported|contributed (additional )?(reporting|research)|contributed to this (report|story|article))( from [\p{Lu}][\p{L}., ]{1,40})?\.\s*){1,3}$`,
      "u",
    ),
  },
  // A caption that ends on the outlet's copyright: "A trader on the floor in Seoul. © Harbour Daily".
  {
    rule: "image-credit",
    label: "image-credit",
    pattern: /[.!?]\s+(©|\(c\))\s*[\p{L}\p{N} .,'’&/-]{2,60}$/u,
  },
  // A web archive's frame around a saved page: its banner, capture counts and labels.
  {
    rule: "archive",
    label: "web-archive chrome",
    pattern:
      /^(the wayback machine\b.*|\d[\d,]* captures?|about this capture|collected by|timestamps|(organization|collection)\s*:\s*.{2,60}|saved from\s*:?\s*https?:\/\/\S+)$/i,
  },
  // A site's own pitch for its features: "Find the top sources on our Leaderboards."
  {
    rule: "promo",
    label: "site promo",
    pattern:
      /^(find|discover|explore|browse|see|get|check out)\b.{0,80}\b(on|in|at|from|with) our (site|app|website|leaderboards?|homepage|newsletters?|podcasts?|channel|page|archive|rankings?)\b[.!]?$/i,
  },
  // A QR code and its prompt: "Scan the QR code below to follow us", "[QR code]".
  {
    rule: "social",
    label: "QR prompt",
    pattern:
      /^((scan|long[- ]press|press and hold)( the)?( qr)? code\b.{0,120}|\[(qr code|image|photo|video|chart|graphic|figure|gif|embed)[^\]]{0,40}\])$/i,
  },
  // The rest of a consent dialog: its title, buttons and vendor links ("Your privacy choices", "Show purposes").
  { rule: "cookie", label: "consent", pattern: CONSENT_TITLE },
  { rule: "cookie", label: "consent", pattern: CONSENT_BUTTON },
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
      /^(subscribe( now| today| for free)?|you have \d+ free (articles?|stories|reads)|become a (paid )?(member|subscriber)|already a subscriber|upgrade to (paid|premium)|start (your|a) free trial|type your email|thanks for reading\b|support (independent|our) journalism)\b/i,
  },
  {
    rule: "subscribe",
    label: "paywall promo",
    pattern:
      /^(paid|premium) (subscribers|members|readers) (get|can|receive|have access|unlock)\b.{0,120}?(\.|\bsubscribe\b.{0,20})$/i,
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
      /^(follow (us|@\w+|\w+ on|the (topics|authors?)\b)|like us on|find us on|connect with us|join (us|our) .{0,40}(channel|community|group|server)|(click|tap) (on )?the .{1,30}(above|below|at the top) to (follow|subscribe)\b)\b/i,
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
      /^(want (to learn more|more)|stay ahead of|don't miss|click here|learn more at|check out (our|the)|download (our|the)\b|get the app|limited[- ]time offer|try (it|us) (free|for free)|got a (confidential )?(news )?tip\?)/i,
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
    needs: /click here|upcoming|taking place/iu,
  },
  {
    rule: "read-more",
    label: "read-more",
    pattern:
      /^(read more|read also|see also|also read|more on this|recommended reading|read this next|read next|up next)\s*[:»›>-]\s*\S/i,
  },
  {
    rule: "read-more",
    label: "read-more",
    pattern:
      /^(read more|read also|see also|also read|continue reading|keep reading|read (the )?(full|whole) (story|article|report)( here)?|read the rest( of the (story|article))?|read the original( article| post| text)?)[\s.…→»›>:]*$/i,
    // What follows "Read more" is a list of other stories' headlines.
    dropsList: true,
  },
  // A search page's frame: "People also ask" (the questions under it go too), "Related searches".
  {
    rule: "search-page",
    label: "search-page",
    pattern: /^(people also ask|people also search for|related searches|related questions|others (also )?asked)\s*:?$/i,
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
      /^(?:[\p{Lu}][\p{Lu} .'’-]{1,40}:\s*)?(?:thanks (?:so much )?for (?:listening|watching|tuning in)|see you next (?:week|time)|that['’]s (?:it|all) for (?:this|today)|until next time)\b/iu,
  },
  {
    rule: "cookie",
    label: "cookie",
    pattern:
      /\bwe use cookies\b|\bthis (site|website) uses cookies\b|\baccept (all )?cookies\b|^we and our (\d+ )?(partners|vendors)\b/i,
    needs: /cookies|^we and our/i,
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
  // Token by token, stopping at the first word that is not part of a date: a paragraph is not split whole.
  let digits = 0;
  for (const [t] of rest.matchAll(/[^\s,|]+/g)) {
    if (!DATE_WORD.test(t) && !DATE_WORD.test(t.toLowerCase())) return false;
    if (/\d/.test(t)) digits++;
  }
  return digits > 0;
}

// Forum and social furniture is a row of short fields joined by "·" or "|": who posted, when, which floor, and
// the reaction counts and buttons under a post ("👍 326 · Reply", "Edited 2026-04-08 23:05 · 💬 186 · Share").
const POST_FIELD =
  /^(floor \d+|#\d+|level \d+( member)?|[\p{L} ]{0,20}member|posted( on)?\b.{0,30}|edited\b.{0,30}|\d{4}-\d{2}-\d{2}( \d{1,2}:\d{2})?|\d{1,2}:\d{2}|reply|share|report|quote|like|(\p{Extended_Pictographic}\uFE0F?\s*)+[\d.,]+k?|[\d.,]+k?\s+(likes?|replies|views|upvotes?)|\d+\s*[smhdw])$/iu;
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

// A row of article metadata: "Mar 3, 2026 · 5 min read", "By Jane Doe | Updated 2 days ago", "Posted 3 days ago by Admin".
const META_FIELD =
  /^((by|posted by|words by|story by|written by)\s+\p{Lu}.{0,40}|(issue|edition|episode|vol\.?|volume|no\.)\s*#?\d+|\d+\s*(s|m|h|d|w|mo|y)|yesterday|today|just now|(updated|published|posted|edited)\b.{0,40}|\d+\s*(-|to)?\s*\d*\s*(min|mins|minutes?)\.?( read| reading time| listen)?|[\d.,]+k?\s+(views|reads|comments|shares|likes)|.{0,20}\b\d+\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?)\s+ago)$/iu;

// A name in a row of metadata: an outlet, a handle, a tag ("Harbour Wire", "@chipwonk", "Opinion", "Ana Li in Tensor
// Tea"): capitalised words and the small words between them, no sentence.
const NAME_FIELD =
  /^(@[\w.]{2,30}|\p{Lu}[\p{L}\p{N}&.'’-]*(\s+(\p{Lu}[\p{L}\p{N}&.'’-]*|in|of|the|and|for|at|on|de|&)){0,4})$/u;

function isMetaRow(line: string): boolean {
  if (/^(posted|published|updated)\s+.{0,20}\bago\b(\s+by\s+\S.{0,40})?$/i.test(line)) return true;
  const fields = line.split(/\s+[·•|]\s+/).map((f) => f.trim());
  if (fields.length < 2) return false;
  const meta = (f: string): boolean => META_FIELD.test(f) || isDateLine(f) || (dateIn(f) !== null && f.length <= 40);
  // Where a row names its outlet or writer ("Harbour Wire · 3 days ago"), two names at most go with the times.
  const names = fields.filter((f) => !meta(f));
  return names.length <= 2 && names.length < fields.length && names.every((f) => NAME_FIELD.test(f));
}

// A row of site links: "Help · Privacy · Terms", "new | past | comments | ask": three or more short fields and no
// sentence among them.
function isMenuRow(line: string): boolean {
  const fields = line.split(/\s*[·|•]\s*|\t+/).map((f) => f.trim());
  if (fields.length < 4 || fields.some((f) => !f)) return false;
  return fields.every((f) => f.length <= 32 && f.split(/\s+/).length <= 4 && !/[.!?]$/.test(f));
}

// A terminal's function row: "1) Save 2) Alert 3) Translate", after a timestamp perhaps.
const KEY_ROW = /^.{0,40}?(\b\d{1,3}\)\s*\p{L}[\p{L} ]{0,20}?\s*){3,}$/u;

// An audio or video player's controls: "▶ 0:00 / 4:07 1x ⏩ 15s", "▶ Play episode ⏪ 15 ⏩ 30 1.0x 🔊".
const PLAYER_GLYPH = /[▶►⏵⏸⏯⏹⏪⏩⏭⏮🔊🔉🔈🔇]/u;
const PLAYER_REST =
  /[▶►⏵⏸⏯⏹⏪⏩⏭⏮🔊🔉🔈🔇/|·•\s]|\b(play|pause|mute|unmute|skip|episode|speed|volume)\b|\b\d{1,2}:\d{2}(:\d{2})?\b|\b\d(\.\d{1,2})?x\b|\b\d{1,3}s?\b/giu;
function isPlayerRow(line: string): boolean {
  return PLAYER_GLYPH.test(line) && line.replace(PLAYER_REST, "").trim() === "";
}

// A discussion site's post and comment headers: "164 points by fabwatcher 2 days ago | hide | past | 97 comments",
// "coldcathode 2 days ago | next [–]".
const POINTS_ROW = /^[\d.,]+k?\s+(points?|upvotes?|votes?)\s+by\s+[\w.-]{2,30}\b.{0,160}$/i;
const COMMENT_HEAD = /^[\w.-]{2,30}\s+\d+\s+(minutes?|hours?|days?|weeks?|months?|years?)\s+ago(\s*\|.{0,80})?$/i;

// A site footer that ends on its copyright: "Techfeed · A site for tech news · © 2026 Techfeed".
const FOOTER_ROW = /^.{1,120}\s[·|•]\s*(©|\(c\)|copyright)\s*\d{4}\b.{0,60}$/i;

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
    if (matches(r, line) || (also !== null && matches(r, also)))
      return { rule: r.rule, label: r.label, cutRest: r.cutRest ?? false, dropsList: r.dropsList ?? false };
  }
  if (isDateLine(line)) return { rule: "dateline-date", label: "date", cutRest: false };
  if (isPostMeta(line)) return { rule: "post-meta", label: "post-meta", cutRest: false };
  if (isMetaRow(line)) return { rule: "dateline-date", label: "article-meta", cutRest: false };
  if (POINTS_ROW.test(line) || COMMENT_HEAD.test(line))
    return { rule: "post-meta", label: "post-meta", cutRest: false };
  if (isMenuRow(line) || KEY_ROW.test(line)) return { rule: "nav", label: "navigation", cutRest: false };
  if (isPlayerRow(line)) return { rule: "read-time", label: "player controls", cutRest: false };
  if (FOOTER_ROW.test(line)) return { rule: "copyright", label: "copyright", cutRest: false };
  const glued = GLUED_RELATED.exec(line);
  if (glued && glued.index > 0) return { rule: "related", label: "related-articles", cutRest: true, at: glued.index };
  // Promo rules look at the line with a leading bullet or symbol removed.
  const bare = line.replace(/^[^\p{L}\p{N}@]+/u, "");
  // "Listen: Huawei has told its suppliers to plan for more." opens like a promo but goes on to a whole sentence.
  if (isLabelledSentence(bare)) return null;
  for (const r of PROMO_RULES) {
    if (matches(r, bare)) return { rule: r.rule, label: r.label, cutRest: false, dropsList: r.dropsList ?? false };
  }
  return null;
}

/**
 * A short lead-in and a colon, then a whole sentence that does not speak to the reader: a speaker's "Listen: …" or a
 * rule's "Sign up for alerts first: exporters must …". A promo's colon leads to a title, a link or "you".
 */
const LINK_LEAD =
  /^(read more|read also|see also|also read|read next|up next|more on this|recommended( reading)?|related)$/i;
function isLabelledSentence(line: string): boolean {
  const colon = line.indexOf(": ");
  if (colon < 1 || colon > 40) return false;
  const rest = line.slice(colon + 2).trim();
  return (
    !LINK_LEAD.test(line.slice(0, colon)) &&
    // A speaker's name in capitals ("PRIYA NAIR:") leads to what the speaker says; the promo rules judge that.
    /\p{Ll}/u.test(line.slice(0, colon)) &&
    /[.!?]["”’']?$/u.test(rest) &&
    rest.split(/\s+/).length >= 8 &&
    !/\b(you|your|yours|our|us|we|click|tap|welcome|everyone|everybody|folks|thanks)\b/i.test(rest) &&
    !/https?:\/\/|www\./i.test(rest)
  );
}

// A wire's or press office's note that someone would not talk: the outlet's outreach, not news about the story.
// It stops there: "…declined to comment but said demand was strong" goes on to news, and stays. Declining to give a
// detail the story asked for ("declined to say how many chips it had shipped", "would not name its customers") is the
// same outreach; declining to say whether or when something will happen may be the news, and stays.
const NO_CLAUSE = String.raw`(?:(?!\b(?:but|and|while|though|although|said|says|saying)\b)[^.;])`;
const NO_COMMENT = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{N}.&'’ -]{1,60}|(a|the) (spokesperson|spokesman|spokeswoman|representative) for [\p{L}\p{N}.&'’ -]{2,60}|representatives? (of|for) [\p{L}\p{N}.&'’ -]{2,60}) (did not|didn't|could not|couldn't|has not|hasn't|have not|haven't|was not|were not) (immediately )?(respond(ed)?|reply|replied|be reached|return(ed)?( a)? (call|calls|request|requests|message|messages))\b${NO_CLAUSE}{0,80}\b(comment|requests?|reached|messages?|calls?|questions)\b${NO_CLAUSE}{0,60}\.$|^\p{Lu}[\p{L}\p{N}.&'’ -]{1,60} (did not|didn't|has not|hasn't|have not|haven't) (immediately )?answer(ed)? (\p{L}+ )?questions\b${NO_CLAUSE}{0,80}\.$|^(\p{Lu}[\p{L}\p{N}.&'’ -]{1,60}|(a|the) (spokesperson|spokesman|spokeswoman|representative)( for [\p{L}\p{N}.&'’ -]{2,60})?) (declined|refused) to comment( further| on( the)? ${NO_CLAUSE}{2,60})?\.$|^(\p{Lu}[\p{L}\p{N}.&'’ -]{1,60}|(a|the) (spokesperson|spokesman|spokeswoman|representative)( for [\p{L}\p{N}.&'’ -]{2,60})?) ((declined|refused) to|would not|wouldn't) (say|disclose|specify|reveal|give|provide|share|name) (how (many|much)|which|who|(its|the|their) (\p{L}+ )?(price|value|cost|terms|number|amount|size|names?|identity|figures?|customers?|buyers?))\b${NO_CLAUSE}{0,80}\.$`,
  "u",
);

/** True when every sentence of the line says only that someone did not comment. */
export function isNoCommentLine(sentences: readonly string[]): boolean {
  return sentences.length > 0 && sentences.every((s) => NO_COMMENT.test(s.trim()));
}

// A card label glued onto the sentence after it: "AI-generatedDeepSeek released…", "Why it matters: Chinese labs…".
// Run together or with a colon or dash any card label is the frame; after a plain space only the labels no sentence
// starts with ("AI-generated Whether…"), since "What changed Nvidia's mind was…" is prose.
const GLUED_LABEL = new RegExp(
  String.raw`^(?:(ai[- ]generated|(?:\d+[- ]second\s+)?tl;?\s?dr)(?::\s*|\s*[-–—|]\s*|\s+|(?=\p{Lu}))|(${CARD_LABELS.join("|")})(?::\s*|\s+[-–—|]\s+|(?=\p{Lu})))(?=["“‘']?[\p{Lu}\p{N}])`,
  "iu",
);

/** The card label at the start of a line, glued to what follows; null when there is none or nothing follows. */
export function gluedLabel(line: string): { readonly label: string; readonly length: number } | null {
  const m = GLUED_LABEL.exec(line);
  if (!m || m[0].length >= line.trim().length) return null;
  return { label: (m[1] ?? m[2] ?? "").trim(), length: m[0].length };
}

/** "About Tianshu Cloud": the subject of a press release's boilerplate block, or null. */
export function aboutSubject(line: string): string | null {
  const m = /^[Aa]bout (?!the (author|authors|writer|reporter)s?$)(\p{Lu}[\p{L}\p{N}.&'’ -]{1,60}?)\s*:?$/u.exec(
    line.trim(),
  );
  return m ? (m[2] as string) : null;
}

// The blocks a page sets around an article, longer than a line: a consent dialog, an author's card, a sponsor's slot.
const FOLLOW_BUTTON = /^(\+\s*)?([Ff]ollow|[Ff]ollowing)( \p{Lu}[\p{L}'’-]*){0,2}$/u;
// An author's name as a card's head: two or three capitalised words, or "Written by …".
const CARD_HEAD = new RegExp(
  String.raw`^(([Ww]ritten|[Ww]ords|[Ss]tory) by\s+|[Aa]bout the (author|writer)\s*:?\s*)?${name}(\s+${name}){1,2}$|^[Aa]bout the (author|writer)s?$`,
  "u",
);
const SPONSOR_LABEL =
  /^(sponsor(ed)? posts?|sponsored content|partner content|paid (partner )?(post|content)|from our (sponsors?|partners)|a (word|message) from (our sponsors?|\p{Lu}[\p{L}\p{N}&.'’ -]{1,40})|(presented|sponsored|brought to you|supported|underwritten) by \p{Lu}[\p{L}\p{N}&.'’ -]{1,40})[.:]?$/iu;
// A section head that ends a sponsor's slot: a short line with no full stop ("📌 The big one", "Earlier Items").
const SECTION_HEAD = /^[^.!?:]{1,40}$/u;

export type FurnitureBlock = "consent" | "author-card" | "sponsor";

/** True when a furniture block may start at this line: a consent title, an author's name, a sponsor label. */
export function opensBlock(line: string): boolean {
  const head = line.trim();
  return CONSENT_TITLE.test(head) || CARD_HEAD.test(head) || SPONSOR_LABEL.test(head);
}

/**
 * Where a block of furniture that starts at `lines[at]` ends (inclusive), given the trimmed non-empty lines from there
 * on; null when no block starts there. A consent dialog runs from its title to its last button, within a dozen lines;
 * an author's card from the name to its follow button, within four short lines; a sponsor's slot from its label to the
 * next section head, four lines at most.
 */
export function furnitureBlock(
  lines: readonly string[],
): { readonly kind: FurnitureBlock; readonly end: number } | null {
  const head = lines[0]?.trim() ?? "";
  if (CONSENT_TITLE.test(head)) {
    const first = lines.slice(1, 12).findIndex((l) => CONSENT_BUTTON.test(l.trim()));
    let end = first + 1;
    while (first >= 0 && end + 1 < lines.length && CONSENT_BUTTON.test((lines[end + 1] as string).trim())) end++;
    if (first >= 0) return { kind: "consent", end };
  }
  if (CARD_HEAD.test(head)) {
    const follow = lines.slice(1, 5).findIndex((l) => FOLLOW_BUTTON.test(l.trim()));
    if (follow >= 0 && !lines.slice(1, follow + 1).some((l) => l.length > 200))
      return { kind: "author-card", end: follow + 1 };
  }
  if (SPONSOR_LABEL.test(head)) {
    let end = 0;
    while (end < 4 && end + 1 < lines.length) {
      const next = (lines[end + 1] as string).trim();
      if (SECTION_HEAD.test(next) && !next.endsWith(":")) break;
      end++;
    }
    return end > 0 ? { kind: "sponsor", end } : null;
  }
  return null;
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A row of a table pasted as text: "| Context window | 128K | 1M |". */
export const isTableRow = (line: string): boolean => TABLE_ROW.test(line);
/** The rule under a table's header: "|---|---|". */
export const isTableRule = (line: string): boolean => TABLE_RULE.test(line);

const CLOSED = /[.!?:;"”'’)\]]$/u;
const STOPPED = /(\.\.\.|…|\[…\]|\[\.\.\.\]|\(…\))$/u;

/**
 * Where the last sentence of a pasted excerpt starts when the paste stopped inside it: the text ends without
 * closing punctuation ("…could shave as much as 40% off the cost of") or on an ellipsis. `sentences` are the last
 * line's sentences with their offsets; null when the text ends properly.
 */
export function cutOffTail(
  sentences: ReadonlyArray<{ readonly text: string; readonly offset: number }>,
): number | null {
  const last = sentences.at(-1);
  if (!last) return null;
  const text = last.text.trim();
  const ws = text.split(/\s+/).length;
  if (STOPPED.test(text) && ws >= 4) return last.offset;
  // A headline or a label may end bare; a cut-off sentence is long and ends on a lower-case word or a number.
  // A headline ends on a name ("… in Shenzhen"): only a lower-case word or a number is read as a stop mid-sentence.
  if (CLOSED.test(text) || ws < 6 || !/(^|\s)([\p{Ll}\p{N}]\S*|\S*[,%-])$/u.test(text)) return null;
  return last.offset;
}
