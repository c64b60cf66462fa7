// Spots text garbled by a wrong decode: UTF-8 read as Windows-1252 ("â€™") or as Thai Windows-874 ("โ€").

// Sequences that UTF-8 multi-byte characters turn into when read as Windows-1252 or Latin-1.
const LATIN_MOJIBAKE = /â€[™œ\u009d”˜¦“\u0093\u0094–—]|Ã[©¨ª«¢¤¡³¶¼¹º§]|Â[ ·©®°]/;
const THAI = /[\u0E00-\u0E7F]/u;

/** True when the line shows mojibake, or letters of a script foreign to the article. */
export function hasMojibake(line: string, articleIsThai = false): boolean {
  return LATIN_MOJIBAKE.test(line) || (!articleIsThai && THAI.test(line));
}

/** True when Thai is the article's own script (most letters are Thai), so Thai letters are not mojibake there. */
export function isThaiArticle(text: string): boolean {
  const thai = text.match(/[\u0E00-\u0E7F]/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 1;
  return thai / letters > 0.3;
}
