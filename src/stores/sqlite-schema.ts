/** Schema version this code writes; a store with a newer one is refused. */
export const SCHEMA_VERSION = 1;

/** Migrations by the version they lead to; run in order inside one transaction. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        language TEXT NOT NULL,
        data TEXT NOT NULL,
        signature BLOB NOT NULL
      );
      CREATE INDEX documents_hash ON documents(content_hash);
      CREATE TABLE doc_keys (
        key TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        PRIMARY KEY (key, doc_id)
      ) WITHOUT ROWID;
      CREATE INDEX doc_keys_doc ON doc_keys(doc_id);
      CREATE TABLE pairs (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        relation TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (a, b)
      ) WITHOUT ROWID;
      CREATE INDEX pairs_b ON pairs(b);
      CREATE TABLE stories (id TEXT PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
];
