/**
 * Powers of ten of the words that scale a figure, in the languages storytrace reads (Russian as
 * the anchors transliterate it: "тыс." → "tys", "млн" → "mln"). A translation writes
 * "2,4 Millionen" or "١٫٥ مليار" for "2.4 million" and "1.5 billion": the figure is the same.
 */
const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ...['hundred', 'ratus'].map((w) => [w, 2] as const),
  ...['thousand', 'ribu', 'tausend', 'mille', 'mil', 'mila', 'duizend', 'tys', 'tysiące', 'tysięcy', 'tysiąc', 'tysyach', 'tysyachi', 'tysyacha',
    'ألف', 'آلاف', 'ألفا', 'ألفًا', 'bin'].map((w) => [w, 3] as const),
  ...['million', 'millions', 'mn', 'mio', 'juta', 'millionen', 'millón', 'millones', 'milhão', 'milhões', 'milione', 'milioni', 'miljoen',
    'miljoenen', 'milion', 'miliony', 'milionów', 'mln', 'milliona', 'millionov', 'مليون', 'ملايين', 'milyon'].map((w) => [w, 6] as const),
  ...['billion', 'billions', 'bn', 'miliar', 'milliarde', 'milliarden', 'mrd', 'milliard', 'milliards', 'miliardo', 'miliardi', 'miljard',
    'miljarden', 'miliard', 'miliardy', 'miliardów', 'mld', 'mlrd', 'milliarda', 'milliardov', 'مليار', 'مليارات', 'milyar'].map((w) => [w, 9] as const),
  // Not "bilhões": a billion in Brazil, a trillion in Portugal.
  ...['trillion', 'triliun', 'billionen', 'billones', 'biljoen', 'bilion', 'تريليون', 'trilyon'].map((w) => [w, 12] as const),
]);

/** The unit word of a number anchor ("300 drones" → "drones"), or "" for a bare number. */
export function unit(n: string): string {
  return n.split(' ').slice(1).join(' ');
}

/**
 * The value a number anchor states, its magnitude word multiplied out and its unit dropped:
 * "300 drones" → "300", "4.8 million dollars" → "4800000", "2.4 millionen" → "2400000",
 * "13 ألف" → "13000". A percentage stays one ("12%") unless `percentAsNumber`, for a language
 * whose per-cent words the anchors do not read ("12 في المئة" gives "12").
 */
export function figureValue(n: string, percentAsNumber = false): string {
  const [written = n, next] = n.split(' ');
  const percent = written.endsWith('%');
  const digits = percent ? written.slice(0, -1) : written;
  const power = next === undefined ? undefined : MAGNITUDES.get(next);
  const value = Number(digits);
  if (!Number.isFinite(value)) return written;
  // Rounded to a millionth: 4.3 × 10^9 must not read 4299999999.9999995.
  const scaled = power === undefined ? digits : String(Math.round(value * 10 ** power * 1e6) / 1e6);
  return percent && !percentAsNumber ? `${scaled}%` : scaled;
}
