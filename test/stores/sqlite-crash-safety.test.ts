import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteStore } from '../../src/stores/index.js';
import { runWriter } from './fixtures/run-writer.js';
import { crashDocumentId, KEYS_PER_DOCUMENT } from './fixtures/crash-documents.js';
import { readRuns } from './sqlite-level-rows.js';

const TOTAL = 4000;
const BATCH = 50;
/**
 * The writer is killed a few milliseconds after it reports `committed` documents. Progress, not
 * a clock from the start, decides the moment: disk speed varies tenfold between runs, and a
 * kill timed from the start sometimes came after the writer had finished. The small delays put
 * the kill at different points inside the next batch.
 */
const KILL_MOMENTS = [
  { committed: 50, delayMs: 0 },
  { committed: 500, delayMs: 3 },
  { committed: 1500, delayMs: 7 },
  { committed: 2500, delayMs: 15 },
];

const dir = mkdtempSync(join(tmpdir(), 'storytrace-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));


/** Checks that the store holds exactly the first N documents, N a multiple of the batch size, each with all its keys. */
async function assertWholeBatches(dbPath: string): Promise<number> {
  const store = new SqliteStore(dbPath);
  try {
    const ids = await store.listDocumentIds();
    assert.equal(ids.length % BATCH, 0, `${ids.length} documents is not a whole number of batches`);
    assert.deepEqual(ids, Array.from({ length: ids.length }, (_, i) => crashDocumentId(i)));
    const docs = await store.getDocuments(ids);
    for (const id of ids) assert.equal(docs.get(id)?.keys.length, KEYS_PER_DOCUMENT, `keys of ${id}`);
    return ids.length;
  } finally {
    await store.close();
  }
}

/** Postings stored in the runs' blocks (each run checked against its row on the way). */
function countKeyRows(dbPath: string): number {
  return readRuns(dbPath).postings.length;
}

describe('SQLite store after SIGKILL', () => {
  for (const kill of KILL_MOMENTS) {
    it(`keeps whole batches only when killed ${kill.delayMs} ms after ${kill.committed} documents`, async (t) => {
      const dbPath = join(dir, `killed-after-${kill.committed}.db`);
      const run = await runWriter(dbPath, TOTAL, BATCH, kill);
      assert.equal(run.signal, 'SIGKILL', `writer was not killed mid-run (exit ${run.code}): raise TOTAL. ${run.stderr}`);
      const present = await assertWholeBatches(dbPath);
      assert.ok(present >= run.lastCommitted, `${present} documents, but the writer reported ${run.lastCommitted} committed`);
      assert.ok(present < TOTAL, 'every document is present although the writer was killed');
      assert.equal(countKeyRows(dbPath), present * KEYS_PER_DOCUMENT, 'stray keys without their document');
      t.diagnostic(`${present} of ${TOTAL} documents survived; the writer had reported ${run.lastCommitted}`);
    });
  }

  it('completes the set when the killed writer is run again', async () => {
    const dbPath = join(dir, 'resumed.db');
    const killed = await runWriter(dbPath, TOTAL, BATCH, { committed: 1000, delayMs: 5 });
    assert.equal(killed.signal, 'SIGKILL');
    const finished = await runWriter(dbPath, TOTAL, BATCH);
    assert.equal(finished.code, 0, finished.stderr);
    assert.equal(await assertWholeBatches(dbPath), TOTAL);
    assert.equal(countKeyRows(dbPath), TOTAL * KEYS_PER_DOCUMENT);
  });
});
