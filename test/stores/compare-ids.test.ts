import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ascendingUnique, sortedUnique } from '../../src/stores/compare-ids.js';

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
