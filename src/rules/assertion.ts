// How a sentence holds what it says: affirms or negates it, states, hedges, expects or asks it, and on whose word.

/** Whether the sentence says its claim is so or is not so. */
export type Polarity = "affirmed" | "negated";

/**
 * How sure the sentence is: stated outright; hedged (may, reportedly, unclear, not confirmed); expected (is expected
 * to, plans to: something not yet done); asked (a question).
 */
export type Certainty = "stated" | "hedged" | "expected" | "asked";

/** A sentence's stance towards its own claim. */
export interface Assertion {
  readonly polarity: Polarity;
  readonly certainty: Certainty;
  /**
   * The named outlets or people the sentence attributes its claim to ("Reuters", "The Information", "Jensen Huang"),
   * in order of appearance, each once. Empty when it names no one, or only unnamed people.
   */
  readonly attribution: readonly string[];
  /** True when it cites people it does not name: "people familiar with the matter", "sources said". */
  readonly unnamed: boolean;
}

const QUESTION_END = /\?["”’)\]]?\s*$/;

/** True for a question: it ends in a question mark, perhaps inside closing quotes or a bracket. */
export function isQuestion(text: string): boolean {
  return QUESTION_END.test(text);
}

/**
 * What a source says is not known, confirmed or said: such a sentence is an open question whatever its topic,
 * and never the same claim as a plain statement of the thing it doubts.
 */
export const UNCERTAIN =
  /(?:\b(?:not|never)|n['’]t)\s+(?:yet\s+|publicly\s+|officially\s+|independently\s+)?(?:been\s+|be\s+)?(?:independently\s+|publicly\s+|officially\s+)?(?:confirmed|announced|disclosed|provided (?:any )?(?:information|details)|said whether|(?:said|say|says) (?:whether|how|when|which|where|what)|been (?:reproduced|verified|tested)|reproduced|verified)\b|\bremains? (?:limited|unclear|unknown)\b|\b(?:unclear|unconfirmed|unknown|unverified)\b|\bno independent\b|\bis (?:it |not )?clear (?:how|whether|if)\b|\bquestions? (?:about|over|remain\w*) (?:whether|how|if)\b|\b(?:uncertain|unknown) (?:whether|how|if)\b|\bremains? to be seen\b|\b(?:remains?|is still) an open question\b|\bno [\w\s-]{1,30} (?:has|have) (?:yet )?been (?:confirmed|announced|disclosed|set|fixed)\b|\bneither\b[^.;]{1,60}\bnor\b[^.;]{1,60}\b(?:has|have)\s+(?:yet\s+)?(?:confirmed|disclosed|said)\b/i;

/**
 * Words that make a claim possible rather than so. "may" only in lower case: "May" is far more often the month.
 * "If these benchmarks hold up" makes what follows conditional on a test not yet made. "Reportedly" and "is said to"
 * are not here: they credit unnamed reporting without doubting it (see UNNAMED), as "Reuters reported" credits a named
 * outlet; "allegedly" and "rumoured" do doubt it.
 */
const HEDGED =
  /\b(?:might|could|possibly|perhaps|maybe|allegedly|apparently|purportedly|supposedly|rumou?red|rumou?rs? (?:say|suggest|claim|ha(?:ve|s) it)|likely|unlikely|probably|potentially|speculat\w+|(?:appears?|appeared|seems?|seemed) to|(?:is|are|was|were) (?:believed|thought|rumou?red|alleged) to|if (?:these|those|the|this|that|such) [\w\s-]{0,40}holds? up)\b/i;
const MAY = /\bmay\b/;

/** Something not yet done but foreseen or planned: expected, slated, set to, plans to. */
const EXPECTED =
  /\b(?:(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:preparing|drafting|weighing|considering|mulling|studying|debating|exploring)\s+(?:(?:a|an|its|their|new|fresh|further)\s|whether\b)|(?<!\b(?:which|that|who)\s+)(?:is|are|was|were|['’]s)\s+(?:now\s+|still\s+)?due\s+(?:out|in|on|by|for|later|next|this|before|within|around|early|late|mid)\b|(?:is|are|was|were|been|being|remains?)\s+(?:now\s+|still\s+|widely\s+|broadly\s+|also\s+)?(?:expected|anticipated|scheduled|slated|poised|set|due|projected|forecast|tipped|on track|preparing|planning|gearing up)\s+to|(?:expects?|expected|plans?|planned|planning|aims?|aimed|aiming|intends?|intended|intending|hopes?|hoped|hoping|prepares?|preparing|wants?|wanted|seeks?|sought|seeking)\s+to|(?:we|analysts|investors|observers|they)\s+(?:expect|anticipate)\s+(?:[\w-]+\s+){1,3}to|(?:is|are)\s+targeting|(?:expects?|forecasts?|projects?|guides?|sees)\s+(?:(?:its|their|a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:revenue|sales|profits?|earnings|income|growth|shipments|output|demand|margins?)\s+(?:of|at|to|between|in)\b|(?:will|would|['’]ll)\s+(?:soon\s+)?(?:release|launch|arrive|debut|unveil|come out|(?:ship|follow|land|go (?:live|on sale)|be (?:shipped|on sale))(?=\s+(?:in|on|by|later|next|this|before|within|around|early|late|mid)\b)|be (?:released|launched|unveiled|out|available))|(?:is|are) (?:to|yet to be) (?:be )?(?:released|launched|unveiled|announced)|expected (?:in|by|later|next|this|within)|later this (?:year|month|week|quarter)|in the coming (?:days|weeks|months)|(?:is|are|['’]s)\s+(?:coming|arriving|launching)\s+(?:soon|later|next|this|(?:in|by|on)\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|q[1-4]|\d{4}|spring|summer|autumn|fall|winter)))\b/i;

/**
 * Words that deny the claim: not, never, no longer, have yet to, denied. Phrases that only look negative
 * ("not only", "no less than", "declined to comment") are taken out first, and so is a doubt ("has not confirmed"),
 * whose "not" bears on the confirming, not on the claim.
 */
const NEGATED =
  /(?:\b(?:not|never|nor|no longer|no more)\b|n['’]t\b|\b(?:has|have|had)\s+yet\s+to\b|\byet to (?:be|place|receive|ship|make|start|begin|win|see|reach|announce|release)\b|\b(?:deni(?:ed|es)|deny)\s+(?:[a-z]+ing)\b|\b(?:(?:deni(?:ed|es)|deny(?:ing)?)\s+(?:that|it|this|having|any|reports?|claims?|(?:(?:a|an|the|those|these|recent|earlier|media|press|news|local|[A-Z][\w-]*)\s+){1,4}(?:reports?|claims?|suggestions?|accounts?|rumou?rs?|speculation))\b|refuted|rejected (?:the |those |these )?(?:report|claim|suggestion)s?|dismissed (?:the |those |these )?(?:report|claim|suggestion)s?|(?:failed|refused) to|pushed back (?:on|against)|(?:seen|found|saw|is|was|has been) no evidence)\b|\bno\s+(?:[\w-]+\s+){0,3}(?:has|have|had|was|were|is|are|will|would)\b|\b(?:has|have|had|there (?:is|are|was|were))\s+no\s+(?:agreement|deal|contract|plans?|intention|orders?|talks|arrangement|partnership)\b|\bnone of\b|\bneither\b)/i;
const NOT_NEGATION =
  /,\s+(?:and\s+)?not\s+(?:a|an|the|just|only)?\s*[^,.;!?]{1,40}?(?=\s*(?:[,.;!?]|$))|\b(?:not only|not just|not least|not to mention|whether or not|if not|no less than|no more than|no fewer than|no later than|no doubt|nothing short of|none other than|not far (?:behind|from)|no stranger to)\b|(?:did|does|do|could|would)\s*(?:not|n['’]t)\s+(?:immediately\s+)?(?:respond|reply|return|answer|comment)\b[^.;]*|(?:could|can)\s*(?:not|n['’]t)\s+be\s+reached\b[^.;]*|\bdeclined to (?:comment|elaborate)\b[^.;]*/gi;

/** A capitalised name, perhaps several words, "The Information" or "the Financial Times" included. */
const NAME = String.raw`(?<![\w'’])(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|de|for|&))*`;
/** Words that open a sentence in capitals without naming anyone. */
const NOT_A_NAME = new Set(
  "a an and also as at both but each earlier either even he her his however i in instead it its last later many meanwhile moreover neither on one others our separately several she so some still that the their these they this those we while yet back then now today yesterday after before since when once if although though because from with analysts officials sources people executives media reports regulators authorities investors traders critics experts observers insiders".split(
    " ",
  ),
);
const SPEECH =
  "(?:said|says|say|wrote|writes|added|adds|noted|notes|stated|states|claimed|claims|argued|argues|warned|warns|estimated|estimates|predicted|predicts|cautioned|insisted|conceded|concedes|acknowledged|acknowledges|admitted|admits|noted|cautioned|reckons|reckoned|believes|expects(?!\\s+to\\b))";
const REPORT = "(?:reported|reports|announced|confirmed|disclosed|revealed|found)";
const WHEN = String.raw`(?:on|earlier|last|this|in|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`;
/** What a company reports about itself: "Acme reported revenue of…" is the claim, not an attribution of it. */
const OWN_RESULTS = String.raw`(?:(?:a|an|its|their|record|higher|lower|strong|weak|quarterly|annual|[\w-]*quarter)\s+)*(?:revenue|sales|profits?|loss(?:es)?|earnings|income|results|growth|margins?)\b`;

/** A capital that stands for its government: "Beijing says", "Washington has called". */
export const CAPITAL =
  "(?:Beijing|Washington|Tokyo|Seoul|Taipei|Brussels|Moscow|London|New Delhi|Berlin|Paris|Canberra|Ottawa)";

/** Who hears a statement without reporting it: "told Congress that…" credits whoever told, not Congress. */
const AUDIENCE = String.raw`(?:the\s+)?(?:Congress|Parliament|Senate|House|Committee|lawmakers|legislators|senators|investors|shareholders|analysts|employees|staff|reporters|customers|regulators)\b`;

/** What may stand between a name and its verb: "has also reported", "first reported". */
const AUX = String.raw`(?:(?:has|have|had)\s+)?(?:(?:also|first|previously|earlier|exclusively|separately|repeatedly|publicly|still|now|long|again|since|already|likewise)\s+)?`;

/** Who a named speaker is, between commas: "Jensen Huang, Nvidia's chief executive, said", "Lou, the CTO, says". */
const APPOSITIVE = String.raw`(?:,\s+(?:(?:a|an|the|its|their|[A-Z][\w&'’.-]*['’]s?)\s+[^,;]{1,60}|(?:which|who)\s+[^,;]{1,80}),)?`;
/** A name right after "in" or "near" is a place, not who speaks: "sources in Wuhan, says" is not Wuhan's word. */
const NOT_AFTER_PREPOSITION = String.raw`(?<!\b(?:in|near|inside|outside|across|around|into)\s+)`;

/**
 * An attribution pattern, and a word its every match contains. The patterns start at any capitalised word and
 * try a name of several words there; a sentence without the word cannot match, and the cheap test of the word spares
 * that search in most sentences.
 */
type Credit = readonly [pattern: RegExp, needs: RegExp];

const SPEECH_WORD = new RegExp(String.raw`\b${SPEECH}\b`);
const REPORT_WORD = /\b(?:reported|reports|announced|confirmed|disclosed|discloses|revealed|reveals|found)\b/;
const TOLD_WORD = /\b(?:told|tells)\b/;

/** How a figure may be qualified after "put … at": "about", "more than", "closer to", "north of". */
const ABOUT = String.raw`(?:(?:about|around|roughly|some|nearly|almost|over|above|below|under|just over|just under|more than|less than|fewer than|close to|closer to|north of|south of|up to|as (?:much|many|high|low) as)\s+)?`;

/** Each pattern captures a name in group 1. */
const ATTRIBUTIONS: readonly Credit[] = [
  [
    new RegExp(
      String.raw`\b(?:[Aa]ccording to|[Cc]iting|(?:first |originally |previously )?reported by|[Aa]s reported by|[Pp]er)\s+(?:an?\s+|the\s+)?(?:(?:new|recent|earlier|exclusive|separate|original)\s+)?(?:(?:report|story|article|analysis|note|filing|statement|survey|interview|post|investigation)s?\s+(?:by|from|in|with)\s+)?(${NAME})`,
      "g",
    ),
    /\b(?:according to|citing|reported by|per)\s/i,
  ],
  // Not "days after the ByteDance report": a report named as a time anchor is not the claim's source.
  [
    new RegExp(
      String.raw`(?<!\b(?:after|before|since|following|amid|despite)\s+(?:an?\s+|the\s+)?)(${NAME})(?:['’]s?)?\s+(?:report|reporting|story|article|analysis|investigation|scoop)\b`,
      "g",
    ),
    /\b(?:report|reporting|story|article|analysis|investigation|scoop)\b/,
  ],
  // "The first report, from Meridian Wire, said…"
  [
    new RegExp(String.raw`\b(?:report|story|article|scoop|reporting)\s*,?\s+(?:from|by)\s+(${NAME})`, "g"),
    /\b(?:report|story|article|scoop|reporting)\s*,?\s+(?:from|by)\s/,
  ],
  [
    new RegExp(
      String.raw`(${NAME})['’]s?\s+(?:own\s+)?(?:(?:new|latest|updated|draft|final)\s+)?(?:technical report|model card|statement|filing|blog|website|announcement|charts?|benchmarks?|data|roadmap|response|reply|guidance|outlook|forecast|rules?|notice)\b`,
      "g",
    ),
    /['’]/,
  ],
  // "…, Eastbridge's sources say": the outlet's reporting, however it got it.
  [
    new RegExp(
      String.raw`(${NAME})['’]s?\s+(?:own\s+)?(?:sources|reporters|reporting)\s+(?:say|said|says|show|showed|shows|suggest|suggested|suggests|told|gave|give|gives|put|puts)\b`,
      "g",
    ),
    /['’]s?\s+(?:own\s+)?(?:sources|reporters|reporting)\s/,
  ],
  // "Meridian Wire's figure is 60,000": the number is theirs.
  [new RegExp(String.raw`(${NAME})['’]s?\s+(?:figure|number|tally|count)\s+(?:is|was|stands at)\b`, "g"), /['’]/],
  [new RegExp(String.raw`\bled by\s+(${NAME})`, "g"), /\bled by\s/],

  // "Bloomberg put the number at about 20 million", "an official has put Huawei's capacity at 200,000": the estimate is
  // theirs. Only the name and the verb are taken out of what is claimed; what they put at what stays.
  [
    new RegExp(
      String.raw`(${NAME})(?:\s+(?:officials?|analysts?|executives?|spokes(?:man|woman|person)))?(?:,\s+(?:a|an|the)\s+[^,;]{1,60},)?,?\s+(?:citing\s+[^,]{1,80},\s+)?(?:has\s+|have\s+)?(?:(?:later|also|since|now|then|first|previously|earlier|separately)\s+)?(?:put|puts|pegged|pegs|estimated|estimates|valued|values|had)(?=\s+(?:it|them|that)\s+at\s+${ABOUT}[$€£¥]?\d|\s+[^,;.]{0,40}?\b(?:number|figure|total|tally|count|capacity|output|value|valuation|cost|price|demand|orders?|share|size|revenue|sales|deal|yields?|rates?|estimate)\b[^,;.]{0,30}?\s+at\s+${ABOUT}[$€£¥]?\d|(?<=valued|values)\s+at\s+${ABOUT}[$€£¥]?\d)`,
      "g",
    ),
    /\b(?:put|puts|pegged|pegs|estimated|estimates|valued|values|had)\b/,
  ],
  [
    new RegExp(
      String.raw`(${NAME})\s+(?:officials?|spokes(?:man|woman|person)|representatives?|executives?|analysts?)\s+(?:has\s+|have\s+)?(?:${SPEECH}|told|tells)\b`,
      "g",
    ),
    /\b(?:officials?|spokes(?:man|woman|person)|representatives?|executives?|analysts?)\s/,
  ],
  // "Hailan's research chief says", "Nvidia's chief executive said": the company's word, through who holds its post.
  [
    new RegExp(
      String.raw`(${NAME})['’]s?\s+(?:[\w-]+\s+){0,2}?(?:chief|chief executive|chairman|chairwoman|president|founder|co-founder|spokes(?:man|woman|person)|CEO|CTO|CFO|head|boss)\s+${AUX}(?:${SPEECH}|told|tells)\b`,
      "g",
    ),
    /['’]s?\s+(?:[\w-]+\s+){0,2}?(?:chief|chair|president|founder|spokes|CEO|CTO|CFO|head|boss)/,
  ],
  [
    new RegExp(
      // "in a statement to Harrow Wire", "in an interview with CNBC" name who heard it: the speaker is the source.
      String.raw`\bin an?\s+(?:(?:report|post|note|filing|article)\s+(?:by|on|from|in)|(?:interview|statement)\s+(?:by|from))\s+(${NAME})`,
      "g",
    ),
    /\bin an?\s/,
  ],
  [
    new RegExp(
      String.raw`${NOT_AFTER_PREPOSITION}(${NAME})(?:\s+\([^)]{1,80}\))?${APPOSITIVE},?\s+(?:citing\s+[^,]{1,80},\s+)?${AUX}${SPEECH}\b`,
      "g",
    ),
    SPEECH_WORD,
  ],

  [
    new RegExp(
      String.raw`(${NAME}),?\s+(?:citing\s+[^,]{1,80},\s+)?${AUX}(?:${REPORT}(?=\s+(?:that\b|${WHEN}|,)|[,.;]|\s*$)|reported\b|reports\b|disclosed\b|discloses\b|revealed\b|reveals\b)(?!\s+${OWN_RESULTS})`,
      "g",
    ),
    REPORT_WORD,
  ],
  [new RegExp(String.raw`\bas\s+(${NAME})\s+(?:first\s+|previously\s+|earlier\s+)?${REPORT}\b`, "g"), REPORT_WORD],
  // "China's commerce ministry said", "the US commerce department says": an institution named in lower case, after
  // its country. A bare "the department said" names no one.
  [
    new RegExp(
      String.raw`(?<![\w'’])((?:[A-Z][\w.-]*['’]s|US|U\.S\.|UK|EU|[Tt]he)\s+(?:[a-z]+\s+){1,2}(?:ministry|department))\s+${AUX}(?:${SPEECH}|told|tells)\b`,
      "g",
    ),
    /\s(?:ministry|department)\s/,
  ],
  // Said after the claim: ", said Wei Zhang, an analyst at Summit." Not "Reuters says Alibaba, ByteDance and…".
  [new RegExp(String.raw`[,;]\s*${SPEECH}\s+(${NAME})\s*(?:[,.;]|$)`, "g"), SPEECH_WORD],
  // "told Reuters" credits the outlet told; "told Tencent to stop buying" is an instruction, and "told U.S. lawmakers
  // that" names who heard it, not a source.
  [
    new RegExp(
      String.raw`(?<!,\s+(?:a|the)\s+(?:company|firm|group)\s+(?:spokes(?:man|woman|person)|representative)\s+)\b(?:told|tells)\s+(?!${AUDIENCE})(${NAME})(?=\s+(?:that|on|in|last|this|earlier)\b|\s*[,;]|\s*\.(?:\s+["“A-Z]|\s*$)|\s*$)`,
      "g",
    ),
    TOLD_WORD,
  ],
  [new RegExp(String.raw`(${NAME}),?\s+${AUX}(?:told|tells)\s+[^,;.]{1,40}?\s+that\b`, "g"), TOLD_WORD],
];

/** Who speaks of what it does itself: a company, or an institution ("the department said"). */
const WHO_ACTS =
  "(?:company|firm|group|maker|lab|start-?up|chipmaker|carmaker|department|ministry|agency|regulator|commission|bureau|administration|government)";

/** Words that open a sentence whose subject is no name: "No Nvidia hardware was used, the company said." */
const NO_SUBJECT = String.raw`(?!(?:No|Not|None|Neither|Nor|Every|Each|All|Some|Any|Only|Few|Many|Most|Several)\s)`;

/**
 * Credits that name the sentence's own subject, which stays in what is claimed: "Zhipu's GLM-5 was, the company says,
 * trained on Ascend" and "Lanxi Cloud has ordered 30,000 chips, the company said" are the company's word about itself.
 */
const SUBJECT_CREDITS: readonly Credit[] = [
  // "Nvidia has not shipped any samples, a company spokesperson told Copperline Markets": Nvidia's word.
  [
    new RegExp(
      String.raw`^${NO_SUBJECT}(${NAME})(?=\s[^;]{0,200}?,\s+(?:a|the)\s+(?:company|firm|group)\s+(?:spokes(?:man|woman|person)|representative)\s+(?:said|says|told)\b)`,
      "g",
    ),
    /\b(?:spokes(?:man|woman|person)|representative)\s/,
  ],
  // "Lanxi Cloud has ordered 30,000 chips, the company said."; "The US Commerce Department will require licences, the
  // department said on Tuesday, widening its curbs": an institution's word about what it does.
  [
    new RegExp(
      String.raw`^${NO_SUBJECT}(${NAME.replace(/['’]/g, "")})(?=\s[^;]{0,200}?,\s+the\s+${WHO_ACTS}\s+(?:says|said|added|claims|claimed|stated)\b[^;]{0,120}$)`,
      "g",
    ),
    /,\s+the\s/,
  ],
  [
    new RegExp(
      String.raw`^(${NAME})(?=['’]s?\s[^.;]{0,80}?,\s+the\s+${WHO_ACTS}\s+(?:says|said|claims|claimed|has said|reported)\b)`,
      "g",
    ),
    /,\s+the\s/,
  ],
  // "Moonshot AI released K3 on 8 December and says the model was trained on Ascend": what it says of its own work.
  [
    new RegExp(
      String.raw`^${NO_SUBJECT}(${NAME})(?=\s[^;:]{0,120}?\s(?:and|but)\s+(?:says|said|claims|claimed|insists|insisted|maintains)\s+(?:that\s+)?(?:it|its|the|this|they|their)\b)`,
      "g",
    ),
    /\s(?:and|but)\s+(?:says|said|claims|claimed|insists|insisted|maintains)\s/,
  ],
];

/**
 * Credits read only to find a claim's origins; what they credit stays in what is claimed, so that grouping is not
 * changed by them. A headline's or a thread's credit: "Nvidia is cutting B30A prices ~15% in China (Larchmont).",
 * "Nvidia to trim B30A prices by ~15% — Larchmont News", "4/ Brackenridge: ~30% of the first batch failed". A count
 * or a document that is someone's: "by Jensen Huang's own count", "the Commerce Department's September 24 Entity List
 * update named 23 entities". People a named outlet spoke to: "three people whom Saltmarsh Tech spoke to". A company's
 * own results: "Hanxin reported third-quarter revenue of 2.9 billion yuan".
 */
const ORIGIN_CREDITS: readonly Credit[] = [
  // "Screenshot: Halyard Wire exclusive, 6 March — …", "Ravelin scoop: …": the outlet's exclusive, passed on.
  [
    new RegExp(String.raw`(?:^|:\s+)(${NAME})\s+(?:exclusive|scoop)\s*[,:;—–-]`, "g"),
    /\s(?:exclusive|scoop)\s*[,:;—–-]/,
  ],
  // "Beijing has called the proposal an abuse of export controls": a capital speaking is its government's word.
  [
    new RegExp(
      String.raw`^(?:(?:But|And|Meanwhile|Separately),?\s+)?(${CAPITAL})\s+${AUX}(?:called|calls|described|describes|branded|brands|labell?ed|termed|condemned|condemns|denounced|denounces|slammed|critici[sz]ed|vowed|vows|pledged|pledges|warned|warns|accused|accuses|said|says)\b`,
      "g",
    ),
    /\b(?:called|calls|described|describes|branded|brands|labell?ed|termed|condemned|condemns|denounced|denounces|slammed|critici[sz]ed|vowed|vows|pledged|pledges|warned|warns|accused|accuses|said|says)\b/,
  ],
  // A post's nod to whose story it passes on: "(h/t Halyard Wire)", "hat tip to Eastbridge", "…, via Halyard 👇",
  // "(via Pellucid)". "Via" credits only after a comma, a dash or a bracket: "rent the chips via Lanxi Cloud" names a
  // channel, not a source.
  [
    new RegExp(String.raw`(?:\bh\/t|\bhat[- ]tip(?:\s+to)?|(?:[,(—–]|\s-)\s*via)\s*:?\s+(${NAME})`, "g"),
    /\b(?:h\/t|hat[- ]tip|via)\s/i,
  ],
  // "Ticket size in the Halyard piece": the outlet's story, however the page names it.
  [
    new RegExp(
      String.raw`(?<!\b(?:after|before|since|following|amid|despite)\s+(?:an?\s+|the\s+)?)(${NAME})(?:['’]s?)?\s+(?:piece|write-?up|exclusive)\b`,
      "g",
    ),
    /\b(?:piece|write-?up|exclusive)\b/,
  ],
  [
    new RegExp(
      String.raw`(${NAME}),?\s+${AUX}(?:insists|reckons|reckoned|maintains|maintained|contends|contended|thinks|suspects|suspected)\b`,
      "g",
    ),
    /\b(?:insists|reckons|reckoned|maintains|maintained|contends|contended|thinks|suspects|suspected)\b/,
  ],
  // "Tencent, by the way, says", "Nvidia, for its part, said": an aside between commas, in lower case, stands between
  // who speaks and the verb.
  [
    new RegExp(String.raw`(${NAME}),\s+(?:[a-z][\w'’]*\s+){0,3}[a-z][\w'’]*,\s+${AUX}${SPEECH}\b`, "g"),
    new RegExp(String.raw`,\s+(?:[a-z][\w'’]*\s+){0,3}[a-z][\w'’]*,\s+${AUX}${SPEECH}\b`),
  ],
  // "Alibaba's order, which Granite Wire put at about 80,000 chips": the figure is the outlet's.
  [
    new RegExp(
      String.raw`\bwhich\s+(${NAME})\s+(?:has\s+|had\s+)?(?:first\s+)?(?:put|puts|pegged|pegs|estimated|estimates|valued|values|reported|reports)\s+(?:at\s+)?${ABOUT}[$€£¥]?\d`,
      "g",
    ),
    /\bwhich\s/,
  ],
  // "Acme's own pitch is that the chip is 30% faster", "the ministry's position was that…": what follows is their word, and
  // stays in what is claimed: "Acme's line is that yields have reached 60%" is about Acme's yields.
  [
    new RegExp(
      String.raw`(${NAME})['’]s?\s+(?:own\s+)?(?:official\s+)?(?:pitch|claim|line|position|argument|contention|case|view|message)\s+(?:is|was|has been|remains)\s+that\b`,
      "g",
    ),
    /['’]s?\s+(?:own\s+)?(?:official\s+)?(?:pitch|claim|line|position|argument|contention|case|view|message)\s/,
  ],
  [new RegExp(String.raw`\((${NAME})\)\s*[.!]?\s*$`, "g"), /\)\s*[.!]?\s*$/],
  // A roundup's credit to a company's own word: "… 50,000 KX-900s (Kunxin press release).", even where the sentence
  // named the company before (the match starts after the bracket).
  [
    new RegExp(
      String.raw`(?<=\()(${NAME})['’]?s?\s+(?:press release|statement|filing|announcement|blog post|earnings call)\)\s*[.!]?\s*$`,
      "g",
    ),
    /\s(?:press release|statement|filing|announcement|blog post|earnings call)\)\s*[.!]?\s*$/,
  ],
  [new RegExp(String.raw`\s(?:[—–]|--?)\s*(${NAME})\s*$`, "g"), /[—–-]/],
  [new RegExp(String.raw`^\d{1,2}\s*\/\s*(${NAME}):\s+\S`, "g"), /^\d{1,2}\s*\/[^:]{1,60}:/],
  [
    new RegExp(
      String.raw`\bby\s+(${NAME})['’]s?\s+(?:own\s+)?(?:count|counts|estimates?|reckoning|tally|calculations?|numbers|figures|measure|account)\b`,
      "g",
    ),
    /\bby\s/,
  ],
  [
    new RegExp(
      String.raw`(${NAME})['’]s?\s+(?:[A-Z0-9][\w.-]*\s+){1,4}(?:update|notice|rules?|filing|statement|announcement|ruling|guidance)\b`,
      "g",
    ),
    /['’]/,
  ],
  [
    new RegExp(
      String.raw`\b(?:people|persons?|sources?|executives?|officials?|insiders?|employees?)\b[^,;.]{0,60}?\b(?:(?:whom|who|that)\s+(${NAME})\s+(?:spoke|talked)\s+(?:to|with)\b|(?:who|that)\s+(?:spoke|talked)\s+(?:to|with)\s+(${NAME}))`,
      "g",
    ),
    /\b(?:spoke|talked)\s/,
  ],
  [
    new RegExp(
      String.raw`^${NO_SUBJECT}(${NAME}),?\s+(?:has\s+|have\s+)?(?:reported|reports|posted|posts|booked|recorded|announced|disclosed)\s+${OWN_RESULTS}`,
      "g",
    ),
    /\b(?:reported|reports|posted|posts|booked|recorded|announced|disclosed)\s/,
  ],
];

/** Labels that open a line without naming who speaks: "3/ Reminder: …", "4/ Update: …". */
const NOT_A_SPEAKER =
  /^(?:update|updated|breaking|reminder|note|context|background|analysis|opinion|why|what|how|correction|exclusive|summary|source|sources|via|tl;?dr|meanwhile|also|plus|bonus|verdict|takeaway|bottom line|my guess|my take|edit|fwiw|psa|thread|recap|fact|facts)$/i;

/**
 * A single capitalised word that opens a sentence and has the shape of a common noun ("Production yield has exceeded
 * 80%, the company said", "Sales rose"): the capital is the sentence's, and no one is named.
 */
const COMMON_NOUN = /^[A-Z][a-z]+(?:tion|sion|ment|ness|ity|ance|ence|ing|ure|ship|[^su]s)$/;

/** The name a credit line gives when it is one: a thread's label names a speaker only if it is no heading word. */
function originName(m: CreditMatch, text: string): string | null {
  if (!m.name) return null;
  if (NOT_A_SPEAKER.test(m.name)) return null;
  // "(SMIC)" after "Semiconductor Manufacturing International Corp" spells out a name, it credits no one; nor does a
  // bracket that repeats a name the sentence gave before it.
  const before = text.slice(0, m.from);
  if (/^[A-Z]{2,6}$/.test(m.name)) {
    const initials = (before.match(/\b[A-Z]/g) ?? []).join("");
    if (initials.includes(m.name)) return null;
  }
  if (text[m.from] === "(" && before.includes(m.name)) return null;
  return m.name;
}

/** A company credited without its name: "…, the company said", "the firm says", "according to the company". */
const THE_COMPANY =
  /\b(?:the|a)\s+(?:company|firm|group|lab|start-?up|chipmaker|maker|carmaker)(?:['’]s)?\s+(?:(?:has\s+)?(?:said|says|added|adds|claimed|claims|reported|stated|told|confirmed|announced))\b|\baccording to (?:the|its)\s+(?:company|firm|group|lab|start-?up|maker|makers)\b|\b(?:company|firm)\s+(?:spokes(?:man|woman|person)|representative)s?\s+(?:said|says|told)\b/i;

/** Another outlet credited without its name: "a second outlet said", "one Chinese newspaper reported". */
const AN_OUTLET =
  /\b(?:a|an|another|one|other|a second|a third)\s+(?:[\w-]+\s+){0,2}(?:outlets?|newspapers?|news (?:sites?|agency|outlets?)|papers?|publications?|reports?|media (?:outlets?|reports?))\s+(?:(?:has|have|had|later|also)\s+)?(?:said|says|put|puts|reported|reports|claimed|claims|gave|gives|cited)\b/i;

/** Reports of unnamed media: "press reports put it at", "foreign media earlier reported", "according to media reports". */
const MEDIA_REPORTS =
  /\b(?:(?:press|media|news)\s+reports?|(?:foreign|western|international|overseas|local|state|chinese|us|korean|japanese)\s+(?:media|press|outlets|newspapers)|earlier reports?|previous reports?)\b(?:\s+(?:\w+\s+){0,2}?(?:said|say|says|put|puts|reported|report|gave|cited|suggested|suggest|claimed|claim)\b|\s*,)|\baccording to (?:(?:some|several|earlier|previous|local|foreign|media|press|news)\s+)+reports?\b/i;

/**
 * True when a sentence passes on another outlet's report without naming it: "a second outlet said", "foreign media
 * reported", and "the same wire report said" where its article named no report before (see `earlierReports`).
 */
export function creditsAnOutlet(text: string): boolean {
  return AN_OUTLET.test(text) || MEDIA_REPORTS.test(text) || ANAPHORIC_REPORT.test(text);
}

/**
 * True when a sentence passes on a company's word without naming the company: "No Nvidia hardware was used, the
 * company said". The company is named in a sentence before; the page only relays it.
 */
export function creditsTheCompany(text: string): boolean {
  return THE_COMPANY.test(text);
}

/** Who passed on another outlet's report: "according to The Information, as cited by Reuters" is The Information's. */
const RELAY: Credit = [
  new RegExp(String.raw`\b(?:as\s+)?(?:cited|quoted|relayed|picked up)\s+by\s+(${NAME})`, "g"),
  /\b(?:cited|quoted|relayed|picked up)\s+by\s/,
];

/** People the sentence cites without naming them. */
const UNNAMED =
  /\b(?:people|persons?|sources?|insiders?|officials?|executives?|employees?)\s+(?:familiar with|with (?:direct )?knowledge of|briefed on|close to|who (?:declined|asked) (?:to be named|not to be (?:named|identified)))|\b(?:anonymous|unnamed|unidentified)\s+(?:\w+\s+)?(?:sources?|people|officials?|executives?|insiders?)|\b(?:sources?|insiders?)\s+(?:said|say|told|says)\b|\baccording to (?:sources|insiders)\b|\breportedly\b|\b(?:is|are|was|were) (?:said|reported|understood) to\b/i;

/** True when a sentence cites people it does not name: "two of the people said", "sources say". */
export function citesUnnamed(text: string): boolean {
  return UNNAMED.test(text);
}

/** A month or weekday, perhaps with its day: never an outlet or a person. */
const CALENDAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?(?:\s+\d{1,2})?$/i;

/** A word that names an institution, not a person, before "of": "Bank of …", "Department of …". */
const INSTITUTION =
  /^(?:Bank|Banks|Ministry|Department|University|Institute|Bureau|Academy|Board|Council|Office|Chamber|Federation|Association|Republic|Commission|Committee|Court|State|States|Government|Agency|Authority|Administration|Corporation|Company|Group|Society|Union|College|School|Center|Centre|Museum|Embassy|Port|City|Bay|Gulf|Isle|Kingdom|House|Secretary|Minister|Director|President|Chairman|Head|Chief|Governor|Mayor)$/;

/** A name as found, without sentence-opening words ("But Reuters" is Reuters) or a possessive. */
function cleanName(raw: string): string | null {
  // "Nvidia's Jensen Huang" and "Nvidia CEO Jensen Huang" are Jensen Huang: the company and the title say whose he
  // is, not who speaks.
  const parts = raw
    .replace(/['’]s?$/, "")
    .replace(/^.*['’]s\s+(?=[A-Z])/, "")
    .replace(/^(?:[A-Z][\w&'’.-]*\s+)*?(?:CEO|CFO|CTO|COO|Chairman|President|Founder|Chief Executive)\s+(?=[A-Z])/, "")
    .split(/\s+/);
  while (parts.length > 0 && NOT_A_NAME.has((parts[0] as string).toLowerCase()) && !/^the$/i.test(parts[0] as string))
    parts.shift();
  // A capitalised "The" may belong to the name ("The Information"); a lower-case one does not ("the Financial Times").
  if (parts[0] === "the") parts.shift();
  if (parts[0] === "The" && parts.length === 1) return null;
  while (parts.length > 0 && /^(?:of|de|for|&)$/.test(parts[parts.length - 1] as string)) parts.pop();
  // "Mirela Halvorsen of Oakum Research" is Mirela Halvorsen: two names, then where she works. "Bank of America",
  // "Ministry of Commerce" and "People's Bank of China" stay whole.
  const of = parts.indexOf("of");
  if (of === 2 && parts.slice(0, 2).every((w) => /^[A-Z][a-z'’-]+$/.test(w) && !INSTITUTION.test(w))) parts.length = 2;
  const name = parts.join(" ").replace(/[.,]+$/, "");
  if (!/[A-Z]/.test(name.replace(/^The\s+/, "")) || NOT_A_NAME.has(name.toLowerCase())) return null;
  // "in a filing on June 18": a date is when, not who.
  if (CALENDAR.test(name)) return null;
  return name;
}

type CreditMatch = { name: string | null; at: number; from: number; to: number };

/**
 * "Adds" is speech only before what was said ("adds that", "adds:", ", she adds."): a headline's "US adds Hanxin to
 * Entity List" tells what the country did, and the country is no source of it. Read for origins only: grouping takes
 * the verb out of what is claimed either way. "The department added 23 entities to its list" stays the department's
 * word on its own list.
 */
function actsAt(text: string, m: CreditMatch): boolean {
  return /\badds$/.test(text.slice(m.from, m.to)) && !/^\s*(?:that\b|[,.;:!?"“”'‘’]|$)/.test(text.slice(m.to));
}

/**
 * "The largest order Tianmu has announced.": a name and its verb closing a clause that a noun phrase before them opens
 * tell which order, not whose word the sentence is.
 */
function inRelativeClause(text: string, m: CreditMatch): boolean {
  return /^\s*(?:[,.;]|$)/.test(text.slice(m.to)) && /\bthe\s+(?:[a-z][\w-]*\s+){1,3}$/.test(text.slice(0, m.at));
}

/** A credit that names who spoke, and one that names who reported (see `attributionOf`). */
const SPEECH_AT = new RegExp(String.raw`\b${SPEECH}\b`);
const REPORTED_AT = /\b(?:reported|reports|according to|citing|per)\b/i;

/** Each match of the patterns, with the name it gives (null when the name is not one) and where the match lies. */
function* attributionMatches(text: string, credits: readonly Credit[]): Generator<CreditMatch> {
  for (const [pattern, needs] of credits) {
    if (!needs.test(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      // A pattern of two alternatives captures the name in whichever matched.
      const raw = m.slice(1).find((group) => group !== undefined);
      if (raw !== undefined)
        yield { name: cleanName(raw), at: m.index + m[0].indexOf(raw), from: m.index, to: m.index + m[0].length };
    }
  }
}

/**
 * The matches of the attributions and of the relay in the last text read: who a sentence credits and what is left
 * when the credit is taken out are asked of one text one after the other (see `claimShape`), and the patterns are
 * the costly part of both.
 */
let lastText: string | null = null;
let lastMatches: { credits: CreditMatch[]; relays: CreditMatch[] } = { credits: [], relays: [] };
function creditsIn(text: string): { credits: CreditMatch[]; relays: CreditMatch[] } {
  if (text !== lastText) {
    lastMatches = {
      credits: [...attributionMatches(text, ATTRIBUTIONS)],
      relays: [...attributionMatches(text, [RELAY])],
    };
    lastText = text;
  }
  return lastMatches;
}

/**
 * The named outlets or people a sentence attributes its claim to, each once, in order of appearance. An outlet that
 * only relays another's report ("as cited by Reuters") is left out when the original is named.
 */
export function attributionOf(text: string): string[] {
  const { credits, relays } = creditsIn(text);
  const found: Array<[number, string]> = [];
  // "ByteDance said it had placed no order, the Pemberton Ledger reported": the words are ByteDance's, and the outlet
  // that reports a named speaker passes them on. The speaker is the origin, as with "according to X, as cited by Y".
  const spoke = credits.find((m) => m.name && SPEECH_AT.test(text.slice(m.from, m.to)));
  for (const m of credits)
    if (
      m.name &&
      !(spoke && m.at > spoke.at && m !== spoke && REPORTED_AT.test(text.slice(m.from, m.to))) &&
      !actsAt(text, m) &&
      !inRelativeClause(text, m)
    )
      found.push([m.at, m.name]);
  for (const m of attributionMatches(text, ORIGIN_CREDITS)) {
    const name = originName(m, text);
    if (name) found.push([m.at, name]);
  }
  if (found.length === 0)
    for (const m of attributionMatches(text, SUBJECT_CREDITS))
      if (m.name && !COMMON_NOUN.test(m.name)) found.push([m.at, m.name]);
  if (found.length === 0) for (const m of relays) if (m.name) found.push([m.at, m.name]);
  found.sort((a, b) => a[0] - b[0]);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [, name] of found) {
    const key = originKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

const UNNAMED_ALL = new RegExp(UNNAMED.source, "gi");

/**
 * The sentence without the words that say whose claim it is ("Reuters reported on Tuesday", "according to people
 * familiar with the matter"): what is left is what is claimed, which is what two reports of one claim share.
 */
export function withoutAttribution(text: string): string {
  const spans: Array<[number, number]> = [];
  const { credits, relays } = creditsIn(text);
  for (const m of [...credits, ...relays]) spans.push([m.from, m.to]);
  UNNAMED_ALL.lastIndex = 0;
  for (let m = UNNAMED_ALL.exec(text); m; m = UNNAMED_ALL.exec(text)) spans.push([m.index, m.index + m[0].length]);
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [from, to] of spans) {
    if (from > at) out += text.slice(at, from);
    at = Math.max(at, to);
  }
  return out + text.slice(at);
}

/**
 * A sentence that credits a report named earlier in its article: "according to the report", "the newspaper said". Its
 * claim is that report's, not the article's own.
 */
const ANAPHORIC_REPORT =
  /\b(?:according to|citing|per)\s+(?:the|that|this)\s+(?:same\s+)?(?:news\s+|wire\s+)?(?:report|story|article|newspaper|paper|agency|outlet|publication|wire|service)\b|\b(?:the|that) (?:same\s+)?(?:news\s+|wire\s+)?(?:report|story|article|newspaper|paper|agency|outlet|publication|wire|service) (?:(?:also|further|earlier|previously|first)\s+)?(?:said|says|added|adds|reported|noted|notes|claimed|claims|cited|cites|quoted|quotes|put|puts|pegged|pegs|valued|values|estimated|estimates|gave|gives)\b/i;

/**
 * A sentence that credits an institution's document its article named before: "the notice says", "under the rule",
 * "according to the department's notice", "according to a notice posted on the ministry's website".
 */
const ANAPHORIC_DOCUMENT =
  /\b(?:the|that|this)\s+(?:same\s+)?(?:notice|statement|filing|announcement|rule|regulation|document|memo|screenshot|screengrab)\s+(?:also\s+)?(?:says|said|states|stated|adds|added|shows|showed|reads)\b|\bunder\s+the\s+(?:new\s+)?(?:notice|rules?|regulations?|requirement)\b|\b(?:according to|per|citing)\s+(?:the|its|a)\s+(?:(?:department|ministry|agency|regulator|commission|bureau|government|administration)['’]s\s+)?(?:notice|statement|filing|announcement|rules?|regulation)\b/i;

/** Whether a sentence credits a report or document its article named before rather than naming it. */
export function creditsEarlierReport(text: string): boolean {
  return ANAPHORIC_REPORT.test(text) || ANAPHORIC_DOCUMENT.test(text);
}

/** How two spellings of one outlet compare: "the Financial Times" and "Financial Times", "Bloomberg News" and "Bloomberg". */
export function originKey(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/^the\s+/, "")

      .replace(/['’]s$/, "")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/(?<=\S)\s+news$/, "")
      // "Ministry of Commerce" and "commerce ministry" are one name: the second form is the key.
      .replace(/^(.*?)\b(ministry|department) of (?:the )?(\S.*)$/, "$1$3 $2")
  );
}

const UNCERTAIN_ALL = new RegExp(UNCERTAIN.source, "gi");

/** The sentence without phrases that only look negative or hedged ("could not be reached for comment"). */
function withoutBoilerplate(text: string): string {
  return text.replace(NOT_NEGATION, " ");
}

/** True when the sentence says its claim is not so: "have yet to place", "did not use", "denied". */
export function isNegated(text: string): boolean {
  return NEGATED.test(withoutBoilerplate(text).replace(UNCERTAIN_ALL, " "));
}

/** A bound on what can be done: "could make no more than", "can produce at most", "could ship up to". */
const CAPABILITY_BOUND =
  /\b(?:could|can)\s+(?:only\s+)?(?:\w+\s+){1,2}(?:no more than|at most|up to|as (?:many|much) as|fewer than|less than)\b/gi;

/**
 * A heading or an agenda line that names a question without its mark: "Whether K3 really trained only on Ascend
 * chips", "- Whether the deal survives the listing". "Whether or not …, …" opens a statement.
 */
const OPENS_WITH_WHETHER = /^[\s\-–—•*·\d.)]*Whether\b(?!\s+or\s+not\b)/;

/** How sure a sentence is of its claim. */
export function certaintyOf(text: string): Certainty {
  if (isQuestion(text) || OPENS_WITH_WHETHER.test(text)) return "asked";
  if (UNCERTAIN.test(text)) return "hedged";
  // "Could make no more than 200,000 chips" bounds what can be done; it does not doubt the claim.
  const rest = withoutBoilerplate(text).replace(CAPABILITY_BOUND, " ");
  if (HEDGED.test(rest) || MAY.test(rest)) return "hedged";
  if (EXPECTED.test(rest)) return "expected";
  return "stated";
}

/** The stance of one sentence: polarity, certainty and attribution. */
export function readAssertion(text: string): Assertion {
  return {
    polarity: isNegated(text) ? "negated" : "affirmed",
    certainty: certaintyOf(text),
    attribution: attributionOf(text),
    unnamed: UNNAMED.test(text),
  };
}

/**
 * Two sentences can state one claim only when they hold it the same way: a negated or hedged sentence never
 * corroborates the plain one, and a question is never its own answer.
 */
export function sameStance(a: Assertion, b: Assertion): boolean {
  return a.polarity === b.polarity && a.certainty === b.certainty;
}
