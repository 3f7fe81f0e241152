import type Database from 'better-sqlite3';
import { keyHashV6 } from './sqlite-key-hash.js';
import { DEFAULT_LEVEL_POLICY } from './sqlite-levels.js';
import { documentPairs } from './sqlite-document-pairs.js';
import { preparePostingIndex } from './sqlite-postings.js';
import { prepareRunTables, RunWriter } from './sqlite-runs.js';

/**
 * One step of the schema; `version` is the schema version after `sql` and then `convert` (for
 * data SQL alone cannot rewrite) have run.
 */
export interface Migration {
  version: number;
  sql: string;
  convert?: (db: Database.Database) => void;
}

/** Postings read per statement while migration 7 packs a level into a run. */
const V7_READ_ROWS = 65536;

/**
 * Migration 7: each v6 level's postings (a table sorted by key, then ordinal) become one run
 * of the same level, read in primary-key order a chunk at a time; then the v6 tables go. It
 * writes through the live run format (RunWriter, sqlite-run-format.ts): a change to that format
 * needs a migration of its own, and this step then writes the old format no more.
 */
function packLevelsIntoRuns(db: Database.Database): void {
  const tables = prepareRunTables(db);
  for (const level of V5_LEVELS) {
    // Distinct keys size the run's Bloom filter (its PRIMARY KEY index counts them in order).
    const distinctKeys = db.prepare<[], number>(`SELECT count(*) FROM (SELECT DISTINCT key FROM postings_${level})`).pluck().get() ?? 0;
    if (distinctKeys > 0) {
      const first = db.prepare<[number], { key: number; doc: number }>(`SELECT key, doc FROM postings_${level} ORDER BY key, doc LIMIT ?`);
      const next = db.prepare<[number, number, number], { key: number; doc: number }>(
        `SELECT key, doc FROM postings_${level} WHERE (key, doc) > (?, ?) ORDER BY key, doc LIMIT ?`,
      );
      const writer = new RunWriter(tables, distinctKeys);
      let chunk = first.all(V7_READ_ROWS);
      while (chunk.length > 0) {
        for (const { key, doc } of chunk) writer.push(key, doc);
        const last = chunk[chunk.length - 1];
        chunk = last === undefined || chunk.length < V7_READ_ROWS ? [] : next.all(last.key, last.doc, V7_READ_ROWS);
      }
      writer.finish(level);
    }
    db.exec(`DROP TABLE postings_${level}; DROP TABLE key_counts_${level};`);
  }
  db.exec('DROP TABLE posting_levels');
}

/** Documents read per statement while migration 8 rebuilds the postings. */
const V8_READ_DOCUMENTS = 4096;

/** Postings handed to the index at a time while migration 8 rebuilds them (≈ 12 MB). */
const V8_BATCH_POSTINGS = 1 << 20;

/**
 * Migrations 8 and 9: every key hash changed (resident keys moved to the top half of the range,
 * sqlite-key-hash.ts) and the filters' layout with it, so the postings are dropped and written
 * again from what each document's row keeps (its sorted keys), in ordinal order, through the
 * live write path (`preparePostingIndex`'s add, merges included).
 */
function rebuildPostings(db: Database.Database): void {
  db.exec('DELETE FROM posting_blocks; DELETE FROM posting_run_counts; DELETE FROM posting_runs;');
  const index = preparePostingIndex(db, DEFAULT_LEVEL_POLICY);
  const page = db.prepare<[number, number], { ordinal: number; keys: string }>(
    'SELECT o.ordinal, d.keys FROM doc_ordinals o JOIN documents d ON d.id = o.id WHERE o.ordinal > ? ORDER BY o.ordinal LIMIT ?',
  );
  let batch: { ordinal: number; keys: string[] }[] = [];
  let postings = 0;
  const write = (): void => {
    index.add(documentPairs(batch));
    batch = [];
    postings = 0;
  };
  let after = 0;
  for (;;) {
    const rows = page.all(after, V8_READ_DOCUMENTS);
    for (const row of rows) {
      const keys = JSON.parse(row.keys) as string[];
      batch.push({ ordinal: row.ordinal, keys });
      postings += keys.length;
      if (postings >= V8_BATCH_POSTINGS) write();
    }
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < V8_READ_DOCUMENTS) break;
    after = last.ordinal;
  }
  if (batch.length > 0) write();
  index.flush();
}

/** The levels schema v5 made tables for (written out: a shipped step never changes). */
const V5_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/**
 * The SQL function migration 6 hashes text keys with; {@link migrate} registers it on the
 * connection, so the stored integers are the ones schemas 6 and 7 computed (`keyHashV6`).
 */
const KEY_HASH_FUNCTION = 'storytrace_key_hash';

