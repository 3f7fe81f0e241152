import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DistinctStems, skipWords, StemMemo } from './stem-memo.js';

const cut = (w: string): string => w.slice(0, 3);

test('words with the same stem share its number; other stems have other numbers', () => {
  const memo = new StemMemo(cut, 100);
  const a = memo.stemId('walking');
  assert.equal(memo.stemId('walker'), a);
  assert.equal(memo.stemOf(a), 'wal');
  assert.notEqual(memo.stemId('running'), a);
  // Long and non-Latin-1 words go through the memo's Map: numbered alike.
  assert.equal(memo.stemId(`wal${'x'.repeat(40)}`), a);
  assert.equal(memo.stemOf(memo.stemId('łódź')), 'łód');
  assert.equal(memo.stem('walks'), 'wal');
});

test('distinct stems are collected once each, per text', () => {
  const memo = new StemMemo(cut, 100);
  const first = new DistinctStems();
  first.start(memo);
  for (const w of ['walking', 'walker', 'running', 'walked', 'runner']) first.add(memo.stemId(w));
  assert.deepEqual(first.numbered()?.ids.map((id) => memo.stemOf(id)), ['wal', 'run']);
  // A second text starts afresh: its stems are not taken for seen.
  const second = new DistinctStems();
  second.start(memo);
  for (const w of ['runs', 'walk']) second.add(memo.stemId(w));
  assert.deepEqual(second.numbered()?.ids.map((id) => memo.stemOf(id)), ['run', 'wal']);
  // Restarting the first collector forgets what it held.
  first.start(memo);
  first.add(memo.stemId('walks'));
  assert.deepEqual(first.numbered()?.ids.map((id) => memo.stemOf(id)), ['wal']);
});

test('a generation swap while collecting makes the numbers unusable', () => {
  const memo = new StemMemo(cut, 3);
  const distinct = new DistinctStems();
  assert.equal(distinct.numbered(), undefined, 'not started');
  distinct.start(memo);
  for (const w of ['aaaa', 'bbbb', 'cccc']) distinct.add(memo.stemId(w));
  assert.notEqual(distinct.numbered(), undefined);
  distinct.add(memo.stemId('dddd')); // the fourth word starts a new generation
  assert.equal(distinct.numbered(), undefined);
  distinct.start(memo);
  distinct.add(memo.stemId('aaaa'));
  assert.deepEqual(distinct.numbered()?.ids.map((id) => memo.stemOf(id)), ['aaa']);
});

test('a text collected across a swap leaves no marks that hide the next text’s stems', () => {
  const memo = new StemMemo(cut, 3);
  const first = new DistinctStems();
  first.start(memo);
  for (const w of ['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee']) first.add(memo.stemId(w)); // swaps at dddd
  assert.equal(first.numbered(), undefined);
  const next = new DistinctStems();
  next.start(memo);
  for (const w of ['dddd', 'eeee']) next.add(memo.stemId(w));
  assert.deepEqual(next.numbered()?.ids.map((id) => memo.stemOf(id)), ['ddd', 'eee']);
});

test('contentStemId skips exactly the words of the set, table-held or not', () => {
  const memo = new StemMemo(cut, 100);
  const stop = new Set(['the', 'и', 'x'.repeat(30), 'dalam']);
  const skip = skipWords(stop);
  for (const w of ['the', 'и', 'x'.repeat(30), 'dalam']) assert.equal(memo.contentStemId(w, skip), -1, w);
  for (const w of ['then', 'th', 'иди', 'x'.repeat(29), 'dalamnya', 'walking']) assert.equal(memo.contentStemId(w, skip), memo.stemId(w), w);
});
