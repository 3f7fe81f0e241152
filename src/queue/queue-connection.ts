import type { Cluster, Redis, RedisOptions } from 'ioredis';
import { describeNodes, parseRedisSpec, type RedisSpec } from '../stores/redis-spec.js';

/** An ioredis client: one server or a Cluster. */
export type QueueClient = Redis | Cluster;

/** How a connection behaves when Redis goes away. */
export interface ConnectionRole {
  /**
   * `run`: commands fail within seconds and the client gives up after a few reconnection
   * attempts (an `index` run must stop with an error, not wait forever).
   * `worker`: reconnects for as long as the worker lets it, commands wait for the connection
   * (BullMQ requires this for its blocking reads).
   */
  kind: 'run' | 'worker';
}

const CONNECT_TIMEOUT_MS = 3000;
const RUN_RECONNECT_ATTEMPTS = 5;

/** Turns a driver error into a sentence a user can act on. */
export function describeRedisError(address: string, error: unknown): string {
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
  return `Redis at ${address}: ${why}`;
}

type LegacyOptions = RedisOptions & { replyMapping: 'legacy' };

function baseOptions(address: RedisSpec, role: ConnectionRole): LegacyOptions {
  const options: LegacyOptions = {
    // Replies shaped as BullMQ and our scripts expect them.
    replyMapping: 'legacy',
    connectTimeout: CONNECT_TIMEOUT_MS,
    lazyConnect: true,
    maxRetriesPerRequest: role.kind === 'worker' ? null : 1,
    retryStrategy: role.kind === 'worker' ? (times) => Math.min(times * 200, 2000) : (times) => (times > RUN_RECONNECT_ATTEMPTS ? null : Math.min(times * 200, 1000)),
  };
  if (address.username !== undefined) options.username = address.username;
  if (address.password !== undefined) options.password = address.password;
  if (address.tls) options.tls = {};
  return options;
}

/** An open connection to the queue's Redis, with the last socket error kept for messages. */
export interface QueueConnection {
  client: QueueClient;
  address: RedisSpec;
  /** `host:port[,…]` for messages. */
  where: string;
  /** The last error the socket reported (reconnection errors arrive only as events). */
  lastError(): unknown;
}

/**
 * Connects to the queue's Redis. ioredis is imported here so runs without a queue never load it.
 * @param url `redis://host:port[/db]` or `redis+cluster://host:port[,host:port…]`
 * @throws "cannot reach Redis at host:port: …" within seconds when no connection can be made
 */
export async function connectQueue(url: string, role: ConnectionRole): Promise<QueueConnection> {
  const address = parseRedisSpec(url);
  const where = describeNodes(address);
  const { Redis, Cluster } = await import('ioredis');
  const options = baseOptions(address, role);
  const client: QueueClient = address.cluster
    ? new Cluster(address.nodes, {
        redisOptions: options,
        lazyConnect: true,
        clusterRetryStrategy: options.retryStrategy ?? (() => null),
        retryDelayOnClusterDown: 200,
        retryDelayOnFailover: 200,
        slotsRefreshTimeout: CONNECT_TIMEOUT_MS,
        maxRedirections: 16,
      })
    : new Redis({ ...options, host: address.nodes[0]?.host ?? '127.0.0.1', port: address.nodes[0]?.port ?? 6379, db: address.db });
  let last: unknown;
  client.on('error', (error: unknown) => {
    last = error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    throw new Error(`cannot reach the queue: ${describeRedisError(where, last ?? error)}`, { cause: error });
  }
  return { client, address, where, lastError: () => last };
}
