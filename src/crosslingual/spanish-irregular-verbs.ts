// The few Spanish verbs whose stem changes beyond the regular sound changes of
// read-spanish-verb.ts: hacer → hará, hagan, hizo; tener → tendrá, tenga, tuvo; ver → vea.
// They and their compounds (deshacer, mantener, obtener, proponer, producir, prever) are among
// the commonest verbs of any text, and no ending rule reaches them: on the training half of
// UDHR es "hará", "hagan" and "vea" had no reading. A closed class, listed per tense stem;
// a prefix before the stem is kept (mantendrá → mantener) and the dictionary decides.

/** Endings of the future and the conditional, after an irregular future stem (har-, tendr-). */
const FUTURE = ['á', 'ás', 'é', 'emos', 'éis', 'án', 'ía', 'ías', 'íamos', 'íais', 'ían'];
/** Endings of the present subjunctive and the first person present (haga, hago). */
const SUBJUNCTIVE = ['a', 'as', 'amos', 'áis', 'an', 'o'];
/** Endings of the strong preterite and the past subjunctive (hizo, hicieron, tuviera). */
const PRETERITE = ['e', 'o', 'iste', 'imos', 'isteis', 'ieron', 'eron', 'iera', 'ieras', 'iéramos', 'ieran', 'era', 'eras', 'eran', 'iese', 'iesen'];

/** Stem as written → infinitive ending that replaces it, with the endings it takes. */
const STEMS: readonly (readonly [stem: string, infinitive: string, endings: readonly string[]])[] = [
  ['har', 'hacer', FUTURE], ['dir', 'decir', FUTURE], ['tendr', 'tener', FUTURE], ['pondr', 'poner', FUTURE],
  ['vendr', 'venir', FUTURE], ['saldr', 'salir', FUTURE], ['podr', 'poder', FUTURE], ['sabr', 'saber', FUTURE],
  ['querr', 'querer', FUTURE], ['habr', 'haber', FUTURE], ['valdr', 'valer', FUTURE], ['cabr', 'caber', FUTURE],
  ['hag', 'hacer', SUBJUNCTIVE], ['dig', 'decir', SUBJUNCTIVE], ['teng', 'tener', SUBJUNCTIVE], ['pong', 'poner', SUBJUNCTIVE],
  ['veng', 'venir', SUBJUNCTIVE], ['salg', 'salir', SUBJUNCTIVE], ['traig', 'traer', SUBJUNCTIVE], ['oig', 'oír', SUBJUNCTIVE],
  ['valg', 'valer', SUBJUNCTIVE], ['sep', 'saber', SUBJUNCTIVE], ['quep', 'caber', SUBJUNCTIVE], ['hay', 'haber', SUBJUNCTIVE],
  ['vay', 'ir', SUBJUNCTIVE], ['ve', 'ver', SUBJUNCTIVE], ['duzc', 'ducir', SUBJUNCTIVE],
  ['hic', 'hacer', PRETERITE], ['hiz', 'hacer', PRETERITE], ['dij', 'decir', PRETERITE], ['tuv', 'tener', PRETERITE],
  ['pus', 'poner', PRETERITE], ['vin', 'venir', PRETERITE], ['pud', 'poder', PRETERITE], ['sup', 'saber', PRETERITE],
  ['quis', 'querer', PRETERITE], ['hub', 'haber', PRETERITE], ['estuv', 'estar', PRETERITE], ['anduv', 'andar', PRETERITE],
  ['traj', 'traer', PRETERITE], ['duj', 'ducir', PRETERITE],
];

/** Forms of "ir" that share nothing with it. */
const IR_FORMS = new Set(['voy', 'vas', 'va', 'vamos', 'vais', 'van', 'iba', 'ibas', 'íbamos', 'iban']);

/**
 * Infinitives a form of an irregular Spanish verb may come from (mantendrá → mantener, hagan →
 * hacer, produjo → producir, va → ir), in table order.
 * @param word a lowercased word
 * @returns distinct candidate infinitives, the word itself excluded
 */
export function spanishIrregularCandidates(word: string): string[] {
  const out: string[] = IR_FORMS.has(word) ? ['ir'] : [];
  for (const [stem, infinitive, endings] of STEMS) {
    for (const ending of endings) {
      if (!word.endsWith(ending)) continue;
      const head = word.slice(0, -ending.length);
      if (!head.endsWith(stem)) continue;
      const candidate = `${head.slice(0, -stem.length)}${infinitive}`;
      if (candidate !== word && !out.includes(candidate)) out.push(candidate);
    }
  }
  return out;
}
