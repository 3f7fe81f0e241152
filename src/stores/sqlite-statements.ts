import type Database from 'better-sqlite3';
import type { PairEvidence, PairFeatures, PairResult, Relation } from '../relate/types.js';
import type { DocumentRow } from './sqlite-document-row.js';

/**
 * Id lists reach SQLite as one JSON array read with `json_each`, not as `IN (?, ?, …)`: one
 * cached statement serves any number of ids, with no parameter limit to chunk around, and the
 * planner still probes the index once per id.
 */
/** `IN` over the values of one JSON array parameter. */
export const IN_IDS = 'IN (SELECT value FROM json_each(?))';

/** A row of the `pairs` table. */
export interface PairRow {
  a: string;
  b: string;
  relation: Relation;
  source: string | null;
  score: number;
  data: string;
}

/** What a pair keeps in its JSON `data` column. */
export interface PairData {
  features: PairFeatures;
  reasons: string[];
  evidence: PairEvidence;
}

/** Rebuilds a pair from its row (the evidence lives in the JSON `data` column). */
export function pairFromRow(row: PairRow): PairResult {
  const data = JSON.parse(row.data) as PairData;
  return { a: row.a, b: row.b, relation: row.relation, source: row.source, score: row.score, ...data };
}

type Statement<P extends unknown[], R = unknown> = Database.Statement<P, R>;

/** The statements a SQLite store runs, prepared once per connection. */
export interface SqliteStatements {
  upsertDocument: Statement<[DocumentRow]>;
  selectOrdinal: Statement<[string], { ordinal: number; keys: string }>;
  insertOrdinal: Statement<[string], number>;
  deleteOrdinal: Statement<[string]>;
  insertUnverified: Statement<[string]>;
  listUnverified: Statement<[], string>;
  deleteUnverified: Statement<[string]>;
  selectDocuments: Statement<[string], DocumentRow>;
  listIds: Statement<[], string>;
  countDocuments: Statement<[], number>;
  deleteDocument: Statement<[string]>;
  deletePairsA: Statement<[string]>;
  deletePairsB: Statement<[string]>;
  selectByHash: Statement<[string], { content_hash: string; id: string }>;
  upsertPair: Statement<[string, string, string, string | null, number, string]>;
  selectAllPairs: Statement<[], PairRow>;
  selectPairsOf: Statement<[string, string], PairRow>;
  deleteStories: Statement<[]>;
  upsertStory: Statement<[string, string]>;
  selectStories: Statement<[], string>;
  selectMeta: Statement<[string], string>;
  upsertMeta: Statement<[string, string]>;
}

/**
 * Prepares every statement a SQLite store runs.
 * @param db a connection whose schema is up to date
 */
export function prepareStatements(db: Database.Database): SqliteStatements {
  return {
    upsertDocument: db.prepare<DocumentRow>(`
      INSERT INTO documents (id, content_hash, format, title, url, date, site, language, text,
        clean_text, boilerplate, warnings, signature, keys)
      VALUES (@id, @content_hash, @format, @title, @url, @date, @site, @language, @text,
        @clean_text, @boilerplate, @warnings, @signature, @keys)
      ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, format = excluded.format,
        title = excluded.title, url = excluded.url, date = excluded.date, site = excluded.site,
        language = excluded.language, text = excluded.text, clean_text = excluded.clean_text,
        boilerplate = excluded.boilerplate, warnings = excluded.warnings, signature = excluded.signature,
        keys = excluded.keys`),
    // A stored document's ordinal (its number in the postings) and its keys as its row holds
    // them (a JSON array without duplicates): the postings and counts to take back when
    // it is replaced or removed (sqlite-postings.ts).
    selectOrdinal: db.prepare<[string], { ordinal: number; keys: string }>(
      'SELECT o.ordinal, d.keys FROM doc_ordinals o JOIN documents d ON d.id = o.id WHERE o.id = ?',
    ),
    insertOrdinal: db.prepare<[string], number>('INSERT INTO doc_ordinals (id) VALUES (?) RETURNING ordinal').pluck(),
    deleteOrdinal: db.prepare<[string]>('DELETE FROM doc_ordinals WHERE id = ?'),
    insertUnverified: db.prepare<[string]>('INSERT OR IGNORE INTO unverified (doc_id) VALUES (?)'),
    listUnverified: db.prepare<[], string>('SELECT doc_id FROM unverified').pluck(),
    deleteUnverified: db.prepare<[string]>('DELETE FROM unverified WHERE doc_id = ?'),
    selectDocuments: db.prepare<[string], DocumentRow>(`SELECT * FROM documents WHERE id ${IN_IDS}`),
    listIds: db.prepare<[], string>('SELECT id FROM documents').pluck(),
    countDocuments: db.prepare<[], number>('SELECT count(*) FROM documents').pluck(),
    deleteDocument: db.prepare<[string]>('DELETE FROM documents WHERE id = ?'),
    deletePairsA: db.prepare<[string]>('DELETE FROM pairs WHERE a = ?'),
    deletePairsB: db.prepare<[string]>('DELETE FROM pairs WHERE b = ?'),
    selectByHash: db.prepare<[string], { content_hash: string; id: string }>(
      `SELECT content_hash, id FROM documents WHERE content_hash ${IN_IDS}`,
    ),
    upsertPair: db.prepare<[string, string, string, string | null, number, string]>(
      'INSERT OR REPLACE INTO pairs (a, b, relation, source, score, data) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    selectAllPairs: db.prepare<[], PairRow>('SELECT * FROM pairs'),
    selectPairsOf: db.prepare<[string, string], PairRow>(
      `SELECT * FROM pairs WHERE a ${IN_IDS} UNION SELECT * FROM pairs WHERE b ${IN_IDS}`,
    ),
    deleteStories: db.prepare<[]>('DELETE FROM stories'),
    upsertStory: db.prepare<[string, string]>('INSERT OR REPLACE INTO stories (id, data) VALUES (?, ?)'),
    selectStories: db.prepare<[], string>('SELECT data FROM stories').pluck(),
    selectMeta: db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck(),
    upsertMeta: db.prepare<[string, string]>(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
  };
}
