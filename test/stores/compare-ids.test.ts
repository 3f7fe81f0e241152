import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ascendingUnique, hasRepeats, sortedUnique } from '../../src/stores/compare-ids.js';

describe('ascendingUnique', () => {
  it('gives what sortedUnique gives, and the array itself when it is already sorted without repeats', () => {
    const sorted = ['b0:1', 'b10:3', 'b1:2', 'b2:0'];
    assert.equal(ascendingUnique(sorted), sorted);
    // Unsorted, repeated, and code units above U+FFFF (UTF-16 order, as sortedUnique sorts).
    for (const values of [['b2', 'b1'], ['a', 'a'], ['x', '\u{1F600}', '\uFFFF'], [], ['only']]) {
      assert.deepEqual(ascendingUnique(values), sortedUnique(values), JSON.stringify(values));
    }
    assert.notEqual(ascendingUnique(['b', 'a']), sortedUnique(['b', 'a']));
  });
});

describe('hasRepeats', () => {
  it('finds a repeat among a few values and among many', () => {
    assert.equal(hasRepeats([]), false);
    assert.equal(hasRepeats([1, 2, 3]), false);
    assert.equal(hasRepeats([1, 2, 1]), true);
    const many = Array.from({ length: 100 }, (_, i) => i * 3);
    assert.equal(hasRepeats(many), false);
    assert.equal(hasRepeats([...many, 297]), true);
    // Past the pairwise size: big hashes (as keys are), a repeat at either end, then none again
    // (the kept sort room must not carry a repeat over from the call before).
    const hashes = Array.from({ length: 300 }, (_, i) => 2 ** 52 + i * 7_919_333);
    assert.equal(hasRepeats(hashes), false);
    assert.equal(hasRepeats([hashes[299] ?? 0, ...hashes]), true);
    assert.equal(hasRepeats([...hashes.slice(0, 100), hashes[0] ?? 0]), true);
    assert.equal(hasRepeats(hashes.slice(0, 100)), false);
  });
});
