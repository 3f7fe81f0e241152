import { extractAnchors } from './anchors.js';
import { hasAtLeastWords, type BoilerplateContext } from './boilerplate-context.js';
import { removeBoilerplate } from './boilerplate.js';
import { rankLanguages } from './detect-language.js';
import { normalizeText } from './normalize.js';
import { splitSentences } from './split-sentences.js';
import { stemMemoFor } from './stem.js';
import { skipWords, type DistinctStems, type NumberedStems, type SkipWords } from './stem-memo.js';
import { stopwordsFor } from './stopwords.js';
import { bodyMissesTitle, offTitleWarning, prefixCode, titleContentStems, WIDE_PREFIX, type titleMissingFromBody } from './title-match.js';
import { tokenize } from './tokenize.js';
import type { AnalyzedText, KeptSpan, LanguageCode, Sentence } from './types.js';

/** What the text stage needs of a document. */
export interface AnalyzeTextInput {
  text: string;
  /** Language declared by the source (`en-US`, `id`); used when detection is unsure. */
  declaredLanguage?: string | undefined;
  /** Site (host name) for same-site boilerplate counts. */
  site?: string | undefined;
  /** Title known from metadata; the matching line is kept as the headline. */
  title?: string | undefined;
  /**
   * Other languages (franc ISO 639-3 codes) to score in the same franc pass as language
   * detection, for samples of at least `minLength` characters; their scores come back as
   * `AnalyzedText.languageScores`. One pass instead of two: franc is a large part of the stage.
   */
  alsoRank?: { codes: readonly string[]; minLength: number } | undefined;
  /** `normalizeText(text)` when the caller has it already (normalising is not free); must be exactly that. */
  normalizedText?: string | undefined;
  /** Given the distinct stems of the sentences (see {@link analyzeSentences}); untouched for an empty text. */
  distinctStems?: DistinctStems | undefined;
}

/** Lines with fewer words than this are left out of the language sample (menus, labels). */
const SAMPLE_LINE_WORDS = 6;
/** Below this many characters of such lines, the whole text is the sample. */
const MIN_SAMPLE_CHARS = 200;

export const LANGUAGE_UNSURE_WARNING = 'language unsure, treated as und';

/** Menus and labels are often in another language than the story; detect on prose-like lines. */
function languageSample(normalizedText: string): string {
  const lines = normalizedText.split('\n').filter((l) => hasAtLeastWords(l, SAMPLE_LINE_WORDS));
  const sample = lines.join('\n');
  return sample.length >= MIN_SAMPLE_CHARS ? sample : normalizedText;
}

const stopwordTables = new Map<LanguageCode, SkipWords>();

function stopwordTableFor(language: LanguageCode): SkipWords {
  let table = stopwordTables.get(language);
  if (table === undefined) {
    table = skipWords(stopwordsFor(language));
    stopwordTables.set(language, table);
  }
  return table;
}

/**
 * Sentences of an already cleaned text (as stored), with tokens, stems and anchors. Deterministic.
 *
 * @param cleanText A text after boilerplate removal (`AnalyzedText.cleanText`).
 * @param language Its language; selects abbreviations, stop words, stemmer and number format.
 * @param distinct when given, started on `language`'s stem memo and given the distinct stems of
 *   the sentences by number (for the index keys, which then need not read every stem's string)
 * @returns Sentences numbered from 0 with offsets into `cleanText`.
 */
export function analyzeSentences(cleanText: string, language: LanguageCode, distinct?: DistinctStems): Sentence[] {
  const memo = stemMemoFor(language);
  distinct?.start(memo);
  const stopwords = stopwordTableFor(language);
  const spans = splitSentences(cleanText, language);
  const sentences: Sentence[] = [];
  // Plain loops: this runs for every token of every document (closures per sentence cost a
  // defineProperty each under tsx, and chained filter/map copy the token list twice).
  for (let index = 0; index < spans.length; index++) {
    const s = spans[index];
    if (s === undefined) continue;
    const tokens = tokenize(s.text);
    const words: string[] = [];
    const stems: string[] = [];
    for (const t of tokens) {
      words.push(t.token);
      const id = memo.contentStemId(t.token, stopwords);
      if (id < 0) continue;
      stems.push(memo.stemOf(id));
      distinct?.add(id);
    }
    sentences.push({
      index,
      text: s.text,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      tokens: words,
      stems,
      anchors: extractAnchors(s.text, tokens, language),
    });
  }
  return sentences;
}

/**
 * Whether the body (the sentences outside the headline line) holds none of the title's content
 * words ({@link titleMissingFromBody}), read with the text stage's stemmer and stop list.
 *
 * @param distinct the sentences' distinct stems, when collected: with no headline line the body
 *   is every sentence, and its stems are compared by number ({@link titleMissingFromStemIds})
 */
function readsOffTitle(title: string, headline: string | undefined, sentences: readonly Sentence[], language: LanguageCode, distinct: DistinctStems | undefined): boolean {
  const memo = stemMemoFor(language);
  const stopwords = stopwordTableFor(language);
  const titleStems = titleContentStems(title, (token) => {
    const id = memo.contentStemId(token, stopwords);
    return id < 0 ? undefined : memo.stemOf(id);
  });
  if (titleStems === undefined) return false;
  // After the title's stems: were one of them the word that starts a new generation, the
  // collected numbers would no longer be the memo's, and numbered() says so.
  const numbered = headline === undefined ? distinct?.numbered() : undefined;
  const byIds = numbered === undefined ? undefined : titleMissingFromStemIds(titleStems, numbered);
  return byIds ?? bodyMissesTitle(titleStems, bodyStems(sentences, headline));
}

