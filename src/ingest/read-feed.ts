import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { buildDocument } from './build-document.js';
import { decodeBytes } from './decode-bytes.js';
import { atomEntry, isObject, rssEntry, textOf, type FeedEntry } from './feed-entries.js';
import { findHtmlCharset } from './find-html-charset.js';
import { htmlBlocksToText } from './html-blocks-to-text.js';
import { ensureHtmlSkeleton } from './html-skeleton.js';
import { normalizeDate } from './normalize-date.js';
import { type DocumentReader, type IngestItem, type IngestOptions, ingestWarning } from './types.js';

/** Lists that must stay lists even with one element (fast-xml-parser makes a single child an object). */
const ARRAY_PATHS = new Set(['rss.channel.item', 'rdf:RDF.item', 'feed.entry', 'feed.entry.link']);

const feedParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (_name, path) => ARRAY_PATHS.has(String(path)),
  // Atom xhtml content is markup; kept raw it can go through the HTML path whole.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry becomes a document with
 * its link as url, its date, its title, and its full content (else its description or
 * summary) as text, HTML going through the HTML text path. Ids are the guid/id, else the
 * link, unique within the feed. A feed is recognised by its root element whatever the file
 * is called, and by the names `.rss`, `.atom` and `.xml`.
 */
export const feedReader: DocumentReader = {
  format: 'feed',
  accepts: (fileName, head) => /\.(?:rss|atom|xml)$/.test(fileName) || startsWithFeedRoot(head),
  read: readFeed,
};

function* readFeed(bytes: Uint8Array, fileId: string, options: Required<IngestOptions>): Iterable<IngestItem> {
  const charset = findHtmlCharset(bytes);
  const decoded = decodeBytes(bytes, charset === undefined ? {} : { declaredCharset: charset });
  if (!decoded.ok) {
    yield ingestWarning(fileId, decoded.reason);
    return;
  }
  for (const message of decoded.warnings) yield ingestWarning(fileId, message);
  const validation = XMLValidator.validate(decoded.text);
  const notWellFormed = validation === true ? undefined : `line ${validation.err.line}: ${validation.err.msg}`;
  let parsed: unknown;
  try {
    parsed = feedParser.parse(decoded.text);
  } catch (error) {
    yield ingestWarning(fileId, `not XML (${error instanceof Error ? error.message : String(error)}), skipped`);
    return;
  }
  const feed = findEntries(parsed);
  if (feed === undefined) {
    const root = isObject(parsed) ? Object.keys(parsed).find((key) => !key.startsWith('?')) : undefined;
    const why = notWellFormed !== undefined ? `not XML (${notWellFormed})` : `not an RSS or Atom feed (root <${root ?? '?'}>)`;
    yield ingestWarning(fileId, `${why}, skipped`);
    return;
  }
  if (notWellFormed !== undefined) yield ingestWarning(fileId, `feed is not well-formed XML (${notWellFormed}); read what could be parsed`);
  if (feed.entries.length === 0) yield ingestWarning(fileId, 'feed has no items');
  const seen = new Set<string>();
  for (let index = 0; index < feed.entries.length; index++) {
    const where = `${fileId}#${index + 1}`;
    const entry = feed.kind === 'atom' ? atomEntry(feed.entries[index]) : rssEntry(feed.entries[index]);
    if (entry === undefined) {
      yield ingestWarning(where, `${feed.kind === 'atom' ? 'entry' : 'item'} ${index + 1} is not an element, skipped`);
      continue;
    }
    yield entryToDocument(entry, where, seen, feed.language, options);
  }
}

interface FoundFeed {
  kind: 'rss' | 'atom';
  entries: unknown[];
  language?: string | undefined;
}

function findEntries(parsed: unknown): FoundFeed | undefined {
  if (!isObject(parsed)) return undefined;
  const rss = parsed['rss'];
  if (isObject(rss)) {
    const channel = isObject(rss['channel']) ? rss['channel'] : {};
    return { kind: 'rss', entries: arrayOf(channel['item']), language: textOf(channel['language']) };
  }
  const rdf = parsed['rdf:RDF'];
  if (isObject(rdf)) {
    const channel = isObject(rdf['channel']) ? rdf['channel'] : {};
    return { kind: 'rss', entries: arrayOf(rdf['item']), language: textOf(channel['dc:language']) };
  }
  const atom = parsed['feed'];
  if (isObject(atom)) return { kind: 'atom', entries: arrayOf(atom['entry']), language: textOf(atom['@_xml:lang']) };
  // An empty <feed/> or <rss/> parses to an empty string.
  if (parsed['feed'] === '') return { kind: 'atom', entries: [] };
  if (parsed['rss'] === '') return { kind: 'rss', entries: [] };
  return undefined;
}

function entryToDocument(entry: FeedEntry, where: string, seen: Set<string>, language: string | undefined, options: Required<IngestOptions>): IngestItem {
  const label = entry.title === undefined ? where : `${where} (${JSON.stringify(entry.title.slice(0, 60))})`;
  if (entry.body === undefined) return ingestWarning(where, `item ${label} has no content or description, skipped`);
  const warnings: string[] = [];
  let id = entry.id ?? entry.link;
  if (id === undefined || seen.has(id)) {
    if (id !== undefined) warnings.push(`duplicate id ${id} in the feed; using ${where}`);
    id = where;
  }
  seen.add(id);
  const date = normalizeDate(entry.date);
  if (entry.date !== undefined && date === undefined) warnings.push(`unreadable date ${JSON.stringify(entry.date)} ignored`);
  return buildDocument(
    { id, text: htmlOrText(entry.body), format: 'feed', title: htmlOrText(entry.title ?? ''), url: entry.link, date, declaredLanguage: language, warnings },
    options,
  );
}

/** Feed fields hold HTML or plain text with nothing to tell which; markup or entities mean HTML. */
function htmlOrText(value: string): string {
  if (!/<[a-z!/]|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(value)) return value;
  const { document } = parseHTML(ensureHtmlSkeleton(value));
  return htmlBlocksToText(document.body ?? document.documentElement);
}

function arrayOf(value: unknown): unknown[] {
  if (value === undefined || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** The root element after an optional BOM, XML declaration, comments and doctype. */
function startsWithFeedRoot(head: Uint8Array): boolean {
  const utf16 = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : undefined;
  const text = utf16 === undefined ? Buffer.from(head).toString('latin1') : new TextDecoder(utf16).decode(head);
  return /^(?:\uFEFF|\xEF\xBB\xBF)?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|rdf:RDF)[\s>/]/.test(text);
}

