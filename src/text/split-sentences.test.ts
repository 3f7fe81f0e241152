import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_SENTENCE_LENGTH, splitSentences } from './split-sentences.js';

const texts = (s: string, lang: 'en' | 'id' = 'en'): string[] => splitSentences(s, lang).map((x) => x.text);

test('a plain full stop splits', () => {
  assert.deepEqual(texts('He said. Then he left.'), ['He said.', 'Then he left.']);
});

test('titles, initials and dotted abbreviations do not split (en)', () => {
  assert.deepEqual(texts('Mr. Smith met Gen. Austin of the U.S. Army on Jan. 5, 2024. He left.'), [
    'Mr. Smith met Gen. Austin of the U.S. Army on Jan. 5, 2024.',
    'He left.',
  ]);
  assert.deepEqual(texts('Dr. J. R. Smith of Acme Corp. and Sen. Jones met Lt. Col. Brown at St. Mary in No. 10 Downing St. today.'), [
    'Dr. J. R. Smith of Acme Corp. and Sen. Jones met Lt. Col. Brown at St. Mary in No. 10 Downing St. today.',
  ]);
});

test('numbers with decimals and percent signs do not split', () => {
  assert.deepEqual(texts('Prices rose 2.5% in the U.S. on Monday. Rates fell.'), ['Prices rose 2.5% in the U.S. on Monday.', 'Rates fell.']);
});

test('an abbreviation that ends a sentence still splits before a sentence opener', () => {
  assert.deepEqual(texts('He moved to the U.S. The next day he left.'), ['He moved to the U.S.', 'The next day he left.']);
  assert.deepEqual(texts('He said no. Police came.'), ['He said no.', 'Police came.']);
});

test('Indonesian titles and abbreviations do not split', () => {
  assert.deepEqual(texts('Prof. Rahman dari P.T. Maju hadir di Jl. Sudirman No. 5. Bpk. Joko dan H. Ahmad pulang.', 'id'), [
    'Prof. Rahman dari P.T. Maju hadir di Jl. Sudirman No. 5.',
    'Bpk. Joko dan H. Ahmad pulang.',
  ]);
  assert.deepEqual(texts('Saham PT. Bumi naik, dll. Dia pulang.', 'id'), ['Saham PT. Bumi naik, dll.', 'Dia pulang.']);
});

test('quotes: a stop before an opening quote splits, and so does one inside a closing quote', () => {
  assert.deepEqual(texts('He left. "Now we go," she said.'), ['He left.', '"Now we go," she said.']);
  assert.deepEqual(texts('Smith said "No." She left.'), ['Smith said "No."', 'She left.']);
});

test('a headline line does not glue onto the body; paragraphs are numbered', () => {
  const spans = splitSentences('Fire Destroys Market\nThe fire started at 2 a.m. on Sunday.\n\nIt was put out.', 'en');
  assert.deepEqual(spans.map((s) => [s.text, s.paragraph]), [
    ['Fire Destroys Market', 0],
    ['The fire started at 2 a.m. on Sunday.', 0],
    ['It was put out.', 1],
  ]);
});

test('hard-wrapped lines continue the sentence', () => {
  assert.deepEqual(texts('The minister said that the\nnew rules would apply,\nPresident Smith added. Done.'), [
    'The minister said that the\nnew rules would apply,\nPresident Smith added.',
    'Done.',
  ]);
});

test('very long runs are cut at a comma within the limit', () => {
  const long = `${Array.from({ length: 300 }, (_, i) => `item ${i}`).join(', ')}.`;
  const spans = splitSentences(long, 'en');
  assert.ok(spans.length >= 3);
  for (const s of spans) assert.ok(s.text.length <= MAX_SENTENCE_LENGTH);
  assert.ok(spans.slice(0, -1).every((s) => s.text.endsWith(',')));
});

test('offsets point into the input and spans are trimmed', () => {
  const input = '  Headline here\n\n  First one. Second one!  \nThird?\n\n\n';
  for (const s of splitSentences(input, 'en')) {
    assert.equal(input.slice(s.start, s.end), s.text);
    assert.equal(s.text, s.text.trim());
  }
});

