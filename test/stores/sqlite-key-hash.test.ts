import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isResidentKey, keyHash, keyHashV6, keyHashV8, RESIDENT_FLOOR } from '../../src/stores/sqlite-key-hash.js';
import { sketchText } from '../../src/sketch/index.js';
import { documentKeys } from '../../src/candidates/index.js';

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
    // The 20 high bits under the resident bit (the second lane) take 2^20 values: about n of
    // them are hit when uniform.
    const high = new Set([...hashes].map((h) => Math.floor((h % RESIDENT_FLOOR) / 2 ** 32)));
    const expectedHigh = 2 ** 20 * (1 - Math.exp(-keys.length / 2 ** 20));
    assert.ok(Math.abs(high.size - expectedHigh) < 0.01 * expectedHigh, `${high.size} high values, ≈ ${Math.round(expectedHigh)} expected`);
    // The 32 low bits: collisions among them near the birthday count n² / 2^33.
    const low = new Set([...hashes].map((h) => h % 2 ** 32));
    const lowCollisions = keys.length - low.size;
    const expectedLow = keys.length ** 2 / 2 ** 33;
    assert.ok(lowCollisions < 3 * expectedLow + 10, `${lowCollisions} low collisions, ≈ ${expectedLow.toFixed(1)} expected`);
  });

  it('puts band and fingerprint keys, and only them, in the top half of the range', () => {
    const keys = indexLikeKeys(4000);
    for (const key of keys) {
      const resident = key.startsWith('b') || key.startsWith('f:');
      assert.equal(isResidentKey(key), resident, key);
      assert.equal(keyHash(key) >= RESIDENT_FLOOR, resident, key);
      assert.ok(keyHash(key) < 2 ** 53);
    }
    for (const key of ['', 'b', 'b:x', 'bz:1', 'a:b1', 't:b07', 'f', 'fx:1', 't:f:1', 'a:f:1']) assert.equal(isResidentKey(key), false, key);
    // The sketch stage's band keys and the index's fingerprint keys are the resident ones.
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    const { bandKeys } = sketchText(text);
    assert.ok(bandKeys.length > 0);
    for (const key of bandKeys) assert.ok(isResidentKey(key), key);
    const keysOfText = documentKeys(sketchText(`${text}. ${text} again, and more words after it.`), ['word', 'again'], ['Name']);
    assert.ok(keysOfText.fingerprints.length > 0 && keysOfText.terms.length > 0);
    for (const key of [...keysOfText.bands, ...keysOfText.fingerprints]) assert.ok(isResidentKey(key), key);
    for (const key of keysOfText.terms) assert.equal(isResidentKey(key), false, key);
  });

  it('keeps the hash schema 8 stored: fingerprints in the lower half, the rest as now', () => {
    for (const key of indexLikeKeys(400)) {
      if (key.startsWith('f:')) assert.equal(keyHashV8(key), keyHash(key) - RESIDENT_FLOOR, key);
      else assert.equal(keyHashV8(key), keyHash(key), key);
    }
  });

  it('keeps the hash schemas 6 and 7 stored, for their migrations', () => {
    // Values computed by the v7 code (5619807's keyHash).
    assert.equal(keyHashV6('t:word'), 1472071719711559);
    assert.equal(keyHashV6('b07:1a2b3c4d'), 1124879430086027);
  });
});
