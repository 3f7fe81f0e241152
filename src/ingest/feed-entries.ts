import { XMLParser } from 'fast-xml-parser';

/** One feed item or entry reduced to the fields a document needs; all optional, as feeds are. */
export interface FeedEntry {
  /** guid (RSS) or id (Atom). */
  id?: string | undefined;
  link?: string | undefined;
  title?: string | undefined;
  date?: string | undefined;
  /** Body as found: HTML or plain text. */
  body?: string | undefined;
}

/** A parsed XML element as fast-xml-parser gives it: text, or an object of children and `@_` attributes. */
type XmlValue = unknown;

/** Decodes the raw inner text of an Atom element kept unparsed (entities and CDATA), with the same library. */
const innerTextParser = new XMLParser({ parseTagValue: false, trimValues: false });

/**
 * Reads the fields of an RSS 2.0 / RSS 1.0 `<item>`: guid, link, title, `pubDate` or
 * `dc:date`, and `content:encoded` before `description`.
 * @param item the parsed element
 * @returns the entry, or undefined when the item is not an element at all
 */
export function rssEntry(item: XmlValue): FeedEntry | undefined {
  if (!isObject(item)) return undefined;
  return {
    id: textOf(item['guid']),
    link: textOf(item['link']) ?? textOf(item['@_rdf:about']),
    title: textOf(item['title']),
    date: textOf(item['pubDate']) ?? textOf(item['dc:date']),
    body: textOf(item['content:encoded']) ?? textOf(item['description']),
  };
}

/**
 * Reads the fields of an Atom `<entry>`: id, the `alternate` (or first) link, title,
 * `published` before `updated`, and `content` before `summary`; `xhtml` content is markup,
 * other content is decoded from its escaped form.
 * @param entry the parsed element (content and summary kept raw by the parser)
 * @returns the entry, or undefined when it is not an element at all
 */
export function atomEntry(entry: XmlValue): FeedEntry | undefined {
  if (!isObject(entry)) return undefined;
  return {
    id: textOf(entry['id']),
    link: atomLink(entry['link']),
    title: textOf(entry['title']),
    date: textOf(entry['published']) ?? textOf(entry['updated']),
    body: atomContent(entry['content']) ?? atomContent(entry['summary']),
  };
}

function atomLink(value: XmlValue): string | undefined {
  const links = (Array.isArray(value) ? value : [value]).filter(isObject);
  const alternate = links.find((link) => link['@_rel'] === undefined || link['@_rel'] === 'alternate') ?? links[0];
  return alternate === undefined ? undefined : textOf(alternate['@_href']);
}

function atomContent(value: XmlValue): string | undefined {
  const raw = textOf(value);
  if (raw === undefined) return undefined;
  if (isObject(value) && value['@_type'] === 'xhtml') return raw;
  const decoded: unknown = innerTextParser.parse(`<x>${raw}</x>`);
  return isObject(decoded) ? textOf(decoded['x']) : undefined;
}

/**
 * Text of an element: a string as is, a number spelled out, an element with attributes by its
 * `#text`; undefined for missing, empty or structured values.
 * @param value a parsed element
 * @returns trimmed text or undefined
 */
export function textOf(value: XmlValue): string | undefined {
  let text: unknown = value;
  if (Array.isArray(value)) text = value[0];
  if (isObject(text)) text = text['#text'];
  if (typeof text === 'number') text = String(text);
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

/** True for a parsed element with children or attributes. */
export function isObject(value: XmlValue): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
