// Run: node scripts/run-tests.mjs scripts/synonyms
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDataLine, parseIndexLine, synsetKey } from './read-wordnet.js';

// Lines shaped like wndb(5), with made-up offsets and glosses.
const VERB_LINE =
  '00000100 30 v 02 slay 0 murder 1 003 @ 00000050 v 0000 + 00000900 n 0201 ~ 00000200 v 0000 01 + 08 00 | to kill on purpose';
const SATELLITE_LINE = '00000300 00 s 02 hurt 0 wounded(a) 1 001 & 00000400 a 0000 | injured in body';

describe('parseDataLine', () => {
  it('reads words, lex ids and pointers of a verb synset', () => {
    const synset = parseDataLine(VERB_LINE);
    assert.deepEqual(synset, {
      key: 'v00000100',
      type: 'v',
      words: ['slay', 'murder'],
      pointers: [
        { symbol: '@', target: 'v00000050', sourceWord: 0, targetWord: 0 },
        { symbol: '+', target: 'n00000900', sourceWord: 2, targetWord: 1 },
        { symbol: '~', target: 'v00000200', sourceWord: 0, targetWord: 0 },
      ],
    });
  });

  it('files satellites under the adjective file and strips syntactic markers', () => {
    const synset = parseDataLine(SATELLITE_LINE);
    assert.equal(synset?.key, 'a00000300');
    assert.equal(synset?.type, 's');
    assert.deepEqual(synset?.words, ['hurt', 'wounded']);
    assert.equal(synset?.pointers[0]?.target, 'a00000400');
  });

  it('skips licence header lines and malformed lines', () => {
    assert.equal(parseDataLine('  1 This software and database is being provided'), undefined);
    assert.equal(parseDataLine('00000100 30 q 01 slay 0 000 | bad pos'), undefined);
    assert.equal(parseDataLine('00000100 30 v 02 slay 0'), undefined);
    assert.equal(parseDataLine(''), undefined);
  });
});

describe('parseIndexLine', () => {
  it('returns synsets in sense order after the pointer symbols', () => {
    assert.deepEqual(parseIndexLine('kill v 3 2 @ ~ 3 2 00000010 00000020 00000030  ', 'verb'), {
      lemma: 'kill',
      synsets: ['v00000010', 'v00000020', 'v00000030'],
    });
  });

  it('rejects lines whose synset count does not match', () => {
    assert.equal(parseIndexLine('kill v 3 0 3 2 00000010', 'verb'), undefined);
    assert.equal(parseIndexLine('  1 licence text', 'noun'), undefined);
  });
});

describe('synsetKey', () => {
  it('maps satellites to the adjective file and rejects unknown letters', () => {
    assert.equal(synsetKey('s', '00000001'), 'a00000001');
    assert.equal(synsetKey('x', '00000001'), undefined);
  });
});
