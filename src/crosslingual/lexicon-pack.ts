// The on-disk form of a lexicon pack: `lexicons/<lang>/<family>/pack.json.gz`, one folder per
// licence family, each a separate work under its sources' licence (see lexicons/README.md).
import { currentEnglishStem } from '../text/english-stem.js';
import type { PivotLink, PivotLinks } from './pivot-links.js';
import { addSourceVotes, addVote, rankVotes, type VoteTable } from './stem-votes.js';

/**
 * Licence families, as folder names under `lexicons/<lang>/`: WikDict's CC-BY-SA 3.0 and
 * FreeDict's (and Ding's) GPL, which may not be combined into one work.
 */
export const LICENSE_FAMILIES = ['cc-by-sa-3.0', 'gpl'] as const;
/** One of {@link LICENSE_FAMILIES}. */
export type LicenseFamily = (typeof LICENSE_FAMILIES)[number];

/** Format version the loader reads. */
export const PACK_VERSION = 2;
/** File name of a pack inside its family folder. */
export const PACK_FILE = 'pack.json.gz';
/** File name of a pack's human-readable licence and attribution, beside it. */
export const ATTRIBUTION_FILE = 'ATTRIBUTION.md';

/** Where a pack's dictionaries came from (as written by scripts/lexicons/build-lexicons.ts). */
export interface LexiconSource {
  code: string;
  package: string;
  version: string;
  /** The dictionary's licence as Debian's copyright file states it, e.g. `GPL-2+`. */
  license: string;
  copyright?: string;
  role: string;
}

/** A `P-X` dictionary shipped as links, read through P's packs when the pack is loaded. */
export interface PackPivot {
  /** FreeDict code, e.g. `deu-ind`. */
  code: string;
  /** ISO 639-1 code of P. */
  pivotLang: string;
  /** `X-key TAB P-word|P-word TAB index,index` lines (see {@link encodeLinks}). */
  links: string;
}

/** The JSON inside a pack file. */
export interface LexiconPackFile {
  version: typeof PACK_VERSION;
  lang: string;
  family: LicenseFamily;
  /** SPDX expression of the licences of its sources, all of one family. */
  license: string;
  sources: LexiconSource[];
  keys: number;
  maxPhraseWords: number;
  entriesBeforePruning: number;
  /**
   * `key TAB stem|stem…` lines, stems best first; packs that are combined with others at run
   * time add `TAB sources,weight|…`, the votes behind each stem (see stem-votes.ts).
   */
  entries: string;
  /**
   * What other languages' pivots read through this pack, when that differs from `entries`:
   * the lines of its direct and reversed dictionaries only, without its own compiled pivots
   * (as the builder reads a pivot language's meanings); '' when it has none of those.
   */
  meaning?: string;
  pivots: PackPivot[];
  /**
   * How the English readings of a key were ordered when the dictionaries' own order means
   * nothing, naming the data used (WordNet's sense counts): nothing of it is in the pack but that
   * order.
   */
  readingOrder?: string;
}

/**
 * Writes vote-table lines for a pack.
 * @param votes key → stem → votes
 * @param maxStems stems kept per key
 * @param withVotes add the votes column (for packs combined with others at run time)
 * @returns lines sorted by key
 */
export function encodeVotes(votes: VoteTable, maxStems: number, withVotes: boolean): string {
  const lines: string[] = [];
  for (const key of [...votes.keys()].sort()) {
    const keyVotes = votes.get(key) ?? new Map();
    const stems = rankVotes(keyVotes, maxStems);
    const line = `${key}\t${stems.join('|')}`;
    if (!withVotes || stems.length === 0) lines.push(line);
    else lines.push(`${line}\t${stems.map((stem) => { const vote = keyVotes.get(stem); return `${vote?.sources ?? 1},${vote?.weight ?? 0}`; }).join('|')}`);
  }
  return lines.join('\n');
}

/**
 * Adds a pack's entries to a vote table. Lines without votes count as one source.
 * @param entries the pack's `entries`
 * @param into the table to add to
 * @param keep only keys it accepts are added (default: all)
 */
export function decodeVotes(entries: string, into: VoteTable, keep?: (key: string) => boolean): void {
  // Walks the text instead of splitting it: a pivot asks for a few thousand of 250k keys.
  for (let start = 0; start < entries.length; ) {
    let end = entries.indexOf('\n', start);
    if (end < 0) end = entries.length;
    const tab = entries.indexOf('\t', start);
    const lineStart = start;
    start = end + 1;
    if (keep !== undefined && (tab < 0 || tab > end || !keep(entries.slice(lineStart, tab)))) continue;
    const [key = '', stemsColumn = '', votesColumn] = entries.slice(lineStart, end).split('\t');
    if (key === '') continue;
    // Packs built before English irregular plurals were read hold "women" where text has "woman".
    const stems = stemsColumn === '' ? [] : stemsColumn.split('|').map(currentEnglishStem);
    const votes = votesColumn?.split('|');
    if (votes === undefined || votes.length !== stems.length) {
      addSourceVotes(into, key, stems);
      continue;
    }
    stems.forEach((stem, i) => {
      const [sources = '1', weight = '0'] = (votes[i] ?? '').split(',');
      addVote(into, key, stem, Number(sources) || 1, Number(weight) || 0);
    });
  }
}

/**
 * Writes pivot links as lines.
 * @returns `X-key TAB P-word|P-word TAB index,index` lines sorted by key
 */
export function encodeLinks(links: PivotLinks): string {
  return [...links.keys()]
    .sort()
    .map((key) => {
      const keyLinks = links.get(key) ?? [];
      return `${key}\t${keyLinks.map((link) => link.pivotWord).join('|')}\t${keyLinks.map((link) => link.index).join(',')}`;
    })
    .join('\n');
}

/** Reads lines written by {@link encodeLinks}; malformed lines are skipped. */
export function decodeLinks(text: string): PivotLinks {
  const links: PivotLinks = new Map();
  for (const line of text.split('\n')) {
    const [key = '', words = '', indexes = ''] = line.split('\t');
    const pivotWords = words.split('|');
    const positions = indexes.split(',').map(Number);
    if (key === '' || words === '' || pivotWords.length !== positions.length) continue;
    const keyLinks: PivotLink[] = pivotWords.map((pivotWord, i) => ({ pivotWord, index: positions[i] ?? 0 }));
    links.set(key, keyLinks);
  }
  return links;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks parsed JSON against the pack format.
 * @returns the pack, or a sentence saying what is wrong
 */
export function checkPackFile(value: unknown): LexiconPackFile | string {
  if (!isRecord(value)) return 'not a JSON object';
  if (value.version !== PACK_VERSION) return `format version ${String(value.version)}, expected ${PACK_VERSION}`;
  if (typeof value.lang !== 'string' || typeof value.entries !== 'string') return 'lang or entries missing';
  if (!LICENSE_FAMILIES.some((family) => family === value.family)) return `unknown licence family ${String(value.family)}`;
  if (!Array.isArray(value.sources) || !Array.isArray(value.pivots)) return 'sources or pivots missing';
  const pivotsOk = value.pivots.every((pivot) => isRecord(pivot) && typeof pivot.code === 'string' && typeof pivot.pivotLang === 'string' && typeof pivot.links === 'string');
  if (!pivotsOk) return 'a pivot lacks code, pivotLang or links';
  if (value.meaning !== undefined && typeof value.meaning !== 'string') return 'meaning is not a string';
  if (value.readingOrder !== undefined && typeof value.readingOrder !== 'string') return 'readingOrder is not a string';
  return value as unknown as LexiconPackFile;
}
