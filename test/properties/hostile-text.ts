// Arbitraries for property tests: text built from the pieces that break offset arithmetic
// (surrogate halves, bidi marks, joiners, NUL, combining marks, CRLF, very long words), mixed
// with ordinary words and sentence punctuation so the splitter has real work to do.
import fc from 'fast-check';

/** Seed shared by every property test, so a failure reproduces with the same inputs. */
export const SEED = 20261123;

const HOSTILE = [
  '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uD83D\uDE00', // lone high, lone low, astral pair, emoji
  '\u200E', '\u200F', '\u202E', '\u2066', '\u061C', // bidi marks, override, isolate, Arabic letter mark
  '\u200D', '\u200C', '\u2060', '\uFEFF', '\u00AD', // joiners, word joiner, BOM, soft hyphen
  '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', // NUL, BEL, ESC, DEL, NEL
  '\u0301', '\u0308', '\u0327', 'e\u0301', '\u1100\u1161', // combining marks, decomposed é, Hangul jamo
  '\r\n', '\r', '\n', '\n\n', '\u2028', '\u2029', '\t', '\u00A0', '\u3000', // line and space variants
  '\uFB01', '\u2126', '\u1E9B\u0323', '\u0130', '\uFF21', // NFKC changes length: ligature, Ohm, long s, İ, full-width A
  '"', '\u201C', '\u201D', "'", '\u2019', '\u2014', '(', ')', // quotes and dashes
  '.', '!', '?', '...', '\u2026', '\u3002', '\u061F', ':', ';', ',', // sentence ends
  'Mr.', 'U.S.', 'Jan.', 'P.T.', 'e.g.', // abbreviations the splitter re-joins
  '\u05E9\u05DC\u05D5\u05DD', '\u0645\u0631\u062D\u0628\u0627', '\u4E2D\u6587', // Hebrew, Arabic, Chinese
];

const WORDS = ['The', 'council', 'said', 'on', 'Tuesday', 'that', 'the', 'harbour', 'will', 'close', 'In', '2024', '14.5', 'Maria', 'voted'];

/** One piece of a hostile text. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS).map((w) => `${w} `) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 9 }).map((ws) => `${ws.join(' ')}. `) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  // Raw UTF-16 code units: the only way to get every kind of unpaired surrogate.
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  // Very long words (no space to cut at) and long runs of one character.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'x\u0301', '\u200D', '.', ' '), fc.integer({ min: 200, max: 2500 })).map(([c, n]) => c.repeat(n)) },
);

/** Any string made of hostile and ordinary pieces, up to a few thousand code units. */
export const hostileText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 80, size: 'large' }).map((parts) => parts.join(''));

/** Ordinary English sentences (4-14 words, capitalised, with a stop): text a copy is judged on. */
export const proseText: fc.Arbitrary<string> = fc
  .array(
    fc.array(fc.constantFrom(...PROSE_WORDS()), { minLength: 4, maxLength: 14 }).map((ws) => {
      const s = ws.join(' ');
      return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
    }),
    { minLength: 3, maxLength: 25 },
  )
  .map((sentences) => sentences.join(' '));

function PROSE_WORDS(): string[] {
  return (
    'harbour council budget minister storm ferry market school river bridge station museum police festival hospital airport ' +
    'teacher farmer engine garden winter summer window letter doctor village island mountain forest castle theatre library ' +
    'voted closed opened raised cut built repaired announced delayed approved rejected said the a of in on to for with by after ' +
    'Maravel Kelby Northgate Varga Tuesday Friday 31 820 14 2029 million euros percent'
  ).split(' ');
}
