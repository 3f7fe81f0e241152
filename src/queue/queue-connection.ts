import { openRedisClient, type RedisClient, type RedisConnection } from '../stores/redis-client.js';
import { parseRedisSpec, type RedisSpec } from '../stores/redis-spec.js';

export { describeRedisError } from '../stores/redis-client.js';

/** An ioredis client: one server or a Cluster. */
export type QueueClient = RedisClient;

/** An open connection to the queue's Redis, with the last socket error kept for messages. */
export interface QueueConnection extends RedisConnection {
  address: RedisSpec;
}

/**
 * Connects to the queue's Redis.
 * @param url `redis://host:port[/db]` or `redis+cluster://host:port[,host:port…]`
 * @param role `run`: an `index` run, which must stop with an error when Redis is gone; `worker`:
 *   keeps reconnecting, as BullMQ's blocking reads need
 * @throws "cannot reach the queue: Redis at host:port: …" within seconds when no connection can be made
 */
export async function connectQueue(url: string, role: 'run' | 'worker'): Promise<QueueConnection> {
  const address = parseRedisSpec(url);
  try {
    return { ...(await openRedisClient(address, role)), address };
  } catch (error) {
    throw new Error(`cannot reach the queue: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
