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
 * The page at `url` scrolled to `quote` with a `#:~:text=` fragment, or null when the URL is not a web address.
 * A long quote is matched by its first and last words, which browsers accept as a range.
 * @example textFragmentUrl("https://a.example/x", "Huawei ships chips.") // "https://a.example/x#:~:text=Huawei%20ships%20chips."
 */
export function textFragmentUrl(url: string | null, quote: string): string | null {
  const base = safeUrl(url);
  if (!base) return null;
  const words = quote.trim().split(/\s+/);
  const directive =
    words.length <= 8
      ? encodeTerm(words.join(" "))
      : `${encodeTerm(words.slice(0, 4).join(" "))},${encodeTerm(words.slice(-4).join(" "))}`;
  return `${base.split("#")[0]}#:~:text=${directive}`;
}
