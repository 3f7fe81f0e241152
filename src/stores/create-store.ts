import { MemoryStore } from './memory-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/** The store used when none is named: an SQLite file in the working directory. */
export const DEFAULT_STORE_SPEC = 'sqlite:./storytrace.db';

/**
 * Opens a store from a spec: `sqlite:PATH` (or a path ending in .db / .sqlite), `memory`.
 * @param spec default `sqlite:./storytrace.db`
 * @throws a readable error for an unknown spec or a store that cannot be opened
 */
export async function createStore(spec: string = DEFAULT_STORE_SPEC): Promise<Store> {
  if (spec === 'memory') return new MemoryStore();
  if (spec.startsWith('sqlite:')) {
    const path = spec.slice('sqlite:'.length);
    if (!path) throw new Error('store spec sqlite: needs a path, e.g. sqlite:./storytrace.db');
    return new SqliteStore(path);
  }
  if (/\.(db|sqlite|sqlite3)$/i.test(spec)) return new SqliteStore(spec);
  if (/^rediss?:\/\//.test(spec)) throw new Error('the Redis backend is not available yet; use sqlite:PATH or memory');
  throw new Error(`unknown store "${spec}"; use sqlite:PATH, a path ending in .db, or memory`);
}
