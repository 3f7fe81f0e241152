/** What is left of a page's markup for extraction, and the warning when some was cut. */
export interface CappedMarkup {
  markup: string;
  warning: string | undefined;
}

/**
 * Cuts a page's markup to at most `maxChars` characters before it is parsed: Readability's work
 * grows faster than the page (a 60 MB page of comments took minutes and gigabytes), and a
 * document keeps at most `maxChars` characters of text anyway. The cut falls before the last
 * tag that would be split; what is left is parsed like any unclosed page, so an article at the
 * start of the page is still found.
 *
 * @param html The page's markup.
 * @param maxChars The most markup kept (the ingest option `maxChars`, default 5,000,000).
 * @returns The markup, whole or cut, and a warning naming both lengths when it was cut.
 */
export function capMarkup(html: string, maxChars: number): CappedMarkup {
  if (html.length <= maxChars) return { markup: html, warning: undefined };
  const tagStart = html.lastIndexOf('<', maxChars);
  const end = tagStart > 0 ? tagStart : maxChars;
  return {
    markup: html.slice(0, end),
    warning: `page markup cut from ${html.length} to ${end} characters before extraction (maxChars ${maxChars}); the rest of the page is not read`,
  };
}
