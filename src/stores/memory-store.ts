import type { PairResult } from '../relate/types.js';
import type { Story } from '../stories/types.js';
import { compareIds, sortedUnique } from './compare-ids.js';
import { keyPostingsOf, type KeyPostings } from './key-postings.js';
import type { Store, StoredDocument } from './store.js';

/** Separates a and b in a pair's map key; ids never contain NUL. */
const PAIR_KEY_SEPARATOR = '\u0000';

function pairKey(a: string, b: string): string {
  return `${a}${PAIR_KEY_SEPARATOR}${b}`;
}

function addToIndex(index: Map<string, Set<string>>, key: string, id: string): void {
  const ids = index.get(key);
  if (ids === undefined) index.set(key, new Set([id]));
  else ids.add(id);
}

function removeFromIndex(index: Map<string, Set<string>>, key: string, id: string): void {
  const ids = index.get(key);
  if (ids === undefined) return;
  ids.delete(id);
  if (ids.size === 0) index.delete(key);
}

/**
 * A store that lives in process memory: for tests, small runs and `--store memory`.
 * Everything is deep-copied on the way in and out, so callers cannot change stored state by
 * mutating what they passed or got back. Document keys come back sorted and without duplicates,
 * as from every backend. Nothing survives `close()`.
 */
export class MemoryStore implements Store {
  private readonly documents = new Map<string, StoredDocument>();
  private readonly keyIndex = new Map<string, Set<string>>();
  private readonly hashIndex = new Map<string, Set<string>>();
  private readonly pairs = new Map<string, PairResult>();
  private stories: Story[] = [];
  private readonly meta = new Map<string, string>();
  private readonly unverified = new Set<string>();

  /** Adds or replaces documents; a replaced document loses its old keys. */
  async putDocuments(docs: readonly StoredDocument[]): Promise<void> {
    // Copy everything first so a failing structuredClone leaves the store untouched (atomic batch).
    const copies = docs.map((doc) => ({ ...structuredClone(doc), keys: sortedUnique(doc.keys) }));
    for (const doc of copies) {
      this.removeDocument(doc.id);
      this.documents.set(doc.id, doc);
      this.unverified.add(doc.id);
      addToIndex(this.hashIndex, doc.contentHash, doc.id);
      for (const key of doc.keys) addToIndex(this.keyIndex, key, doc.id);
    }
  }

  /** Copies of the documents found; missing ids are absent from the map. */
  async getDocuments(ids: readonly string[]): Promise<Map<string, StoredDocument>> {
    const found = new Map<string, StoredDocument>();
    for (const id of ids) {
      const doc = this.documents.get(id);
      if (doc !== undefined) found.set(id, structuredClone(doc));
    }
    return found;
  }

  /** All document ids, sorted with `compareIds`. */
  async listDocumentIds(): Promise<string[]> {
    return [...this.documents.keys()].sort(compareIds);
  }

  /** Number of documents. */
  async countDocuments(): Promise<number> {
    return this.documents.size;
  }

  /** Removes documents, their keys and every pair that involves them; unknown ids are ignored. */
  async deleteDocuments(ids: readonly string[]): Promise<void> {
    const gone = new Set(ids);
    for (const id of gone) this.removeDocument(id);
    for (const [key, pair] of this.pairs) {
      if (gone.has(pair.a) || gone.has(pair.b)) this.pairs.delete(key);
    }
  }

  /** Documents whose pairs are not verified yet, sorted with `compareIds`. */
  async listUnverified(): Promise<string[]> {
    return [...this.unverified].sort(compareIds);
  }

  /** Marks documents verified. */
  async markVerified(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.unverified.delete(id);
  }

  /** Sorted document ids per content hash, for the hashes that are present. */
  async findByHash(hashes: readonly string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    for (const hash of hashes) {
      const ids = this.hashIndex.get(hash);
      if (ids !== undefined) found.set(hash, [...ids].sort(compareIds));
    }
    return found;
  }

  /**
   * What the index keys list, in columns (see {@link KeyPostings}); a key's ids sorted.
   * @param keys keys to look up, repeats allowed
   * @param limit keys with more documents than this list none, only their count; default unlimited
   */
  async lookupPostings(keys: readonly string[], limit = Number.POSITIVE_INFINITY): Promise<KeyPostings> {
    return keyPostingsOf(keys, (key) => {
      const ids = this.keyIndex.get(key);
      return ids === undefined ? undefined : { count: ids.size, ids: ids.size > limit ? [] : [...ids].sort(compareIds) };
    });
  }

  /** Adds or replaces pairs, keyed by (a, b). */
  async putPairs(pairs: readonly PairResult[]): Promise<void> {
    const copies = structuredClone(pairs);
    for (const pair of copies) this.pairs.set(pairKey(pair.a, pair.b), pair);
  }

  /** Pairs that involve any of `ids` (all pairs when omitted), sorted by (a, b). */
  async listPairs(ids?: readonly string[]): Promise<PairResult[]> {
    const wanted = ids === undefined ? undefined : new Set(ids);
    const selected = [...this.pairs.values()].filter(
      (pair) => wanted === undefined || wanted.has(pair.a) || wanted.has(pair.b),
    );
    selected.sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
    return structuredClone(selected);
  }

  /** Replaces all stories (a later story with a repeated id wins, as in every backend). */
  async replaceStories(stories: readonly Story[]): Promise<void> {
    const byId = new Map<string, Story>();
    for (const story of structuredClone(stories)) byId.set(story.id, story);
    this.stories = [...byId.values()];
  }

  /** Stories sorted by id. */
  async listStories(): Promise<Story[]> {
    return structuredClone(this.stories).sort((x, y) => compareIds(x.id, y.id));
  }

  /** The value stored under `key`, or undefined. */
  async getMeta(key: string): Promise<string | undefined> {
    return this.meta.get(key);
  }

  /** Stores `value` under `key`, replacing any earlier value. */
  async setMeta(key: string, value: string): Promise<void> {
    this.meta.set(key, value);
  }

  /** Drops everything held. */
  async close(): Promise<void> {
    this.documents.clear();
    this.keyIndex.clear();
    this.hashIndex.clear();
    this.pairs.clear();
    this.stories = [];
    this.meta.clear();
    this.unverified.clear();
  }

  private removeDocument(id: string): void {
    const old = this.documents.get(id);
    if (old === undefined) return;
    this.documents.delete(id);
    this.unverified.delete(id);
    removeFromIndex(this.hashIndex, old.contentHash, id);
    for (const key of old.keys) removeFromIndex(this.keyIndex, key, id);
  }
}
