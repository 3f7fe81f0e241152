import type { Cluster, ClusterOptions, Redis, RedisOptions } from 'ioredis';
import { describeNodes, type RedisSpec } from './redis-spec.js';

/** A standalone or Cluster connection; both take the same commands. */
export type RedisClient = Redis | Cluster;

/**
 * How a connection behaves when Redis goes away.
 * `store` and `run`: commands fail within seconds and the client gives up after a few
 * reconnection attempts (a run must stop with an error, not wait forever); the store also
 * pipelines automatically and bounds each command's wait.
 * `worker`: reconnects for as long as the worker lets it and commands wait for the connection
 * (BullMQ requires this for its blocking reads).
 */
export type ConnectionRole = 'store' | 'run' | 'worker';

/** An open connection, with the last socket error kept for messages. */
export interface RedisConnection {
  client: RedisClient;
  /** `host:port[,…]` for messages. */
  where: string;
  /** The last error the socket reported (reconnection errors arrive only as events). */
  lastError(): unknown;
}

/** How long a connection attempt may take before it counts as failed, in ms. */
const CONNECT_TIMEOUT_MS = 3000;
/** A store command with no answer for this long fails (a stuck server must not hang a run). */
const COMMAND_TIMEOUT_MS = 30000;
/** Reconnection attempts after a lost connection before a store or run client gives up. */
const RECONNECT_ATTEMPTS = 5;

const giveUp = (times: number): number | null => (times > RECONNECT_ATTEMPTS ? null : Math.min(times * 200, 1000));
const keepTrying = (times: number): number => Math.min(times * 200, 2000);

/** Turns a driver error into a sentence a user can act on: "Redis at host:port: connection refused". */
export function describeRedisError(where: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const why =
    code === 'ECONNREFUSED'
      ? 'connection refused'
      : code === 'ECONNRESET'
        ? 'connection reset'
        : code === 'ENOTFOUND'
          ? 'host not found'
          : /timeout/i.test(message) || code === 'ETIMEDOUT'
            ? 'connection timed out'
            : message;
  return `Redis at ${where}: ${why}`;
}

type LegacyOptions = RedisOptions & { replyMapping: 'legacy' };

function nodeOptions(spec: RedisSpec, role: ConnectionRole): LegacyOptions {
  const options: LegacyOptions = {
    // Replies shaped as BullMQ and our scripts expect them.
    replyMapping: 'legacy',
    connectTimeout: CONNECT_TIMEOUT_MS,
    lazyConnect: true,
    // One retry after a reconnect, then the command fails with an error instead of waiting.
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    retryStrategy: role === 'worker' ? keepTrying : giveUp,
  };
  if (role === 'store') {
    options.commandTimeout = COMMAND_TIMEOUT_MS;
    options.enableAutoPipelining = true;
  }
  if (spec.username !== undefined) options.username = spec.username;
  if (spec.password !== undefined) options.password = spec.password;
  if (spec.tls) options.tls = {};
  return options;
}

/**
 * Connects to the Redis a spec names, one server or a Cluster, and checks it answers.
 * ioredis is imported here, so runs without Redis never load it.
 * @throws "Redis at host:port: …" within seconds when no connection can be made
 */
export async function openRedisClient(spec: RedisSpec, role: ConnectionRole): Promise<RedisConnection> {
  const where = describeNodes(spec);
  const { Redis, Cluster } = await import('ioredis');
  const options = nodeOptions(spec, role);
  let client: RedisClient;
  if (spec.cluster) {
    const clusterOptions: ClusterOptions & { replyMapping: 'legacy'; redisOptions: LegacyOptions } = {
      replyMapping: 'legacy',
      redisOptions: options,
      lazyConnect: true,
      clusterRetryStrategy: role === 'worker' ? keepTrying : giveUp,
      retryDelayOnClusterDown: 200,
      retryDelayOnFailover: 200,
      slotsRefreshTimeout: CONNECT_TIMEOUT_MS,
      maxRedirections: 16,
    };
    if (role === 'store') clusterOptions.enableAutoPipelining = true;
    client = new Cluster(spec.nodes, clusterOptions);
  } else {
    const [node] = spec.nodes;
    client = new Redis({ ...options, host: node?.host ?? '127.0.0.1', port: node?.port ?? 6379, db: spec.db });
  }
  // Without a listener ioredis prints every reconnection error; callers report failures
  // themselves. The socket's own error (e.g. ECONNREFUSED) arrives only here, so keep the last one.
  let last: unknown;
  client.on('error', (error: unknown) => {
    last = error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    throw new Error(describeRedisError(where, last ?? error), { cause: error });
  }
  return { client, where, lastError: () => last };
}
