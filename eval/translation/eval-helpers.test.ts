import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cutSections } from './debian-sections.js';
import { fetchDebianPackage } from './fetch-debian-package.js';
import { htmlToText } from './html-text.js';
import { balancedThreshold, outcomeAt, pairwiseAccuracy, pooledStandardThresholds, thresholdForFalsePositiveRate, thresholdBetween, thresholdForRecall } from './threshold-metrics.js';
import { thresholdCrossValidation } from './threshold-cv.js';
import type { ArticleQuery, UdhrResult } from './udhr-eval.js';

test('htmlToText: blocks become paragraphs, code blocks are dropped, entities decoded', () => {
  const html = '<div><p>First line\n  wraps here &amp; ends.</p><pre class="screen">$ ls -la</pre><ul><li>Item &#233;t&#xE9;</li></ul></div>';
  assert.equal(htmlToText(html), 'First line wraps here & ends.\n\nItem été');
});

test('cutSections: one section per anchored heading, numbering removed', () => {
  const html = [
    '<h2 class="title"><a id="_one"/>1.1. Basics</h2><p>Text of one. See Table 1.2. for more.</p>',
    '<h3 class="title"><a id="_two"/>1.1.1. Details</h3><p>Text of two, version 2.6 stays.</p>',
  ].join('');
  const sections = cutSections(html, 'ch01');
  assert.deepEqual(sections.map((s) => s.anchor), ['_one', '_two']);
  assert.equal(sections[0]?.text, 'Basics\n\nText of one. See Table for more.');
  assert.equal(sections[1]?.text, 'Details\n\nText of two, version 2.6 stays.');
});

test('thresholdForFalsePositiveRate: just above the first negative that would exceed the allowance', () => {
  // 2,000 non-pairs allow 2 false positives: the third-highest negative (0.3) must be rejected.
  assert.equal(thresholdForFalsePositiveRate([0.5, 0.4, 0.3, 0.1], 2000, 0.001), 0.3001);
  assert.equal(thresholdForFalsePositiveRate([], 10, 0.001), 0);
  const o = outcomeAt(0.3001, [0.9, 0.35, 0.2], [0.5, 0.4, 0.3, 0.1], 2000);
  assert.deepEqual([o.recall, o.falsePositives, o.falsePositiveRate], [2 / 3, 2, 0.001]);
});

test('balancedThreshold: the middle of the gap between separable classes, and the best cut otherwise', () => {
  assert.equal(balancedThreshold([0.4, 0.5, 0.6], [0.1, 0.2]), 0.3);
  // One positive among the negatives: the cut keeps the other two and rejects every negative.
  const t = balancedThreshold([0.15, 0.5, 0.6], [0.1, 0.2, 0.25]);
  assert.ok(t > 0.25 && t < 0.5, String(t));
});

test('pairwiseAccuracy: ties count half', () => {
  assert.equal(pairwiseAccuracy([{ positive: 0.5, negative: 0.1 }, { positive: 0.2, negative: 0.2 }]), 0.75);
  assert.equal(pairwiseAccuracy([]), 0);
});

test('fetchDebianPackage: a package that cannot be had is a reason to skip, not a crash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-deb-'));
  try {
    const result = fetchDebianPackage('storytrace-no-such-package', dir);
    assert.ok('skipped' in result && /storytrace-no-such-package/.test(result.skipped));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('thresholdForRecall and thresholdBetween: the middle of the interval where both requirements hold', () => {
  // 10 positives; 97 % recall allows no miss out of 10 (floor 0.3): the lowest positive bounds it.
  const positives = [0.5, 0.45, 0.4, 0.35, 0.3, 0.3, 0.28, 0.27, 0.26, 0.25];
  assert.equal(thresholdForRecall(positives, 0.97), 0.25);
  // 90 % allows one miss.
  assert.equal(thresholdForRecall(positives, 0.9), 0.26);
  assert.equal(thresholdForRecall([], 0.97), 0);
  assert.equal(thresholdBetween(0.07, 0.25), 0.16);
  // No interval: the budget's edge wins (false positives are the harder requirement).
  assert.equal(thresholdBetween(0.3, 0.25), 0.3);
});

test('pooledStandardThresholds: one cut in standard deviations of each language\'s negatives, each language on its own scale', () => {
  // Language a: negatives mean 0.1, sd 0.05; b: mean 0.2, sd 0.1. Positives sit 4 and 5 sd above.
  const sets = new Map([
    ['a', { positives: [0.3, 0.35], negatives: [0.05, 0.15, 0.05, 0.15] }],
    ['b', { positives: [0.6, 0.7], negatives: [0.1, 0.3, 0.1, 0.3] }],
  ]);
  const { k, thresholds } = pooledStandardThresholds(sets);
  assert.ok(k > 1 && k < 4, `k ${k} between the highest negative (1 sd) and the lowest positive (4 sd)`);
  assert.equal(thresholds.get('a'), Math.round((0.1 + k * 0.05) * 1e4) / 1e4);
  assert.equal(thresholds.get('b'), Math.round((0.2 + k * 0.1) * 1e4) / 1e4);
  assert.ok((thresholds.get('b') ?? 0) > (thresholds.get('a') ?? 0), 'the denser language gets the higher threshold');
  assert.equal(pooledStandardThresholds(new Map([['c', { positives: [0.5], negatives: [0.1, 0.1] }]])).thresholds.size, 0, 'no spread, no scale: left out');
});

test('thresholdCrossValidation: a unit held out is classified by rules fitted on the other units only', () => {
  const query = (number: number, positive: number, negatives: number[]): ArticleQuery => ({ number, train: number % 2 === 0, top1: true, candidateFound: true, candidateTop1: true, positive, negatives });
  // Unit 4's positive (0.2) is below every other unit's: held out, it is missed by a cut fitted
  // without it. Unit 1 (test half) must not count: its positive would be caught.
  const udhr: UdhrResult[] = [{ lang: 'de', queries: [query(0, 0.5, [0.1, 0.12]), query(2, 0.55, [0.11, 0.09]), query(4, 0.2, [0.1, 0.1]), query(1, 0.9, [0, 0])] }];
  const [row] = thresholdCrossValidation(udhr, ['de']);
  assert.equal(row?.lang, 'de');
  // One miss of three training positives, no false positive: (2/3 + 1) / 2.
  assert.equal(row?.own.toFixed(4), (5 / 6).toFixed(4));
});
