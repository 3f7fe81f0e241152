import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.js';
import { measuresOf } from './document-measures.js';
import { verifyPair, type PairDocument } from './index.js';

// Texts written for this test.
const STORY = [
  'The river ferry Kestrel ran aground near Tolvik on Sunday with 140 passengers on board , and nobody was hurt.',
  'Captain Ada Morrow said the fog was too thick to see the buoys.',
  '"We heard a long scrape and then the engines stopped," said passenger Jon Evers.',
  'The ferry company said the Kestrel would be towed to Tolvik once the tide rises.',
].join(' ');
const REWRITE = [
  'Nobody was hurt when the ferry Kestrel ran aground close to Tolvik on Sunday carrying 140 passengers.',
  'Thick fog hid the buoys, Captain Ada Morrow said.',
  '"We heard a long scrape and then the engines stopped," said passenger Jon Evers.',
  'According to Reuters the ferry will be towed to port when the tide rises.',
].join(' ');

const view = (id: string, text: string): PairDocument => {
  const a = analyzeText({ text, declaredLanguage: 'en' });
  return { id, language: a.language, contentHash: id, text: a.cleanText, sentences: a.sentences, boilerplateLines: 0 };
};

test('a view is measured once; another text on the same sentences is measured again', () => {
  const v = view('story', STORY);
  assert.equal(measuresOf(v), measuresOf(v));
  assert.notEqual(measuresOf({ ...v, text: `${v.text} ` }), measuresOf(v));
  assert.deepEqual([...measuresOf(v).eventNumbers], ['140']);
});

test('verifying a pair again on the same views gives the same result as on fresh views, also after its evidence was changed', () => {
  const a = view('a', STORY);
  const b = view('b', REWRITE);
  const first = verifyPair(a, b);
  assert.notEqual(first.relation, 'unrelated');
  // A caller that edits the evidence it got must not change what the next pair sees.
  first.evidence.artefacts.push('edited');
  first.evidence.attributions.push('edited');
  const again = verifyPair(a, b);
  const fresh = verifyPair(view('a', STORY), view('b', REWRITE));
  assert.deepEqual(again, fresh);
  // The stray space before a comma in STORY is an MT artefact: the evidence list was cached and copied.
  assert.ok(fresh.evidence.artefacts.length > 0);
});
