import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankCandidates, type Postings } from './index.js';

const postings = (entries: Record<string, string[]>): Postings =>
  new Map(Object.entries(entries).map(([k, ids]) => [k, { count: ids.length, ids }]));

test('a shared band or enough fingerprints make a candidate; the query itself never is', () => {
  const p = postings({ 'b01:aa': ['q', 'copy'], 'f:1': ['q', 'ex'], 'f:2': ['q', 'ex', 'noise'], 'f:3': ['q', 'noise2'] });
  const found = rankCandidates('q', { bands: ['b01:aa'], fingerprints: ['f:1', 'f:2', 'f:3'], terms: [] }, p, 100);
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
  const found = rankCandidates('q', { bands: [], fingerprints: [], terms: ['a:300 drones', 'a:ferrante', 't:harbour', 't:minist', 't:say'] }, p, 1000, { maxTermCandidates: 2, stemWeight: 1 });
  assert.equal(found.find((c) => c.id === 'rare')?.termShare !== undefined, true);
  const rare = found.find((c) => c.id === 'rare');
  const d1 = found.find((c) => c.id === 'd1');
  assert.ok(rare && d1 && rare.termShare > d1.termShare);
  assert.ok(!found.some((c) => c.id === 'd7'), 'documents sharing only common terms are not candidates');
});

test('stem keys weigh 1/rate against anchors: a sampled stem stands for the stems left out', () => {
  const p = postings({ 't:harbour': ['q', 'stems'], 't:crane': ['q', 'stems'], 'a:ferrante': ['q', 'names'], 'a:300 drones': ['q', 'names'], 'a:oslo': ['q', 'names'] });
  const keys = { bands: [], fingerprints: [], terms: ['a:300 drones', 'a:ferrante', 'a:oslo', 't:crane', 't:harbour'] };
  const share = (stemWeight: number, id: string): number => rankCandidates('q', keys, p, 1000, { stemWeight }).find((c) => c.id === id)?.termShare ?? 0;
  // Same IDF everywhere: shares follow the key counts at weight 1 (2 of 5 against 3 of 5) …
  assert.ok(Math.abs(share(1, 'stems') - 0.4) < 1e-9 && Math.abs(share(1, 'names') - 0.6) < 1e-9);
  // … and at weight 2 each stem counts twice (4 of 7 against 3 of 7).
  assert.ok(Math.abs(share(2, 'stems') - 4 / 7) < 1e-9 && Math.abs(share(2, 'names') - 3 / 7) < 1e-9);
});
