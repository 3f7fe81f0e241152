import type { RedisClient, RedisScripts } from './redis-context.js';
import { RedisKeys } from './redis-keys.js';
import { openLayout } from './redis-layout.js';
import { APPEND_POSTINGS, COMPACT_PAIRS, READ_POSTINGS, REMOVE_POSTINGS, ROLL_FORWARD_DOCUMENT } from './redis-scripts.js';
import { openRedisClient, type RedisConnection } from './redis-client.js';
import { parseRedisSpec } from './redis-spec.js';
import { RedisStore } from './redis-store.js';

function defineScripts(client: RedisClient): RedisScripts {
  client.defineCommand('storytraceRollForward', { numberOfKeys: 1, lua: ROLL_FORWARD_DOCUMENT });
  client.defineCommand('storytraceCompactPairs', { numberOfKeys: 1, lua: COMPACT_PAIRS });
  client.defineCommand('storytraceAppendPostings', { numberOfKeys: 2, lua: APPEND_POSTINGS });
  client.defineCommand('storytraceRemovePostings', { numberOfKeys: 2, lua: REMOVE_POSTINGS });
  client.defineCommand('storytraceReadPostings', { numberOfKeys: 2, lua: READ_POSTINGS });
  return client as unknown as RedisScripts;
}

/**
 * Connects to the Redis a spec names and opens the store on it. ioredis is imported here, so
 * only Redis users load it.
 * @param text `redis://host:port[/db][?prefix=name][&buckets=N]`, `rediss://…` or `redis+cluster://host:port[,…][?prefix=name][&buckets=N]`
 * @param readOnly the caller only reads: an index that is not there is an error, not made (default false)
 * @throws "cannot reach Redis at host:port: …" when no connection can be made (within seconds, never a hang)
 */
export async function openRedisStore(text: string, readOnly = false): Promise<RedisStore> {
  const spec = parseRedisSpec(text);
  let connection: RedisConnection;
  try {
    connection = await openRedisClient(spec, 'store');
  } catch (error) {
    throw new Error(`cannot reach ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const { client, where } = connection;
  let buckets: number;
  try {
    buckets = await openLayout(client, spec.prefix, spec.buckets, readOnly);
  } catch (error) {
    client.disconnect();
    throw new Error(`Redis store ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return new RedisStore({ client, scripts: defineScripts(client), keys: new RedisKeys(spec.prefix, buckets) }, where);
}
