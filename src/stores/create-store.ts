import { MemoryStore } from './memory-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/** The store used when none is named. */
export const DEFAULT_STORE_SPEC = 'sqlite:./storytrace.db';

const ACCEPTED_FORMS =
  '"memory", "sqlite:PATH", a path ending in .db, .sqlite or .sqlite3, or "redis://HOST:PORT"';

/**
 * Opens the store a spec names.
 * @param spec `memory`; `sqlite:PATH` or a bare path ending in `.db`, `.sqlite` or `.sqlite3`;
 *   `redis://…` / `rediss://…` (not available yet). Default `sqlite:./storytrace.db`.
 * @returns an open store; close it when done
 * @throws an Error naming the accepted forms when the spec is not one of them
 */
export async function createStore(spec: string = DEFAULT_STORE_SPEC): Promise<Store> {
  const trimmed = spec.trim();
  if (trimmed === 'memory') return new MemoryStore();
  if (trimmed.startsWith('sqlite:')) {
    const path = trimmed.slice('sqlite:'.length);
    if (path === '') throw new Error(`Store spec "${spec}" names no file; expected sqlite:PATH`);
    return new SqliteStore(path);
  }
  if (/^rediss?:\/\//i.test(trimmed)) {
    // The driver (ioredis) will be imported here, lazily, so SQLite users never load it.
    throw new Error(
      `Store spec "${spec}": the Redis backend is not available yet; use "memory" or "sqlite:PATH" for now`,
    );
  }
  if (/\.(db|sqlite|sqlite3)$/i.test(trimmed)) return new SqliteStore(trimmed);
  throw new Error(`Unknown store spec "${spec}"; expected ${ACCEPTED_FORMS}`);
}
