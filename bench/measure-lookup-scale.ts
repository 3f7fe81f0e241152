import { rmSync, statSync } from 'node:fs';
import { documentKeys, flattenKeys } from '../src/candidates/index.js';
import { MAX_SKETCH_POSTINGS } from '../src/pipeline/find-pairs.js';
import { sketchText } from '../src/sketch/index.js';
import { SqliteStore, type StoredDocument } from '../src/stores/index.js';
import { forEachLine, parseDoc } from './read-lines.js';
import { round, secondsSince } from './stats.js';
import { latency, type Latency } from './measure-queries.js';

/** Sketch-key lookups in a store of many documents (the near-duplicate candidate path). */
export interface LookupScaleResult {
  documents: number;
  /** Keys (LSH bands + winnowed fingerprints) per document, mean. */
  keysPerDocument: number;
  buildSeconds: number;
  /** SQLite file size (with WAL) per document: key rows, counts and their indexes. */
  bytesPerDocument: number;
  /** `lookupPostings(bands + fingerprints, 500)` of sampled stored documents, warm (second call timed). */
  sketchLookup: Latency;
}

const WRITE_BATCH = 2000;

/**
 * Fills a fresh SQLite store with the sketch keys of up to `limit` corpus documents (documents
 * stored with empty text: only the key index is under test, so no text stage is run) and
 * times the pipeline's sketch-key lookup for `queries` documents spread over the corpus.
 */
export async function measureLookupScale(docsFile: string, dbPath: string, limit: number, queries = 2000): Promise<LookupScaleResult> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const store = new SqliteStore(dbPath);
  const start = process.hrtime.bigint();
  let batch: StoredDocument[] = [];
  let documents = 0;
  let keyCount = 0;
  const every = Math.max(1, Math.floor(limit / queries));
  const sampled: string[][] = [];
  const pending: Promise<void>[] = [];
  forEachLine(docsFile, (line) => {
    if (documents >= limit) return;
    const doc = parseDoc(line);
    if (!doc) return;
    const keys = flattenKeys(documentKeys(sketchText(doc.text), [], []));
    keyCount += keys.length;
    if (documents % every === 0) sampled.push(keys);
    documents++;
    batch.push({ id: doc.id, contentHash: doc.id, format: 'jsonl', language: 'en', text: '', cleanText: '', boilerplate: [], warnings: [], signature: new Uint32Array(0), keys });
    if (batch.length >= WRITE_BATCH) {
      // SqliteStore writes synchronously inside the call; the promise only wraps the result.
      pending.push(store.putDocuments(batch));
      batch = [];
    }
  });
  pending.push(store.putDocuments(batch));
  await Promise.all(pending);
  const buildSeconds = secondsSince(start);
  const times: number[] = [];
  try {
    for (const keys of sampled) {
      await store.lookupPostings(keys, MAX_SKETCH_POSTINGS);
      const t = process.hrtime.bigint();
      await store.lookupPostings(keys, MAX_SKETCH_POSTINGS);
      times.push(secondsSince(t) * 1e6);
    }
  } finally {
    await store.close();
  }
  const bytes = ['', '-wal'].reduce((sum, suffix) => sum + (statSync(dbPath + suffix, { throwIfNoEntry: false })?.size ?? 0), 0);
  return {
    documents,
    keysPerDocument: round(keyCount / Math.max(1, documents), 1),
    buildSeconds: round(buildSeconds, 1),
    bytesPerDocument: Math.round(bytes / Math.max(1, documents)),
    sketchLookup: latency(times),
  };
}