test('offsets hold on arbitrary text', () => {
  const alphabet = fc.constantFrom('a', 'B', ' ', '.', '\n', '"', 'Mr.', 'U.S.', '?', ',', '1', 'é');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 80 }), (parts) => {
      const input = parts.join('');
      let last = 0;
      for (const s of splitSentences(input, 'en')) {
        assert.equal(input.slice(s.start, s.end), s.text);
        assert.ok(s.text.length > 0 && s.start >= last);
        last = s.end;
      }
    }),
    { numRuns: 1000 },
  );
});

test('after "U.S." a capitalised frequent word opens a sentence, though it is content for the stems ("Next")', () => {
  assert.deepEqual(texts('Talks were held in the U.S. Next week the envoy goes to Paris.'), ['Talks were held in the U.S.', 'Next week the envoy goes to Paris.']);
});

test('quotes, abbreviations and windows: pieces cut and joined as before, offsets exact', () => {
  // Written for this test: a closing quote then a capital, an abbreviation before a name and
  // before a stop word, and a unit longer than the segmenter's window.
  const text = 'He said "No." She left. Mr. Smith met the U.S. Army. He saw the U.S. The next day it rained.\n\n' + 'A long line without stops, '.repeat(200).trim() + '.';
  const spans = splitSentences(text, 'en');
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(spans.slice(0, 5).map((s) => s.text), ['He said "No."', 'She left.', 'Mr. Smith met the U.S. Army.', 'He saw the U.S.', 'The next day it rained.']);
  assert.ok(spans.slice(5).every((s) => s.paragraph === 1 && s.text.length <= MAX_SENTENCE_LENGTH));
  // The long unit is segmented a window at a time and cut: its pieces follow each other.
  assert.ok(spans.length > 7);
  for (let i = 6; i < spans.length; i++) assert.ok((spans[i]?.start ?? 0) >= (spans[i - 1]?.end ?? 0));
});

test('a closing quote written with a space before it ends its sentence, not the next one', () => {
  // Written for this test: French spacing inside « », as normalizeText leaves it.
  const text = 'Elle a parlé. " Personne ne rentre avant lundi. " Les écoles restent fermées. " Nous paierons tout ", a-t-il dit.';
  const spans = splitSentences(text, 'fr');
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(spans.map((s) => s.text), ['Elle a parlé.', '" Personne ne rentre avant lundi. "', 'Les écoles restent fermées.', '" Nous paierons tout ", a-t-il dit.']);
  assert.deepEqual(texts('He said "No." She left.'), ['He said "No."', 'She left.']);
});

test('a German ordinal before a noun does not end the sentence; a number before a function word does', () => {
  const german = (t: string): string[] => splitSentences(t, 'de').map((s) => s.text);
  assert.deepEqual(german('Diebe stahlen eine Krone aus dem 19. Jahrhundert im Wert von 4,8 Millionen Euro.'), [
    'Diebe stahlen eine Krone aus dem 19. Jahrhundert im Wert von 4,8 Millionen Euro.',
  ]);
  assert.deepEqual(german('Die Zahl der Toten stieg auf 19. Die Polizei sperrte die Straße.'), [
    'Die Zahl der Toten stieg auf 19.',
    'Die Polizei sperrte die Straße.',
  ]);
});

test('closing quotes spaced off their sentence: every quote of the unit counts, the moved ones too', () => {
  // Three closing quotes move back in a row: each piece's quotes are counted from where it began.
  const text = 'Il a dit " Non. " Elle a ajouté " Jamais. " Puis " il " est parti. " Fin. " Oui.';
  assert.deepEqual(splitSentences(text, 'fr').map((s) => s.text), ['Il a dit " Non. "', 'Elle a ajouté " Jamais. "', 'Puis " il " est parti.', '" Fin. "', 'Oui.']);
  assert.deepEqual(splitSentences(text.replace(/é/g, 'e'), 'fr').map((s) => s.text), ['Il a dit " Non. "', 'Elle a ajoute " Jamais. "', 'Puis " il " est parti.', '" Fin. "', 'Oui.']);
});
