import type { RedisClient } from './redis-context.js';
import { RedisKeys } from './redis-keys.js';

/**
 * The layout record of a Redis index: which key layout wrote it and how many posting buckets
 * it has. Every process must hash keys into the same buckets, so the first writer records the
 * count and later ones take it from there.
 */

/** Version of the key layout (1: a set per index key with "id NUL version" members). */
export const LAYOUT_VERSION = '2';

/**
 * Posting buckets of a new index unless the spec says `?buckets=`. Redis keeps a hash compact
 * (a listpack) up to 128 fields: ≈ 100 distinct keys per bucket is the sweet spot, so 4,096
 * suits up to ≈ 3,000 documents (≈ 130 distinct keys each); larger corpora want more.
 */
export const DEFAULT_BUCKETS = 4096;

/**
 * Reads the index's layout, recording it first when the index is new.
 * @param asked the bucket count a spec asked for, if any
 * @param readOnly the caller only reads: a new index is not recorded but an error (default false)
 * @returns the bucket count the index uses
 * @throws when the index was written by another layout, or `asked` differs from the recorded count,
 *   or with `readOnly` when there is no index under the prefix
 */
export async function openLayout(client: RedisClient, prefix: string, asked: number | undefined, readOnly = false): Promise<number> {
  const keys = new RedisKeys(prefix);
  let [version, buckets] = await client.hmget(keys.layout, 'version', 'buckets');
  if (version == null && readOnly && (await client.exists(keys.ids, keys.clock)) === 0) {
    throw new Error(`no index "${prefix}" here: make one with "storytrace index <paths> --store …" or name its prefix with ?prefix=`);
  }
  if (version == null) {
    if ((await client.exists(keys.ids, keys.clock)) > 0) {
      throw new Error(`index "${prefix}" was written by an older storytrace (key layout 1); delete its keys (${prefix}:*) and index again`);
    }
    // HSETNX: when two processes create the index at once, the first one's count wins for both.
    await client.hsetnx(keys.layout, 'buckets', String(asked ?? DEFAULT_BUCKETS));
    await client.hsetnx(keys.layout, 'version', LAYOUT_VERSION);
    [version, buckets] = await client.hmget(keys.layout, 'version', 'buckets');
  }
  if (version !== LAYOUT_VERSION) throw new Error(`index "${prefix}" has key layout ${version ?? '?'}, this storytrace reads layout ${LAYOUT_VERSION}`);
  const count = Number(buckets);
  if (!Number.isInteger(count) || count < 1 || (count & (count - 1)) !== 0) throw new Error(`index "${prefix}" records an invalid bucket count "${buckets ?? ''}"`);
  if (asked !== undefined && asked !== count) throw new Error(`index "${prefix}" has ${count} posting buckets; the spec asks for ${asked} (omit ?buckets= to use the index's)`);
  return count;
}
