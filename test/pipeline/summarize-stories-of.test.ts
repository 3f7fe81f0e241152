// Session 12: `stories ID` read every document of the store (text, sketch and keys) to print one
// story; it now reads the named stories' documents only, and prints the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/pipeline.js';
import { summarizeStore, summarizeStoriesOf } from '../../src/pipeline/summarize-store.js';
import { selectStories } from '../../src/cli/select-stories.js';
import { MemoryStore } from '../../src/stores/index.js';

const STORY =
  'The council of Brookfield voted on Tuesday to close Main Street to cars for 140 days, the mayor said. ' +
  'Shop owners on the street asked for a delay until the spring, but the vote was seven to two. ' +
  'Buses will use Mill Road while the street is closed, and the works will cost 2.3 million dollars.';
const FLOOD =
  'The river Calder rose four metres overnight and flooded 230 homes in Hebden, the fire service said on Sunday. ' +
  'Residents of the lower town were taken to the sports hall, and the railway line to Leeds was closed until Tuesday.';
const OTHER = 'A recipe for a winter stew with fennel, saffron and white fish, simmered for forty minutes in a heavy pot with onions and thyme.';

/** A memory store that records the ids every getDocuments call asked for. */
class CountingStore extends MemoryStore {
  readonly asked: string[][] = [];
  override async getDocuments(ids: readonly string[]): ReturnType<MemoryStore['getDocuments']> {
    this.asked.push([...ids]);
    return super.getDocuments(ids);
  }
}

test('stories of some ids read only those stories\' documents, and select what the whole analysis selects', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'storytrace-stories-of-'));
  const store = new CountingStore();
  try {
    writeFileSync(join(folder, 'council.txt'), STORY);
    writeFileSync(join(folder, 'council-copy.txt'), STORY);
    writeFileSync(join(folder, 'flood.txt'), FLOOD);
    writeFileSync(join(folder, 'flood-copy.txt'), `${FLOOD} More on our site.`);
    writeFileSync(join(folder, 'stew.txt'), OTHER);
    await analyze([folder], { store });
    const all = await summarizeStore(store);
    assert.equal(all.stories.length, 2);
    const council = all.stories.find((s) => s.members.some((m) => m.document === 'council.txt'));
    assert.ok(council);
    for (const ids of [['council-copy.txt'], [council.id], ['stew.txt'], ['stew.txt', 'flood.txt', 'nothing-here']]) {
      store.asked.length = 0;
      const narrow = await summarizeStoriesOf(store, ids);
      const selected = selectStories(all, ids);
      assert.deepEqual(selectStories(narrow, ids), selected, ids.join(' '));
      // Only the selected stories' documents and the ids themselves are read.
      const needed = new Set([...selected.analysis.documents.map((d) => d.id), ...ids]);
      assert.deepEqual(store.asked.flat().filter((id) => !needed.has(id)), [], ids.join(' '));
    }
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