/**
 * The schema as a list of steps, oldest first. Add a step to change the schema; never edit one
 * that has shipped, since existing stores have already run it.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT,
        url TEXT,
        date TEXT,
        site TEXT,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        clean_text TEXT NOT NULL,
        boilerplate TEXT NOT NULL,
        warnings TEXT NOT NULL,
        signature BLOB NOT NULL
      );
      CREATE INDEX documents_content_hash ON documents (content_hash);

      CREATE TABLE doc_keys (
        key TEXT NOT NULL,
        doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        PRIMARY KEY (key, doc_id)
      ) WITHOUT ROWID;
      CREATE INDEX doc_keys_doc_id ON doc_keys (doc_id);

      CREATE TABLE pairs (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        relation TEXT NOT NULL,
        source TEXT,
        score REAL NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (a, b)
      );
      CREATE INDEX pairs_b ON pairs (b);

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL
      );

      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    // Documents whose pairs are not verified yet; stores made before had verified everything.
    sql: `
      CREATE TABLE unverified (
        doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    // Postings per key, kept by triggers in the same statement (so the same transaction) as
    // doc_keys: a key lookup reads one row instead of counting every posting of a frequent
    // term with GROUP BY, which made candidate lookup grow with the index. Triggers also see
    // rows removed by the ON DELETE CASCADE from documents, so no write path can forget them.
    sql: `
      CREATE TABLE key_counts (
        key TEXT PRIMARY KEY,
        count INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO key_counts (key, count) SELECT key, count(*) FROM doc_keys GROUP BY key;
      CREATE TRIGGER doc_keys_count_insert AFTER INSERT ON doc_keys BEGIN
        INSERT INTO key_counts (key, count) VALUES (new.key, 1)
          ON CONFLICT (key) DO UPDATE SET count = count + 1;
      END;
      CREATE TRIGGER doc_keys_count_delete AFTER DELETE ON doc_keys BEGIN
        UPDATE key_counts SET count = count - 1 WHERE key = old.key;
        DELETE FROM key_counts WHERE key = old.key AND count <= 0;
      END;
    `,
  },
  {
    version: 4,
    // Per-row triggers doubled the cost of every key write, and the doc_id index on the
    // postings (with its foreign key check per row) was only there to find a document's keys,
    // which its row now holds itself (`documents.keys`, a sorted JSON array). The store code
    // keeps `key_counts` in the same transaction as `postings`, with one statement per
    // document for each, so a document's ~400 keys cost two B-tree writes each instead of
    // three plus a trigger program and a parent lookup.
    sql: `
      ALTER TABLE documents ADD COLUMN keys TEXT NOT NULL DEFAULT '[]';
      UPDATE documents SET keys = (
        SELECT json_group_array(key) FROM (SELECT key FROM doc_keys WHERE doc_id = documents.id ORDER BY key)
      );
      CREATE TABLE postings (
        key TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        PRIMARY KEY (key, doc_id)
      ) WITHOUT ROWID;
      INSERT INTO postings (key, doc_id) SELECT key, doc_id FROM doc_keys;
      DROP TRIGGER doc_keys_count_insert;
      DROP TRIGGER doc_keys_count_delete;
      DROP TABLE doc_keys;
    `,
  },
  {
    version: 5,
    // Postings and key counts in levels, a pair of tables per level (see sqlite-levels.ts): a
    // batch's rows go to small level 0 and are merged into bigger levels in sorted passes,
    // because inserting them at random places of one big B-tree wrote about a page per posting
    // once the store had grown. `posting_levels` holds the postings of each non-empty level
    // (the merge policy reads it, lookups probe only those levels). What v4 stored goes to the
    // bottom level, 8.
    sql: `
      CREATE TABLE posting_levels (
        level INTEGER PRIMARY KEY,
        postings INTEGER NOT NULL
      );
      ${V5_LEVELS.map(
        (level) => `
      CREATE TABLE postings_${level} (
        key TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        PRIMARY KEY (key, doc_id)
      ) WITHOUT ROWID;
      CREATE TABLE key_counts_${level} (
        key TEXT PRIMARY KEY,
        count INTEGER NOT NULL
      ) WITHOUT ROWID;`,
      ).join('')}
      INSERT INTO postings_8 (key, doc_id) SELECT key, doc_id FROM postings ORDER BY key, doc_id;
      INSERT INTO key_counts_8 (key, count) SELECT key, count FROM key_counts ORDER BY key;
      INSERT INTO posting_levels (level, postings) SELECT 8, count(*) FROM postings_8 HAVING count(*) > 0;
      DROP TABLE postings;
      DROP TABLE key_counts;
    `,
  },
  {
    version: 6,
    // Integer postings: a key is stored as its 53-bit hash (sqlite-key-hash.ts) and a document
    // as its ordinal in `doc_ordinals`, so a posting row is two integers instead of two
    // strings: smaller pages, integer comparisons, and numbers to bind instead of UTF-8 text.
    // AUTOINCREMENT: an ordinal is never given to another document, even after a delete, so a
    // connection may keep the ids of ordinals it has read (sqlite-ordinal-ids.ts).
    // Counts are recounted from the new postings, so keys that share a hash (or a document's
    // keys that do) are counted as the store code counts them; level 0 keeps none (its keys
    // are counted from its postings, see sqlite-levels.ts). Each level keeps its postings.
    sql: `
      CREATE TABLE doc_ordinals (
        ordinal INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE
      );
      INSERT INTO doc_ordinals (id) SELECT id FROM documents ORDER BY id;
      ${V5_LEVELS.map(
        (level) => `
      CREATE TABLE postings_v6_${level} (
        key INTEGER NOT NULL,
        doc INTEGER NOT NULL,
        PRIMARY KEY (key, doc)
      ) WITHOUT ROWID;
      INSERT OR IGNORE INTO postings_v6_${level} (key, doc)
        SELECT ${KEY_HASH_FUNCTION}(p.key), o.ordinal FROM postings_${level} p JOIN doc_ordinals o ON o.id = p.doc_id ORDER BY 1, 2;
      DROP TABLE postings_${level};
      ALTER TABLE postings_v6_${level} RENAME TO postings_${level};
      CREATE TABLE key_counts_v6_${level} (
        key INTEGER PRIMARY KEY,
        count INTEGER NOT NULL
      );
      ${level === 0 ? '' : `INSERT INTO key_counts_v6_${level} (key, count) SELECT key, count(*) FROM postings_${level} GROUP BY key ORDER BY key;`}
      DROP TABLE key_counts_${level};
      ALTER TABLE key_counts_v6_${level} RENAME TO key_counts_${level};
      UPDATE posting_levels SET postings = (SELECT count(*) FROM postings_${level}) WHERE level = ${level};`,
      ).join('')}
      DELETE FROM posting_levels WHERE postings <= 0;
    `,
  },
  {
    version: 7,
    // Postings in sorted runs of BLOB blocks (sqlite-runs.ts, sqlite-run-format.ts): a block
    // row holds up to 320 (key, ordinal) pairs, so a batch writes a row per 320 postings
    // instead of one each, and runs are merged in JavaScript. Block ids are consecutive within
    // a run. AUTOINCREMENT: a run id is never reused, so a connection's cached run stays right.
    // What a removal changes (pair counts, with a generation) is a row of its own: updating it
    // does not rewrite the run's filter and fences (megabytes in a deep run).
    sql: `
      CREATE TABLE posting_runs (
        run INTEGER PRIMARY KEY AUTOINCREMENT,
        level INTEGER NOT NULL,
        first_block INTEGER NOT NULL,
        blocks INTEGER NOT NULL,
        keys INTEGER NOT NULL,
        min_doc INTEGER NOT NULL,
        max_doc INTEGER NOT NULL,
        fences BLOB NOT NULL,
        fence_docs BLOB NOT NULL,
        bloom BLOB NOT NULL,
        frequent_keys BLOB NOT NULL
      );
      CREATE TABLE posting_run_counts (
        run INTEGER PRIMARY KEY,
        generation INTEGER NOT NULL,
        postings INTEGER NOT NULL,
        sizes BLOB NOT NULL,
        frequent_counts BLOB NOT NULL
      );
      CREATE TABLE posting_blocks (
        id INTEGER PRIMARY KEY,
        data BLOB NOT NULL
      );
    `,
    convert: packLevelsIntoRuns,
  },
  {
    version: 8,
    // Resident keys (LSH band keys) hash into the top half of the range, so they are the tail
    // of every run and a connection keeps them decoded (sqlite-resident.ts); the tables stay.
    sql: '',
    convert: rebuildPostings,
  },
  {
    version: 9,
    // Fingerprint keys are resident too (sqlite-key-hash.ts): their hashes moved to the top half,
    // so the postings are written again as migration 8 writes them; runs' filters and frequent
    // counts now leave resident keys out.
    sql: '',
    convert: rebuildPostings,
  },
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((latest, step) => Math.max(latest, step.version), 0);

/**
 * Brings a database up to `SCHEMA_VERSION`, in one transaction.
 * @param db an open connection
 * @param path the file, named in errors
 * @param target the version to stop at (tests check a step's own result before the next one)
 * @throws when the database was written by a newer schema than this build knows
 */
export function migrate(db: Database.Database, path: string, target = SCHEMA_VERSION): void {
  db.function(KEY_HASH_FUNCTION, { deterministic: true }, (key: unknown) => keyHashV6(String(key)));
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as
      | { version: number | null }
      | undefined;
    const current = row?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new Error(
        `SQLite store ${path} has schema version ${current}, but this storytrace knows only up to ` +
          `version ${SCHEMA_VERSION}; open it with a newer storytrace or use another store path`,
      );
    }
    const steps = MIGRATIONS.filter((step) => step.version > current && step.version <= target);
    steps.forEach((step, i) => {
      db.exec(step.sql);
      // A rebuild of the postings writes them with this build's hash: a later rebuild in the same
      // run would write them all again (≈ 20 minutes at 1M documents), so only the last one runs.
      if (step.convert === rebuildPostings && steps.slice(i + 1).some((later) => later.convert === rebuildPostings)) return;
      step.convert?.(db);
    });
    if (current < target) {
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(target);
    }
  }).immediate();
}
