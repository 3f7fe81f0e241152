import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyHash } from '../../src/stores/sqlite-key-hash.js';

/** Keys shaped like the index's: bands, fingerprints, terms, anchors (generated, deterministic). */
function indexLikeKeys(n: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const hex = (Math.imul(i, 0x9e3779b1) >>> 0).toString(16).padStart(8, '0');
    const kind = i % 4;
    if (kind === 0) keys.push(`b${String(i % 32).padStart(2, '0')}:${hex}`);
    else if (kind === 1) keys.push(`f:${hex}`);
    else if (kind === 2) keys.push(`t:w${i.toString(36)}`);
    else keys.push(`a:${i} ${hex.slice(0, 3)}`);
  }
  return keys;
}

describe('keyHash', () => {
  it('gives the same safe, non-negative integer for the same key, different ones for near keys', () => {
    for (const key of ['', 'a', 'b00:00000000', 'f:ffffffff', 't:naïve', 'a:😀 x']) {
      const h = keyHash(key);
      assert.ok(Number.isSafeInteger(h) && h >= 0, `${key}: ${h}`);
      assert.equal(keyHash(key), h);
    }
    assert.notEqual(keyHash('b00:00000001'), keyHash('b00:00000010'));
    assert.notEqual(keyHash('ab'), keyHash('ba'));
    assert.notEqual(keyHash('\u0000'), keyHash(''));
  });

  it('spreads 400,000 index-like keys without a collision, over both its lanes', () => {
    const keys = indexLikeKeys(400_000);
    const hashes = new Set(keys.map(keyHash));
    // Expected collisions at 53 bits: n² / 2^54 ≈ 9e-6; one would mean a broken mix.
    assert.equal(hashes.size, keys.length);
    // The 21 high bits (the second lane) take 2^21 values: about n of them are hit when uniform.
    const high = new Set([...hashes].map((h) => Math.floor(h / 2 ** 32)));
    const expectedHigh = 2 ** 21 * (1 - Math.exp(-keys.length / 2 ** 21));
    assert.ok(Math.abs(high.size - expectedHigh) < 0.01 * expectedHigh, `${high.size} high values, ≈ ${Math.round(expectedHigh)} expected`);
    // The 32 low bits: collisions among them near the birthday count n² / 2^33.
    const low = new Set([...hashes].map((h) => h % 2 ** 32));
    const lowCollisions = keys.length - low.size;
    const expectedLow = keys.length ** 2 / 2 ** 33;
    assert.ok(lowCollisions < 3 * expectedLow + 10, `${lowCollisions} low collisions, ≈ ${expectedLow.toFixed(1)} expected`);
  });
});
