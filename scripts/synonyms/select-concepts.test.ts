// Run: node scripts/run-tests.mjs scripts/synonyms
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Wordnet, WordnetFile, WordnetSynset } from './read-wordnet.js';
import { DEFAULT_SELECT_OPTIONS, selectConcepts } from './select-concepts.js';
import { toPack } from './to-pack.js';

function synset(key: string, type: string, words: string[], hyponyms: string[] = []): WordnetSynset {
  return { key, type, words, pointers: hyponyms.map((target) => ({ symbol: '~', target, sourceWord: 0, targetWord: 0 })) };
}

// A made-up verb hierarchy: "kill" over "slay/murder" and "execute"; "say/state" as one synset;
// "panel" with a rare third sense shared with "jury".
const wordnet: Wordnet = {
  synsets: new Map(
    [
      synset('v1', 'v', ['kill'], ['v2', 'v3']),
      synset('v2', 'v', ['slay', 'murder']),
      synset('v3', 'v', ['execute']),
      synset('v4', 'v', ['say', 'state']),
      synset('n1', 'n', ['panel']),
      synset('n2', 'n', ['board']),
      synset('n3', 'n', ['jury', 'panel']),
      synset('n4', 'n', ['ab', 'an']),
    ].map((s) => [s.key, s]),
  ),
  senses: new Map<WordnetFile, Map<string, string[]>>([
    ['verb', new Map([['kill', ['v1']], ['slay', ['v2']], ['murder', ['v2']], ['execute', ['v3']], ['say', ['v4']], ['state', ['v4']]])],
    ['noun', new Map([['panel', ['n1', 'n2', 'n3']], ['jury', ['n3']], ['ab', ['n4']], ['an', ['n4']]])],
  ]),
};
const exceptions = new Map<WordnetFile, Map<string, string[]>>([['verb', new Map([['said', ['say']]])]]);

describe('selectConcepts', () => {
  const concepts = selectConcepts(wordnet, exceptions, DEFAULT_SELECT_OPTIONS);
  const shared = (a: string, b: string): boolean => [...(concepts.get(a) ?? [])].some((key) => concepts.get(b)?.has(key));

  it('lets the general word match its specific ones, not the specific ones each other', () => {
    assert.ok(shared('kill', 'slai'));
    assert.ok(shared('kill', 'execut'));
    assert.ok(shared('slai', 'murder'));
    assert.equal(shared('slai', 'execut'), false);
  });

  it('maps irregular forms to the concepts of their base', () => {
    assert.ok(shared('said', 'state'));
  });

  it('keeps only the first senses and drops stems that are too short', () => {
    assert.equal(shared('panel', 'juri'), false);
    assert.equal(concepts.has('ab'), false);
    const withThree = selectConcepts(wordnet, exceptions, { ...DEFAULT_SELECT_OPTIONS, maxSenses: 3 });
    assert.ok([...(withThree.get('panel') ?? [])].includes('n3'));
  });

  it('leaves out synsets held by one stem only', () => {
    assert.equal(concepts.has('panel'), false);
  });
});

describe('toPack', () => {
  it('renumbers synsets compactly with stems and ids sorted', () => {
    const { pack, synsetCount } = toPack(new Map([['zeta', new Set(['v9', 'n5'])], ['alpha', new Set(['v9'])]]), 'test');
    assert.equal(synsetCount, 2);
    assert.deepEqual(Object.keys(pack.entries), ['alpha', 'zeta']);
    assert.deepEqual(pack.entries, { alpha: [1], zeta: [0, 1] });
  });
});
