import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sketchText } from '../sketch/index.js';
import { DistinctStems, StemMemo } from '../text/index.js';
import { documentKeys, flattenKeys } from './index-keys.js';

// A seeded generator: the same lists on every run.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = ['a', 'b', 'f', 't', ':', '0', '9', 'z', 'é', 'ß', 'İ', '日', '\u{1F600}'];

function keysOf(random: () => number, n: number, prefix: string): string[] {
  return Array.from({ length: n }, () => prefix + Array.from({ length: 1 + Math.floor(random() * 6) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)] ?? '').join(''));
}

test('flattenKeys gives the one sorted list of all keys, sorted terms or not', () => {
  const random = lcg(6);
  for (let round = 0; round < 300; round++) {
    const bands = keysOf(random, Math.floor(random() * 20), 'b');
    const fingerprints = keysOf(random, Math.floor(random() * 30), 'f:');
    const terms = [...keysOf(random, Math.floor(random() * 40), 't:'), ...keysOf(random, Math.floor(random() * 10), 'a:'), ...keysOf(random, 3, '')];
    if (round % 2 === 0) terms.sort();
    const expected = [...bands, ...fingerprints, ...terms].sort();
    assert.deepEqual(flattenKeys({ bands, fingerprints, terms }), expected);
  }
});

test('documentKeys chooses the same term keys from numbered distinct stems as from the stems themselves', () => {
  const random = lcg(9);
  // A small memo limit, so that some rounds cross a generation swap (the numbers then no longer
  // hold, and the stems' strings are used instead, as analyzeDocument does).
  const memo = new StemMemo((w) => (w.length > 3 ? w.slice(0, w.length - 1) : w), 400);
  const sketch = sketchText('one two three four five six seven eight nine ten');
  let numberedRounds = 0;
  for (let round = 0; round < 200; round++) {
    // From 1 to 300 words: short texts are topped up to the floor, long ones are not.
    const words = keysOf(random, 1 + Math.floor(random() * 300), '');
    const distinct = new DistinctStems();
    distinct.start(memo);
    const stems: string[] = [];
    for (const w of words) {
      const id = memo.stemId(w);
      stems.push(memo.stemOf(id));
      distinct.add(id);
    }
    const numbered = distinct.numbered();
    const anchors = keysOf(random, Math.floor(random() * 5), '');
    if (numbered === undefined) continue;
    numberedRounds++;
    assert.deepEqual(documentKeys(sketch, numbered, anchors), documentKeys(sketch, stems, anchors), `round ${round}`);
  }
  assert.ok(numberedRounds > 100, `only ${numberedRounds} rounds without a swap`);
});
