import { normalizeDate } from './normalize-date.js';

/** What a page says about itself in its markup. */
export interface HtmlMetadata {
  title?: string;
  url?: string;
  date?: string;
  site?: string;
  declaredLanguage?: string;
}

/** Schema.org fields of the JSON-LD objects we care about. */
interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  publisherName?: string;
  url?: string;
}

/**
 * Reads title, canonical URL, publication date, site name and declared language from a parsed
 * page. Must run before Readability, which rewrites the document.
 * Order of preference — title: og:title, JSON-LD headline, `<title>`, first `<h1>`;
 * url: `<link rel=canonical>`, og:url (relative ones resolved against `<base href>`);
 * date: article:published_time, JSON-LD datePublished, other common date metas, `<time datetime>`;
 * site: og:site_name, JSON-LD publisher name, application-name (the url host is added later);
 * language: `<html lang>`, Content-Language, og:locale.
 * @param document parsed page
 * @returns the fields found; missing ones are absent
 */
export function extractHtmlMetadata(document: Document): HtmlMetadata {
  const metas = collectMetas(document);
  const jsonLd = readJsonLd(document);
  const base = absoluteUrl(document.querySelector('base[href]')?.getAttribute('href') ?? undefined);
  const found: HtmlMetadata = {};

  const title = first(metas.get('og:title'), jsonLd.headline, document.querySelector('title')?.textContent,
    metas.get('twitter:title'), document.querySelector('h1')?.textContent);
  if (title !== undefined) found.title = title;

  const url = absoluteUrl(canonicalHref(document), base) ?? absoluteUrl(metas.get('og:url'), base)
    ?? absoluteUrl(jsonLd.url, base);
  if (url !== undefined) found.url = url;

  const date = [metas.get('article:published_time'), jsonLd.datePublished, metas.get('datepublished'),
    metas.get('date'), metas.get('pubdate'), metas.get('publish-date'), metas.get('dc.date.issued'),
    metas.get('dc.date'), document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined]
    .map((value) => normalizeDate(value ?? undefined))
    .find((value) => value !== undefined);
  if (date !== undefined) found.date = date;

  const site = first(metas.get('og:site_name'), jsonLd.publisherName, metas.get('application-name'));
  if (site !== undefined) found.site = site;

  const language = first(document.documentElement?.getAttribute('lang'), metas.get('content-language'),
    metas.get('og:locale')?.replace('_', '-'));
  if (language !== undefined) found.declaredLanguage = language;
  return found;
}

/** Meta contents keyed by lowercased property/name/itemprop/http-equiv; the first one wins. */
function collectMetas(document: Document): Map<string, string> {
  const metas = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key !== undefined && key !== '' && !metas.has(key)) metas.set(key, content.trim());
    }
  }
  return metas;
}

function canonicalHref(document: Document): string | undefined {
  for (const link of Array.from(document.querySelectorAll('link[rel]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (rel.includes('canonical') && href !== null && href.trim() !== '') return href.trim();
  }
  return undefined;
}

/** Pages often carry several JSON-LD blocks (breadcrumbs, organisation, article); prefer one with a date. */
function readJsonLd(document: Document): JsonLdFacts {
  const objects: Record<string, unknown>[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      collectObjects(JSON.parse(script.textContent ?? ''), objects, 0);
    } catch {
      // Broken JSON-LD is common and not the reader's problem; the other sources still apply.
    }
  }
  const withDate = objects.find((object) => typeof object['datePublished'] === 'string');
  const facts: JsonLdFacts = {};
  const source = withDate ?? objects.find((object) => typeof object['headline'] === 'string');
  if (source === undefined) return facts;
  const headline = stringField(source, 'headline');
  const datePublished = stringField(source, 'datePublished');
  const url = stringField(source, 'url');
  const publisherName = publisherNameOf(source['publisher']);
  if (headline !== undefined) facts.headline = headline;
  if (datePublished !== undefined) facts.datePublished = datePublished;
  if (url !== undefined) facts.url = url;
  if (publisherName !== undefined) facts.publisherName = publisherName;
  return facts;
}

function collectObjects(value: unknown, into: Record<string, unknown>[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into, depth + 1);
  } else if (isRecord(value)) {
    into.push(value);
    if ('@graph' in value) collectObjects(value['@graph'], into, depth + 1);
  }
}

function publisherNameOf(publisher: unknown): string | undefined {
  const candidate = Array.isArray(publisher) ? publisher[0] : publisher;
  if (typeof candidate === 'string') return candidate;
  return isRecord(candidate) ? stringField(candidate, 'name') : undefined;
}

function stringField(object: Record<string, unknown>, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(...values: (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const cleaned = value?.replace(/\s+/g, ' ').trim();
    if (cleaned !== undefined && cleaned !== '') return cleaned;
  }
  return undefined;
}

/** Only absolute http(s) URLs are useful as identities; relative ones need a base. */
function absoluteUrl(href: string | undefined, base?: string): string | undefined {
  if (href === undefined || href.trim() === '') return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
