import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBenchOptions } from './bench-options.js';
import { copyId, copyKeys } from './copy-keys.js';
import { rawRegexHash, rawScanHash } from './raw-hash-loop.js';
import { forEachLine, parseDoc } from './read-lines.js';
import { median, quantile } from './stats.js';
import { cpuMsByThread, threadCpuSplit } from './thread-cpu.js';

test('quantiles by nearest rank', () => {
  const xs = [5, 1, 4, 2, 3, 100, 6, 7, 8, 9];
  assert.equal(median(xs), 5);
  assert.equal(quantile(xs, 0.99), 100);
  assert.ok(Number.isNaN(median([])));
});

test('the line reader sees every line, the last one without a newline too', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'docs.jsonl');
  writeFileSync(file, '{"id":"a","text":"x y"}\n\n{"id":"b","text":"z"}');
  const ids: string[] = [];
  assert.equal(forEachLine(file, (l) => ids.push(parseDoc(l)?.id ?? '?')), 2);
  assert.deepEqual(ids, ['a', 'b']);
});

test('both raw loops hash the same words the same way on ASCII text', () => {
  const text = 'The Minister said, on Tuesday: 300 drones were seen near the harbour again.';
  assert.equal(rawScanHash(text), rawRegexHash(text));
  assert.notEqual(rawScanHash(text), rawScanHash(text.replace('300', '301')));
});

test('bench flags: defaults, numbers, and an unknown flag named', () => {
  const o = parseBenchOptions(['--n', '100000', '--index-docs', '0', '--peers']);
  assert.equal(o.n, 100000);
  assert.equal(o.indexDocs, 0);
  assert.equal(o.peers, true);
  assert.equal(parseBenchOptions([]).repeats, 5);
  assert.deepEqual(parseBenchOptions([]).threads, [1, 2]);
  assert.deepEqual(parseBenchOptions(['--threads', '2,1', '--lookup-docs', '500']).threads, [2, 1]);
  assert.equal(parseBenchOptions(['--lookup-docs', '500']).lookupDocs, 500);
  assert.throws(() => parseBenchOptions(['--threads', '0']), /--threads needs/);
  assert.throws(() => parseBenchOptions(['--fast']), /unknown flag --fast/);
  assert.throws(() => parseBenchOptions(['--n', 'many']), /non-negative number/);
});

test('cutDocuments: 400-word documents of 20-word sentences, cycling over a short stream', async () => {
  const { cutDocuments, WORDS_PER_DOCUMENT } = await import('./measure-projection.js');
  const tokens = Array.from({ length: 500 }, (_, i) => `w${i}`);
  const docs = cutDocuments(tokens, 3);
  assert.equal(docs.length, 3);
  for (const doc of docs) assert.equal(doc.flat().length, WORDS_PER_DOCUMENT);
  assert.equal(docs[1]?.[0]?.[0], 'w400');
  assert.equal(docs[1]?.[5]?.[0], 'w0');
  assert.deepEqual(cutDocuments(tokens.slice(0, 10), 2), []);
});

test('a copy of a document\'s keys has new sketch keys and the same terms; copy 0 is the original', () => {
  const keys = ['a:paris', 'b03:0000abcd', 'f:ffffffff', 't:minist', 'b03:0000abcd'];
  assert.deepEqual(copyKeys(keys, 0), keys);
  const one = copyKeys(keys, 1);
  const two = copyKeys(keys, 2);
  assert.deepEqual([one[0], one[3]], ['a:paris', 't:minist']);
  assert.match(one[1] ?? '', /^b03:[0-9a-f]{8}$/);
  assert.match(one[2] ?? '', /^f:[0-9a-f]{8}$/);
  assert.notEqual(one[1], keys[1]);
  assert.notEqual(two[1], one[1]);
  // Equal keys stay equal within a copy, so families stay families.
  assert.equal(one[4], one[1]);
  assert.equal(copyId('d1', 0), 'd1');
  assert.notEqual(copyId('d1', 1), copyId('d1', 2));
});

test('thread CPU split: the main thread, the busiest others as workers, the rest; threads new since the first reading count whole', () => {
  const main = String(process.pid);
  const before = new Map([[main, 100], ['11', 50], ['12', 40], ['13', 30]]);
  const after = new Map([[main, 160], ['11', 250], ['12', 45], ['13', 60], ['14', 220]]);
  // Spent: main 60; 11 200, 14 220 (new), 13 30, 12 5: the two busiest are the workers.
  assert.deepEqual(threadCpuSplit(before, after, 2), { main: 60, workers: 420, other: 35 });
  assert.deepEqual(threadCpuSplit(before, after, 0), { main: 60, workers: 0, other: 455 });
  if (process.platform === 'linux') assert.ok(cpuMsByThread().has(main));
});
