// Russian letters as English-language newsrooms spell Russian names (BGN/PCGN, simplified: no
// diacritics, ё as e, hard and soft signs dropped). A name is the word a lexicon does not know,
// and an English report spells it in Latin letters: Окафор → okafor, Брандт → brandt.
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const CYRILLIC = /[\u0400-\u04FF]/;
const CYRILLIC_LETTERS = /[\u0400-\u04FF]/g;

/** True when the text holds a Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/**
 * Spells lowercase Cyrillic text in Latin letters as English text spells Russian names
 * (Томаш Брандт → tomash brandt). Other characters pass through; letters outside Russian's
 * alphabet are kept as they are.
 * @param text lowercase text (a word, a name, a phrase)
 */
export function romanizeCyrillic(text: string): string {
  return text.replace(CYRILLIC_LETTERS, (c) => LETTERS[c] ?? c);
}

/**
 * An anchor (name, number with its word) as it is compared with English anchors: Cyrillic
 * spelt in Latin letters (элена марш → elena marsh). Quotes (`q:`) stay as written: a
 * translated quote shares no words with the original either way.
 */
export function sharedSpaceAnchor(anchor: string): string {
  return anchor.startsWith('q:') || !hasCyrillic(anchor) ? anchor : romanizeCyrillic(anchor);
}
