import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeText, cleanToNormalizedOffset, normalizeText, splitSentences, SUPPORTED_LANGUAGES, type LanguageCode } from '../../src/text/index.js';
import { hostileText, SEED } from './hostile-text.js';

const RUNS = 600;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const languages: LanguageCode[] = [...SUPPORTED_LANGUAGES, 'und'];

test(`normalizeText: never throws, idempotent, no CR, NUL or lone surrogate left (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(hostileText, (s) => {
      const t = normalizeText(s);
      assert.equal(normalizeText(t), t, 'idempotent');
      assert.ok(!/[\r\u0000]/.test(t), 'no CR or NUL');
      assert.ok(!LONE_SURROGATE.test(t), 'no lone surrogate');
      assert.ok(!t.startsWith('\n') && t === t.trimEnd(), 'no leading blank line, no trailing space');
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

/** Spans inside the text, in order, not overlapping, trimmed, and their text is the slice. */
function assertSpans(text: string, spans: readonly { text: string; start: number; end: number; paragraph: number }[]): void {
  let previousEnd = 0;
  let previousParagraph = 0;
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), 'integer offsets');
    assert.ok(s.start >= previousEnd, `span [${s.start}, ${s.end}) starts before the previous end ${previousEnd}`);
    assert.ok(s.end > s.start && s.end <= text.length, `span [${s.start}, ${s.end}) outside [0, ${text.length}]`);
    assert.equal(text.slice(s.start, s.end), s.text, 'text is the slice of its span');
    assert.equal(s.text, s.text.trim(), 'trimmed');
    assert.ok(s.paragraph >= previousParagraph, 'paragraphs never go back');
    previousEnd = s.end;
    previousParagraph = s.paragraph;
  }
}

test(`splitSentences: spans valid for any string, normalised or not, in every language (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(hostileText, fc.constantFrom(...languages), fc.boolean(), (raw, language, normalise) => {
      const text = normalise ? normalizeText(raw) : raw;
      assertSpans(text, splitSentences(text, language));
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test(`analyzeText: sentence spans valid in cleanText, kept lines map back to normalizedText (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(hostileText, (raw) => {
      const a = analyzeText({ text: raw });
      assert.equal(a.normalizedText, normalizeText(raw));
      assertSpans(a.cleanText, a.sentences);
      a.sentences.forEach((s, i) => assert.equal(s.index, i, 'sentences numbered in order'));
      for (const span of a.keptSpans ?? []) {
        assert.equal(
          a.cleanText.slice(span.cleanStart, span.cleanStart + span.length),
          a.normalizedText.slice(span.normalizedStart, span.normalizedStart + span.length),
          'a kept line reads the same in both texts',
        );
      }
      for (const s of a.sentences) {
        const at = cleanToNormalizedOffset(a, s.start);
        assert.ok(at >= 0 && at <= a.normalizedText.length, 'sentence start maps into normalizedText');
        assert.equal(a.normalizedText.charAt(at), a.cleanText.charAt(s.start), 'and lands on the same character');
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
