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
  const found = rankCandidates('q', { bands: [], fingerprints: [], terms: ['a:300 drones', 'a:ferrante', 't:harbour', 't:minist', 't:say'] }, p, 1000, { maxTermCandidates: 2 });
  assert.equal(found.find((c) => c.id === 'rare')?.termShare !== undefined, true);
  const rare = found.find((c) => c.id === 'rare');
  const d1 = found.find((c) => c.id === 'd1');
  assert.ok(rare && d1 && rare.termShare > d1.termShare);
  assert.ok(!found.some((c) => c.id === 'd7'), 'documents sharing only common terms are not candidates');
});
