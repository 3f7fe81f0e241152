import { francAll } from 'franc';

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
  const ranked = francAll(sample, { only: [...Object.keys(WITHOUT_LEXICON), ...WITH_LEXICON], minLength: MIN_LENGTH });
  const best = ranked[0];
  if (best === undefined) return undefined;
  const code = WITHOUT_LEXICON[best[0]];
  if (code === undefined) return undefined;
  const supported = ranked.find(([c]) => WITH_LEXICON.includes(c));
  return supported !== undefined && best[1] - supported[1] < MIN_LEAD ? undefined : code;
}
