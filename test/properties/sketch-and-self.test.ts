import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { verifyPair, type PairDocument } from '../../src/relate/index.js';
import { DEFAULT_SHINGLE_SIZE, lshBandKeys, minhashSignature, scanWords, shingleHashes, sketchText, sketchTokens, winnow } from '../../src/sketch/index.js';
import { analyzeText } from '../../src/text/index.js';
import { hostileText, proseText, SEED } from './hostile-text.js';

const RUNS = 300;
const SELF_RUNS = 200;
const CHILD_INPUTS = 40;

const hex = (a: Uint32Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
const sketchHex = (s: ReturnType<typeof sketchText>): string => `${hex(s.signature)}|${s.bandKeys.join(',')}|${hex(s.fingerprints)}`;

test(`sketches are deterministic: same input, same sketch, whatever was sketched before (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(hostileText, hostileText, (text, other) => {
      const first = sketchHex(sketchText(text));
      // The sketcher reuses scratch buffers: a longer text sketched in between must not leak into the next.
      sketchText(`${other} ${other} ${other}`);
      assert.equal(sketchHex(sketchText(text)), first, 'same text, same sketch');
      const tokens = scanWords(text);
      assert.equal(sketchHex(sketchTokens(tokens)), first, 'the fast path equals the token path');
      const slow = minhashSignature(shingleHashes(tokens, DEFAULT_SHINGLE_SIZE));
      assert.equal(hex(slow), hex(sketchTokens(tokens).signature), 'equal to the reference composition');
      assert.deepEqual(lshBandKeys(slow), sketchTokens(tokens).bandKeys);
      assert.equal(hex(winnow(shingleHashes(tokens, DEFAULT_SHINGLE_SIZE))), hex(sketchTokens(tokens).fingerprints));
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test(`sketches are the same in a fresh process (${CHILD_INPUTS} inputs)`, () => {
  const inputs = fc.sample(hostileText, { seed: SEED, numRuns: CHILD_INPUTS });
  const here = inputs.map((t) => sketchHex(sketchText(t)));
  const sketchModule = fileURLToPath(new URL('../../src/sketch/index.ts', import.meta.url));
  // Texts go over stdin as UTF-16 code units: JSON and environment variables would mangle NUL and lone surrogates.
  const script = `
    const { sketchText } = await import(${JSON.stringify(sketchModule)});
    const hex = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    const inputs = JSON.parse(Buffer.concat(chunks).toString()).map((units) => String.fromCharCode(...units));
    process.stdout.write(JSON.stringify(inputs.map((t) => { const s = sketchText(t); return hex(s.signature) + '|' + s.bandKeys.join(',') + '|' + hex(s.fingerprints); })));`;
  const units = inputs.map((t) => Array.from({ length: t.length }, (_, k) => t.charCodeAt(k)));
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', input: JSON.stringify(units) });
  assert.equal(child.status, 0, child.stderr);
  assert.deepEqual(JSON.parse(child.stdout), here);
});

function pairDocument(id: string, text: string): PairDocument {
  const a = analyzeText({ text, declaredLanguage: 'en' });
  return { id, language: a.language, contentHash: `hash-of-${id}`, text: a.cleanText, sentences: a.sentences, boilerplateLines: a.boilerplate.length };
}

/**
 * "Non-trivial": at least one sentence and at least one word 5-gram (five words), the least
 * the copy rule (5-gram Jaccard) can judge. The content hashes differ on purpose, so the rules
 * must find the copy from the text, not from the hash shortcut.
 */
const nonTrivial = (d: PairDocument): boolean => d.sentences.length > 0 && d.sentences.reduce((n, s) => n + s.tokens.length, 0) >= DEFAULT_SHINGLE_SIZE;

test(`a document against itself is a copy, hostile or plain prose (${SELF_RUNS} + ${SELF_RUNS} runs)`, () => {
  for (const texts of [proseText, hostileText]) {
    fc.assert(
      fc.property(texts.map((t) => pairDocument('x', t)).filter(nonTrivial), (x) => {
        const y = { ...x, id: 'y', contentHash: 'hash-of-y' };
        const pair = verifyPair(x, y);
        assert.equal(pair.relation, 'copy', `${pair.relation}: ${pair.reasons.join('; ')}`);
        assert.equal(pair.score, 1);
      }),
      { seed: SEED, numRuns: SELF_RUNS },
    );
  }
});
