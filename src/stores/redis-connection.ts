import type { ClusterOptions, RedisOptions } from 'ioredis';
import type { RedisClient, RedisScripts } from './redis-context.js';
import { RedisKeys } from './redis-keys.js';
import { openLayout } from './redis-layout.js';
import { APPEND_POSTINGS, COMPACT_PAIRS, READ_POSTINGS, REMOVE_POSTINGS, ROLL_FORWARD_DOCUMENT } from './redis-scripts.js';
import { describeNodes, parseRedisSpec, type RedisSpec } from './redis-spec.js';
import { RedisStore } from './redis-store.js';

/** How long a connection attempt may take before it counts as failed, in ms. */
const CONNECT_TIMEOUT_MS = 3000;
/** A command with no answer for this long fails (a stuck server must not hang a run). */
const COMMAND_TIMEOUT_MS = 30000;
/** Reconnection attempts after a lost connection before the client gives up for good. */
const RECONNECT_ATTEMPTS = 5;

const retry = (times: number): number | null => (times > RECONNECT_ATTEMPTS ? null : Math.min(times * 200, 1000));

/** Turns a driver's connection error into the sentence a user can act on. */
function reachError(address: string, error: unknown): Error {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const why =
    code === 'ECONNREFUSED' ? 'connection refused' : code === 'ETIMEDOUT' || /timeout/i.test(message) ? 'connection timed out' : code === 'ENOTFOUND' ? 'host not found' : message;
  return new Error(`cannot reach Redis at ${address}: ${why}`, { cause: error });
}

function clientOptions(spec: RedisSpec): RedisOptions & { replyMapping: 'legacy' } {
  const options: RedisOptions & { replyMapping: 'legacy' } = {
    replyMapping: 'legacy',
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    // One retry after a reconnect, then the command fails with an error instead of waiting.
    maxRetriesPerRequest: 1,
    enableAutoPipelining: true,
    lazyConnect: true,
  };
  if (spec.username !== undefined) options.username = spec.username;
  if (spec.password !== undefined) options.password = spec.password;
  if (spec.tls) options.tls = {};
  return options;
}

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
 * @throws "cannot reach Redis at host:port: …" when no connection can be made (within seconds, never a hang)
 */
export async function openRedisStore(text: string): Promise<RedisStore> {
  const spec = parseRedisSpec(text);
  const address = describeNodes(spec);
  const { Redis, Cluster } = await import('ioredis');
  let client: RedisClient;
  if (spec.cluster) {
    const options: ClusterOptions & { replyMapping: 'legacy'; redisOptions: RedisOptions & { replyMapping: 'legacy' } } = {
      replyMapping: 'legacy',
      redisOptions: clientOptions(spec),
      enableAutoPipelining: true,
      lazyConnect: true,
      clusterRetryStrategy: retry,
      retryDelayOnClusterDown: 200,
      retryDelayOnFailover: 200,
      slotsRefreshTimeout: CONNECT_TIMEOUT_MS,
    };
    client = new Cluster(spec.nodes, options);
  } else {
    const [node] = spec.nodes;
    client = new Redis({ ...clientOptions(spec), host: node?.host ?? '127.0.0.1', port: node?.port ?? 6379, db: spec.db, retryStrategy: retry });
  }
  // Without a listener ioredis prints every reconnection error; the store reports failures
  // itself. The socket's own error (e.g. ECONNREFUSED) arrives only here, so keep the last one.
  let socketError: unknown;
  client.on('error', (error: unknown) => {
    socketError = error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    throw reachError(address, socketError ?? error);
  }
  let buckets: number;
  try {
    buckets = await openLayout(client, spec.prefix, spec.buckets);
  } catch (error) {
    client.disconnect();
    throw new Error(`Redis store ${address}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return new RedisStore({ client, scripts: defineScripts(client), keys: new RedisKeys(spec.prefix, buckets) }, address);
}
