import { MemoryStore } from './memory-store.js';
import { SqliteStore } from './sqlite-store.js';
import { isRedisSpec } from './redis-spec.js';
import type { Store } from './store.js';

/** The store used when none is named. */
export const DEFAULT_STORE_SPEC = 'sqlite:./storytrace.db';

const ACCEPTED_FORMS =
  '"memory", "sqlite:PATH", a path ending in .db, .sqlite or .sqlite3, ' +
  '"redis://HOST:PORT[/DB][?prefix=NAME]" or "redis+cluster://HOST:PORT[,HOST:PORT…][?prefix=NAME]"';

/**
 * The SQLite file a spec names, if it names one (`sqlite:PATH`, or a bare path ending in `.db`,
 * `.sqlite` or `.sqlite3`); `""` for `sqlite:` with no path.
 * @param spec a store spec as {@link createStore} takes it
 * @returns the path, or undefined for memory, Redis and unknown specs
 */
export function sqlitePathOf(spec: string): string | undefined {
  const trimmed = spec.trim();
  if (trimmed.startsWith('sqlite:')) return trimmed.slice('sqlite:'.length);
  if (!isRedisSpec(trimmed) && /\.(db|sqlite|sqlite3)$/i.test(trimmed)) return trimmed;
  return undefined;
}

/** How a store is opened. */
export interface OpenOptions {
  /**
   * The caller only reads (`stories`, `report`, `explain`): a SQLite file is opened read-only
   * (sqlite-read-only.ts), so a store in a folder this user may not write can be read; Redis and
   * memory stores are opened as usual, and nothing a reader does writes to them. Default false.
   */
  readOnly?: boolean;
}

/**
 * Opens the store a spec names.
 * @param spec `memory`; `sqlite:PATH` or a bare path ending in `.db`, `.sqlite` or `.sqlite3`;
 *   `redis://host:port[/db][?prefix=name]` (`rediss://` for TLS) for one Redis server;
 *   `redis+cluster://host:port[,host:port…][?prefix=name]` for a Redis Cluster (prefix default
 *   `st`, so several indexes can share a server). Default `sqlite:./storytrace.db`.
 * @param options `readOnly` (default false)
 * @returns an open store; close it when done
 * @throws an Error naming the accepted forms when the spec is not one of them, or naming the
 *   address when Redis cannot be reached
 */
export async function createStore(spec: string = DEFAULT_STORE_SPEC, options: OpenOptions = {}): Promise<Store> {
  const trimmed = spec.trim();
  if (trimmed === 'memory') return new MemoryStore();
  const path = sqlitePathOf(trimmed);
  if (path === '') throw new Error(`Store spec "${spec}" names no file; expected sqlite:PATH`);
  if (path !== undefined) return new SqliteStore(path, { readOnly: options.readOnly === true });
  if (isRedisSpec(trimmed)) {
    // Imported lazily so SQLite and memory users never load the Redis driver.
    const { openRedisStore } = await import('./redis-connection.js');
    return openRedisStore(trimmed, options.readOnly === true);
  }
  throw new Error(`Unknown store spec "${spec}"; expected ${ACCEPTED_FORMS}`);
}
