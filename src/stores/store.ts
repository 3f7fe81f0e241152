import type { BoilerplateLine, LanguageCode } from '../text/types.js';
import type { RawDocument } from '../ingest/types.js';
import type { PairResult } from '../relate/types.js';
import type { Story } from '../stories/types.js';
import type { KeyPostings } from './key-postings.js';

/** A document as kept in a store: what was read, what the text stage made of it, and its sketch. */
export interface StoredDocument {
  id: string;
  contentHash: string;
  format: RawDocument['format'];
  title?: string;
  url?: string;
  date?: string;
  site?: string;
  language: LanguageCode;
  /** Text as read (after decoding and HTML extraction). */
  text: string;
  /** Text the later stages use (boilerplate removed). */
  cleanText: string;
  boilerplate: BoilerplateLine[];
  warnings: string[];
  /** MinHash signature of the clean text. */
  signature: Uint32Array;
  /** Index keys (LSH bands, fingerprints, terms) that point at this document. */
  keys: string[];
}

/**
 * The one storage contract. Async and batch-first because a backend may be remote;
 * every `put…Many` is atomic: after a crash a batch is either all there or not at all.
 */
export interface Store {
  /** Adds or replaces documents and their index keys, in one transaction. */
  putDocuments(docs: readonly StoredDocument[]): Promise<void>;
  /** Documents by id; missing ids are absent from the map. */
  getDocuments(ids: readonly string[]): Promise<Map<string, StoredDocument>>;
  /** All document ids, sorted. */
  listDocumentIds(): Promise<string[]>;
  countDocuments(): Promise<number>;
  /** Removes documents, their index keys and every pair that involves them, in one transaction. */
  deleteDocuments(ids: readonly string[]): Promise<void>;
  /**
   * Stored documents whose candidate pairs are not verified yet, sorted: every document is put
   * unverified, so after a run stopped between storing and verifying, the next run finds them.
   */
  listUnverified(): Promise<string[]>;
  /** Records that the documents' candidate pairs are verified and stored. */
  markVerified(ids: readonly string[]): Promise<void>;
  /** Document ids per content hash (only hashes that are present). Ids sorted. */
  findByHash(hashes: readonly string[]): Promise<Map<string, string[]>>;
  /**
   * What each index key lists, in columns: per key asked its count and its documents (places in
   * one list of distinct ids). Keys with more than `limit` documents list none, only their count.
   */
  lookupPostings(keys: readonly string[], limit?: number): Promise<KeyPostings>;
  /** Adds or replaces verified pairs (keyed by a, b). */
  putPairs(pairs: readonly PairResult[]): Promise<void>;
  /** Pairs that involve any of the ids; all pairs when `ids` is omitted. Sorted by (a, b). */
  listPairs(ids?: readonly string[]): Promise<PairResult[]>;
  /** Replaces the stories as a whole. */
  replaceStories(stories: readonly Story[]): Promise<void>;
  /** Stories sorted by id. */
  listStories(): Promise<Story[]>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
