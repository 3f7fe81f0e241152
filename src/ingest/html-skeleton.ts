/**
 * Makes sure markup has `<html>`, `<head>` and `<body>`, because linkedom (unlike a browser)
 * does not invent them: a bare fragment would leave `document.body` empty or missing and
 * Readability would find nothing. Attributes on an existing `<html>` (such as `lang`) are kept.
 * @param html markup as found: a full page, a page without body, or a body fragment
 * @returns markup whose text lives inside `<body>`
 */
export function ensureHtmlSkeleton(html: string): string {
  if (/<body[\s>]/i.test(html) && /<html[\s>]/i.test(html)) return html;
  const htmlTag = /<html\b([^>]*)>/i.exec(html);
  const htmlAttributes = htmlTag?.[1] ?? '';
  let rest = html
    .replace(/^\s*<!doctype[^>]*>/i, '')
    .replace(/<html\b[^>]*>/i, '')
    .replace(/<\/html\s*>/i, '');
  let head = '';
  const headEnd = /<\/head\s*>/i.exec(rest);
  if (headEnd !== null) {
    head = rest.slice(0, headEnd.index).replace(/<head\b[^>]*>/i, '');
    rest = rest.slice(headEnd.index + headEnd[0].length);
  }
  // A body tag without an html tag: keep its content, the wrapper below supplies the tags.
  rest = rest.replace(/<body\b[^>]*>/i, '').replace(/<\/body\s*>/i, '');
  return `<!DOCTYPE html><html${htmlAttributes}><head>${head}</head><body>${rest}</body></html>`;
}
