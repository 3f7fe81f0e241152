import { newWordKey, WordTable, type WordKey } from './word-table.js';

/** Maps a lowercase word to its stem. */
export type Stemmer = (word: string) => string;

function stemOrWord(base: Stemmer, word: string): string {
  let stem: string;
  try {
    stem = base(word);
  } catch {
    // A stemmer bug on an odd word must not take the document down; the word stands for itself.
    stem = word;
  }
  return stem.length === 0 ? word : stem;
}

/**
 * A stemmer's memo, with its stems numbered. Two generations: when the recent one is full it
 * becomes the older one, and words still in use move back to the recent one when met. Emptying
 * a single memo when full made a corpus with a vocabulary a little over the limit (the bench's
 * 68,000 words in 3,000 documents) stem most words again after every emptying. Short Latin-1
 * words (nearly all) are held in a {@link WordTable}, others in a Map; a generation holds at
 * most `limit` words of both kinds.
 *
 * Within a generation each distinct stem has one number, so a caller can collect a text's
 * distinct stems ({@link DistinctStems}) and keep a number per stem ({@link StemMemo.slots})
 * without reading the stems' strings: on a large vocabulary each such read is a cache miss.
 */
export class StemMemo {
  private recent: Generation;
  // Empty until the first swap.
  private older = new Generation(0);
  // One key buffer: a memo call never re-enters another.
  private readonly key = newWordKey();
  /** Counts generation swaps: a stem's number holds only within one generation. */
  generation = 0;
  /** The stem of a lowercase word (a plain function, for callers that want a {@link Stemmer}). */
  readonly stem: Stemmer = (word) => this.stemOf(this.stemId(word));

  /** @param limit words per generation (memory holds at most twice this many) */
  constructor(
    private readonly base: Stemmer,
    private readonly limit: number,
  ) {
    this.recent = new Generation(limit);
  }

  /** The number of a lowercase word's stem in the current generation (read it with {@link stemOf}). */
  stemId(word: string): number {
    return this.stemIdOfKey(word, WordTable.key(word, this.key));
  }

  /**
   * {@link stemId} of a word that is not in `skip`, else -1: one pass over the word's characters
   * for both (a Set probe hashes the new token string first, and the memo hashes it again).
   */
  contentStemId(word: string, skip: SkipWords): number {
    const inTable = WordTable.key(word, this.key);
    if (inTable ? skip.table.find(this.key) >= 0 : skip.words.has(word)) return -1;
    return this.stemIdOfKey(word, inTable);
  }

  private stemIdOfKey(word: string, inTable: boolean): number {
    const key = this.key;
    const hit = this.recent.find(word, inTable, key);
    if (hit >= 0) return hit;
    const olderId = this.older.find(word, inTable, key);
    const stem = olderId >= 0 ? this.older.stemOf(olderId) : stemOrWord(this.base, word);
    if (this.recent.size >= this.limit) {
      this.older = this.recent;
      this.recent = new Generation(this.limit);
      this.generation += 1;
    }
    return this.recent.add(word, inTable, key, stem);
  }

  /** The number of a stem in the current generation, or -1 when no word held there has it. */
  stemNumber(stem: string): number {
    return this.recent.idOf(stem);
  }

  /** The stem numbered `id` in the current generation. */
  stemOf(id: number): string {
    return this.recent.stemOf(id);
  }

  /**
   * One number per stem of the current generation, NaN until a caller sets it: a cache for a
   * value computed from the stem alone (the index keys keep each stem's key rank there).
   */
  get slots(): Float64Array {
    return this.recent.slots();
  }

  /**
   * A second such cache, NaN until a caller sets it (the off-title check keeps each stem's
   * {@link prefixCode} there).
   */
  get prefixSlots(): Float64Array {
    return this.recent.prefixSlots();
  }

  /** One mark per stem of the current generation, for {@link DistinctStems}. */
  get marks(): Uint32Array {
    return this.recent.marks();
  }

  /** A mark no other {@link DistinctStems} of the current generation holds. */
  nextMark(): number {
    return this.recent.nextMark();
  }
}

/** Words a caller leaves unstemmed (stop words), as a word table and as the set itself. */
export interface SkipWords {
  table: WordTable;
  words: ReadonlySet<string>;
}

