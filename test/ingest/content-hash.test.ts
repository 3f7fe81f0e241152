import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash, normalizeDate, resolveIngestOptions } from '../../src/ingest/index.js';

test('contentHash is the hex SHA-256 of the UTF-8 text', () => {
  assert.equal(contentHash('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('contentHash treats composed and decomposed accents as the same text', () => {
  const composed = 'Caf\u00e9 on the quay';
  const decomposed = 'Cafe\u0301 on the quay';
  assert.notEqual(composed, decomposed);
  assert.equal(contentHash(composed), contentHash(decomposed));
  assert.notEqual(contentHash(composed), contentHash('Cafe on the quay'));
});

test('normalizeDate keeps bare days, turns timestamps into UTC ISO, and drops nonsense', () => {
  assert.equal(normalizeDate('2024-02-29'), '2024-02-29');
  assert.equal(normalizeDate('2024-02-29T10:00:00+01:00'), '2024-02-29T09:00:00.000Z');
  assert.equal(normalizeDate('Thu, 29 Feb 2024 10:00:00 GMT'), '2024-02-29T10:00:00.000Z');
  assert.equal(normalizeDate('2024-02-29T10:00'), '2024-02-29T10:00:00.000Z');
  assert.equal(normalizeDate('2024-02-29 10:00:30'), '2024-02-29T10:00:30.000Z');
  assert.equal(normalizeDate('yesterday'), undefined);
  assert.equal(normalizeDate('  '), undefined);
  assert.equal(normalizeDate(undefined), undefined);
});

test('resolveIngestOptions fills defaults and ignores non-positive limits', () => {
  const defaults = { maxChars: 5_000_000, maxFileBytes: 200 * 1024 * 1024, maxInflatedBytes: 50_000_000 };
  assert.deepEqual(resolveIngestOptions(), defaults);
  assert.deepEqual(resolveIngestOptions({ maxChars: 0, maxFileBytes: -1, maxInflatedBytes: Number.NaN }), defaults);
  assert.equal(resolveIngestOptions({ maxChars: 1000 }).maxInflatedBytes, 10_000, 'the inflation cap follows maxChars');
  assert.equal(resolveIngestOptions({ maxChars: 1000, maxInflatedBytes: 77 }).maxInflatedBytes, 77);
  assert.equal(resolveIngestOptions({ maxChars: 12.7 }).maxChars, 12);
});
