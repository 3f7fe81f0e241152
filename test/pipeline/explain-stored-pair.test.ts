// Session 12: `explain` verified every pair again, loading the lexicons and aligning long
// articles (2-3 s of CPU on the SemEval pile); a pair compared at indexing is now read from the
// store, and only a pair never compared (or `--verify`) is verified now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/pipeline.js';
import { explainPair } from '../../src/pipeline/explain-pair.js';
import { MemoryStore } from '../../src/stores/index.js';

const STORY =
  'The council of Brookfield voted on Tuesday to close Main Street to cars for 140 days, the mayor said. ' +
  'Shop owners on the street asked for a delay until the spring, but the vote was seven to two. ' +
  'Buses will use Mill Road while the street is closed, and the works will cost 2.3 million dollars.';
const OTHER = 'A recipe for a winter stew with fennel, saffron and white fish, simmered for forty minutes in a heavy pot with onions and thyme.';

test('explain shows the pair stored at indexing, verifies it again with verify, and verifies a pair never compared', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'storytrace-explain-'));
  const store = new MemoryStore();
  try {
    writeFileSync(join(folder, 'council.txt'), STORY);
    writeFileSync(join(folder, 'council-copy.txt'), `${STORY} Read more on our site.`);
    writeFileSync(join(folder, 'stew.txt'), OTHER);
    await analyze([folder], { store });
    const [stored] = await store.listPairs(['council.txt']);
    assert.ok(stored && stored.relation !== 'unrelated', 'the copy was compared at indexing');
    // A marker only the stored result carries: what explain shows comes from the store.
    await store.putPairs([{ ...stored, reasons: ['stored at indexing'] }]);
    const shown = await explainPair(store, 'council.txt', 'council-copy.txt');
    assert.deepEqual(shown.pair.reasons, ['stored at indexing']);
    const again = await explainPair(store, 'council-copy.txt', 'council.txt', { verify: true });
    assert.deepEqual(again.pair, stored, 'verified again: the result indexing stored');
    assert.deepEqual(shown.display.source.sentences.map((s) => s.text), shown.source.sentences.map((s) => s.text), 'display sentences are the views\' sentences');
    const never = await explainPair(store, 'council.txt', 'stew.txt');
    assert.equal(never.pair.relation, 'unrelated');
    assert.ok(never.pair.reasons.length > 0 && !never.pair.reasons.includes('stored at indexing'));
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
