// ICU's English names of languages: a code it cannot name is no language code it knows.
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * Whether a declared language looks like a language code: a well-formed BCP 47 tag (`_` taken
 * as `-`, as in `pt_BR`) whose language ICU can name (`en`, `en-US`, `ind`, `ger`, `yo`).
 * `und` (declared undetermined) counts as a code. Used to warn about a `language` field that
 * detection would otherwise ignore without a word (`"xx"`, `"English"`, `"12"`).
 *
 * @param value The declared language, as given.
 * @returns True when it is a language code ICU knows; false for anything else.
 */
export function isLanguageCode(value: string): boolean {
  try {
    const canonical = Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
    if (canonical === undefined) return false;
    // ICU gives `und` no language subtag (undefined at run time, whatever the typings say).
    const language: string | undefined = new Intl.Locale(canonical).language;
    return language === undefined || language === 'und' || LANGUAGE_NAMES.of(language) !== undefined;
  } catch {
    // Not well-formed, or a subtag ICU will not name at all ("english").
    return false;
  }
}
