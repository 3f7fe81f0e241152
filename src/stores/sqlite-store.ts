import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { PairResult } from '../relate/types.js';
import type { Story } from '../stories/types.js';
import { compareIds } from './compare-ids.js';
import { ensureDirectory } from './ensure-directory.js';
import { describeSqliteError, isDriverOrSystemError } from './sqlite-errors.js';
import { encodedKeysOf } from './encoded-keys.js';
import { documentToRow, rowToDocument } from './sqlite-document-row.js';
import { keyHash } from './sqlite-key-hash.js';
import { prepareOrdinalIds, type OrdinalIds } from './sqlite-ordinal-ids.js';
import { openReadOnly, recordedSchemaVersion } from './sqlite-read-only.js';
import { migrate, SCHEMA_VERSION } from './sqlite-schema.js';
import { DEFAULT_LEVEL_POLICY, type LevelPolicy } from './sqlite-levels.js';
import { lookupByHash } from './sqlite-key-lookup.js';
import { KeyRows } from './sqlite-key-rows.js';
import type { KeyPostings } from './key-postings.js';
import { documentPairs, type DocumentKeys } from './sqlite-document-pairs.js';
import { preparePostingIndex, type PostingIndex } from './sqlite-postings.js';
import { pairFromRow, prepareStatements, type PairData, type SqliteStatements } from './sqlite-statements.js';
import type { Store, StoredDocument } from './store.js';

