import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalCdf, semiParametricThresholds } from './threshold-metrics.js';

test('normalCdf matches the standard normal table', () => {
  assert.ok(Math.abs(normalCdf(0) - 0.5) < 1e-7);
  assert.ok(Math.abs(normalCdf(1.96) - 0.975) < 1e-4);
  assert.ok(Math.abs(normalCdf(-1) - 0.158655) < 1e-5);
});

test('semiParametricThresholds: the lowest positive no longer sets the cut; a language whose positives sit lower gets a lower cut', () => {
  const negatives = Array.from({ length: 200 }, (_, i) => 0.05 + (i % 20) * 0.005);
  const high = { positives: [0.4, 0.42, 0.44, 0.46, 0.48, 0.5], negatives };
  const low = { positives: [0.1, 0.12, 0.14, 0.16, 0.18, 0.2], negatives };
  const { thresholds, spread } = semiParametricThresholds(new Map([['high', high], ['low', low]]));
  assert.ok(spread > 0);
  const [h, l] = [thresholds.get('high') ?? 0, thresholds.get('low') ?? 0];
  assert.equal(h, 0.1451, 'a well-separated language cuts just above its highest negative');
  assert.ok(l < h, `${l} < ${h}: positives among the negatives trade a few false positives for recall`);
  // One stray low positive moves a 16-positive empirical cut; here it moves the mean a little only.
  const stray = semiParametricThresholds(new Map([['high', { ...high, positives: [...high.positives, 0.12] }], ['low', low]])).thresholds.get('high') ?? 0;
  assert.ok(Math.abs(stray - h) < 0.06, `${stray} near ${h}`);
  assert.ok(stray > 0.12, 'the cut stays above the stray positive: negatives decide where the curve is cut');
});
