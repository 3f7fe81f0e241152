import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** One article of a dictd database: the index headword and the raw article text. */
export interface DictdArticle {
  headword: string;
  body: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes a dictd index number (base64 digits, most significant first).
 * @param text the encoded offset or length
 * @returns the number, or -1 when a character is not a base64 digit
 */
export function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) return -1;
    value = value * 64 + digit;
  }
  return value;
}

/**
 * Reads every article of a dictd database, skipping the `00-database-*` meta articles.
 * A dictzip file is a gzip file with an extra header field, so gunzip reads it whole.
 * @param indexPath path of the `.index` file (headword TAB offset TAB length)
 * @param dictPath path of the `.dict.dz` (or plain `.dict`) file
 * @returns articles in index order; duplicated headwords stay separate articles
 */
export function readDictd(indexPath: string, dictPath: string): DictdArticle[] {
  const raw = readFileSync(dictPath);
  const data = dictPath.endsWith('.dz') ? gunzipSync(raw) : raw;
  const articles: DictdArticle[] = [];
  for (const line of readFileSync(indexPath, 'utf8').split('\n')) {
    const [headword, offsetText, lengthText] = line.split('\t');
    if (headword === undefined || offsetText === undefined || lengthText === undefined) continue;
    if (headword.startsWith('00database') || headword.startsWith('00-database')) continue;
    const offset = decodeDictdNumber(offsetText);
    const length = decodeDictdNumber(lengthText);
    if (offset < 0 || length <= 0 || offset + length > data.length) continue;
    articles.push({ headword, body: data.subarray(offset, offset + length).toString('utf8') });
  }
  return articles;
}

/**
 * Reads the text of the `00-database-info` article (edition, licence, sources).
 * @returns the article text, or '' when the database has none
 */
export function readDictdInfo(indexPath: string, dictPath: string): string {
  const raw = readFileSync(dictPath);
  const data = dictPath.endsWith('.dz') ? gunzipSync(raw) : raw;
  for (const line of readFileSync(indexPath, 'utf8').split('\n')) {
    const [headword, offsetText, lengthText] = line.split('\t');
    if (headword !== '00databaseinfo' && headword !== '00-database-info') continue;
    if (offsetText === undefined || lengthText === undefined) continue;
    const offset = decodeDictdNumber(offsetText);
    const length = decodeDictdNumber(lengthText);
    return data.subarray(offset, offset + length).toString('utf8');
  }
  return '';
}
