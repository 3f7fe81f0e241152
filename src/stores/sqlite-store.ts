import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { PairResult } from '../relate/types.js';
import type { Story } from '../stories/types.js';
import { MIGRATIONS, SCHEMA_VERSION } from './sqlite-schema.js';
import type { Store, StoredDocument } from './store.js';

/** SQLite's limit on bound parameters is high, but chunks keep statements cacheable. */
const CHUNK = 500;

type DocumentData = Omit<StoredDocument, 'id' | 'contentHash' | 'language' | 'signature' | 'keys'> & { keys: string[] };

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The embedded store: one SQLite file in WAL mode. Every write method is one transaction,
 * so a process killed mid-write leaves whole batches or nothing.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(readonly path: string) {
    try {
      if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('busy_timeout = 5000');
      this.migrate();
    } catch (error) {
      throw new Error(`cannot open store ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = this.db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
    const current = row.v ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new Error(`schema version ${current} is newer than this storytrace understands (${SCHEMA_VERSION}); upgrade storytrace`);
    }
    this.db.transaction(() => {
      for (const m of MIGRATIONS) {
        if (m.version <= current) continue;
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
      }
    })();
  }

  private write<T>(work: () => T): T {
    try {
      return this.db.transaction(work)();
    } catch (error) {
      throw new Error(`cannot write to store ${this.path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async putDocuments(docs: readonly StoredDocument[]): Promise<void> {
    const putDoc = this.db.prepare('INSERT OR REPLACE INTO documents (id, content_hash, language, data, signature) VALUES (?, ?, ?, ?, ?)');
    const dropKeys = this.db.prepare('DELETE FROM doc_keys WHERE doc_id = ?');
    const putKey = this.db.prepare('INSERT OR IGNORE INTO doc_keys (key, doc_id) VALUES (?, ?)');
    this.write(() => {
      for (const doc of docs) {
        const { id, contentHash, language, signature, ...rest } = doc;
        const data: DocumentData = rest;
        putDoc.run(id, contentHash, language, JSON.stringify(data), Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
        dropKeys.run(id);
        for (const k of doc.keys) putKey.run(k, id);
      }
    });
  }

  async getDocuments(ids: readonly string[]): Promise<Map<string, StoredDocument>> {
    const out = new Map<string, StoredDocument>();
    for (const part of chunks([...new Set(ids)])) {
      const rows = this.db
        .prepare(`SELECT id, content_hash, language, data, signature FROM documents WHERE id IN (${part.map(() => '?').join(',')})`)
        .all(...part) as { id: string; content_hash: string; language: StoredDocument['language']; data: string; signature: Buffer }[];
      for (const r of rows) {
        const data = JSON.parse(r.data) as DocumentData;
        const sig = new Uint32Array(r.signature.byteLength / 4);
        new Uint8Array(sig.buffer).set(r.signature);
        out.set(r.id, { ...data, id: r.id, contentHash: r.content_hash, language: r.language, signature: sig });
      }
    }
    return out;
  }

  async listDocumentIds(): Promise<string[]> {
    return (this.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[]);
  }

  async countDocuments(): Promise<number> {
    return this.db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
  }

  async deleteDocuments(ids: readonly string[]): Promise<void> {
    const del = [
      this.db.prepare('DELETE FROM doc_keys WHERE doc_id = ?'),
      this.db.prepare('DELETE FROM pairs WHERE a = ? OR b = ?'),
      this.db.prepare('DELETE FROM documents WHERE id = ?'),
    ] as const;
    this.write(() => {
      for (const id of ids) {
        del[0].run(id);
        del[1].run(id, id);
        del[2].run(id);
      }
    });
  }

  async findByHash(hashes: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const part of chunks([...new Set(hashes)])) {
      const rows = this.db
        .prepare(`SELECT content_hash AS h, id FROM documents WHERE content_hash IN (${part.map(() => '?').join(',')}) ORDER BY id`)
        .all(...part) as { h: string; id: string }[];
      for (const r of rows) out.set(r.h, [...(out.get(r.h) ?? []), r.id]);
    }
    return out;
  }

  async lookupKeys(keys: readonly string[], limit = Number.MAX_SAFE_INTEGER): Promise<Map<string, { count: number; ids: string[] }>> {
    const out = new Map<string, { count: number; ids: string[] }>();
    const count = this.db.prepare('SELECT COUNT(*) FROM doc_keys WHERE key = ?').pluck();
    const list = this.db.prepare('SELECT doc_id FROM doc_keys WHERE key = ? ORDER BY doc_id LIMIT ?').pluck();
    for (const k of new Set(keys)) {
      const ids = list.all(k, limit + 1) as string[];
      if (ids.length === 0) continue;
      if (ids.length > limit) out.set(k, { count: count.get(k) as number, ids: [] });
      else out.set(k, { count: ids.length, ids });
    }
    return out;
  }

  async putPairs(pairs: readonly PairResult[]): Promise<void> {
    const put = this.db.prepare('INSERT OR REPLACE INTO pairs (a, b, relation, data) VALUES (?, ?, ?, ?)');
    this.write(() => {
      for (const p of pairs) put.run(p.a, p.b, p.relation, JSON.stringify(p));
    });
  }

  async listPairs(ids?: readonly string[]): Promise<PairResult[]> {
    if (!ids) return (this.db.prepare('SELECT data FROM pairs ORDER BY a, b').pluck().all() as string[]).map((d) => JSON.parse(d) as PairResult);
    const found = new Map<string, PairResult>();
    const q = this.db.prepare('SELECT data FROM pairs WHERE a = ? OR b = ?').pluck();
    for (const id of new Set(ids)) {
      for (const d of q.all(id, id) as string[]) {
        const p = JSON.parse(d) as PairResult;
        found.set(`${p.a}\u0000${p.b}`, p);
      }
    }
    return [...found.values()].sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  }

  async replaceStories(stories: readonly Story[]): Promise<void> {
    const put = this.db.prepare('INSERT INTO stories (id, data) VALUES (?, ?)');
    this.write(() => {
      this.db.prepare('DELETE FROM stories').run();
      for (const s of stories) put.run(s.id, JSON.stringify(s));
    });
  }

  async listStories(): Promise<Story[]> {
    return (this.db.prepare('SELECT data FROM stories ORDER BY id').pluck().all() as string[]).map((d) => JSON.parse(d) as Story);
  }

  async getMeta(key: string): Promise<string | undefined> {
    return this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.write(() => this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
