import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignMonotone, logLengthRatio, typicalLogRatio, type SentenceVector } from './index.js';

const sentence = (length: number): SentenceVector => ({ weights: new Map(), grams: new Uint32Array(), anchors: new Set(), length });

test('the typical length ratio comes from confident mutual best matches, not from the whole texts', () => {
  // Source sentences run twice as long as their counterparts; the extra long source sentence
  // (an addition with no counterpart) would skew the whole-text ratio.
  const source = [sentence(80), sentence(60), sentence(100), sentence(400)];
  const target = [sentence(35), sentence(25), sentence(45)];
  const sim = new Float32Array([
    0.5, 0.1, 0, //
    0.1, 0.4, 0,
    0, 0, 0.6,
    0, 0, 0.05,
  ]);
  const typical = typicalLogRatio(source, target, sim);
  assert.ok(Math.abs(typical - logLengthRatio(80, 35)) < 0.1, String(typical));
  const wholeTexts = Math.log(641 / 106);
  assert.ok(Math.abs(typical - wholeTexts) > 0.5);
});

test('without confident matches the whole texts give the ratio', () => {
  const source = [sentence(50), sentence(50)];
  const target = [sentence(100), sentence(100)];
  assert.ok(Math.abs(typicalLogRatio(source, target, new Float32Array(4)) - Math.log(101 / 201)) < 1e-9);
});

test('the length prior keeps a run from shifting onto the neighbour of an omitted sentence', () => {
  // The translation dropped source sentence 3 (long). Weak similarities alone pull it onto
  // target 3, the short counterpart of source 4; the length prior leaves it out.
  const source = [sentence(60), sentence(60), sentence(60), sentence(200), sentence(40), sentence(60)];
  const target = [sentence(60), sentence(60), sentence(60), sentence(40), sentence(60)];
  const sim = new Float32Array(30);
  const set = (i: number, j: number, s: number): void => {
    sim[i * 5 + j] = s;
  };
  [[0, 0], [1, 1], [2, 2], [5, 4]].forEach(([i, j]) => set(i ?? 0, j ?? 0, 0.5));
  set(3, 3, 0.13);
  set(4, 3, 0.12);
  const links = (lengthWeight: number): string =>
    alignMonotone(source, target, sim, { threshold: 0, mergePenalty: 0.5, lengthWeight, sameScript: false }).map((b) => `${b.source.join('+')}-${b.target.join('+')}`).join(' ');
  assert.equal(links(0), '0-0 1-1 2-2 3-3 5-4');
  assert.equal(links(0.2), '0-0 1-1 2-2 4-3 5-4');
});
