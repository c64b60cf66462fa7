// Lines about the page rather than the story, that a cleaner may leave in: they are never a claim or a quote.

/**
 * Blocks a press release or a page closes with, that speak of the publisher rather than the story: "About Tianshu
 * Cloud", "Forward-looking statements", "Media contact". What a cleaner leaves of them is no claim.
 */
const BOILERPLATE_HEADING = /^(?:about\b|forward-looking statements?\b|media contacts?\b|disclaimer\b)/i;

/** A line that credits where a page comes from ("Source: …", "Sources: Reuters, …"): a label, not a claim. */
const CREDIT_LABEL = /(?:^|\s)Sources?:\s/;

/**
 * A sentence that is nothing but a quotation, with no one named as saying it: a pull quote set apart to catch the eye
 * ("“Buying Huawei is now a policy choice.”"). Whose words they are the page says elsewhere, if at all.
 */
const BARE_QUOTE = /^\s*["“][^"“”]{12,}["”]\s*$/;

/** True for a sentence under a publisher's boilerplate heading, one that carries a credit label, or a bare quotation. */
export function isBoilerplate(sentence: { readonly text: string; readonly heading: string | null }): boolean {
  return (
    (sentence.heading !== null && BOILERPLATE_HEADING.test(sentence.heading)) ||
    CREDIT_LABEL.test(sentence.text) ||
    BARE_QUOTE.test(sentence.text)
  );
}
