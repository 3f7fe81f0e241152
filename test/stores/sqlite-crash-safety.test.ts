import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/stores/index.js';
import { crashDocumentId, KEYS_PER_DOCUMENT } from './fixtures/crash-documents.js';

const WRITER = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'write-documents.ts');
const TOTAL = 4000;
const BATCH = 50;
/** Delays after the writer's first commit at which it is killed. */
const KILL_DELAYS_MS = [0, 100, 300, 700];

const dir = mkdtempSync(join(tmpdir(), 'storytrace-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface WriterRun {
  signal: NodeJS.Signals | null;
  code: number | null;
  lastCommitted: number;
  stderr: string;
}

/** Runs the writer; when `killDelayMs` is given, SIGKILLs it that long after its first commit. */
function runWriter(dbPath: string, killDelayMs?: number): Promise<WriterRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dbPath, String(TOTAL), String(BATCH)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastCommitted = 0;
    let stdout = '';
    let stderr = '';
    let killScheduled = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const lines = stdout.split('\n');
      stdout = lines.pop() ?? '';
      for (const line of lines) lastCommitted = Number(line.replace('committed ', ''));
      if (killDelayMs !== undefined && !killScheduled && lastCommitted > 0) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), killDelayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ signal, code, lastCommitted, stderr }));
  });
}

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

function countKeyRows(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare<[], number>('SELECT count(*) FROM doc_keys').pluck().get() ?? -1;
  } finally {
    db.close();
  }
}

describe('SQLite store after SIGKILL', () => {
  for (const delay of KILL_DELAYS_MS) {
    it(`keeps whole batches only when killed ${delay} ms after the first commit`, async (t) => {
      const dbPath = join(dir, `killed-after-${delay}.db`);
      const run = await runWriter(dbPath, delay);
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
    const killed = await runWriter(dbPath, 200);
    assert.equal(killed.signal, 'SIGKILL');
    const finished = await runWriter(dbPath);
    assert.equal(finished.code, 0, finished.stderr);
    assert.equal(await assertWholeBatches(dbPath), TOTAL);
    assert.equal(countKeyRows(dbPath), TOTAL * KEYS_PER_DOCUMENT);
  });
});
