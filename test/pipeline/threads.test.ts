import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/pipeline.js';
import { createTaskRunner, type TaskRunner } from '../../src/pipeline/worker-pool.js';
import { BatchWriter, storeBatch, type StoredBatch } from '../../src/pipeline/store-documents.js';
import type { RawDocument } from '../../src/ingest/types.js';
import { pairDocumentFromStore } from '../../src/pipeline/document-views.js';
import { ViewCache } from '../../src/pipeline/verify-pairs.js';
import { MemoryStore, type StoredDocument } from '../../src/stores/index.js';
import { makeDocument } from '../stores/fake-records.js';

/** A batch's analysed documents, as the pipeline gets them from a runner. */
const analyseBatch = async (runner: TaskRunner, raws: readonly RawDocument[]) => (await runner.startAnalysis(raws)).analysed;

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const WORDS = (
  'harbour council budget minister storm ferry market school river bridge station museum police festival hospital airport ' +
  'teacher farmer engine garden winter summer window letter doctor village island mountain forest castle theatre library ' +
  'factory railway tunnel harvest courtyard lantern kitchen blanket pepper ribbon saddle timber velvet whistle anchor barrel'
).split(' ');

/**
 * A seeded corpus with planted families: each original has an exact copy, an edited copy
 * (every seventh word replaced), an excerpt and a copy with its sentences reversed.
 */
function generatedCorpus(originals: number): string {
  let seed = 11;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
  const lines: string[] = [];
  const add = (id: string, sentences: string[]): void => {
    lines.push(JSON.stringify({ id, text: sentences.join(' ') }));
  };
  for (let i = 0; i < originals; i++) {
    // Compounds of two words: a vocabulary large enough that unrelated originals stay apart.
    const word = (): string => (WORDS[next() % WORDS.length] ?? '') + (WORDS[next() % WORDS.length] ?? '');
    const sentences = Array.from({ length: 10 }, () => `The ${Array.from({ length: 14 }, word).join(' ')} ${next() % 90000}.`);
    const family = `f${String(i).padStart(3, '0')}`;
    add(`${family}-orig`, sentences);
    add(`${family}-copy`, sentences);
    add(`${family}-edit`, sentences.map((s) => s.split(' ').map((w, k) => (k % 7 === 3 ? word() : w)).join(' ')));
    add(`${family}-excerpt`, sentences.slice(2, 6));
    add(`${family}-shuffle`, [...sentences].reverse());
  }
  return `${lines.join('\n')}\n`;
}

test('analyze gives the same JSON with 1 and 2 threads on the examples', async () => {
  const one = await analyze([EXAMPLES], { threads: 1 });
  const two = await analyze([EXAMPLES], { threads: 2 });
  assert.ok(one.stories.length > 0, 'the examples form stories');
  assert.equal(JSON.stringify(two), JSON.stringify(one));
});

test('analyze gives the same JSON with 1, 2 and 3 threads on a generated corpus with planted families', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-threads-'));
  try {
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, generatedCorpus(24));
    const one = await analyze([file], { threads: 1, store: `sqlite:${join(dir, 'one.db')}` });
    const two = await analyze([file], { threads: 2, store: `sqlite:${join(dir, 'two.db')}` });
    const three = await analyze([file], { threads: 3 });
    assert.equal(one.documents.length, 120);
    const families = one.stories.map((s) => [...new Set(s.members.map((m) => m.document.split('-')[0]))]);
    assert.ok(families.length >= 20 && families.every((f) => f.length === 1), `stories by family: ${JSON.stringify(families)}`);
    assert.equal(JSON.stringify(two), JSON.stringify(one));
    assert.equal(JSON.stringify(three), JSON.stringify(one));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a worker thread analyses documents as the calling thread does, and rebuilds the same views', async () => {
  const raws: RawDocument[] = generatedCorpus(2).trim().split('\n').map((line, i) => {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    return { id, text, contentHash: `h${i}`, format: 'jsonl', warnings: [] };
  });
  const local = await analyseBatch(createTaskRunner(1), raws);
  const pool = createTaskRunner(2, 1);
  try {
    assert.equal(pool.threads, 2);
    const remote = await analyseBatch(pool, raws);
    assert.equal(local.length, raws.length);
    assert.deepEqual(remote.map((d) => d.stored), local.map((d) => d.stored));
    // Workers verify from views rebuilt from the stored documents: equal to the indexing ones.
    for (const d of local) assert.deepEqual(pairDocumentFromStore(d.stored), d.view);
  } finally {
    await pool.close();
  }
});

test('workers count a batch\'s lines chunk by chunk and remove the lines repeated across chunks, as the calling thread does', async () => {
  // Eight documents, one chunk each with two workers (4 chunks per worker): the footer is in
  // documents on both workers, the tagline in two documents of one site on different workers.
  // Lines, not sentences: a sentence counts as repeated only from 10 documents on.
  const footer = 'Example Media Network';
  const tagline = 'Your Daily Source of Local News';
  const texts = generatedCorpus(2).trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
  const raws: RawDocument[] = texts.slice(0, 8).map((text, i) => {
    const head = i === 1 || i === 2 ? `${tagline}\n\n` : '';
    const tail = i % 3 === 0 ? `\n\n${footer}` : '';
    return { id: `d${i}`, text: `${head}${text}${tail}`, contentHash: `h${i}`, format: 'txt', site: i < 4 ? 'local.example' : 'other.example', warnings: [] };
  });
  const local = await analyseBatch(createTaskRunner(1), raws);
  const pool = createTaskRunner(2, 1);
  try {
    const remote = await analyseBatch(pool, raws);
    assert.deepEqual(remote.map((d) => d.stored), local.map((d) => d.stored));
    const repeated = local.map((d) => d.stored.boilerplate.filter((b) => b.reason === 'repeated').map((b) => b.text));
    assert.deepEqual(repeated, [[footer], [tagline], [tagline], [footer], [], [], [footer], []]);
    // The text the main thread sent is the text stored, though the workers no longer send it back.
    assert.deepEqual(remote.map((d) => d.stored.text), raws.map((r) => r.text));
  } finally {
    await pool.close();
  }
});

