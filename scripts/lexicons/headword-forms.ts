// The keys a dictionary headword is stored under. A dictionary writes a headword one way; running
// text reaches the same word in other forms, and projection looks a word up exactly first. Arabic
// dictionaries mostly list nouns with the article (eng-ara: Person → الشخص), while running text
// writes the bare noun as often ("لكل شخص", "for every person"): stored only as الشخص, the bare
// شخص found nothing but the verb شخّص ("diagnose").

const ARTICLE = 'ال';
/** Shortest noun left once the article is removed (أب "father", يد "hand"). */
const MIN_NOUN_LETTERS = 2;

/**
 * Forms an Arabic key is stored under: itself and, for a single word with the article, the word
 * without it.
 * @param key a folded key (see normalizeForeign)
 * @returns distinct forms, the key first
 */
export function arabicHeadwordForms(key: string): string[] {
  if (key.includes(' ') || !key.startsWith(ARTICLE) || key.length - ARTICLE.length < MIN_NOUN_LETTERS) return [key];
  return [key, key.slice(ARTICLE.length)];
}

/**
 * The headword-forms rule of a language, or undefined when keys are stored as they are.
 * @param lang ISO 639-1 code
 */
export function headwordFormsOf(lang: string): ((key: string) => readonly string[]) | undefined {
  return lang === 'ar' ? arabicHeadwordForms : undefined;
}
