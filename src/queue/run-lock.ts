import type { QueueClient } from './queue-connection.js';

/** How long the lock outlives a run that died without releasing it. */
const LOCK_TTL_MS = 30000;
const REFRESH_MS = 10000;

const REFRESH = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** A held run lock; `release` gives it up. */
export interface RunLock {
  release(): Promise<void>;
  /** Set when the lock was lost (taken over after it expired): the run must stop. */
  lost(): boolean;
}

/**
 * Takes the one lock of an index's queue: two `index` runs feeding one queue would each see the
 * other's documents half stored and verify them in the wrong phase.
 * @throws naming the run that holds the lock
 */
export async function acquireRunLock(client: QueueClient, key: string, runId: string): Promise<RunLock> {
  const taken = await client.set(key, runId, 'PX', LOCK_TTL_MS, 'NX');
  if (taken !== 'OK') {
    const holder = (await client.get(key)) ?? 'unknown';
    throw new Error(
      `another \`storytrace index\` run (${holder}) is feeding this index's queue; wait for it to end, or, if it was killed, ${Math.round(LOCK_TTL_MS / 1000)} s for its lock to expire`,
    );
  }
  let lost = false;
  const timer = setInterval(() => {
    client.eval(REFRESH, 1, key, runId, String(LOCK_TTL_MS)).then(
      (kept) => {
        if (kept === 0) lost = true;
      },
      () => undefined,
    );
  }, REFRESH_MS);
  timer.unref();
  return {
    lost: () => lost,
    release: async () => {
      clearInterval(timer);
      await client.eval(RELEASE, 1, key, runId);
    },
  };
}
