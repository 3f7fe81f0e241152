/** Characters that end text or an attribute value in HTML, and their entities. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values. Every piece of document
 * text (titles, ids, sentences, facts, boilerplate) goes through here before it reaches the
 * report, so a crawled page can never open a tag or an attribute.
 * @param text any string, possibly hostile
 * @returns the string with `& < > " '` replaced by entities
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Serialises a value as JSON that is safe inside `<script type="application/json">`: `<`, `>`
 * and `&` become `\u003c`-style escapes so no `</script>` or `<!--` can appear, and U+2028 /
 * U+2029 are escaped for older JavaScript parsers. `JSON.parse` of the result gives the value.
 * @param value anything JSON can represent
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Returns the URL when it is an absolute http(s) address, else null: a document's metadata may
 * carry `javascript:` or `data:` links, which the report shows as text, never as a link.
 * @param url a URL from document metadata
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
