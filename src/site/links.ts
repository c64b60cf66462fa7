// Links to places outside the site: only plain web addresses, never a seed's `javascript:` or other schemes.

/** The address when it is an http(s) URL, else null: seed metadata is untrusted. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

// The text-fragment syntax reserves these characters, so they are percent-encoded on top of encodeURIComponent.
const encodeTerm = (s: string): string =>
  encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26").replace(/'/g, "%27");

/**
 * The words of a quote as the original page shows them. A pasted article keeps a space where a link was
 * ("cited by Reuters , said"), which the page does not have; and quote marks and the final stop are left out, since
 * a page may curl them differently and a fragment matches whole words either way.
 */
function fragmentWords(quote: string): string[] {
  return quote
    .replace(/\s+(?=[.,;:!?)\]’”])/g, "")
    .replace(/^[\s"“‘'(]+/, "")
    .replace(/[\s.,;:!?"”’')]+$/, "")
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The page at `url` scrolled to `quote` with a `#:~:text=` fragment, or null when the URL is not a web address.
 * A long quote is matched by its first and last words, which browsers accept as a range.
 * @example textFragmentUrl("https://a.example/x", "Huawei ships chips.") // "https://a.example/x#:~:text=Huawei%20ships%20chips"
 */
export function textFragmentUrl(url: string | null, quote: string): string | null {
  const base = safeUrl(url);
  if (!base) return null;
  const words = fragmentWords(quote);
  if (words.length === 0) return base.split("#")[0] as string;
  const directive =
    words.length <= 8
      ? encodeTerm(words.join(" "))
      : `${encodeTerm(words.slice(0, 4).join(" "))},${encodeTerm(words.slice(-4).join(" "))}`;
  return `${base.split("#")[0]}#:~:text=${directive}`;
}
