import { test } from 'node:test';
import assert from 'node:assert/strict';
import { panScores, sharedCharacters, type PassagePair } from './pan-measures.js';

const pair = (so: number, sl: number, ro: number, rl: number, source = 'src.txt', suspicious = 'susp.txt'): PassagePair => ({
  suspicious, suspiciousOffset: so, suspiciousLength: sl, source, sourceOffset: ro, sourceLength: rl,
});

test('a perfect detection scores 1 on every measure', () => {
  const c = pair(100, 50, 200, 50);
  const s = panScores([c], [c]);
  assert.deepEqual([s.precision, s.recall, s.granularity, s.plagdet], [1, 1, 1, 1]);
});

test('a detection covering half of each side gives recall 0.5 and precision 1', () => {
  const s = panScores([pair(0, 100, 0, 100)], [pair(50, 50, 50, 50)]);
  assert.equal(s.recall, 0.5);
  assert.equal(s.precision, 1);
  assert.ok(Math.abs(s.plagdet - 2 / 3) < 1e-12);
});

test('a detection twice as long as the case gives precision 0.5', () => {
  const s = panScores([pair(0, 100, 0, 100)], [pair(0, 200, 0, 200)]);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 1);
});

test('a case found in two pieces has granularity 2 and plagdet 1/log2(3)', () => {
  const s = panScores([pair(0, 100, 0, 100)], [pair(0, 50, 0, 50), pair(50, 50, 50, 50)]);
  assert.equal(s.recall, 1);
  assert.equal(s.precision, 1);
  assert.equal(s.granularity, 2);
  assert.ok(Math.abs(s.plagdet - 1 / Math.log2(3)) < 1e-12);
});

test('overlapping detections are not counted twice in recall', () => {
  const s = panScores([pair(0, 100, 0, 100)], [pair(0, 60, 0, 60), pair(40, 60, 40, 60)]);
  assert.equal(s.recall, 1);
});

test('a detection naming another source document detects nothing', () => {
  const c = pair(0, 100, 0, 100);
  assert.equal(sharedCharacters(c, pair(0, 100, 0, 100, 'other.txt')), null);
  const s = panScores([c], [pair(0, 100, 0, 100, 'other.txt')]);
  assert.deepEqual([s.precision, s.recall, s.plagdet], [0, 0, 0]);
});

test('overlap on the suspicious side alone does not detect the case', () => {
  const s = panScores([pair(0, 100, 0, 100)], [pair(0, 100, 500, 100)]);
  assert.equal(s.recall, 0);
});

test('recall and precision are means over cases and detections (macro)', () => {
  // Case 1 fully found, case 2 missed; one true detection and one false one.
  const cases = [pair(0, 100, 0, 100), pair(1000, 100, 1000, 100)];
  const dets = [pair(0, 100, 0, 100), pair(5000, 10, 5000, 10)];
  const s = panScores(cases, dets);
  assert.equal(s.recall, 0.5);
  assert.equal(s.precision, 0.5);
  assert.equal(s.granularity, 1);
});

test('no detections: precision and recall 0, granularity 1', () => {
  const s = panScores([pair(0, 10, 0, 10)], []);
  assert.deepEqual([s.precision, s.recall, s.granularity, s.plagdet], [0, 0, 1, 0]);
});
