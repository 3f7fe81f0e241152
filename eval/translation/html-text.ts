const BLOCK_TAGS = /<\/?(?:p|li|dt|dd|tr|h[1-6]|div|table|ul|ol|dl|br|blockquote|header|article|section)\b[^>]*>/gi;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Reduces an HTML fragment to plain text with one paragraph per block element (blank line
 * between). Code blocks (`<pre>`) are dropped: they are the same in every language, and a
 * translation test should not be won on copied commands.
 * @param html an HTML fragment
 * @returns paragraphs joined by blank lines, entities decoded, inner whitespace collapsed
 */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<(head|script|style|pre)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(BLOCK_TAGS, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}