/** {@link SkipWords} of a set of words (every one a table can hold is in the table). */
export function skipWords(words: ReadonlySet<string>): SkipWords {
  const table = new WordTable(Math.max(1, words.size));
  const key = newWordKey();
  for (const w of words) if (WordTable.key(w, key) && table.find(key) < 0) table.add(key, 0);
  return { table, words };
}

function grownLength(needed: number): number {
  let length = 256;
  while (length < needed) length *= 2;
  return length;
}

/** One generation of a {@link StemMemo}. */
class Generation {
  private readonly table: WordTable;
  private readonly others = new Map<string, number>();
  private readonly stems: string[] = [];
  private readonly ids = new Map<string, number>();
  private slotArray: Float64Array | undefined;
  private prefixArray: Float64Array | undefined;
  private markArray: Uint32Array | undefined;
  // Marks are never 0: a fresh mark array is all 0.
  private lastMark = 0;

  constructor(limit: number) {
    this.table = new WordTable(limit);
  }

  /** Words held. */
  get size(): number {
    return this.table.size + this.others.size;
  }

  /** The number of the word's stem, or -1. */
  find(word: string, inTable: boolean, key: WordKey): number {
    return inTable ? this.table.find(key) : (this.others.get(word) ?? -1);
  }

  stemOf(id: number): string {
    return this.stems[id] ?? '';
  }

  idOf(stem: string): number {
    return this.ids.get(stem) ?? -1;
  }

  /** Holds the word (not held yet) with its stem; the stem's number. */
  add(word: string, inTable: boolean, key: WordKey, stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.stems.push(stem);
      this.ids.set(stem, id);
    }
    if (inTable) this.table.add(key, id);
    else this.others.set(word, id);
    return id;
  }

  // One entry per stem so far, grown by doubling (a language met in a few texts stays small).
  slots(): Float64Array {
    return (this.slotArray = this.covering(this.slotArray));
  }

  prefixSlots(): Float64Array {
    return (this.prefixArray = this.covering(this.prefixArray));
  }

  // `have` when it holds an entry per stem so far, else a copy grown by doubling, new entries NaN.
  private covering(have: Float64Array | undefined): Float64Array {
    if (have !== undefined && have.length >= this.stems.length) return have;
    const grown = new Float64Array(grownLength(this.stems.length)).fill(Number.NaN);
    if (have !== undefined) grown.set(have);
    return grown;
  }

  marks(): Uint32Array {
    const have = this.markArray;
    if (have !== undefined && have.length >= this.stems.length) return have;
    const grown = new Uint32Array(grownLength(this.stems.length));
    if (have !== undefined) grown.set(have);
    this.markArray = grown;
    return grown;
  }

  nextMark(): number {
    if (this.lastMark === 0xffffffff) {
      // Four billion texts later: old marks must not read as this text's.
      this.markArray?.fill(0);
      this.lastMark = 0;
    }
    this.lastMark += 1;
    return this.lastMark;
  }
}

/** Distinct stems by their numbers in a memo's current generation. */
export interface NumberedStems {
  ids: readonly number[];
  memo: StemMemo;
}

/**
 * The distinct stems of one text, by their numbers in a {@link StemMemo}, in first-met order.
 * {@link start} binds it to the memo of the text's language (analyzeSentences does).
 */
export class DistinctStems {
  /** Stem numbers, each once. */
  readonly ids: number[] = [];
  private memo: StemMemo | undefined;
  private generation = -1;
  private mark = 0;

  /** Forgets what was collected and collects from `memo`'s stems from now on. */
  start(memo: StemMemo): void {
    this.memo = memo;
    this.generation = memo.generation;
    this.mark = memo.nextMark();
    this.ids.length = 0;
  }

  /**
   * Records a stem number the memo just gave. After a generation swap nothing more is recorded
   * (the numbers mean other stems, and this collector's mark is not unique in the new
   * generation), and {@link numbered} tells the reader to use the stems' strings instead.
   */
  add(id: number): void {
    const memo = this.memo;
    if (memo === undefined || memo.generation !== this.generation) return;
    const marks = memo.marks;
    if (marks[id] === this.mark) return;
    marks[id] = this.mark;
    this.ids.push(id);
  }

  /** The stems collected, or undefined when not started or when the memo has started a new generation since. */
  numbered(): NumberedStems | undefined {
    return this.memo !== undefined && this.memo.generation === this.generation ? { ids: this.ids, memo: this.memo } : undefined;
  }
}
