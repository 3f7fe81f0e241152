// Add and remove on a store that already holds the example story: the stories stay right, the
// change list says what changed, and the story id survives small membership changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyze, createStore, indexPaths, removeDocuments, summarizeStore, trackStoryChanges, type Store } from '../../src/index.js';

const EXAMPLES = new URL('../../examples', import.meta.url).pathname;
const ORIGIN = 'veltrin-chronicle/st-aldric-drones-senate-briefing.html';
const LATE = 'harwick-courier/army-chief-senators-st-aldric-drones.html';
const REWRITE = 'trendpulse-news/norvessa-st-aldric-drone-strike-leaked-notes.html';

/** The examples without one document, and that document alone in a folder of its own (same id). */
function splitExamples(held: string): { rest: string; held: string; cleanup: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-living-'));
  const rest = join(work, 'rest');
  const one = join(work, 'held');
  cpSync(EXAMPLES, rest, { recursive: true });
  mkdirSync(dirname(join(one, held)), { recursive: true });
  renameSync(join(rest, held), join(one, held));
  return { rest, held: one, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

const storyOf = async (store: Store, doc: string) => (await store.listStories()).find((s) => s.members.some((m) => m.document === doc));

test('adding a new member to the story keeps its id and reports only that member', async () => {
  const dirs = splitExamples(LATE);
  const store = await createStore('memory');
  try {
    await indexPaths([dirs.rest], store);
    const before = await storyOf(store, ORIGIN);
    assert.ok(before);
    assert.ok(!before.members.some((m) => m.document === LATE));
    const { changes } = await trackStoryChanges(store, () => indexPaths([dirs.held], store));
    const after = await storyOf(store, ORIGIN);
    assert.equal(after?.id, before.id);
    assert.deepEqual(changes.created, []);
    assert.deepEqual(changes.removed, []);
    assert.equal(changes.updated.length, 1);
    assert.equal(changes.updated[0]?.story, before.id);
    assert.deepEqual(changes.updated[0]?.joined.map((m) => [m.document, m.relation, m.source]), [[LATE, 'edited-copy', ORIGIN]]);
    assert.equal(changes.updated[0]?.origin, undefined);
    // The incremental store ends where a single run over everything ends.
    const whole = await analyze([EXAMPLES]);
    assert.deepEqual((await summarizeStore(store)).stories, whole.stories);
  } finally {
    await store.close();
    dirs.cleanup();
  }
});

test('adding an unrelated document changes no story', async () => {
  const work = mkdtempSync(join(tmpdir(), 'storytrace-unrelated-'));
  writeFileSync(join(work, 'allotments.txt'), 'The allotment society of Brindle Lane met on Sunday to share out seed potatoes. Forty members came, and the chair thanked the volunteers who repaired the shed roof over the winter. The next meeting will pick the date of the summer show.\n');
  const store = await createStore('memory');
  try {
    await indexPaths([EXAMPLES], store);
    const before = await store.listStories();
    const { result, changes } = await trackStoryChanges(store, () => indexPaths([work], store));
    assert.deepEqual(result.added, ['allotments.txt']);
    assert.deepEqual(changes, { created: [], updated: [], removed: [] });
    assert.deepEqual(await store.listStories(), before);
  } finally {
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
});

test('removing a member keeps the id; removing the origin renames the story and reports it as continued', async () => {
  const store = await createStore('memory');
  try {
    await indexPaths([EXAMPLES], store);
    const story = await storyOf(store, ORIGIN);
    assert.ok(story);
    const first = await trackStoryChanges(store, () => removeDocuments([REWRITE, 'no-such-doc'], store));
    assert.deepEqual(first.result, { removed: [REWRITE], missing: ['no-such-doc'] });
    assert.deepEqual(first.changes.updated.map((u) => [u.story, u.left, u.joined.length, u.origin]), [[story.id, [REWRITE], 0, undefined]]);
    assert.equal((await storyOf(store, ORIGIN))?.id, story.id);

    const second = await trackStoryChanges(store, () => removeDocuments([ORIGIN], store));
    const rest = await storyOf(store, LATE);
    assert.ok(rest, 'the copies still form a story');
    assert.notEqual(rest.id, story.id, 'ids come from the origin, so the same documents always give the same ids');
    assert.deepEqual([second.changes.created, second.changes.removed], [[], []]);
    const update = second.changes.updated.find((u) => u.story === rest.id);
    assert.equal(update?.previousId, story.id, 'reported as the same story going on');
    assert.equal(update?.origin?.before, ORIGIN);
    assert.equal(update?.origin?.after, rest.origin.document);
    assert.deepEqual(update?.left, [ORIGIN]);
  } finally {
    await store.close();
  }
});
