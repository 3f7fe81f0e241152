import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startsWithCapital, startsWithLetter, startsWithNumber, startsWithUppercase } from './first-char.js';

// The fast paths must answer exactly as the Unicode property regexes they stand for.
const CASES: readonly (readonly [(w: string) => boolean, RegExp])[] = [
  [startsWithLetter, /^\p{L}/u],
  [startsWithNumber, /^\p{N}/u],
  [startsWithUppercase, /^\p{Lu}/u],
  [startsWithCapital, /^[\p{Lu}\p{Lt}]/u],
];

test('every ASCII character and a sample of others are classed as the regexes class them', () => {
  const chars: string[] = [''];
  for (let c = 0; c < 0x250; c++) chars.push(String.fromCharCode(c));
  chars.push('İstanbul', 'ǅemal', 'Ⅻ', '٣', '½', 'Ωmega', 'ωmega', '𝐀bc', '\uD800', 'Ä', 'é');
  for (const word of chars) for (const [fast, regex] of CASES) assert.equal(fast(word), regex.test(word), `${fast.name}(${JSON.stringify(word)})`);
});

test('random strings are classed as the regexes class them', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 4 }), (word) => {
    for (const [fast, regex] of CASES) assert.equal(fast(word), regex.test(word));
  }), { numRuns: 5000 });
});
