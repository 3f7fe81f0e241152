import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createSynonymMap, loadSynonyms, type SynonymMap } from './load-synonyms.js';

const pack = loadSynonyms();
const skip = pack === undefined ? 'synonym pack not built' : false;

function shareConcept(map: SynonymMap, a: string, b: string): boolean {
  const right = new Set(map.conceptsOf(b));
  return map.conceptsOf(a).some((id) => right.has(id));
}

describe('loadSynonyms with the shipped pack', { skip }, () => {
  const map = pack ?? createSynonymMap({ version: 1, entries: {} });

  it('loads the WordNet pack once and returns the same map again', () => {
    assert.equal(map.source, 'WordNet 3.0');
    assert.ok(map.size > 10_000, `only ${map.size} stems`);
    assert.equal(loadSynonyms(), pack);
  });

  it('links the swaps rewrites make', () => {
    assert.ok(shareConcept(map, 'kill', 'slai'), 'kill ~ slay');
    assert.ok(shareConcept(map, 'injur', 'hurt'), 'injure ~ hurt');
    assert.ok(shareConcept(map, 'committe', 'panel'), 'committee ~ panel');
    assert.ok(shareConcept(map, 'said', 'state'), 'said ~ stated (irregular form)');
    assert.ok(shareConcept(map, 'attack', 'assault'), 'attack ~ assault');
  });

  // WordNet puts "confirm" (corroborate, reassert) and "acknowledge" (admit, report receipt)
  // in different synsets with no hyponym link between their first senses, so no assertion
  // that they match; see lexicons/SYNONYMS.md.

  it('keeps unrelated words and co-hyponyms apart', () => {
    assert.equal(shareConcept(map, 'banana', 'senat'), false);
    assert.equal(shareConcept(map, 'mondai', 'tuesdai'), false);
    assert.equal(shareConcept(map, 'kill', 'banana'), false);
  });

  it('answers [] for unknown stems and prototype names', () => {
    assert.deepEqual(map.conceptsOf('zzqx'), []);
    assert.deepEqual(map.conceptsOf('hasOwnProperty'), []);
    assert.deepEqual(map.conceptsOf('__proto__'), []);
  });

  it('gives concept ids in ascending order', () => {
    const ids = map.conceptsOf('kill');
    assert.ok(ids.length > 1);
    assert.deepEqual([...ids].sort((a, b) => a - b), [...ids]);
  });
});

describe('createSynonymMap', () => {
  it('reads unknown and malformed values as no concepts', () => {
    const map = createSynonymMap({
      version: 1,
      source: 'test',
      entries: { good: [1, 2], bad: [1, -2], text: 'x' as unknown as number[] },
    });
    assert.equal(map.size, 3);
    assert.deepEqual(map.conceptsOf('good'), [1, 2]);
    assert.deepEqual(map.conceptsOf('bad'), []);
    assert.deepEqual(map.conceptsOf('text'), []);
    assert.deepEqual(map.conceptsOf('missing'), []);
  });
});

describe('loadSynonyms with an explicit path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'synonyms-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('returns undefined for a missing file', () => {
    assert.equal(loadSynonyms(join(dir, 'absent.json.gz')), undefined);
  });

  it('returns undefined for a file that is not a pack', () => {
    const notGzip = join(dir, 'plain.json.gz');
    writeFileSync(notGzip, '{"version":1}');
    assert.equal(loadSynonyms(notGzip), undefined);
    const wrongVersion = join(dir, 'v2.json.gz');
    writeFileSync(wrongVersion, gzipSync(JSON.stringify({ version: 2, entries: {} })));
    assert.equal(loadSynonyms(wrongVersion), undefined);
  });

  it('reads a well-formed pack', () => {
    const path = join(dir, 'tiny.json.gz');
    writeFileSync(path, gzipSync(JSON.stringify({ version: 1, source: 'tiny', entries: { boat: [0], ferri: [0] } })));
    const map = loadSynonyms(path);
    assert.equal(map?.source, 'tiny');
    assert.deepEqual(map?.conceptsOf('ferri'), [0]);
  });
});
