import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from '../src/text/index.js';
import { normalizedToRawOffsets, utf16ToCodePointOffsets } from './raw-offsets.js';

test('offsets survive dropped CRs, trailing spaces and extra blank lines', () => {
  const raw = '\n\nOne line.  \r\nTwo\u200B words.\n\n\n\nThree.';
  const norm = normalizeText(raw);
  const map = normalizedToRawOffsets(raw, norm);
  for (const word of ['One', 'Two', 'words', 'Three']) {
    const j = norm.indexOf(word);
    const i = map[j] ?? -1;
    assert.equal(raw.slice(i, i + word.length), word, word);
  }
  assert.equal(map[norm.length], raw.length);
});

test('curly quotes and an ellipsis expanded by NFKC keep later words in place', () => {
  const raw = '\u201CHi\u201D\u2026 said Ana.';
  const norm = normalizeText(raw);
  const map = normalizedToRawOffsets(raw, norm);
  const j = norm.indexOf('Ana');
  assert.equal(raw.slice(map[j] ?? -1, (map[j] ?? -1) + 3), 'Ana');
});

test('code points count a surrogate pair once', () => {
  const map = utf16ToCodePointOffsets('a\u{1F600}b');
  assert.deepEqual([...map], [0, 1, 1, 2, 3]);
});
