/**
 * Days of the week as written in the languages storytrace reads, each under its English name.
 * A lead says what happened, where and when; across languages "jeudi", "Donnerstag" and
 * "Kamis" are the same day, and "on Sunday" against "jeudi" tells two events apart as a place
 * or a figure does. English, German and Indonesian write the days with a capital (Indonesian
 * "minggu" is also "week"); the others write them lowercase, but a sentence may open with one.
 */
const DAY_NAMES: Readonly<Record<string, readonly string[]>> = {
  monday: ['Monday', 'Montag', 'Senin', 'lundi', 'lunes', 'segunda-feira', 'lunedì', 'poniedziałek', 'poniedziałku', 'maandag'],
  tuesday: ['Tuesday', 'Dienstag', 'Selasa', 'mardi', 'martes', 'terça-feira', 'martedì', 'wtorek', 'wtorku', 'dinsdag'],
  wednesday: ['Wednesday', 'Mittwoch', 'Rabu', 'mercredi', 'miércoles', 'quarta-feira', 'mercoledì', 'środa', 'środę', 'środy', 'woensdag'],
  thursday: ['Thursday', 'Donnerstag', 'Kamis', 'jeudi', 'jueves', 'quinta-feira', 'giovedì', 'czwartek', 'czwartku', 'donderdag'],
  friday: ['Friday', 'Freitag', 'Jumat', "Jum'at", 'vendredi', 'viernes', 'sexta-feira', 'venerdì', 'piątek', 'piątku', 'vrijdag'],
  saturday: ['Saturday', 'Samstag', 'Sonnabend', 'Sabtu', 'samedi', 'sábado', 'sabato', 'sobota', 'sobotę', 'soboty', 'zaterdag'],
  sunday: ['Sunday', 'Sonntag', 'Minggu', 'dimanche', 'domingo', 'domenica', 'niedziela', 'niedzielę', 'niedzieli', 'zondag'],
};

/** German and Dutch join the time of day to the day: "Samstagmorgen", "zaterdagavond". */
const PART_OF_DAY = '(?:morgen|vormittag|mittag|nachmittag|abend|nacht|ochtend|middag|avond)?';

/** A word with its first letter capitalised ("jeudi" → "Jeudi"). */
export const capitalised = (w: string): string => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;

const DAY_PATTERNS: readonly (readonly [string, RegExp])[] = Object.entries(DAY_NAMES).map(([day, forms]) => {
  const written = forms.flatMap((f) => (f === capitalised(f) ? [f] : [f, capitalised(f)]));
  return [day, new RegExp(`(?<![\\p{L}\\p{N}])(?:${written.join('|')})${PART_OF_DAY}(?![\\p{L}\\p{N}])`, 'u')] as const;
});

/**
 * The days of the week a text names, each by its English name ("jeudi" → "thursday",
 * "Samstagmorgen" → "saturday").
 * @param text a sentence or a whole text, as written
 * @returns the days named, in the week's order, each once
 */
export function weekdaysIn(text: string): string[] {
  return DAY_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([day]) => day);
}
