import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchQuantities, quantitiesAgree, readQuantities } from './index.js';

const agree = (a: string, b: string): boolean => {
  const [x] = readQuantities(a);
  const [y] = readQuantities(b);
  assert.ok(x && y, `${a} / ${b}: both read`);
  return quantitiesAgree(x, y);
};

test('reworded durations agree with the figures they restate', () => {
  assert.ok(agree('for at least 72 hours', 'for a three-day window'));
  assert.ok(agree('inspected 27 days ago', 'less than a month earlier'));
  assert.ok(agree('no rain for 27 days', 'almost four weeks without rain'));
  assert.ok(agree('take about 18 months', 'in about a year and a half'));
  assert.ok(agree('a 19-day strike', 'after almost three weeks'));
  assert.ok(agree('the next 48 hours', 'the two-day period ahead'));
  assert.ok(agree('twenty years', 'two decades'));
  assert.ok(agree('12-hour night shifts', 'twelve-hour overnight shifts'));
});

test('reworded amounts and shares agree; different figures do not', () => {
  assert.ok(agree('$38 million a day', 'close to $40 million'));
  assert.ok(agree('$1.2 billion', 'well over a billion dollars'));
  assert.ok(agree('1,400 permanent jobs', 'fourteen hundred positions'));
  assert.ok(agree('more than 140 ships', 'well over a hundred vessels'));
  assert.ok(agree('35 per cent contained', 'around a third of it'));
  assert.ok(agree('11 % pay deal', 'eleven percent'));
  assert.ok(agree('About 84,000 residents', 'tens of thousands of people'));
  assert.ok(agree('600 businesses', 'hundreds of firms'));
  assert.ok(!agree('6 per cent over three years', '11 per cent'));
  assert.ok(!agree('23 ships', 'more than 140 ships'));
  assert.ok(!agree('about ten days of stock', 'almost three weeks'));
  // Same number, another dimension: 12 hours is not 12 %.
  assert.ok(!agree('12-hour shifts', '12 per cent'));
});

test('years, clock times, dates of the month and small bare counts are not quantities', () => {
  assert.deepEqual(readQuantities('At 9:40 p.m. on May 14, 2019, two officials and three children left.'), []);
  assert.deepEqual(readQuantities('Work resumes at 6 a.m. on Monday.'), []);
  // A comma-grouped 2,000 is a count, not a year.
  assert.equal(readQuantities('about 2,000 acres').length, 1);
});

test('matchQuantities pairs each quantity once', () => {
  const two = readQuantities('72 hours and 72 hours');
  const one = readQuantities('a three-day window');
  assert.equal(matchQuantities(two, one), 1);
  assert.equal(matchQuantities(one, two), 1);
  assert.equal(matchQuantities(readQuantities('$5,000 and 14 samples'), readQuantities('as high as $5,000; just over a dozen')), 2);
});

test('every kind of word a quantity starts with is read (words that cannot start one are skipped unread)', () => {
  const dimensions = (text: string): string[] => readQuantities(text).map((q) => `${q.dimension}:${Math.round(q.low)}-${Math.round(q.high)}`);
  assert.deepEqual(dimensions('€45 million and £12,000 and $300 raised'), ['amount:45000000-45000000', 'amount:12000-12000', 'amount:300-300']);
  assert.deepEqual(dimensions('twenty-five boats, a dozen ships, a pair of rescues'), ['amount:25-25', 'amount:12-12']);
  assert.deepEqual(dimensions('workers in their mid-thirties; tens of thousands fled; dozens stayed'), ['amount:33-37', 'amount:20000-99999', 'amount:24-99']);
  assert.deepEqual(dimensions('an hour and a half later, a fortnight on, a two-week wait'), ['duration:2-2', 'duration:336-336', 'duration:336-336']);
});
