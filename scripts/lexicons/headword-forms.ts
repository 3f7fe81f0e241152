// The keys a dictionary headword is stored under. A dictionary writes a headword one way; running
// text reaches the same word in other forms, and projection looks a word up exactly first. Arabic
// dictionaries mostly list nouns with the article (eng-ara: Person → الشخص), while running text
// writes the bare noun as often ("لكل شخص", "for every person"): stored only as الشخص, the bare
// شخص found nothing but the verb شخّص ("diagnose"). The other way round too: ara-eng gives
// زواج "matrimony, marriage" and الزواج "marrying, wiving, wedlock", and text writes both.

const ARTICLE = 'ال';
/** Shortest noun left once the article is removed (أب "father", يد "hand"). */
const MIN_NOUN_LETTERS = 2;

/**
 * Forms an Arabic key is stored under: itself and, for a single word, the word with the article
 * taken off or put on, so that both spellings of a noun get the readings of both.
 * @param key a folded key (see normalizeForeign)
 * @returns distinct forms, the key first
 */
export function arabicHeadwordForms(key: string): string[] {
  if (key.includes(' ') || key.length < MIN_NOUN_LETTERS) return [key];
  if (!key.startsWith(ARTICLE)) return [key, ARTICLE + key];
  return key.length - ARTICLE.length < MIN_NOUN_LETTERS ? [key] : [key, key.slice(ARTICLE.length)];
}

/**
 * The headword-forms rule of a language, or undefined when keys are stored as they are.
 * @param lang ISO 639-1 code
 */
export function headwordFormsOf(lang: string): ((key: string) => readonly string[]) | undefined {
  return lang === 'ar' ? arabicHeadwordForms : undefined;
}
