import { feedReader } from './read-feed.js';
import { htmlReader } from './read-html.js';
import { jsonlReader } from './read-jsonl.js';
import { markdownReader, txtReader } from './read-txt.js';
import { warcReader } from './read-warc.js';
import type { DocumentReader } from './types.js';

/**
 * Readers tried in order; the first that accepts a file reads it. Readers that recognise
 * their format by content (WARC, feeds) come first, so a crawl or feed saved under another
 * name is still read as what it is.
 */
export const DEFAULT_READERS: readonly DocumentReader[] = Object.freeze([warcReader, feedReader, txtReader, markdownReader, htmlReader, jsonlReader]);

/**
 * Picks the reader for a file from its name (compared lowercased) and first bytes.
 * @param fileName file name or path; only its ending matters to the built-in readers
 * @param head the first bytes of the file (may be empty)
 * @param readers candidates in order of preference, default {@link DEFAULT_READERS}
 * @returns the first accepting reader, or undefined for an unsupported format
 */
export function detectReader(
  fileName: string,
  head: Uint8Array,
  readers: readonly DocumentReader[] = DEFAULT_READERS,
): DocumentReader | undefined {
  const name = fileName.toLowerCase();
  return readers.find((reader) => reader.accepts(name, head));
}

/**
 * Stdin has no file name, so its format is guessed from content: JSON Lines when the first
 * non-blank line is a JSON object, HTML when it opens with a tag, plain text otherwise.
 * @param bytes everything read from stdin
 * @returns a pseudo file name (`stdin.jsonl`, `stdin.html` or `stdin.txt`) for {@link detectReader}
 */
export function guessStdinFileName(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024)).replace(/^\s+/, '');
  const firstLine = head.split('\n', 1)[0]?.trim() ?? '';
  if (firstLine.startsWith('{') && isJsonObject(firstLine)) return 'stdin.jsonl';
  if (/^<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|!--)[\s>]/i.test(head)) return 'stdin.html';
  return 'stdin.txt';
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