test('a worker verifies from the views it kept while analysing, never from a version analysed again since', async () => {
  const texts = generatedCorpus(2).trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
  const [original = '', , , , , other = ''] = texts;
  let n = 0;
  const raw = (id: string, text: string): RawDocument => ({ id, text, contentHash: `h${n++}`, format: 'jsonl', warnings: [] });
  const store = new MemoryStore();
  const pool = createTaskRunner(2, 1);
  try {
    // One document per chunk: "a" v1 goes to worker 0; then "d" to worker 0 and "a" v2 (another
    // story) to worker 1, so worker 0 still holds a view of v1.
    await storeBatch([raw('a', original), raw('b', original), raw('c', other)], store, undefined, pool);
    await storeBatch([raw('d', other), raw('a', other)], store, undefined, pool);
    const pairs: [string, string][] = [['a', 'b'], ['a', 'c'], ['b', 'd']];
    const fromStore = await createTaskRunner(1).verify(pairs, new ViewCache(), store);
    assert.deepEqual(fromStore.map((p) => p.relation === 'unrelated'), [true, false, true]);
    assert.deepEqual(await pool.verify(pairs, new ViewCache(), store), fromStore);
  } finally {
    await pool.close();
  }
});

test('batches analysed while the one before is written store and report what batches in turn do', async () => {
  const texts = generatedCorpus(2).trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
  const [first = '', , , , , second = ''] = texts;
  const raw = (id: string, text: string): RawDocument => ({ id, text, contentHash: `h-${text.length}`, format: 'jsonl', warnings: [] });
  // "a" changes in the second batch and comes again unchanged in the third: both must see the
  // batch before them stored.
  const batches = [
    [raw('a', first), raw('b', first)],
    [raw('c', second), raw('a', second)],
    [raw('a', second), raw('d', first)],
    [raw('e', second)],
  ];
  const summary = async (store: MemoryStore, reports: StoredBatch[]) => ({
    stored: [...(await store.getDocuments(['a', 'b', 'c', 'd', 'e'])).entries()].map(([id, d]) => [id, d.contentHash, [...d.keys].sort()]),
    reports: reports.map((r) => ({ added: r.added.map((d) => d.stored.id), unchanged: r.unchanged })),
  });
  const pool = createTaskRunner(2, 1);
  try {
    const inTurn = new MemoryStore();
    const inTurnReports: StoredBatch[] = [];
    for (const batch of batches) inTurnReports.push(await storeBatch(batch, inTurn, undefined, pool));
    const overlapped = new MemoryStore();
    const overlappedReports: StoredBatch[] = [];
    const writer = new BatchWriter(overlapped, pool, () => undefined, (stored) => overlappedReports.push(stored));
    for (const batch of batches) await writer.add(batch);
    await writer.finish();
    const expected = await summary(inTurn, inTurnReports);
    assert.deepEqual(expected.reports[2], { added: ['d'], unchanged: ['a'] }, 'the unchanged "a" is found stored');
    assert.deepEqual(await summary(overlapped, overlappedReports), expected);
  } finally {
    await pool.close();
  }
});

test('a batch whose analysis fails is reported when awaited, after the batch before it is stored, with and without workers', async () => {
  const text = generatedCorpus(1).trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text)[0] ?? '';
  const raw = (id: string, body: string): RawDocument => ({ id, text: body, contentHash: id, format: 'jsonl', warnings: [] });
  for (const threads of [1, 2]) {
    const runner = createTaskRunner(threads, 1);
    const store = new MemoryStore();
    try {
      const writer = new BatchWriter(store, runner, () => undefined, () => undefined);
      await writer.add([raw('a', text), raw('b', text)]);
      // A title that is a function: it cannot be sent to a worker (the count step fails), and
      // this thread's text stage cannot lowercase it.
      await writer.add([{ ...raw('c', text), title: (() => 'x') as unknown as string }]);
      assert.deepEqual([...(await store.getDocuments(['a', 'b', 'c'])).keys()], ['a', 'b'], `${threads} thread(s)`);
      await assert.rejects(writer.finish(), /could not be cloned|is not a function/, `${threads} thread(s)`);
    } finally {
      await runner.close();
    }
  }
});

test('an error inside a worker thread rejects the call with its message', async () => {
  const pool = createTaskRunner(2, 1);
  const store = new MemoryStore();
  try {
    // A stored document whose clean text is not a string makes the worker's view rebuild throw.
    const broken = (id: string): StoredDocument => ({ ...makeDocument(id), cleanText: null as unknown as string });
    await store.putDocuments([broken('x'), broken('y')]);
    await assert.rejects(pool.verify([['x', 'y']], new ViewCache(), store), /pipeline worker thread: .*TypeError/s);
  } finally {
    await pool.close();
  }
});