/** Options of a SQLite store. */
export interface SqliteStoreOptions {
  /** How long a write waits for another connection's lock before failing, in ms. Default 5000. */
  busyTimeoutMs?: number;
  /**
   * When posting levels are merged (sqlite-levels.ts). Default `DEFAULT_LEVEL_POLICY`.
   * Answers do not depend on it; tests use tiny levels to run every merge path.
   */
  levels?: LevelPolicy;
  /**
   * Open an existing file for reading only (`stories`, `report`, `explain`): nothing is written,
   * not even in a folder this user may not write (sqlite-read-only.ts); every write method throws.
   * A file made by an older storytrace is opened for writing once, to bring its schema up to date.
   * Default false.
   */
  readOnly?: boolean;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Bytes of the file read through a memory map: the most this SQLite build allows (2 GiB). A
 * lookup reads a few block pages per key and run; read through `read(2)` into SQLite's own 16 MB
 * cache, most reads of a big store paid a system call and a copy (≈ 0.7× the CPU per band
 * lookup with the map, 100k documents, measured on schema v6's B-tree postings). Writes still
 * go through the WAL.
 */
const MMAP_BYTES = 0x7fff0000;

/**
 * A store in one SQLite file (WAL mode), for single-machine runs. Every write method is one
 * transaction, so a killed process leaves whole batches or nothing. Document keys come back
 * sorted and without duplicates. Driver errors are rethrown with the file's path in the message.
 */
export class SqliteStore implements Store {
  /** The file the store lives in, as given (`:memory:` for a private in-memory database). */
  readonly path: string;
  private readonly db: Database.Database;
  private readonly readOnly: boolean;
  private readonly statements: SqliteStatements;
  private readonly postings: PostingIndex;
  private readonly ordinalIds: OrdinalIds;
  /** The rows of a lookup, kept between lookups (sqlite-key-rows.ts). */
  private readonly rows = new KeyRows();
  /**
   * One transaction function for every read, made once: better-sqlite3's `transaction()` builds
   * its wrappers on each call (≈ 5 µs of CPU, a fifth of a band lookup).
   */
  private readonly transact: Database.Transaction<(body: () => unknown) => unknown>;

  /**
   * Opens (creating when missing) a store file and brings its schema up to date; with
   * `readOnly`, opens an existing file and writes nothing.
   * @param path the database file; missing parent directories are created; `:memory:` works
   * @param options `busyTimeoutMs` (default 5000), `levels`, `readOnly` (default false)
   * @throws an Error naming `path` when the file cannot be opened or written, or has a newer schema
   */
  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.path = path;
    let db: Database.Database | undefined;
    try {
      db = options.readOnly === true && path !== ':memory:' ? openReadOnly(path) : undefined;
      if (db !== undefined && recordedSchemaVersion(db) !== SCHEMA_VERSION) {
        db.close();
        db = undefined;
      }
      this.readOnly = db !== undefined;
      if (db === undefined) {
        if (path !== ':memory:') ensureDirectory(dirname(resolve(path)));
        db = new Database(path);
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      db.pragma(`mmap_size = ${MMAP_BYTES}`);
      db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
      if (!this.readOnly) migrate(db, path);
      this.statements = prepareStatements(db);
      this.postings = preparePostingIndex(db, options.levels ?? DEFAULT_LEVEL_POLICY);
      this.ordinalIds = prepareOrdinalIds(db);
      this.transact = db.transaction((body: () => unknown) => body());
      this.db = db;
    } catch (error) {
      db?.close();
      throw isDriverOrSystemError(error)
        ? new Error(`Cannot open SQLite store at ${path}: ${describeSqliteError(error, path)}`, { cause: error })
        : error;
    }
  }

  /** Adds or replaces documents; a replaced document's old keys are removed. One transaction. */
  async putDocuments(docs: readonly StoredDocument[]): Promise<void> {
    const { upsertDocument, insertUnverified, insertOrdinal } = this.statements;
    this.write('writing documents', () => {
      // The batch's postings are written together, after its rows; a document given twice
      // counts as its last version, as when written one after the other.
      const written: DocumentKeys[] = [];
      for (const doc of new Map(docs.map((d) => [d.id, d])).values()) {
        // A replaced document keeps its ordinal; its old postings go first.
        const ordinal = this.removeKeysOf(doc.id) ?? insertOrdinal.get(doc.id);
        if (ordinal === undefined) throw new Error(`no ordinal was assigned to document ${doc.id}`);
        // Keys encoded on a worker thread are written as they came (their strings never built here).
        const encoded = encodedKeysOf(doc);
        upsertDocument.run(documentToRow(doc, encoded?.json));
        insertUnverified.run(doc.id);
        written.push(encoded === undefined ? { ordinal, keys: doc.keys } : { ordinal, hashes: encoded.hashes });
      }
      // Postings in ordinal order (a replaced document's ordinal is older than the new ones').
      written.sort((x, y) => x.ordinal - y.ordinal);
      this.postings.add(documentPairs(written));
    });
  }

  /** Documents by id; missing ids are absent from the map. */
  async getDocuments(ids: readonly string[]): Promise<Map<string, StoredDocument>> {
    return this.read('reading documents', () => {
      const found = new Map<string, StoredDocument>();
      for (const row of this.statements.selectDocuments.iterate(JSON.stringify(ids))) found.set(row.id, rowToDocument(row));
      return found;
    });
  }

  /** All document ids, sorted with `compareIds`. */
  async listDocumentIds(): Promise<string[]> {
    return this.read('listing documents', () => this.statements.listIds.all().sort(compareIds));
  }

  /** Number of documents. */
  async countDocuments(): Promise<number> {
    return this.read('counting documents', () => this.statements.countDocuments.get() ?? 0);
  }

  /** Removes documents, their keys and every pair that involves them. One transaction. */
  async deleteDocuments(ids: readonly string[]): Promise<void> {
    const { deleteDocument, deleteOrdinal, deletePairsA, deletePairsB } = this.statements;
    this.write('deleting documents', () => {
      for (const id of ids) {
        this.removeKeysOf(id);
        deleteOrdinal.run(id);
        deletePairsA.run(id);
        deletePairsB.run(id);
        deleteDocument.run(id);
      }
    });
  }

  /** Documents whose pairs are not verified yet, sorted with `compareIds`. */
  async listUnverified(): Promise<string[]> {
    return this.read('listing unverified documents', () => this.statements.listUnverified.all().sort(compareIds));
  }

  /** Marks documents verified. One transaction. */
  async markVerified(ids: readonly string[]): Promise<void> {
    const { deleteUnverified } = this.statements;
    this.write('marking documents verified', () => {
      for (const id of ids) deleteUnverified.run(id);
    });
  }

  /** Sorted document ids per content hash, for the hashes that are present. */
  async findByHash(hashes: readonly string[]): Promise<Map<string, string[]>> {
    return this.read('finding documents by hash', () => {
      const found = new Map<string, string[]>();
      for (const { content_hash: hash, id } of this.statements.selectByHash.iterate(JSON.stringify(hashes))) {
        const ids = found.get(hash);
        if (ids === undefined) found.set(hash, [id]);
        else ids.push(id);
      }
      for (const ids of found.values()) ids.sort(compareIds);
      return found;
    });
  }

  /**
   * What the index keys list, in columns (see {@link KeyPostings}). A run stores the counts of
   * its frequent keys, and ids are read only for keys within the limit, so a key shared by half
   * the corpus costs a count per run, not a list (sqlite-postings.ts). Keys are looked up by their
   * hashes (schema v6; see sqlite-key-hash.ts for what a collision does), and each document's id
   * is read once per lookup however many keys list it.
   * @param keys keys to look up, repeats allowed
   * @param limit keys with more documents than this list none, only their count; default unlimited
   */
  async lookupPostings(keys: readonly string[], limit = Number.POSITIVE_INFINITY): Promise<KeyPostings> {
    // One read transaction: the runs, their blocks and the ordinals' ids of one snapshot.
    return this.read('looking up keys', () => {
      const cap = Math.min(limit, Number.MAX_SAFE_INTEGER);
      const rows = this.rows;
      const found = lookupByHash(
        keys,
        keyHash,
        (hashes) => {
          this.postings.lookup(hashes, cap, rows);
          return rows;
        },
        (ordinals, length) => this.ordinalIds.idsOfEach(ordinals, length),
      );
      // Within one snapshot every posting's document has its ordinal row.
      if (found === undefined) throw new Error('a posting names a document ordinal that is not stored');
      return found;
    });
  }

  /** Adds or replaces pairs, keyed by (a, b). One transaction. */
  async putPairs(pairs: readonly PairResult[]): Promise<void> {
    const { upsertPair } = this.statements;
    this.write('writing pairs', () => {
      for (const { a, b, relation, source, score, features, reasons, evidence } of pairs) {
        const data: PairData = { features, reasons, evidence };
        upsertPair.run(a, b, relation, source, score, JSON.stringify(data));
      }
    });
  }

  /** Pairs that involve any of `ids` (all pairs when omitted), sorted by (a, b). */
  async listPairs(ids?: readonly string[]): Promise<PairResult[]> {
    return this.read('listing pairs', () => {
      const { selectAllPairs, selectPairsOf } = this.statements;
      const json = JSON.stringify(ids ?? []);
      const rows = ids === undefined ? selectAllPairs.all() : selectPairsOf.all(json, json);
      return rows.map(pairFromRow).sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
    });
  }

  /** Replaces all stories (a later story with a repeated id wins). One transaction. */
  async replaceStories(stories: readonly Story[]): Promise<void> {
    const { deleteStories, upsertStory } = this.statements;
    this.write('writing stories', () => {
      deleteStories.run();
      for (const story of stories) upsertStory.run(story.id, JSON.stringify(story));
    });
  }

  /** Stories sorted by id. */
  async listStories(): Promise<Story[]> {
    return this.read('listing stories', () =>
      this.statements.selectStories
        .all()
        .map((data) => JSON.parse(data) as Story)
        .sort((x, y) => compareIds(x.id, y.id)),
    );
  }

  /** The value stored under `key`, or undefined. */
  async getMeta(key: string): Promise<string | undefined> {
    return this.read('reading meta', () => this.statements.selectMeta.get(key));
  }

  /** Stores `value` under `key`, replacing any earlier value. */
  async setMeta(key: string, value: string): Promise<void> {
    this.write('writing meta', () => {
      this.statements.upsertMeta.run(key, value);
    });
  }

  /** Closes the file; calling it again does nothing. */
  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /**
   * Takes a stored document's postings and their counts back (inside a write transaction).
   * @returns the document's ordinal, or undefined when it is not stored
   */
  private removeKeysOf(id: string): number | undefined {
    const stored = this.statements.selectOrdinal.get(id);
    if (stored === undefined) return undefined;
    if (stored.keys !== '[]') {
      const hashes = new Set((JSON.parse(stored.keys) as string[]).map(keyHash));
      this.postings.remove(stored.ordinal, [...hashes]);
    }
    return stored.ordinal;
  }

  // Reads run in a (deferred) transaction too, so a read of several statements sees one snapshot.
  private read<T>(action: string, body: () => T): T {
    try {
      // The wrapper returns what `body` returned.
      return this.transact.deferred(body) as T;
    } catch (error) {
      throw this.wrap(action, error);
    }
  }

  private write(action: string, body: () => void): void {
    if (this.readOnly) throw new Error(`SQLite store ${this.path}: ${action} failed: the store was opened read-only`);
    try {
      this.transact.immediate(() => {
        body();
        this.postings.flush();
      });
      this.postings.afterWrite(true);
    } catch (error) {
      // A rolled-back write may have left the posting index's cache ahead of the file.
      this.postings.afterWrite(false);
      throw this.wrap(action, error);
    }
  }

  private wrap(action: string, error: unknown): unknown {
    return isDriverOrSystemError(error)
      ? new Error(`SQLite store ${this.path}: ${action} failed: ${describeSqliteError(error)}`, { cause: error })
      : error;
  }
}
