// English nouns whose plural is not the singular plus -s/-es: Porter2 leaves them as they are
// ("women" stays "women" while "woman" stays "woman"), so a text about men and women never
// meets one about a man or a woman, nor a foreign word a dictionary reads as "woman". A closed
// class of the language; words that are also something else ("lives", "leaves", "people",
// "data") are left out, as are Latin plurals whose -es form is also a verb ("analyses").
const IRREGULAR: Readonly<Record<string, string>> = {
  women: 'woman',
  men: 'man',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  geese: 'goose',
  mice: 'mouse',
  lice: 'louse',
  oxen: 'ox',
  wives: 'wife',
  knives: 'knife',
  thieves: 'thief',
  wolves: 'wolf',
  crises: 'crisis',
  hypotheses: 'hypothesis',
  criteria: 'criterion',
  phenomena: 'phenomenon',
};

// First parts of compounds in -man whose plural is -men ("spokesmen"). Listed, not guessed from
// the ending: "specimen", "abdomen", "semen", "regimen" and "dolmen" are singulars.
const MAN_COMPOUNDS = new Set([
  'air', 'alder', 'anchor', 'assembly', 'boat', 'business', 'camera', 'chair', 'clergy', 'congress',
  'council', 'country', 'crafts', 'crew', 'door', 'fire', 'fisher', 'foot', 'fore', 'fresh', 'frog',
  'frontiers', 'gentle', 'gun', 'hench', 'hit', 'horse', 'journey', 'kins', 'lay', 'line', 'mad',
  'marks', 'middle', 'militia', 'news', 'noble', 'oars', 'patrol', 'police', 'repair', 'sales', 'sea',
  'service', 'show', 'snow', 'spokes', 'sports', 'states', 'strong', 'trades', 'tribes', 'watch',
  'work', 'yachts',
]);

/** Every irregular plural {@link singularOfIrregular} knows, with its singular (for stems of them). */
export function irregularPlurals(): [plural: string, singular: string][] {
  const pairs: [string, string][] = Object.entries(IRREGULAR);
  for (const head of MAN_COMPOUNDS) pairs.push([`${head}men`, `${head}man`]);
  for (const head of ['business', 'chair', 'congress', 'council', 'country', 'police', 'sales', 'spokes', 'sports']) pairs.push([`${head}women`, `${head}woman`]);
  return pairs;
}

/**
 * The singular of an English irregular plural ("women" → "woman", "spokesmen" → "spokesman",
 * "businesswomen" → "businesswoman"), else the word itself; applied before Porter2 so that both
 * numbers of such a noun share one stem.
 * @param word a lowercase English word
 * @returns its singular when it is a listed irregular plural, else `word`
 */
export function singularOfIrregular(word: string): string {
  const listed = IRREGULAR[word];
  if (listed !== undefined && Object.hasOwn(IRREGULAR, word)) return listed;
  if (word.endsWith('women') && word.length > 5) return `${word.slice(0, -5)}woman`;
  if (word.endsWith('men') && MAN_COMPOUNDS.has(word.slice(0, -3))) return `${word.slice(0, -3)}man`;
  return word;
}
