import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyPostingsOf } from '../stores/key-postings.js';
import { rankCandidates, type DocumentKeys, type DocumentPostings } from './index.js';

/** Postings by key, as a store would answer a document's two lookups (sketch keys, terms). */
class Postings {
  constructor(private readonly entries: Record<string, string[]>) {}

  of(keys: DocumentKeys): DocumentPostings {
    const find = (key: string): { count: number; ids: string[] } | undefined => {
      const ids = this.entries[key];
      return ids === undefined ? undefined : { count: ids.length, ids };
    };
    return { sketch: keyPostingsOf([...keys.bands, ...keys.fingerprints], find), sketchAt: 0, terms: keyPostingsOf(keys.terms, find), termsAt: 0 };
  }
}

const postings = (entries: Record<string, string[]>): Postings => new Postings(entries);

test('a shared band or enough fingerprints make a candidate; the query itself never is', () => {
  const p = postings({ 'b01:aa': ['q', 'copy'], 'f:1': ['q', 'ex'], 'f:2': ['q', 'ex', 'noise'], 'f:3': ['q', 'noise2'] });
  const keys = { bands: ['b01:aa'], fingerprints: ['f:1', 'f:2', 'f:3'], terms: [] };
  const found = rankCandidates('q', keys, p.of(keys), 100);
  assert.deepEqual(found.map((c) => c.id), ['copy', 'ex']);
});

test('term candidates are ranked by shared IDF mass: rare shared terms beat common ones', () => {
  const common = Array.from({ length: 50 }, (_, i) => `d${i}`);
  const p = postings({
    't:minist': ['q', 'rare', ...common],
    't:say': ['q', 'rare', ...common],
    'a:ferrante': ['q', 'rare'],
    'a:300 drones': ['q', 'rare'],
    't:harbour': ['q', 'd1'],
  });
  const keys = { bands: [], fingerprints: [], terms: ['a:300 drones', 'a:ferrante', 't:harbour', 't:minist', 't:say'] };
  const found = rankCandidates('q', keys, p.of(keys), 1000, { maxTermCandidates: 2, stemWeight: 1 });
  assert.equal(found.find((c) => c.id === 'rare')?.termShare !== undefined, true);
  const rare = found.find((c) => c.id === 'rare');
  const d1 = found.find((c) => c.id === 'd1');
  assert.ok(rare && d1 && rare.termShare > d1.termShare);
  assert.ok(!found.some((c) => c.id === 'd7'), 'documents sharing only common terms are not candidates');
});

test('stem keys weigh 1/rate against anchors: a sampled stem stands for the stems left out', () => {
  const p = postings({ 't:harbour': ['q', 'stems'], 't:crane': ['q', 'stems'], 'a:ferrante': ['q', 'names'], 'a:300 drones': ['q', 'names'], 'a:oslo': ['q', 'names'] });
  const keys = { bands: [], fingerprints: [], terms: ['a:300 drones', 'a:ferrante', 'a:oslo', 't:crane', 't:harbour'] };
  const share = (stemWeight: number, id: string): number => rankCandidates('q', keys, p.of(keys), 1000, { stemWeight }).find((c) => c.id === id)?.termShare ?? 0;
  // Same IDF everywhere: shares follow the key counts at weight 1 (2 of 5 against 3 of 5) …
  assert.ok(Math.abs(share(1, 'stems') - 0.4) < 1e-9 && Math.abs(share(1, 'names') - 0.6) < 1e-9);
  // … and at weight 2 each stem counts twice (4 of 7 against 3 of 7).
  assert.ok(Math.abs(share(2, 'stems') - 4 / 7) < 1e-9 && Math.abs(share(2, 'names') - 3 / 7) < 1e-9);
});

test("a document's keys are read from its own place in an answer asked for several documents", () => {
  const entries = { 'b01:aa': ['q', 'copy', 'r'], 'f:1': ['q', 'ex', 'r'], 'f:2': ['q', 'ex'], 't:harbour': ['q', 'r', 'ex'], 'a:oslo': ['q', 'ex'], 'a:bergen': ['r', 'other'] };
  const p = postings(entries);
  const first: DocumentKeys = { bands: ['b01:aa'], fingerprints: ['f:1'], terms: ['a:bergen', 't:harbour'] };
  const second: DocumentKeys = { bands: ['b01:aa'], fingerprints: ['f:1', 'f:2'], terms: ['a:oslo', 't:harbour'] };
  const alone = rankCandidates('q', second, p.of(second), 1000, { stemWeight: 1 });
  const both = p.of({ bands: [...first.bands, ...first.fingerprints, ...second.bands], fingerprints: second.fingerprints, terms: [...first.terms, ...second.terms] });
  const sketchAt = first.bands.length + first.fingerprints.length;
  const together = rankCandidates('q', second, { ...both, sketchAt, termsAt: first.terms.length }, 1000, { stemWeight: 1 });
  assert.deepEqual(together, alone);
  assert.deepEqual(alone.map((c) => [c.id, c.sharedBands, c.sharedFingerprints]), [['copy', 1, 0], ['ex', 0, 2], ['r', 1, 1]]);
});

test('a ranking starts from zero: counts of the document ranked before are not carried over', () => {
  const p = postings({ 'f:1': ['a', 'b'], 'f:2': ['a', 'b'], 't:harbour': ['a', 'b'] });
  const keys: DocumentKeys = { bands: [], fingerprints: ['f:1', 'f:2'], terms: ['t:harbour'] };
  const once = rankCandidates('a', keys, p.of(keys), 1000);
  const oneFingerprint: DocumentKeys = { bands: [], fingerprints: ['f:1'], terms: [] };
  assert.deepEqual(rankCandidates('a', oneFingerprint, p.of(oneFingerprint), 1000), [], 'one shared fingerprint is not enough');
  assert.deepEqual(rankCandidates('a', keys, p.of(keys), 1000), once);
  assert.deepEqual(once.map((c) => [c.id, c.sharedFingerprints, c.termShare]), [['b', 2, 1]]);
});
