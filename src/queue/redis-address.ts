import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { isRedisSpec, parseRedisSpec } from '../stores/redis-spec.js';

/**
 * The name that keeps one index's queue apart from another's on a shared Redis: the Redis
 * store's prefix, or a digest of the SQLite file's absolute path. Every process that names
 * the same store (on one machine for SQLite) gets the same name.
 * @throws when the store cannot be shared between processes (`memory`)
 */
export function queueNamespace(storeSpec: string): string {
  const spec = storeSpec.trim();
  if (isRedisSpec(spec)) return parseRedisSpec(spec).prefix;
  if (spec === 'memory') throw new Error('--queue needs a store that the workers can reach too: sqlite:PATH or redis://HOST:PORT, not "memory"');
  const path = spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec;
  return `sqlite-${createHash('sha256').update(resolve(path)).digest('hex').slice(0, 12)}`;
}