/**
 * {@link bodyMissesTitle} for a body whose distinct stems are known by number: each body stem is
 * compared by its number and by a cached {@link prefixCode}, without reading its string (on a
 * large vocabulary each such read is a cache miss, and a body off its title is read whole).
 * Undefined when a title prefix is not Latin-1 (the caller compares strings).
 */
function titleMissingFromStemIds(titleStems: ReadonlySet<string>, { ids, memo }: NumberedStems): boolean | undefined {
  const titleIds: number[] = [];
  const titleCodes: number[] = [];
  for (const stem of titleStems) {
    const code = prefixCode(stem);
    if (code === WIDE_PREFIX) return undefined;
    if (code >= 0) titleCodes.push(code);
    // A title stem no word of the current generation has cannot be a body stem's.
    const id = memo.stemNumber(stem);
    if (id >= 0) titleIds.push(id);
  }
  const codes = memo.prefixSlots;
  for (const id of ids) {
    if (titleIds.includes(id)) return false;
    if (titleCodes.length === 0) continue;
    let code = codes[id] ?? Number.NaN;
    if (Number.isNaN(code)) {
      code = prefixCode(memo.stemOf(id));
      codes[id] = code;
    }
    if (code >= 0 && titleCodes.includes(code)) return false;
  }
  return true;
}

/** The stems of the sentences outside the headline line, in text order (a plain list: a generator's delegation per stem cost more than the check). */
function bodyStems(sentences: readonly Sentence[], headline: string | undefined): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    if (headline !== undefined && headline.includes(s.text)) continue;
    for (const stem of s.stems) out.push(stem);
  }
  return out;
}

/**
 * Run the text stage on one document: normalise, detect the language, remove boilerplate,
 * split the clean text into sentences, and give each its tokens, stems and anchors.
 *
 * @param input The document's text and optional declared language, site and title.
 * @param context Line counts over the corpus (see buildBoilerplateContext); without it only
 *   the shape rules remove boilerplate.
 * @returns The analysed text; sentence offsets refer to `cleanText`. Never throws: bad input
 *   gives an empty result with a warning. Warnings: "empty text", "language unsure, treated
 *   as und", "no sentences after boilerplate removal", and {@link offTitleWarning} for a text
 *   that does not read as its title (its lines shared with other documents are then removed
 *   as the site's, see `BoilerplateOptions.offTitle`).
 */
export function analyzeText(input: AnalyzeTextInput, context?: BoilerplateContext): AnalyzedText {
  const warnings: string[] = [];
  const raw = typeof input.text === 'string' ? input.text : '';
  const normalizedText = input.normalizedText ?? normalizeText(raw);
  if (normalizedText.length === 0) {
    warnings.push('empty text');
    return { language: 'und', normalizedText, cleanText: '', boilerplate: [], sentences: [], warnings, keptSpans: [] };
  }
  const { language, scores } = rankLanguages(languageSample(normalizedText), input.declaredLanguage, input.alsoRank?.codes, input.alsoRank?.minLength);
  if (language === 'und') warnings.push(LANGUAGE_UNSURE_WARNING);
  const options = { language, site: input.site, title: input.title, context };
  let removed = removeBoilerplate(normalizedText, options);
  let sentences = analyzeSentences(removed.cleanText, language, input.distinctStems);
  if (input.title !== undefined && sentences.length > 0 && readsOffTitle(input.title, removed.title, sentences, language, input.distinctStems)) {
    warnings.push(offTitleWarning(input.title));
    // Text that does not read as its title and that other documents share is the site's (a
    // disclaimer, a cookie notice), not a copy of a story: removed again without that benefit.
    if (removed.mostlySharedAsShortLines) {
      removed = removeBoilerplate(normalizedText, { ...options, offTitle: true });
      sentences = analyzeSentences(removed.cleanText, language, input.distinctStems);
    }
  }
  if (sentences.length === 0) warnings.push('no sentences after boilerplate removal');
  const keptSpans: KeptSpan[] = removed.keptSpans;
  const result: AnalyzedText = {
    language,
    normalizedText,
    cleanText: removed.cleanText,
    boilerplate: removed.boilerplate,
    sentences,
    warnings,
    keptSpans,
  };
  if (removed.title !== undefined) result.title = removed.title;
  if (scores !== undefined) result.languageScores = scores;
  return result;
}

/**
 * Map an offset in an analysed text's `cleanText` back to `normalizedText`.
 *
 * @param analyzed The result of analyzeText (needs `keptSpans`).
 * @param cleanOffset An offset into `cleanText`.
 * @returns The matching offset in `normalizedText`; offsets on the separators between kept
 *   lines map to the end of the preceding line; -1 when there is no map or no kept line.
 */
export function cleanToNormalizedOffset(analyzed: AnalyzedText, cleanOffset: number): number {
  const spans = analyzed.keptSpans ?? [];
  let answer = -1;
  for (const span of spans) {
    if (span.cleanStart > cleanOffset) break;
    answer = span.normalizedStart + Math.min(cleanOffset - span.cleanStart, span.length);
  }
  return answer;
}
