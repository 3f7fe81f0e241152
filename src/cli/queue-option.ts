import { isRedisSpec } from '../stores/redis-spec.js';
import { DEFAULT_STORE_SPEC } from '../stores/index.js';

/**
 * The queue's Redis from `--queue`: the URL given, or the store's own server when the flag has
 * no value and the store is on Redis.
 * @throws a usage message when no queue can be named
 */
export function queueUrlOf(queue: string | true, store: string | undefined): string {
  if (typeof queue === 'string') return queue;
  const spec = store ?? DEFAULT_STORE_SPEC;
  if (isRedisSpec(spec)) return spec;
  throw new Error(`--queue needs a Redis address (redis://HOST:PORT or redis+cluster://HOST:PORT,…) when the store is not on Redis (store: ${spec})`);
}
