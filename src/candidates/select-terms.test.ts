import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sketchText } from '../sketch/index.js';
import { chooseStems, documentKeys, keyRank, selectAnchors, selectStems, TERM_SELECTION } from './index.js';

const stems = (n: number, prefix = 's'): string[] => Array.from({ length: n }, (_, i) => `t:${prefix}${i}`);

test('a stem is kept by its own hash: the same stem is kept or dropped in every document', () => {
  const long = stems(2000);
  const kept = new Set(selectStems(long, { ...TERM_SELECTION, maxStems: 10_000 }));
  // About the rate's share of 2,000 stems falls below it.
  const expected = 2000 * TERM_SELECTION.stemRate;
  assert.ok(Math.abs(kept.size - expected) < 0.1 * expected, `kept ${kept.size}`);
  for (const s of long) assert.equal(kept.has(s), keyRank(s) < TERM_SELECTION.stemRate * 2 ** 32, s);
  // A passage of the long text (its stems 500–799) keeps exactly the long text's keys of that passage.
  const passage = long.slice(500, 800);
  const fromPassage = selectStems(passage);
  assert.ok(fromPassage.length >= TERM_SELECTION.minStems);
  assert.deepEqual(new Set(fromPassage), new Set(passage.filter((s) => kept.has(s))));
});

test('the selection is bounded and does not depend on the order of the stems', () => {
  const huge = stems(Math.ceil((3 * TERM_SELECTION.maxStems) / TERM_SELECTION.stemRate));
  const a = selectStems(huge);
  const b = selectStems([...huge].reverse());
  assert.equal(a.length, TERM_SELECTION.maxStems);
  assert.deepEqual(a, b);
  // The cut keeps the lowest hashes, so it is a subset of what a larger cap keeps.
  const wider = new Set(selectStems(huge, { ...TERM_SELECTION, maxStems: 2 * TERM_SELECTION.maxStems }));
  assert.ok(a.every((s) => wider.has(s)));
});

test('short texts keep at least minStems stems, and all of them when they have fewer', () => {
  assert.equal(selectStems(stems(40)).length, Math.max(TERM_SELECTION.minStems, stems(40).filter((s) => keyRank(s) < TERM_SELECTION.stemRate * 2 ** 32).length));
  assert.deepEqual(new Set(selectStems(stems(10))), new Set(stems(10)));
  assert.deepEqual(selectStems([]), []);
});

test('ranking stems under a prefix chooses, in the same order, the stems whose prefixed keys are chosen', () => {
  const bare = (n: number): string[] => stems(n).map((k) => k.slice(2));
  for (const n of [0, 10, 40, 300, 2000, Math.ceil((3 * TERM_SELECTION.maxStems) / TERM_SELECTION.stemRate)]) {
    const keys = bare(n).map((s) => `t:${s}`);
    assert.deepEqual(selectStems(bare(n), TERM_SELECTION, 't:').map((s) => `t:${s}`), selectStems(keys), `${n} stems`);
  }
  // Equal hashes are ordered by the key itself: a prefix shared by all keys keeps that order.
  const ranked = selectStems(bare(300), { ...TERM_SELECTION, stemRate: 1, maxStems: 300 }, 't:').map((s) => `t:${s}`);
  assert.deepEqual(ranked, [...ranked].sort((x, y) => keyRank(x) - keyRank(y) || (x < y ? -1 : x > y ? 1 : 0)));
});

test('anchors: all of them up to the cap, then the lowest hashes', () => {
  const few = ['a:ferrante', 'a:300 drones'];
  assert.deepEqual(selectAnchors(few), few);
  const many = stems(500, 'name');
  const kept = selectAnchors(many);
  assert.equal(kept.length, TERM_SELECTION.maxAnchors);
  const worstKept = Math.max(...kept.map(keyRank));
  assert.equal(many.filter((k) => keyRank(k) <= worstKept).length, TERM_SELECTION.maxAnchors);
});

test('documentKeys indexes the selection, sorted, and leaves bands and fingerprints whole', () => {
  const text = 'The harbour authority said on Tuesday that 300 drones would inspect the cranes. '.repeat(3);
  const sketch = sketchText(text);
  const words = Array.from({ length: 800 }, (_, i) => `word${i}`);
  const expected = 800 * TERM_SELECTION.stemRate;
  const keys = documentKeys(sketch, words, ['Ferrante', '300 drones']);
  assert.deepEqual(keys.bands, sketch.bandKeys);
  assert.equal(keys.fingerprints.length, sketch.fingerprints.length);
  assert.deepEqual(keys.terms, [...keys.terms].sort());
  assert.ok(keys.terms.includes('a:Ferrante') && keys.terms.includes('a:300 drones'));
  const stemKeys = keys.terms.filter((k) => k.startsWith('t:'));
  assert.ok(Math.abs(stemKeys.length - expected) < 0.15 * expected, `${stemKeys.length} stem keys of 800`);
  assert.deepEqual(stemKeys, [...selectStems(words.map((w) => `t:${w}`))].sort());
});

test('chooseStems chooses what selectStems chooses, whether the rate, the floor or the cap decides', () => {
  for (const [n, selection] of [
    [400, TERM_SELECTION],
    [10, TERM_SELECTION],
    [40, TERM_SELECTION],
    [3000, { ...TERM_SELECTION, maxStems: 100 }],
  ] as const) {
    const list = Array.from({ length: n }, (_, i) => `w${(i * 7919) % 10007}`);
    const chosen = chooseStems(list, selection, 't:');
    assert.deepEqual([...chosen].sort(), selectStems(list, selection, 't:').sort(), `${n} stems`);
  }
  // Keys of a short document (the floor decides), sorted like the prefixed selection.
  const few = ['zeta', 'alpha', 'mid', 'beta'];
  const keys = documentKeys(sketchText('alpha beta mid zeta'), few, ['Zed', 'Abe']);
  assert.deepEqual(keys.terms, ['a:Abe', 'a:Zed', 't:alpha', 't:beta', 't:mid', 't:zeta']);
});
