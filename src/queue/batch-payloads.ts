import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { RawDocument } from '../ingest/types.js';
import type { QueueClient } from './queue-connection.js';
import { RUN_KEY_TTL_SECONDS } from './queue-jobs.js';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * Stores a batch's raw documents once, gzipped, under its own key: a 1000-document batch of
 * long pages is megabytes, and BullMQ would otherwise copy it into the job hash and every
 * listing of the job. Expires on its own if the run is abandoned.
 */
export async function saveBatch(client: QueueClient, key: string, docs: readonly RawDocument[]): Promise<number> {
  const bytes = await gzipAsync(Buffer.from(JSON.stringify(docs)));
  await client.set(key, bytes, 'EX', RUN_KEY_TTL_SECONDS);
  return bytes.length;
}

function isRawDocument(value: unknown): value is RawDocument {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['id'] === 'string' && typeof v['text'] === 'string' && typeof v['contentHash'] === 'string' && typeof v['format'] === 'string' && Array.isArray(v['warnings']);
}

/**
 * The raw documents of a batch.
 * @throws when the key is gone (Redis restarted without persistence, or the run was cleaned up)
 *   or holds something else than a batch
 */
export async function loadBatch(client: QueueClient, key: string): Promise<RawDocument[]> {
  const bytes = await client.getBuffer(key);
  if (bytes === null) throw new Error(`the documents of this job are gone from Redis (${key}); run \`storytrace index\` again`);
  const parsed: unknown = JSON.parse((await gunzipAsync(bytes)).toString('utf8'));
  if (!Array.isArray(parsed) || !parsed.every(isRawDocument)) throw new Error(`${key} does not hold a batch of documents`);
  return parsed;
}

/**
 * Remembers which positions of a batch were new or changed when the job first ran, unless an
 * earlier attempt already did: a retry then analyses the same documents with the same
 * boilerplate context and reports them as added, not as unchanged.
 * @returns the positions in force (the earlier attempt's when there was one)
 */
export async function settlePartition(client: QueueClient, key: string, fresh: readonly number[]): Promise<number[]> {
  const set = await client.set(key, JSON.stringify(fresh), 'EX', RUN_KEY_TTL_SECONDS, 'NX');
  if (set === 'OK') return [...fresh];
  return (await loadPartition(client, key)) ?? [...fresh];
}

/** The positions an earlier attempt recorded, if any. */
export async function loadPartition(client: QueueClient, key: string): Promise<number[] | undefined> {
  const text = await client.get(key);
  if (text === null) return undefined;
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every((n) => Number.isInteger(n))) throw new Error(`${key} does not hold a batch partition`);
  return parsed as number[];
}
