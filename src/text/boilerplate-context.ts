// Cross-document evidence for boilerplate: a short line that many documents share (a site's
// menu, footer, "Share this" row) is not part of any one story. Only short lines are counted,
// so the counts stay small and a copied story's long paragraphs never enter them, and each
// document's closing paragraph when long: a site's "about us" paragraph closes its articles.

/** Lines with at least this many words are never counted as repeated boilerplate. */
export const MAX_REPEATED_LINE_WORDS = 25;

/** How many documents of the corpus, and of each site, contain each line key. */
export interface BoilerplateContext {
  /** Line key -> number of documents containing it (each document counted once). */
  documentsWithLine: ReadonlyMap<string, number>;
  /** Site -> line key -> number of documents of that site containing it. */
  siteDocumentsWithLine: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** One document's contribution to a context: its distinct line keys and its site. */
export interface LineKeysOfDocument {
  keys: readonly string[];
  site?: string | undefined;
}

/**
 * The comparison key of a line: lowercased, each run of digits replaced by `0`, whitespace collapsed, so
 * "Posted 3 hours ago" and "Posted 12 hours ago" count as the same line.
 *
 * @param line One line of normalised text.
 * @returns The key; empty for blank lines.
 */
export function lineKey(line: string): string {
  return line.toLowerCase().replace(/\p{N}+/gu, '0').replace(/\s+/g, ' ').trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a line has at least `min` words, counted up to `min` and no further (prose lines have dozens). */
export function hasAtLeastWords(line: string, min: number): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  // `test` moves lastIndex past each word as `exec` does, without a match array per word.
  while (count < min && WORD.test(line)) count += 1;
  return count >= min;
}

/**
 * The distinct keys of a document's short lines, for building a {@link BoilerplateContext}.
 *
 * @param normalizedText A document after normalizeText.
 * @returns Sorted distinct keys of its non-blank lines under {@link MAX_REPEATED_LINE_WORDS} words,
 *   and of its closing line when that is longer ({@link closingLongLine}).
 */
export function collectLineKeys(normalizedText: string): string[] {
  const keys = new Set<string>();
  const lines = normalizedText.split('\n');
  for (const line of lines) {
    // The word count first: a long line's key is needed only when it closes the text.
    if (hasAtLeastWords(line, MAX_REPEATED_LINE_WORDS)) continue;
    const key = lineKey(line);
    if (key.length > 0) keys.add(key);
  }
  const closing = lines[closingLongLine(lines)];
  if (closing !== undefined) keys.add(lineKey(closing));
  return [...keys].sort();
}

/**
 * A text's closing line is its last line of at least this many words (footers and share rows
 * after it are shorter); when it is long, it is counted too ({@link closingLongLine}).
 */
export const CLOSING_LINE_WORDS = 8;

/**
 * Index of the text's closing line (its last of {@link CLOSING_LINE_WORDS} words or more) when
 * that line has {@link MAX_REPEATED_LINE_WORDS} words or more, else -1: the paragraph a site
 * closes its articles with ("The Gazette is an independent newspaper…"), found as
 * {@link collectLineKeys} finds it, so the key looked up is the one counted.
 * @param lines the text's lines, in order
 */
export function closingLongLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i] ?? '';
    if (hasAtLeastWords(line, CLOSING_LINE_WORDS)) return hasAtLeastWords(line, MAX_REPEATED_LINE_WORDS) ? i : -1;
  }
  return -1;
}

/**
 * Count, over a corpus, how many documents (and documents of the same site) contain each line key.
 *
 * @param documents Each document's `collectLineKeys` output and optional site (e.g. host name).
 * @returns The counts; the documents to be analysed should be among those counted.
 */
export function buildBoilerplateContext(documents: Iterable<LineKeysOfDocument>): BoilerplateContext {
  const documentsWithLine = new Map<string, number>();
  const siteDocumentsWithLine = new Map<string, Map<string, number>>();
  for (const doc of documents) {
    const distinct = new Set(doc.keys);
    let siteCounts: Map<string, number> | undefined;
    if (doc.site !== undefined && doc.site !== '') {
      siteCounts = siteDocumentsWithLine.get(doc.site);
      if (siteCounts === undefined) {
        siteCounts = new Map();
        siteDocumentsWithLine.set(doc.site, siteCounts);
      }
    }
    for (const key of distinct) {
      documentsWithLine.set(key, (documentsWithLine.get(key) ?? 0) + 1);
      if (siteCounts !== undefined) siteCounts.set(key, (siteCounts.get(key) ?? 0) + 1);
    }
  }
  return { documentsWithLine, siteDocumentsWithLine };
}

/**
 * The sum of contexts built over disjoint parts of a corpus: the context of the whole (counts
 * are per document, so parts counted apart add up to the same numbers).
 */
export function mergeBoilerplateContexts(parts: Iterable<BoilerplateContext>): BoilerplateContext {
  const documentsWithLine = new Map<string, number>();
  const siteDocumentsWithLine = new Map<string, Map<string, number>>();
  for (const part of parts) {
    for (const [key, count] of part.documentsWithLine) documentsWithLine.set(key, (documentsWithLine.get(key) ?? 0) + count);
    for (const [site, counts] of part.siteDocumentsWithLine) {
      let merged = siteDocumentsWithLine.get(site);
      if (merged === undefined) {
        merged = new Map();
        siteDocumentsWithLine.set(site, merged);
      }
      for (const [key, count] of counts) merged.set(key, (merged.get(key) ?? 0) + count);
    }
  }
  return { documentsWithLine, siteDocumentsWithLine };
}
