import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyHash } from '../../src/stores/sqlite-key-hash.js';
import { sortPairs } from '../../src/stores/sqlite-pair-sort.js';
import { BLOCK_PAIRS, blockRange, bloomAdd, bloomHas, bloomWords, decodeBlock, encodeBlock } from '../../src/stores/sqlite-run-format.js';

/** Deterministic pseudo-random 53-bit integers (xorshift), as key hashes are. */
function hashes(n: number, seed: number): number[] {
  let x = seed >>> 0 || 1;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  return Array.from({ length: n }, () => (next() & 0x1f_ffff) * 0x1_0000_0000 + next());
}

describe('posting run format', () => {
  it('round-trips a block, its largest key hashes and ordinals included, from an unaligned buffer', () => {
    const keys = Float64Array.from([0, 5, 5, 2 ** 53 - 1]);
    const docs = Uint32Array.from([1, 2, 0xffff_fffe, 7]);
    const bytes = encodeBlock(keys, docs, 1, 4);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const pairs = decodeBlock(shifted.subarray(3));
    assert.deepEqual([...pairs.keys], [5, 5, 2 ** 53 - 1]);
    assert.deepEqual([...pairs.docs], [2, 0xffff_fffe, 7]);
    assert.ok(encodeBlock(new Float64Array(BLOCK_PAIRS), new Uint32Array(BLOCK_PAIRS), 0, BLOCK_PAIRS).length <= 4000, 'a full block no longer fits in one page');
    assert.throws(() => encodeBlock(keys, [1, 2 ** 32], 0, 2), /does not fit/);
    assert.throws(() => decodeBlock(bytes.subarray(0, bytes.length - 1)), /does not hold/);
  });

  it('finds the blocks that may hold a key from the fences, a key spanning blocks included', () => {
    // Blocks start with 10, 20, 20, 30: key 20 may end block 0 and fills blocks 1 and 2.
    const fences = Float64Array.from([10, 20, 20, 30]);
    assert.equal(blockRange(fences, 5), undefined);
    assert.deepEqual(blockRange(fences, 10), [0, 0]);
    assert.deepEqual(blockRange(fences, 15), [0, 0]);
    assert.deepEqual(blockRange(fences, 20), [0, 2]);
    assert.deepEqual(blockRange(fences, 25), [2, 2]);
    assert.deepEqual(blockRange(fences, 30), [2, 3]);
    assert.deepEqual(blockRange(fences, 99), [3, 3]);
  });

  it('keeps every added key in a Bloom filter and lets few others through', () => {
    const added = hashes(50_000, 7);
    const filter = new Uint32Array(bloomWords(added.length));
    for (const key of added.sort((x, y) => x - y)) bloomAdd(filter, key);
    for (const key of added) assert.ok(bloomHas(filter, key));
    const addedSet = new Set(added);
    const others = hashes(100_000, 99).filter((key) => !addedSet.has(key));
    const passed = others.filter((key) => bloomHas(filter, key)).length / others.length;
    assert.ok(passed < 0.03, `false positive rate ${passed}`);
    // Real keys: band and term keys hash into the filter just as well.
    const real = Array.from({ length: 20_000 }, (_, i) => keyHash(i % 2 === 0 ? `b${i % 32}:${(i * 2654435761) >>> 0}` : `t:word${i}`));
    const small = new Uint32Array(bloomWords(10_000));
    for (const key of real.slice(0, 10_000)) bloomAdd(small, key);
    const realPassed = real.slice(10_000).filter((key) => bloomHas(small, key)).length / 10_000;
    assert.ok(realPassed < 0.03, `false positive rate on index keys ${realPassed}`);
  });

  it('sorts a batch\'s pairs by key, then ordinal, and drops repeated pairs', () => {
    const keyPool = [...hashes(300, 3), 0, 2 ** 53 - 1, 2 ** 32, 2 ** 32 - 1];
    const given: [number, number][] = [];
    for (let doc = 1; doc <= 60; doc++) {
      for (let j = 0; j < 25; j++) given.push([keyPool[(doc * 7 + j * j) % keyPool.length] ?? 0, doc]);
    }
    const pairs = sortPairs({ keys: Float64Array.from(given, (p) => p[0]), docs: Uint32Array.from(given, (p) => p[1]), length: given.length });
    const expected = [...new Map(given.map((p) => [`${p[0]}/${p[1]}`, p])).values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    assert.ok(expected.length < given.length, 'the fixture has no repeats to drop');
    assert.equal(pairs.length, expected.length);
    assert.deepEqual(Array.from({ length: pairs.length }, (_, i) => [pairs.keys[i], pairs.docs[i]]), expected);
  });
});
