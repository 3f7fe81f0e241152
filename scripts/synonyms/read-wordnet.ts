import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** WordNet's four database files; adjective satellites (`s`) live in the `adj` file. */
export type WordnetFile = 'noun' | 'verb' | 'adj' | 'adv';

export const WORDNET_FILES: readonly WordnetFile[] = ['noun', 'verb', 'adj', 'adv'];

/** One pointer of a synset, as in wndb(5). */
export interface WordnetPointer {
  /** Pointer symbol: `@` hypernym, `&` similar to, `+` derivationally related, ... */
  symbol: string;
  /** Key of the target synset, see {@link synsetKey}. */
  target: string;
  /** 1-based word number in the source synset; 0 for a semantic (whole-synset) pointer. */
  sourceWord: number;
  /** 1-based word number in the target synset; 0 for a semantic pointer. */
  targetWord: number;
}

/** One synset of a data file. */
export interface WordnetSynset {
  key: string;
  /** `n`, `v`, `a`, `s` (adjective satellite) or `r`. */
  type: string;
  /** Lemmas as written in the database, lowercased, with `_` between words of a phrase. */
  words: string[];
  pointers: WordnetPointer[];
}

/** The parsed database: synsets by key and, per file, each lemma's synsets in sense order. */
export interface Wordnet {
  synsets: Map<string, WordnetSynset>;
  /** file → lemma → synset keys, most frequent sense first (the order of index.<pos>). */
  senses: Map<WordnetFile, Map<string, string[]>>;
}

// Pointers name the target's part of speech; satellites share the adjective file's offsets.
const FILE_LETTER: Record<string, string> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };
const LETTER_OF_FILE: Record<WordnetFile, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

/**
 * Key that names a synset across the four data files, e.g. `v01323976`.
 * @param pos part of speech letter as found in a data or index line (`n v a s r`)
 * @param offset the 8-digit byte offset
 * @returns the key, or undefined for an unknown part of speech
 */
export function synsetKey(pos: string, offset: string): string | undefined {
  const letter = FILE_LETTER[pos];
  return letter === undefined ? undefined : `${letter}${offset}`;
}

/**
 * Parses one line of a `data.<pos>` file (wndb(5)).
 * @param line the line, without its newline
 * @returns the synset, or undefined for licence header lines and malformed lines
 */
export function parseDataLine(line: string): WordnetSynset | undefined {
  if (line.startsWith(' ')) return undefined;
  const bar = line.indexOf(' | ');
  const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
  const [offset, , type, countHex] = fields;
  if (offset === undefined || type === undefined || countHex === undefined) return undefined;
  const key = synsetKey(type, offset);
  const wordCount = Number.parseInt(countHex, 16);
  if (key === undefined || !Number.isFinite(wordCount)) return undefined;
  const words: string[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i += 1, at += 2) {
    // Adjectives may carry a syntactic marker: "galore(ip)".
    const word = fields[at]?.replace(/\([a-z]+\)$/, '').toLowerCase();
    if (word === undefined) return undefined;
    words.push(word);
  }
  const pointerCount = Number.parseInt(fields[at] ?? '', 10);
  if (!Number.isFinite(pointerCount)) return undefined;
  at += 1;
  const pointers: WordnetPointer[] = [];
  for (let i = 0; i < pointerCount; i += 1, at += 4) {
    const [symbol, targetOffset, targetPos, sourceTarget] = fields.slice(at, at + 4);
    if (symbol === undefined || targetOffset === undefined || targetPos === undefined || sourceTarget === undefined) break;
    const target = synsetKey(targetPos, targetOffset);
    if (target === undefined) continue;
    pointers.push({
      symbol,
      target,
      sourceWord: Number.parseInt(sourceTarget.slice(0, 2), 16),
      targetWord: Number.parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { key, type, words, pointers };
}

/**
 * Parses one line of an `index.<pos>` file into a lemma and its synsets in sense order.
 * @param line the line, without its newline
 * @param file which index the line comes from
 * @returns lemma and synset keys, or undefined for header and malformed lines
 */
export function parseIndexLine(line: string, file: WordnetFile): { lemma: string; synsets: string[] } | undefined {
  if (line.startsWith(' ')) return undefined;
  const fields = line.trim().split(' ');
  const [lemma, , synsetCountText, pointerCountText] = fields;
  if (lemma === undefined || synsetCountText === undefined || pointerCountText === undefined) return undefined;
  const synsetCount = Number.parseInt(synsetCountText, 10);
  const pointerCount = Number.parseInt(pointerCountText, 10);
  if (!Number.isFinite(synsetCount) || !Number.isFinite(pointerCount)) return undefined;
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
  if (offsets.length !== synsetCount) return undefined;
  const letter = LETTER_OF_FILE[file];
  return { lemma: lemma.toLowerCase(), synsets: offsets.map((offset) => `${letter}${offset}`) };
}

/**
 * Reads the four data and index files of a WordNet 3.0 dict folder.
 * @param dictDir folder holding `data.noun`, `index.noun`, ... (Debian: /usr/share/wordnet)
 * @returns the parsed database
 */
export function readWordnet(dictDir: string): Wordnet {
  const synsets = new Map<string, WordnetSynset>();
  const senses = new Map<WordnetFile, Map<string, string[]>>();
  for (const file of WORDNET_FILES) {
    for (const line of readFileSync(join(dictDir, `data.${file}`), 'utf8').split('\n')) {
      const synset = parseDataLine(line);
      if (synset !== undefined) synsets.set(synset.key, synset);
    }
    const lemmas = new Map<string, string[]>();
    for (const line of readFileSync(join(dictDir, `index.${file}`), 'utf8').split('\n')) {
      const entry = parseIndexLine(line, file);
      if (entry !== undefined) lemmas.set(entry.lemma, entry.synsets);
    }
    senses.set(file, lemmas);
  }
  return { synsets, senses };
}

/**
 * Reads the irregular-form lists `noun.exc`, `verb.exc`, `adj.exc`, `adv.exc`.
 * @param dictDir folder holding the files
 * @returns per file, inflected form → base forms ("said" → ["say"]); missing files give empty maps
 */
export function readExceptions(dictDir: string): Map<WordnetFile, Map<string, string[]>> {
  const out = new Map<WordnetFile, Map<string, string[]>>();
  for (const file of WORDNET_FILES) {
    const forms = new Map<string, string[]>();
    let text = '';
    try {
      text = readFileSync(join(dictDir, `${file}.exc`), 'utf8');
    } catch {
      // An absent list only costs the irregular forms of that part of speech.
    }
    for (const line of text.split('\n')) {
      const [form, ...bases] = line.trim().toLowerCase().split(' ');
      if (form !== undefined && form !== '' && bases.length > 0) forms.set(form, bases);
    }
    out.set(file, forms);
  }
  return out;
}
