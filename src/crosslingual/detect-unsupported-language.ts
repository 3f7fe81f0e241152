import { francAll } from 'franc';
import { FRANC_WINDOW } from '../text/index.js';

/**
 * Languages franc tells apart reliably (own script, or Vietnamese's dense diacritics) that have
 * no lexicon pack: ISO 639-3 → the code a warning names.
 */
const WITHOUT_LEXICON: Readonly<Record<string, string>> = {
  jpn: 'ja', cmn: 'zh', kor: 'ko', vie: 'vi', tha: 'th', hin: 'hi', ben: 'bn', heb: 'he',
  ell: 'el', ukr: 'uk', khm: 'km', mya: 'my', kat: 'ka', hye: 'hy', amh: 'am', tam: 'ta',
};
/** franc codes of the languages that do have a lexicon (and English). */
const WITH_LEXICON = ['eng', 'ind', 'zlm', 'deu', 'fra', 'spa', 'por', 'nld', 'pol', 'ita', 'rus', 'arb', 'tur'];
/** The unsupported guess must lead the best supported one by this much (franc scores, 0..1). */
const MIN_LEAD = 0.1;
const MIN_LENGTH = 10;

/**
 * What {@link unsupportedLanguageIn} needs franc to score besides the supported languages, and
 * from which sample length: pass it to the text stage (`AnalyzeTextInput.alsoRank`) so that one
 * franc pass serves language detection and this check.
 */
export const UNSUPPORTED_LANGUAGE_RANKING: { readonly codes: readonly string[]; readonly minLength: number } = {
  codes: Object.keys(WITHOUT_LEXICON),
  minLength: MIN_LENGTH,
};

/**
 * Recognises text in a language storytrace has no lexicon for (Japanese, Chinese, Korean,
 * Vietnamese, Thai, …), which language detection restricted to the supported languages would
 * call `und` or, for Vietnamese, mistake for a Latin-script language. Such text can only be
 * matched across languages by names, numbers and quotes, and the user must be told.
 * @param text the document text (franc reads its first 2,048 characters)
 * @returns the ISO 639-1 code of the unsupported language, or undefined when the text is in
 *   a supported language, too short, or not clearly in one of the known unsupported ones
 */
export function detectUnsupportedLanguage(text: string): string | undefined {
  const sample = text.trim();
  if (sample.length < MIN_LENGTH) return undefined;
  return unsupportedLanguageIn(francAll(sample, { only: [...Object.keys(WITHOUT_LEXICON), ...WITH_LEXICON], minLength: MIN_LENGTH }));
}

/**
 * Letters of the languages above: scripts of their own, and the letters only Vietnamese (and
 * Ukrainian, among the Cyrillic languages) use. franc reads the first 2,048 characters.
 */
const UNSUPPORTED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Georgian}\p{Script=Armenian}\p{Script=Ethiopic}\p{Script=Tamil}ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹіїєґ]/iu;

/**
 * {@link detectUnsupportedLanguage} of a document, reusing the text stage's franc ranking of
 * its language sample (prose lines) when that cannot hide anything: the sample leaves out
 * short lines, and lines without spaces (Chinese, Japanese, Thai) read as short, so a text
 * with any letter of an unsupported language is checked whole, as before, at the cost of a
 * second franc pass for those texts only.
 * @param text the whole (normalised) text
 * @param sampleScores the text stage's `languageScores` (see {@link UNSUPPORTED_LANGUAGE_RANKING})
 */
export function detectUnsupportedLanguageOf(text: string, sampleScores: readonly (readonly [string, number])[] | undefined): string | undefined {
  const window = text.trim().slice(0, FRANC_WINDOW);
  return UNSUPPORTED_LETTER.test(window) ? detectUnsupportedLanguage(text) : unsupportedLanguageIn(sampleScores);
}

/**
 * {@link detectUnsupportedLanguage} on a franc ranking made elsewhere (the text stage's, see
 * {@link UNSUPPORTED_LANGUAGE_RANKING}); undefined ranking = sample too short.
 * @param ranked franc's scores over at least the supported languages and the unsupported ones
 */
export function unsupportedLanguageIn(ranked: readonly (readonly [string, number])[] | undefined): string | undefined {
  const best = ranked?.[0];
  if (ranked === undefined || best === undefined) return undefined;
  const code = WITHOUT_LEXICON[best[0]];
  if (code === undefined) return undefined;
  const supported = ranked.find(([c]) => WITH_LEXICON.includes(c));
  return supported !== undefined && best[1] - supported[1] < MIN_LEAD ? undefined : code;
}
